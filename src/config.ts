import path from 'node:path';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const intList = z
  .string()
  .optional()
  .transform((s, ctx) => {
    if (!s || !s.trim()) return [] as number[];
    const out: number[] = [];
    for (const part of s.split(',')) {
      const v = part.trim();
      if (!/^\d{1,15}$/.test(v)) {
        ctx.addIssue({ code: 'custom', message: `"${v}" is not a Telegram user id (digits only)` });
        return z.NEVER;
      }
      out.push(Number(v));
    }
    return out;
  });

/** A URL with an http or https scheme, with one message for a missing value and another for a wrong one. */
const httpUrl = (required: string, invalid: string) =>
  z.url({
    protocol: /^https?$/,
    error: (iss) => (iss.input === undefined ? required : invalid),
  });

/** A whole number within bounds, with one plain message for every way it can be wrong. */
const wholeNumber = (what: string, min: number, max: number, fallback: number) => {
  const error = `must be ${what}, from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error }).default(fallback);
};

/** Free text with a length cap (the name of the variable comes first in the message). */
const text = (max: number) => z.string().max(max, { error: `must be at most ${max} characters` });

/** The database settings: all that the migration and seed scripts need. */
const databaseFields = {
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// (leave it unset for the embedded database)')
    .optional(),
  DATA_DIR: z.string().default('./data'),
};

const base = z.object({
  BOT_TOKEN: z
    .string({ error: 'is required: the token BotFather gave you (any value like 123:abc works with the sandbox)' })
    .regex(/^\d{1,20}:[A-Za-z0-9_-]{1,100}$/, 'must look like 123456789:AA… (the token BotFather gave you)'),
  TELEGRAM_API_ROOT: httpUrl('is required', 'must be an http(s) URL such as https://api.telegram.org')
    .default('https://api.telegram.org')
    .transform((s) => s.replace(/\/+$/, '')),
  ...databaseFields,
  PORT: wholeNumber('a port number', 0, 65535, 8080),
  HOST: z.string().default('0.0.0.0'),
  CHANNEL_ID: z
    .string()
    .regex(/^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{3,31})$/, 'must be a numeric chat id (-100…) or @channelusername')
    .optional(),
  ADMIN_TELEGRAM_IDS: intList,
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  CONVERSATION_TIMEOUT_MINUTES: z.coerce
    .number({ error: 'must be a number of minutes above 0' })
    .positive({ error: 'must be a number of minutes above 0' })
    .default(30),
  FLOOD_RATE_SCALE: z.coerce
    .number({ error: "must be a number (1 = Telegram's real limits; only the sandbox uses more)" })
    .positive({ error: "must be a number above 0 (1 = Telegram's real limits; only the sandbox uses more)" })
    .default(1),
  RATE_LIMIT_PER_MINUTE: wholeNumber('a whole number (0 turns the limit off)', 0, 100_000, 60),
  OPEN_DATA_LICENCE: text(200).default('CC BY 4.0'),
  PRIVACY_CONTROLLER: text(300).optional(),
  PRIVACY_DPO_CONTACT: text(300).optional(),
  RETENTION_DAYS: wholeNumber('a whole number of days (how long names and notes of past bookings are kept)', 1, 3650, 90),
  BOOKING_MAX_FUTURE: wholeNumber('a whole number (future bookings one person may hold)', 1, 20, 2),
  BOOKING_CANCEL_HOURS: wholeNumber('a whole number of hours (a citizen may cancel until this long before)', 0, 168, 2),
  BOOKING_MIN_NOTICE_MINUTES: wholeNumber('a whole number of minutes (the earliest a slot can be booked ahead)', 0, 10080, 120),
});

const polling = base.extend({ BOT_MODE: z.literal('polling').default('polling') });
const webhook = base.extend({
  BOT_MODE: z.literal('webhook'),
  PUBLIC_URL: httpUrl(
    'is required in webhook mode: the public https address of this server',
    'must be a full https address such as https://bot.example.org (the public address of this server)',
  ),
  WEBHOOK_SECRET: z
    .string({ error: 'is required in webhook mode: 1–256 characters A–Z, a–z, 0–9, _ or -' })
    .regex(/^[A-Za-z0-9_-]{1,256}$/, 'must be 1–256 characters A–Z, a–z, 0–9, _ or -'),
});

const schema = z.discriminatedUnion('BOT_MODE', [polling, webhook]);

export type Env = Record<string, string | undefined>;

export interface Config {
  botToken: string;
  apiRoot: string;
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  mode: { kind: 'polling' } | { kind: 'webhook'; publicUrl: string; secret: string };
  http: { host: string; port: number };
  channelId: number | string | undefined;
  adminTelegramIds: number[];
  logLevel: (typeof LOG_LEVELS)[number];
  ratePerMinute: number;
  /** Multiplies Telegram's flood limits for bulk sending: 1 in production, more only against the sandbox emulator. */
  floodRateScale: number;
  /** Silence after which a guided conversation (e.g. booking) ends. */
  conversationTimeoutMs: number;
  privacy: { controller: string | undefined; dpoContact: string | undefined };
  openDataLicence: string;
  /** Days after which personal fields of past bookings (names, notes, phone) are erased. */
  retentionDays: number;
  booking: { maxFutureBookings: number; cancelUntilHours: number; minNoticeMinutes: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Empty values count as unset (an `.env` copied from `.env.example` has many `NAME=` lines). */
function present(env: Env): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'} ${i.message}`));
  }
  return parsed.data;
}

const databaseSchema = z.object(databaseFields);

function databaseOf(e: { DATABASE_URL?: string | undefined; DATA_DIR: string }): Config['database'] {
  return e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir: e.DATA_DIR };
}

/**
 * Only the database settings (DATABASE_URL, DATA_DIR), with the same rules and messages as
 * `createConfig`: the migration and seed scripts do not talk to Telegram and need nothing else.
 */
export function databaseConfig(env: Env): Config['database'] {
  return databaseOf(parseOrThrow(databaseSchema, present(env)));
}

/** Validates the environment once; every error names the variable and how to fix it. */
export function createConfig(env: Env): Config {
  const input = present(env);
  if (input.BOT_MODE === undefined) input.BOT_MODE = 'polling';
  if (input.BOT_MODE !== 'polling' && input.BOT_MODE !== 'webhook') {
    throw new ConfigError([`BOT_MODE must be "polling" or "webhook" (got "${input.BOT_MODE}")`]);
  }
  const e = parseOrThrow(schema, input);
  return {
    botToken: e.BOT_TOKEN,
    apiRoot: e.TELEGRAM_API_ROOT,
    database: databaseOf(e),
    mode:
      e.BOT_MODE === 'webhook'
        ? { kind: 'webhook', publicUrl: e.PUBLIC_URL.replace(/\/+$/, ''), secret: e.WEBHOOK_SECRET }
        : { kind: 'polling' },
    http: { host: e.HOST, port: e.PORT },
    channelId:
      e.CHANNEL_ID === undefined
        ? undefined
        : /^-?\d+$/.test(e.CHANNEL_ID)
          ? Number(e.CHANNEL_ID)
          : e.CHANNEL_ID,
    adminTelegramIds: e.ADMIN_TELEGRAM_IDS,
    logLevel: e.LOG_LEVEL,
    ratePerMinute: e.RATE_LIMIT_PER_MINUTE,
    floodRateScale: e.FLOOD_RATE_SCALE,
    conversationTimeoutMs: e.CONVERSATION_TIMEOUT_MINUTES * 60_000,
    privacy: { controller: e.PRIVACY_CONTROLLER, dpoContact: e.PRIVACY_DPO_CONTACT },
    openDataLicence: e.OPEN_DATA_LICENCE,
    retentionDays: e.RETENTION_DAYS,
    booking: {
      maxFutureBookings: e.BOOKING_MAX_FUTURE,
      cancelUntilHours: e.BOOKING_CANCEL_HOURS,
      minNoticeMinutes: e.BOOKING_MIN_NOTICE_MINUTES,
    },
  };
}

/**
 * Reads `.env` from the working directory into `process.env`, when there is one. Variables
 * already set in the real environment win over the file (even when set to an empty value).
 * Returns the file's path, or undefined when there is none.
 */
export function loadDotEnv(cwd: string = process.cwd()): string | undefined {
  const file = path.join(cwd, '.env');
  try {
    process.loadEnvFile(file);
    return file;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigError([`.env could not be read: ${(err as Error).message}`]);
  }
}
