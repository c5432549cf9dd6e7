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

const base = z.object({
  BOT_TOKEN: z
    .string({ error: 'is required: the token BotFather gave you (any value like 123:abc works with the sandbox)' })
    .regex(/^\d{1,20}:[A-Za-z0-9_-]{1,100}$/, 'must look like 123456789:AA… (the token BotFather gave you)'),
  TELEGRAM_API_ROOT: z
    .url({ error: 'must be an http(s) URL such as https://api.telegram.org' })
    .default('https://api.telegram.org')
    .transform((s) => s.replace(/\/+$/, '')),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// (leave it unset for the embedded database)')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int()
    .min(0)
    .max(65535)
    .default(8080),
  HOST: z.string().default('0.0.0.0'),
  CHANNEL_ID: z
    .string()
    .regex(/^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{3,31})$/, 'must be a numeric chat id (-100…) or @channelusername')
    .optional(),
  ADMIN_TELEGRAM_IDS: intList,
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  CONVERSATION_TIMEOUT_MINUTES: z.coerce.number({ error: 'must be a number of minutes' }).positive().default(30),
  FLOOD_RATE_SCALE: z.coerce.number({ error: 'must be a number (1 = Telegram\'s real limits; only the sandbox uses more)' }).positive().default(1),
  RATE_LIMIT_PER_MINUTE: z.coerce.number({ error: 'must be a whole number (0 turns the limit off)' }).int().min(0).default(60),
  OPEN_DATA_LICENCE: z.string().min(1).max(200).default('CC BY 4.0'),
  PRIVACY_CONTROLLER: z.string().max(300).optional(),
  PRIVACY_DPO_CONTACT: z.string().max(300).optional(),
  RETENTION_DAYS: z.coerce.number({ error: 'must be a whole number of days (how long names and notes of past bookings are kept)' }).int().min(1).max(3650).default(90),
  BOOKING_MAX_FUTURE: z.coerce.number({ error: 'must be a whole number (future bookings one person may hold)' }).int().min(1).max(20).default(2),
  BOOKING_CANCEL_HOURS: z.coerce.number({ error: 'must be a whole number of hours (a citizen may cancel until this long before)' }).int().min(0).max(168).default(2),
  BOOKING_MIN_NOTICE_MINUTES: z.coerce.number({ error: 'must be a whole number of minutes (the earliest a slot can be booked ahead)' }).int().min(0).max(10080).default(120),
});

const polling = base.extend({ BOT_MODE: z.literal('polling').default('polling') });
const webhook = base.extend({
  BOT_MODE: z.literal('webhook'),
  PUBLIC_URL: z.url({ error: 'is required in webhook mode: the public https address of this server' }),
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

/** Validates the environment once; every error names the variable and how to fix it. */
export function createConfig(env: Env): Config {
  const input = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  if (input.BOT_MODE === undefined) input.BOT_MODE = 'polling';
  if (input.BOT_MODE !== 'polling' && input.BOT_MODE !== 'webhook') {
    throw new ConfigError([`BOT_MODE must be "polling" or "webhook" (got "${input.BOT_MODE}")`]);
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'} ${i.message}`),
    );
  }
  const e = parsed.data;
  return {
    botToken: e.BOT_TOKEN,
    apiRoot: e.TELEGRAM_API_ROOT,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: e.DATA_DIR },
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
