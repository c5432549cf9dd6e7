import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { Api, webhookCallback } from 'grammy';
import { run, type RunnerHandle } from '@grammyjs/runner';
import type { UserFromGetMe } from 'grammy/types';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import { openDatabase, type Database, type DatabaseHandle } from './db/client.js';
import { loadReferenceData } from './db/seed/reference-data.js';
import { seedReferenceData } from './db/seed/seed.js';
import { loadLocales } from './locales/load.js';
import { createBot } from './bot/index.js';
import { privacyUseCases } from './app/privacy.js';
import { referenceCache } from './app/reference.js';
import { bookingUseCases } from './app/booking.js';
import { findUseCases } from './app/find.js';
import { waitlistUseCases } from './app/waitlist.js';
import { FloodGate, TELEGRAM_RATES } from './domain/flood.js';
import { createSender, createWorker, floodGateTransformer, jobQueue, type Sender, type Worker } from './jobs/index.js';
import { broadcastProgress, jobHandlers, scheduleRetention } from './jobs/handlers.js';
import { eventJobHandlers, syncPublications } from './jobs/event-handlers.js';
import { newsJobHandlers } from './jobs/news-handlers.js';
import { eventCitizenJobHandlers, scheduleDigest } from './jobs/event-citizen-handlers.js';
import { healthRoute, startHttpServer, webhookRoute, WEBHOOK_PATH, type HttpServer } from './http/server.js';
import { calendarRoute } from './http/calendar.js';
import { openDataRoute } from './http/opendata.js';
import { statsUseCases } from './app/stats.js';
import { calendarUseCases } from './app/calendar.js';

export interface Service {
  readonly http: HttpServer;
  readonly database: DatabaseHandle;
  readonly bot: ReturnType<typeof createBot>['bot'];
  readonly worker: Worker;
  readonly sender: Sender;
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
  const scale = config.floodRateScale;
  const gate = new FloodGate(
    {
      ...TELEGRAM_RATES,
      globalPerSecond: TELEGRAM_RATES.globalPerSecond * scale,
      perChatPerSecond: TELEGRAM_RATES.perChatPerSecond * scale,
      perGroupPerMinute: TELEGRAM_RATES.perGroupPerMinute * scale,
      // The burst stays Telegram's (30 at once), whatever the scale of a sandbox.
      globalBurst: Math.floor(TELEGRAM_RATES.globalPerSecond * TELEGRAM_RATES.headroom),
    },
    Date.now(),
  );
  const gateTransformer = floodGateTransformer(gate);
  const channelId = await resolveChannel(config, logger);
  // One reference cache and one set of use cases for the bot and the jobs alike.
  const reference = referenceCache(database.db);
  const { bot, publishCommands, roles } = createBot({
    reference,
    apiTransformers: [gateTransformer],
    conversationTransformers: [floodGateTransformer(gate, Date.now, { count: false })],
    token: config.botToken,
    apiRoot: config.apiRoot,
    db: database.db,
    locales,
    logger,
    clock,
    privacy: { ...config.privacy, retentionDays: config.retentionDays },
    booking: config.booking,
    ratePerMinute: config.ratePerMinute,
    conversationTimeoutMs: config.conversationTimeoutMs,
    channelId,
    ...(opts.botInfo ? { botInfo: opts.botInfo } : {}),
  });
  await roles.ensureAdmins(config.adminTelegramIds);
  await bot.init();
  await publishCommands();

  const routes = [
    healthRoute(async () => void (await database.db.execute(sql`select 1`))),
    calendarRoute({ calendar: calendarUseCases({ db: database.db, reference }) }),
    openDataRoute({ reference, licence: config.openDataLicence, indicators: statsUseCases({ db: database.db, reference, roles, clock }) }),
  ];
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

  // The delivery engine: a worker for due jobs and the (single, leased) sender of bulk messages.
  const holder = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const queue = jobQueue(database.db);
  const senderApi = new Api(config.botToken, { apiRoot: config.apiRoot });
  senderApi.config.use(gateTransformer);
  const privacy = privacyUseCases({ db: database.db, clock });
  const jobBooking = bookingUseCases({ db: database.db, clock, reference, roles, find: findUseCases({ db: database.db, reference, clock }), settings: config.booking });
  const jobWaitlist = waitlistUseCases({ db: database.db, clock, reference, booking: jobBooking });
  // The worker is created before the sender it wakes; `sender` is assigned just below.
  let sender: Sender | undefined;
  const worker = createWorker({
    queue,
    clock,
    logger,
    holder,
    afterRound: () => sender?.wake(),
    handlers: {
      ...jobHandlers({ db: database.db, clock, locales, privacy, queue, logger, waitlist: jobWaitlist, booking: jobBooking, retentionDays: config.retentionDays }),
      ...newsJobHandlers({ db: database.db, clock, locales, queue, roles, reference, logger }),
      ...eventJobHandlers({
        db: database.db,
        clock,
        locales,
        queue,
        reference,
        channelId,
        botUsername: () => bot.botInfo.username,
        publicUrl: config.mode.kind === 'webhook' ? config.mode.publicUrl : undefined,
        roles,
        logger,
      }),
      ...eventCitizenJobHandlers({ db: database.db, clock, locales, queue, reference, channelId, botUsername: () => bot.botInfo.username }),
    },
  });
  sender = createSender({
    db: database.db,
    queue,
    api: senderApi,
    gate,
    clock,
    logger,
    holder,
    afterBatch: afterSenderBatch(database.db, broadcastProgress({ db: database.db, queue, api: senderApi, locales, clock, logger })),
  });
  await scheduleRetention(database.db, clock());
  await scheduleDigest(database.db, clock());
  worker.start();
  sender.start();

  let stopping: Promise<void> | undefined;
  return {
    http,
    database,
    bot,
    worker,
    sender,
    stop() {
      stopping ??= (async () => {
        logger.info('stopping');
        if (runner?.isRunning()) await runner.stop();
        if (runner) await finishInFlight(runner, logger);
        await http.close();
        await worker.stop();
        await sender.stop();
        if (!opts.database) await database.close();
        logger.info('stopped');
      })();
      return stopping;
    },
  };
}

/**
 * The runner's stop ends fetching, not the handling of updates already taken: wait for those
 * (a webhook's are awaited by the HTTP server's close), within a limit so a stuck one cannot
 * keep the process alive forever.
 */
async function finishInFlight(runner: RunnerHandle, logger: Logger, limitMs = 30_000): Promise<void> {
  if (runner.size() === 0) return;
  logger.info({ inFlight: runner.size() }, 'finishing updates in flight');
  const deadline = Date.now() + limitMs;
  while (runner.size() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  if (runner.size() > 0) logger.warn({ inFlight: runner.size() }, 'stopping with updates still in flight');
}

/** After each batch of the sender: record the channel posts that went out, then report broadcasts' progress. */
function afterSenderBatch(db: Database, progress: (jobIds: number[]) => Promise<void>) {
  return async (jobIds: number[]) => {
    await syncPublications(db);
    await progress(jobIds);
  };
}

/**
 * The channel's numeric id. CHANNEL_ID may be "@username", which Telegram accepts for one
 * message but which the delivery engine cannot key its per-chat limits and records on: ask
 * Telegram once at start. If it cannot be found, the bot runs without channel posts and says so.
 */
async function resolveChannel(config: Config, logger: Logger): Promise<number | undefined> {
  if (config.channelId === undefined || typeof config.channelId === 'number') return config.channelId;
  try {
    const chat = await new Api(config.botToken, { apiRoot: config.apiRoot }).getChat(config.channelId);
    logger.info({ channel: config.channelId, channelId: chat.id }, 'channel found');
    return chat.id;
  } catch (err) {
    logger.warn({ channel: config.channelId, description: err instanceof Error ? err.message : String(err) }, 'channel not found: posts to the channel are off');
    return undefined;
  }
}
