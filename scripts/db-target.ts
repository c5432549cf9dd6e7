import { createConfig } from '../src/config.js';
import type { DatabaseTarget } from '../src/db/client.js';

/** The database the scripts work on: DATABASE_URL, else the embedded one in DATA_DIR. */
export function databaseTargetFromEnv(): DatabaseTarget {
  // Scripts do not talk to Telegram: a placeholder token keeps the shared config validation happy.
  const config = createConfig({ BOT_TOKEN: '0:scripts', ...process.env });
  return config.database.kind === 'postgres'
    ? { kind: 'postgres', url: config.database.url }
    : { kind: 'pglite', dataDir: config.database.dataDir };
}
