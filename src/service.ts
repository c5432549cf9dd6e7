import { sql } from 'drizzle-orm';
import { webhookCallback } from 'grammy';
import { run, type RunnerHandle } from '@grammyjs/runner';
import type { UserFromGetMe } from 'grammy/types';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { openDatabase, type DatabaseHandle } from './db/client.js';
import { loadReferenceData } from './db/seed/reference-data.js';
import { seedReferenceData } from './db/seed/seed.js';
import { loadLocales } from './locales/load.js';
import { createBot } from './bot/index.js';
import { privacyUseCases } from './app/privacy.js';
import { healthRoute, startHttpServer, webhookRoute, WEBHOOK_PATH, type HttpServer } from './http/server.js';

export interface Service {
  readonly http: HttpServer;
  readonly database: DatabaseHandle;
  readonly bot: ReturnType<typeof createBot>['bot'];
  /** Finishes in-flight updates, stops taking new ones, closes the database. */
  stop(): Promise<void>;
}

export interface ServiceOptions {
  clock?: () => Date;
  botInfo?: UserFromGetMe;
  /** An already opened database (tests); otherwise the one in the config is opened. */
  database?: DatabaseHandle;
}

/**
 * The composition root: config → database + migrations + seed → bot → HTTP → polling or webhook.
 * main.ts only adds the process signals.
 */
export async function startService(config: Config, logger: Logger, opts: ServiceOptions = {}): Promise<Service> {
  const clock = opts.clock ?? (() => new Date());
  const database = opts.database ?? (await openDatabase(config.database));
  if (!opts.database) {
    await database.migrate();
    const seeded = await seedReferenceData(database.db, loadReferenceData());
    logger.info({ driver: database.driver, ...seeded }, 'database ready');
  }
  const locales = loadLocales({ onError: (e) => logger.warn({ err: e }, 'translation problem') });
  const { bot, publishCommands, roles } = createBot({
    token: config.botToken,
    apiRoot: config.apiRoot,
    db: database.db,
    locales,
    logger,
    clock,
    privacy: config.privacy,
    ratePerMinute: config.ratePerMinute,
    ...(opts.botInfo ? { botInfo: opts.botInfo } : {}),
  });
  await roles.ensureAdmins(config.adminTelegramIds);
  await bot.init();
  await publishCommands();

  const routes = [healthRoute(async () => void (await database.db.execute(sql`select 1`)))];
  if (config.mode.kind === 'webhook') {
    routes.push(webhookRoute(config.mode.secret, webhookCallback(bot, 'http', { onTimeout: 'return' })));
  }
  const http = await startHttpServer({ ...config.http, routes, logger });

  let runner: RunnerHandle | undefined;
  if (config.mode.kind === 'webhook') {
    await bot.api.setWebhook(`${config.mode.publicUrl}${WEBHOOK_PATH}`, {
      secret_token: config.mode.secret,
      allowed_updates: ['message', 'callback_query', 'my_chat_member', 'message_reaction_count'],
    });
    logger.info({ mode: 'webhook', port: http.port }, 'bot started');
  } else {
    await bot.api.deleteWebhook();
    runner = run(bot, {
      runner: { fetch: { allowed_updates: ['message', 'callback_query', 'my_chat_member', 'message_reaction_count'] } },
    });
    logger.info({ mode: 'polling', port: http.port, bot: bot.botInfo.username }, 'bot started');
  }

  // Retention (personal fields of old bookings, abandoned conversations): at start, then every 6 hours.
  const privacy = privacyUseCases({ db: database.db, clock });
  const retention = async () => {
    try {
      logger.info(await privacy.runRetention(), 'retention done');
    } catch (err) {
      logger.error({ err }, 'retention failed');
    }
  };
  void retention();
  const retentionTimer = setInterval(() => void retention(), 6 * 3_600_000);
  retentionTimer.unref();

  let stopping: Promise<void> | undefined;
  return {
    http,
    database,
    bot,
    stop() {
      stopping ??= (async () => {
        logger.info('stopping');
        clearInterval(retentionTimer);
        if (runner?.isRunning()) await runner.stop();
        await http.close();
        if (!opts.database) await database.close();
        logger.info('stopped');
      })();
      return stopping;
    },
  };
}
