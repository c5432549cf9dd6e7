import { ConfigError, createConfig, loadDotEnv } from './config.js';
import { createLogger } from './logger.js';
import { startService } from './service.js';

/**
 * Reads the configuration (the environment, and `.env` in the working directory when there is
 * one) and the process signals; `startService` composes everything else.
 */
async function main(): Promise<void> {
  let config;
  let envFile: string | undefined;
  try {
    envFile = loadDotEnv();
    config = createConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every variable.\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger({
    level: config.logLevel,
    secrets: [config.botToken, ...(config.mode.kind === 'webhook' ? [config.mode.secret] : [])],
  });
  if (envFile) logger.info('configuration read from .env (the environment overrides it)');
  const service = await startService(config, logger);
  const stop = (signal: string) => {
    logger.info({ signal }, 'signal received');
    service
      .stop()
      .then(() => process.exit(0))
      .catch((err: unknown) => {
        logger.error({ err }, 'stop failed');
        process.exit(1);
      });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  const message = err instanceof Error ? err.message : String(err);
  const token = process.env.BOT_TOKEN;
  process.stderr.write(
    `DigiPASS Bot could not start: ${token ? message.split(token).join('[token]') : message}\n`,
  );
  process.exit(1);
});
