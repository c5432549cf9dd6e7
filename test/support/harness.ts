import { Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { createConfig, type Env } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startService, type Service } from '../../src/service.js';
import { WEBHOOK_PATH } from '../../src/http/server.js';
import { loadReferenceData } from '../../src/db/seed/reference-data.js';
import { seedReferenceData } from '../../src/db/seed/seed.js';
import { startEmulator, type Emulator, type FloodLimits, type Violation, type ViolationKind } from '../../src/sandbox/emulator/index.js';
import { ChannelReader } from './channel.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { SimulatedPerson } from './person.js';
import { freePort, testToken } from './net.js';
import { assertViolationHookRegistered, watchViolations } from './violations.js';

export { testToken, watchViolations };

export interface HarnessOptions {
  clock?: () => Date;
  /** Flood limits; by default Telegram's rates raised fiftyfold: scripted people type faster than anyone (flood behaviour has its own tests). */
  limits?: Partial<FloodLimits> | false;
  env?: Env;
}

export interface Harness {
  readonly emulator: Emulator;
  readonly service: Service;
  readonly db: TestDatabase;
  readonly token: string;
  /** The bot's webhook endpoint, and a way to post an update to it as Telegram would. */
  readonly webhookUrl: string;
  postUpdate(update: unknown): Promise<Response>;
  /** Everything the bot logged, as text (JSON lines). */
  logs(): string;
  citizen(opts?: { id?: number; firstName?: string; languageCode?: string }): Promise<SimulatedPerson>;
  /** The DigiPASS channel (the bot is its admin), passed to the bot as CHANNEL_ID. */
  readonly channelId: number;
  /** What a subscriber of that channel reads. */
  readonly channel: ChannelReader;
  /**
   * The emulator saw nothing Telegram would reject since the previous test (besides what this
   * test allowed). Checked after every test anyway, by the hook this module registers.
   */
  expectNoViolations(): void;
  /** This test causes violations of these kinds on purpose (tolerated for this test only). */
  allowViolations(...kinds: ViolationKind[]): void;
  /** This test caused violations of exactly these kinds: asserted now, and not charged to anyone after. */
  expectViolations(...kinds: ViolationKind[]): void;
  /** Violations recorded since the last check (the end of the previous test), to look at in detail. */
  newViolations(): Violation[];
  close(): Promise<void>;
}

/**
 * The world in a line: a migrated, seeded database; the Bot API emulator; and the real bot
 * in webhook mode behind its real HTTP server, so each delivered update comes back handled.
 */
export async function harness(opts: HarnessOptions = {}): Promise<Harness> {
  assertViolationHookRegistered();
  const db = await createTestDatabase();
  await seedReferenceData(db.db, loadReferenceData());
  const limits = opts.limits ?? { scale: 50 };
  const emulator = await startEmulator({ limits });
  const token = testToken();
  const botInfo = emulator.registerBot({ token, username: 'DigiPassUmbriaBot', firstName: 'DigiPASS Umbria' });
  const channel = emulator.addChannel({ title: 'DigiPASS Umbria', username: 'digipass_umbria_test', adminBotTokens: [token] });

  let logText = '';
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logText += chunk.toString();
      cb();
    },
  });
  const port = await freePort();
  const secret = randomBytes(16).toString('hex');
  const config = createConfig({
    BOT_TOKEN: token,
    TELEGRAM_API_ROOT: emulator.apiRoot,
    BOT_MODE: 'webhook',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    WEBHOOK_SECRET: secret,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'debug',
    CHANNEL_ID: String(channel.id),
    // The bot paces bulk sends for the same limits the emulator enforces.
    FLOOD_RATE_SCALE: String(limits === false ? 1000 : (limits.scale ?? 1)),
    ...opts.env,
  });
  const logger = createLogger({ level: 'debug', secrets: [token, secret] }, sink);
  // Watched from the start: what set-up does is charged to the first test.
  const watch = watchViolations(emulator, { name: 'harness' });
  const service = await startService(config, logger, {
    database: db,
    botInfo: botInfo as never,
    ...(opts.clock ? { clock: opts.clock } : {}),
  });

  return {
    emulator,
    service,
    db,
    token,
    channelId: channel.id,
    webhookUrl: `http://127.0.0.1:${port}${WEBHOOK_PATH}`,
    postUpdate: (update) =>
      fetch(`http://127.0.0.1:${port}${WEBHOOK_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
        body: JSON.stringify(update),
      }),
    logs: () => logText,
    async citizen(p = {}) {
      const user = emulator.addUser({ ...(p.id ? { id: p.id } : {}), firstName: p.firstName ?? 'Anna', languageCode: p.languageCode ?? 'it' });
      return new SimulatedPerson(emulator, token, user.id);
    },
    channel: new ChannelReader(emulator, token, channel.id),
    expectNoViolations: () => watch.expectNoViolations(),
    allowViolations: (...kinds) => watch.allowViolations(...kinds),
    expectViolations: (...kinds) => watch.expectViolations(...kinds),
    newViolations: () => watch.newViolations(),
    async close() {
      watch.release();
      await service.stop();
      await emulator.close();
      await db.close();
    },
  };
}
