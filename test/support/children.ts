import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { follows, people, points } from '../../src/db/schema/index.js';
import { startEmulator, type Emulator } from '../../src/sandbox/emulator/index.js';
import { createTestDatabase, type TestDatabase } from './db.js';
import { freePort, testToken } from './net.js';
import { waitFor } from './wait.js';

/**
 * Real bot processes (`node --import tsx src/main.ts`) for the delivery tests that need more
 * than one process, or a process that dies: each in webhook mode on its own port, against an
 * in-process emulator and a shared PostgreSQL database.
 */
export interface BotProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  /** Everything the process wrote (JSON log lines), so far. */
  logs(): string;
  /** Exit code, or the signal that ended it. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once the bot logged that it started (webhook set, worker and sender running). */
  started(timeoutMs?: number): Promise<void>;
}

export async function spawnBot(opts: { emulator: Emulator; token: string; databaseUrl: string; env?: Record<string, string> }): Promise<BotProcess> {
  const port = await freePort();
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH: process.env.PATH,
      TZ: 'UTC',
      BOT_TOKEN: opts.token,
      TELEGRAM_API_ROOT: opts.emulator.apiRoot,
      DATABASE_URL: opts.databaseUrl,
      BOT_MODE: 'webhook',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      WEBHOOK_SECRET: randomBytes(16).toString('hex'),
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  let gone = false;
  void exited.then(() => (gone = true));
  return {
    child,
    pid: child.pid!,
    logs: () => out,
    exited,
    async started(timeoutMs = 60_000) {
      await waitFor(() => {
        if (gone) throw new Error(`the bot process exited before it started:\n${out.slice(-2000)}`);
        return out.includes('"msg":"bot started"');
      }, 'the bot process to start', timeoutMs);
    },
  };
}

/** Stops a process still running, without waiting for anything (after a failed test). */
export function killQuietly(p: BotProcess | undefined): void {
  if (p && p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
}

/**
 * People who wrote /start to the bot (so it may write to them), a few at a time, and then
 * follow a point. Returns their Telegram ids.
 */
export async function followersOf(opts: {
  emulator: Emulator;
  token: string;
  db: Database;
  pointSlug: string;
  count: number;
  firstId: number;
  concurrency?: number;
}): Promise<{ ids: number[]; pointId: number }> {
  const { emulator, token } = opts;
  const ids = Array.from({ length: opts.count }, (_, i) => opts.firstId + i);
  for (const id of ids) emulator.addUser({ id, firstName: `Seguace${id - opts.firstId}`, languageCode: 'it' });
  const step = opts.concurrency ?? 10;
  for (let i = 0; i < ids.length; i += step) {
    await Promise.all(ids.slice(i, i + step).map((id) => emulator.sendText(token, id, '/start')));
  }
  // The webhook is answered once the update is handled, but check the people are there anyway.
  const rows = await waitFor(async () => {
    const r = await opts.db.select({ id: people.id }).from(people).where(inArray(people.telegramId, ids));
    return r.length === ids.length ? r : undefined;
  }, 'every follower to be known to the bot');
  const [point] = await opts.db.select({ id: points.id }).from(points).where(eq(points.slug, opts.pointSlug));
  if (!point) throw new Error(`no point ${opts.pointSlug}`);
  await opts.db.insert(follows).values(rows.map((r) => ({ personId: r.id, pointId: point.id })));
  return { ids, pointId: point.id };
}

/** How many copies of a message containing `mark` each chat got from the bot. */
export function copiesOf(emulator: Emulator, token: string, ids: readonly number[], mark: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const id of ids) {
    out.set(id, emulator.messages(token, id).filter((m) => m.from?.is_bot && m.text?.includes(mark)).length);
  }
  return out;
}

/** The world for multi-process tests: an emulator with one bot, a PostgreSQL database, and bot processes on demand. */
export interface Fleet {
  emu: Emulator;
  db: TestDatabase;
  /** The first bot's token. */
  token: string;
  /**
   * Every bot's token: one, or more with `bots` (Telegram sends a bot's updates to a single
   * webhook, so processes that must each receive updates are given their own bot identity).
   */
  tokens: readonly string[];
  /** Starts one more bot process (webhook mode, its own port) for `token` (the first bot by default) and waits until it is up. */
  bot(token?: string): Promise<BotProcess>;
  close(): Promise<void>;
}

export async function startFleet(opts: { admin: number; scale: number; bots?: number }): Promise<Fleet> {
  const emu = await startEmulator({ limits: { scale: opts.scale } });
  const tokens = Array.from({ length: opts.bots ?? 1 }, (_, i) => {
    const t = testToken();
    const suffix = i === 0 ? '' : String(i + 1);
    emu.registerBot({ token: t, username: `DigiPassUmbria${suffix}Bot`, firstName: `DigiPASS Umbria${suffix ? ` ${suffix}` : ''}` });
    return t;
  });
  const token = tokens[0]!;
  const db = await createTestDatabase();
  const procs: BotProcess[] = [];
  return {
    emu,
    db,
    token,
    tokens,
    async bot(which = token) {
      const p = await spawnBot({
        emulator: emu,
        token: which,
        databaseUrl: db.url!,
        env: { ADMIN_TELEGRAM_IDS: String(opts.admin), RATE_LIMIT_PER_MINUTE: '0', FLOOD_RATE_SCALE: String(opts.scale) },
      });
      procs.push(p);
      await p.started();
      return p;
    },
    async close() {
      for (const p of procs) killQuietly(p);
      await Promise.all(procs.map((p) => p.exited));
      await emu.close();
      await db.close();
    },
  };
}
