/**
 * One bot under test for `npm run bench:updates`, in a process of its own: the real service
 * (fresh database, reference data seeded) or a bare grammY echo bot, both long polling the
 * emulator through @grammyjs/runner as the sandbox demo does.
 *
 * A process of its own, so that its memory is the bot's alone (the emulator keeps every
 * message and call it ever saw, which would hide a leak or fake one) and so that the bot has
 * an event loop of its own, as in production. Started by updates.ts with an IPC channel;
 * configured by environment variables (see `BotChildEnv`).
 */
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { Bot, InlineKeyboard } from 'grammy';
import { run } from '@grammyjs/runner';
import type { UserFromGetMe } from 'grammy/types';
import { createConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startService } from '../../src/service.js';
import { openDatabase } from '../../src/db/client.js';
import { loadReferenceData } from '../../src/db/seed/reference-data.js';
import { seedReferenceData } from '../../src/db/seed/seed.js';

export type BotKind = 'real' | 'echo';

/** What updates.ts passes in the environment. */
export interface BotChildEnv {
  BENCH_BOT: BotKind;
  BENCH_TOKEN: string;
  BENCH_API_ROOT: string;
  /** The bot's getMe, as the emulator registered it (JSON). */
  BENCH_BOT_INFO: string;
  /** A migrated scratch PostgreSQL database; without it the real bot uses in-memory PGlite. */
  BENCH_DATABASE_URL?: string;
}

/** `stats` with `gc` collects garbage first (for the leak check); with `resetPeak` starts a new peak. */
export type ToChild = { type: 'stats'; gc: boolean; resetPeak: boolean } | { type: 'stop' };

export interface Stats {
  type: 'stats';
  /** CPU time (user and system) of this process so far, milliseconds. */
  cpuMs: number;
  /** Bytes, measured after a full garbage collection when `gc` is true. */
  rss: number;
  heapUsed: number;
  /** Memory outside the JS heap (buffers, PGlite's WebAssembly memory). */
  external: number;
  /** Highest RSS sampled (every 100 ms) since the start or the last reset, until now. */
  peakRss: number;
  gc: boolean;
  /** Warnings and errors the real bot logged so far, and the first few distinct messages. */
  warnings: number;
  errors: number;
  firstProblems: string[];
}

export type FromChild =
  | { type: 'ready'; startMs: number }
  | Stats
  | { type: 'stopped' }
  | { type: 'failed'; message: string };

/** Update types both bots ask for: the real service's list, so the emulator filters alike. */
const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member', 'message_reaction_count'] as const;

/** Counts the real bot's warning and error log lines (pino JSON), and keeps the first few. */
function problemLog(): { sink: Writable; counts: { warnings: number; errors: number; first: string[] } } {
  const counts = { warnings: 0, errors: 0, first: [] as string[] };
  let partial = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (line.trim() === '') continue;
        const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string } };
        if ((entry.level ?? 0) >= 50) counts.errors++;
        else counts.warnings++;
        const text = [entry.msg, entry.err?.message].filter(Boolean).join(': ');
        if (counts.first.length < 5 && !counts.first.includes(text)) counts.first.push(text);
      }
      cb();
    },
  });
  return { sink, counts };
}

/** The real service in polling mode, on its own fresh database. Returns how to stop it all. */
async function startReal(env: BotChildEnv, botInfo: UserFromGetMe, counts: Writable): Promise<() => Promise<void>> {
  const database = env.BENCH_DATABASE_URL
    ? await openDatabase({ kind: 'postgres', url: env.BENCH_DATABASE_URL })
    : await openDatabase({ kind: 'pglite', dataDir: undefined });
  // The PostgreSQL scratch database comes migrated (updates.ts creates it, and drops it after).
  if (!env.BENCH_DATABASE_URL) await database.migrate();
  await seedReferenceData(database.db, loadReferenceData());
  const config = createConfig({
    BOT_TOKEN: env.BENCH_TOKEN,
    TELEGRAM_API_ROOT: env.BENCH_API_ROOT,
    BOT_MODE: 'polling',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'warn',
    // Scripted people write far faster than a person may: the per-person limit would answer
    // "slow down" instead of doing the work being measured.
    RATE_LIMIT_PER_MINUTE: '0',
    // The emulator's flood limits are off; the bot's own pacing must not stand in for them.
    FLOOD_RATE_SCALE: '1000',
  });
  const logger = createLogger({ level: 'warn', secrets: [env.BENCH_TOKEN] }, counts);
  const service = await startService(config, logger, { database, botInfo });
  return async () => {
    await service.stop();
    await database.close();
  };
}

/**
 * The baseline: grammY and the runner with nothing else. It makes the same Bot API calls as
 * the real bot for each kind of message (see updates-people.ts), so the ratio between the two
 * is the real bot's own work: middleware, database, rendering.
 */
async function startEcho(env: BotChildEnv, botInfo: UserFromGetMe): Promise<() => Promise<void>> {
  const bot = new Bot(env.BENCH_TOKEN, { botInfo, client: { apiRoot: env.BENCH_API_ROOT } });
  const buttons = new InlineKeyboard().text('1', 'echo:1').text('2', 'echo:2');
  bot.on('message:location', async (ctx) => {
    const { latitude, longitude } = ctx.message.location;
    await ctx.reply(`${latitude}, ${longitude}`, { reply_markup: buttons });
    await ctx.replyWithVenue(latitude, longitude, 'Echo', 'Echo');
  });
  bot.on('message:text', (ctx) => ctx.reply(ctx.message.text, { reply_markup: buttons }));
  // A pressed "echo:n" answers the press and sends n messages, as a booking step does.
  bot.on('callback_query:data', async (ctx) => {
    await ctx.answerCallbackQuery();
    const n = Number(ctx.callbackQuery.data.split(':')[1] ?? 1);
    for (let i = 0; i < n; i++) await ctx.reply(`${ctx.callbackQuery.data} ${i + 1}`, { reply_markup: buttons });
  });
  await bot.api.deleteWebhook();
  const runner = run(bot, { runner: { fetch: { allowed_updates: ALLOWED_UPDATES } } });
  return async () => {
    if (runner.isRunning()) await runner.stop();
  };
}

/**
 * Memory once garbage is collected and the process is idle: RSS right after a collection
 * still holds pages the allocator has not given back yet, so collect, wait a little, and keep
 * the lowest of a few readings. Node is started with --expose-gc; without it the figures are
 * plain, and say so.
 */
async function settledMemory(): Promise<{ memory: NodeJS.MemoryUsage; gc: boolean }> {
  const gc = typeof globalThis.gc === 'function' ? globalThis.gc : undefined;
  let lowest: NodeJS.MemoryUsage | undefined;
  for (let i = 0; i < 3; i++) {
    if (gc) {
      // Twice: the first pass may only queue finalizers whose memory the second frees.
      gc();
      gc();
    }
    await sleep(300);
    const m = process.memoryUsage();
    if (!lowest || m.rss < lowest.rss) lowest = m;
  }
  return { memory: lowest!, gc: gc !== undefined };
}

async function main(): Promise<void> {
  const send = (m: FromChild) => process.send!(m);
  const env = process.env as unknown as BotChildEnv;
  const botInfo = JSON.parse(env.BENCH_BOT_INFO) as UserFromGetMe;
  const { sink, counts } = problemLog();

  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);
  sampler.unref();

  const started = performance.now();
  const stop = env.BENCH_BOT === 'real' ? await startReal(env, botInfo, sink) : await startEcho(env, botInfo);
  send({ type: 'ready', startMs: performance.now() - started });

  const report = async (m: Extract<ToChild, { type: 'stats' }>): Promise<void> => {
    const { memory, gc } = m.gc ? await settledMemory() : { memory: process.memoryUsage(), gc: false };
    const cpu = process.cpuUsage();
    peakRss = Math.max(peakRss, memory.rss);
    send({
      type: 'stats',
      cpuMs: (cpu.user + cpu.system) / 1000,
      rss: memory.rss,
      heapUsed: memory.heapUsed,
      external: memory.external,
      peakRss,
      gc,
      warnings: counts.warnings,
      errors: counts.errors,
      firstProblems: counts.first,
    });
    if (m.resetPeak) peakRss = memory.rss;
  };

  process.on('message', (m: ToChild) => {
    if (m.type === 'stats') {
      void report(m);
    } else if (m.type === 'stop') {
      clearInterval(sampler);
      void stop().then(
        () => {
          send({ type: 'stopped' });
          // With the IPC channel closed nothing is left: the process must end by itself.
          process.disconnect();
        },
        (err: unknown) => {
          send({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
          process.disconnect();
        },
      );
    }
  });
}

if (process.send) {
  main().catch((err: unknown) => {
    process.send!({ type: 'failed', message: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies FromChild, () => process.exit(1));
  });
}
