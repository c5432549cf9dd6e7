import { ConfigError, databaseConfig, loadDotEnv } from '../src/config.js';
import type { DatabaseTarget } from '../src/db/client.js';

/**
 * The database the scripts work on: DATABASE_URL, else the embedded one in DATA_DIR, read from
 * the environment (and `.env` in the working directory, which the real environment overrides).
 * Scripts do not talk to Telegram, so nothing else is required. A configuration problem ends the
 * script with its message and exit code 2, as `npm start` does.
 */
export function databaseTargetFromEnv(): DatabaseTarget {
  try {
    loadDotEnv();
    return databaseConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every variable.\n`);
      process.exit(2);
    }
    throw err;
  }
}
