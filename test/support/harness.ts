import { Writable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { createConfig, type Env } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startService, type Service } from '../../src/service.js';
import { WEBHOOK_PATH } from '../../src/http/server.js';
import { loadReferenceData } from '../../src/db/seed/reference-data.js';
import { seedReferenceData } from '../../src/db/seed/seed.js';
import { startEmulator, type Emulator, type FloodLimits } from '../../src/sandbox/emulator/index.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { SimulatedPerson } from './person.js';
import { freePort, testToken } from './net.js';

export { testToken };

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
  /** Every integration test ends here: the emulator saw nothing Telegram would reject. */
  expectNoViolations(): void;
  close(): Promise<void>;
}

/**
 * The world in a line: a migrated, seeded database; the Bot API emulator; and the real bot
 * in webhook mode behind its real HTTP server, so each delivered update comes back handled.
 */
export async function harness(opts: HarnessOptions = {}): Promise<Harness> {
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
    expectNoViolations() {
      expect(emulator.violations.map((v) => `${v.method}: ${v.kind}: ${v.detail}`)).toEqual([]);
    },
    async close() {
      await service.stop();
      await emulator.close();
      await db.close();
    },
  };
}
