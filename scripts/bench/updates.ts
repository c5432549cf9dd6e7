/**
 * End-to-end throughput and latency of the bot's answers (issue #11): simulated people on the
 * Bot API emulator (flood limits off), each sending a message and waiting for the bot's
 * complete answer before the next, against the real bot and against a bare grammY echo bot
 * in alternating rounds on the same emulator. Then a leak check: the real bot's RSS after
 * 1,000 and after 10,000 updates.
 *
 * Run: npm run bench:updates [-- --users 30 --seconds 20 --rounds 2 --quick --cpu-prof DIR]
 * or BENCH_USERS, BENCH_SECONDS, BENCH_ROUNDS, BENCH_QUICK=1, BENCH_CPU_PROF=DIR.
 * --quick is a smoke check (8 people, 3 s rounds, a 100 → 1,000 update leak check).
 * --cpu-prof writes a V8 CPU profile of each real bot process into DIR.
 * Database: a fresh in-memory PGlite per real-bot process, or with DATABASE_URL a scratch
 * database on that PostgreSQL server per process (created here, dropped after).
 *
 * Both bots run in processes of their own (updates-bot.ts), polling through @grammyjs/runner
 * as the sandbox demo does; the emulator and the people run here. Kinds of message: a shared
 * location (nearest points: a list and a venue), a town name, /start, and a step of the
 * booking conversation (updates-people.ts). Prints figures per kind, the bot process's CPU
 * time per answer (which, unlike answers per second, hardly depends on what else the machine
 * runs), and one summary line; asserts nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { startEmulator, type BotInfo, type Emulator } from '../../src/sandbox/emulator/index.js';
import { createTestDatabase, type TestDatabase } from '../../test/support/db.js';
import { testToken } from '../../test/support/net.js';
import type { BotChildEnv, BotKind, FromChild, Stats, ToChild } from './updates-bot.js';
import { drive, Inbox, KINDS, loadPlaces, Person, type Kind, type Places, type Sample } from './updates-people.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHILD = fileURLToPath(new URL('./updates-bot.ts', import.meta.url));
const FIRST_PERSON = 920_000_000;
/** Goals of the issue. */
const GOAL_RATIO = 0.5;
const GOAL_RATIO_KINDS: readonly Kind[] = ['location', 'town'];
const GOAL_P99_MS = { pglite: 100, postgres: 50 } as const;
/** After a round, how long to listen for answers nobody waits for any more (strays). */
const SETTLE_MS = 300;

export interface UpdatesBenchOptions {
  users?: number;
  seconds?: number;
  /** Rounds of each bot (at least 2). */
  rounds?: number;
  /** Seconds at the start of each round not measured: a fresh process warms up (JIT, caches, first touch of each person). */
  warmupSeconds?: number;
  /** Updates after which the leak check measures the real bot's memory: [first, second]. */
  leakUpdates?: readonly [number, number];
  databaseUrl?: string;
  /** Directory for V8 CPU profiles of the real bot processes. */
  cpuProfileDir?: string;
  log?: (line: string) => void;
}

export interface KindFigures {
  answers: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** Bot API calls to this kind's people that the emulator rejected (each is a violation). */
  rejectedCalls: number;
}

export interface UpdatesBenchResult {
  driver: 'pglite' | 'postgres';
  users: number;
  seconds: number;
  rounds: number;
  real: Record<Kind, KindFigures>;
  echo: Record<Kind, KindFigures>;
  ratio: Record<Kind, number>;
  violations: { real: number; echo: number };
  peakRssMb: { real: number; echo: number };
  leak: {
    first: number;
    second: number;
    rssFirstMb: number;
    rssSecondMb: number;
    heapFirstMb: number;
    heapSecondMb: number;
    externalFirstMb: number;
    externalSecondMb: number;
    gc: boolean;
    errors: number;
  };
  goals: { ratio: boolean; p99: boolean; leak: boolean };
  summary: string;
}

// ---------------------------------------------------------------- the bot processes

/** A bot under test in its own process, spoken to over IPC. */
class BotProcess {
  private readonly child: ChildProcess;
  private readonly exited: Promise<void>;
  private waiter: { type: FromChild['type']; resolve(m: FromChild): void; reject(e: Error): void } | undefined;
  private failure: Error | undefined;

  private constructor(env: BotChildEnv, cpuProfileDir: string | undefined) {
    const flags = ['--expose-gc', ...(cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfileDir] : []), '--import', 'tsx'];
    this.child = spawn(process.execPath, [...flags, CHILD], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
    this.child.on('message', (m: FromChild) => {
      if (m.type === 'failed') this.fail(new Error(`the ${env.BENCH_BOT} bot failed: ${m.message}`));
      else if (this.waiter?.type === m.type) {
        const w = this.waiter;
        this.waiter = undefined;
        w.resolve(m);
      }
    });
    this.child.once('exit', (code, signal) => {
      if (this.waiter) this.fail(new Error(`the ${env.BENCH_BOT} bot process ended (${signal ?? code}) while ${this.waiter.type} was awaited`));
    });
  }

  static async start(env: BotChildEnv, cpuProfileDir?: string): Promise<{ bot: BotProcess; startMs: number }> {
    const bot = new BotProcess(env, cpuProfileDir);
    const ready = (await bot.request(undefined, 'ready', 120_000)) as Extract<FromChild, { type: 'ready' }>;
    return { bot, startMs: ready.startMs };
  }

  /** CPU time and memory; `gc` collects garbage first, `resetPeak` starts a new peak RSS. */
  async stats(opts: { gc: boolean; resetPeak: boolean }): Promise<Stats> {
    return (await this.request({ type: 'stats', ...opts }, 'stats', 30_000)) as Stats;
  }

  /** Stops the bot; true when its process then ended by itself (else it is killed). */
  async stop(): Promise<boolean> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return true;
    try {
      await this.request({ type: 'stop' }, 'stopped', 30_000);
    } catch {
      // Killed below; the caller reports that it did not end by itself.
    }
    const ended = await Promise.race([this.exited.then(() => true), sleep(10_000, false)]);
    if (!ended) {
      this.child.kill('SIGKILL');
      await this.exited;
    }
    return ended && this.failure === undefined;
  }

  private request(message: ToChild | undefined, type: FromChild['type'], timeoutMs: number): Promise<FromChild> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<FromChild>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new Error(`no "${type}" from the bot process within ${timeoutMs} ms`)), timeoutMs);
      this.waiter = {
        type,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      if (message) this.child.send(message);
    });
  }

  private fail(err: Error): void {
    this.failure ??= err;
    const w = this.waiter;
    this.waiter = undefined;
    w?.reject(err);
  }
}

// ---------------------------------------------------------------- figures

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Everything one kind of person did in the measured windows of one bot. */
class KindTally {
  latencies: number[] = [];
  errors = 0;
  rejectedCalls = 0;
  readonly problems = new Map<string, number>();

  add(s: Sample): void {
    if (s.error === undefined) {
      this.latencies.push(s.end - s.start);
      return;
    }
    this.errors++;
    this.problems.set(s.error, (this.problems.get(s.error) ?? 0) + 1);
  }

  figures(seconds: number): KindFigures {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    return {
      answers: sorted.length,
      perSecond: sorted.length / seconds,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      errors: this.errors,
      rejectedCalls: this.rejectedCalls,
    };
  }
}

const tallies = (): Record<Kind, KindTally> => Object.fromEntries(KINDS.map((k) => [k, new KindTally()])) as Record<Kind, KindTally>;
const mb = (bytes: number) => bytes / 1_048_576;
const f1 = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(1));

// ---------------------------------------------------------------- the bench

interface World {
  emu: Emulator;
  bots: Record<BotKind, { token: string; info: BotInfo }>;
  ids: number[];
  kindOf: Map<number, Kind>;
  places: Places;
  databaseUrl: string | undefined;
  cpuProfileDir: string | undefined;
}

/** A bot process with its database: a scratch PostgreSQL database made here, or PGlite inside the process. */
async function startBot(w: World, kind: BotKind): Promise<{ bot: BotProcess; startMs: number; scratch: TestDatabase | undefined }> {
  const scratch = kind === 'real' && w.databaseUrl ? await createTestDatabase(w.databaseUrl) : undefined;
  try {
    const { bot, startMs } = await BotProcess.start(
      {
        BENCH_BOT: kind,
        BENCH_TOKEN: w.bots[kind].token,
        BENCH_API_ROOT: w.emu.apiRoot,
        BENCH_BOT_INFO: JSON.stringify(w.bots[kind].info),
        ...(scratch?.url ? { BENCH_DATABASE_URL: scratch.url } : {}),
      },
      kind === 'real' ? w.cpuProfileDir : undefined,
    );
    return { bot, startMs, scratch };
  } catch (err) {
    await scratch?.close();
    throw err;
  }
}

const firstName = (id: number) => `Persona${id - FIRST_PERSON}`;
const peopleFor = (w: World, kind: BotKind) => w.ids.map((id) => new Person(w.emu, w.bots[kind].token, kind, id, firstName(id), w.kindOf.get(id)!, w.places));

interface RoundResult {
  answers: number;
  errors: number;
  /** CPU time of the bot process in the measured window (and the settling after it). */
  cpuMs: number;
  stray: number;
  violations: string[];
  peakRss: number;
  startMs: number;
  exitedByItself: boolean;
  logged: { warnings: number; errors: number; first: string[] };
}

/** One round of one bot: warm-up, then `seconds` measured; samples go into `into`. */
async function round(w: World, kind: BotKind, seconds: number, warmupSeconds: number, into: Record<Kind, KindTally>): Promise<RoundResult> {
  const { bot, startMs, scratch } = await startBot(w, kind);
  const botId = w.bots[kind].info.id;
  const inbox = new Inbox(w.emu, botId);
  try {
    const callsBefore = w.emu.calls.length;
    const violationsBefore = w.emu.violations.length;
    const warmEnd = performance.now() + warmupSeconds * 1000;
    const end = warmEnd + seconds * 1000;
    const atWarmEnd = sleep(warmupSeconds * 1000).then(() => bot.stats({ gc: false, resetPeak: true }));
    // Awaited after the round; a bot that died meanwhile must not end this process before that.
    atWarmEnd.catch(() => {});
    let answers = 0;
    let errors = 0;
    await drive(peopleFor(w, kind), inbox, () => performance.now() < end, (s) => {
      if (s.end < warmEnd || s.end > end) return;
      into[s.kind].add(s);
      if (s.error === undefined) answers++;
      else errors++;
    });
    const first = await atWarmEnd;
    await sleep(SETTLE_MS);
    const last = await bot.stats({ gc: false, resetPeak: false });
    const exitedByItself = await bot.stop();
    // Each rejected call is also a violation; attributed to a kind through its chat.
    for (const c of w.emu.calls.slice(callsBefore)) {
      const chat = c.params.chat_id;
      if (c.botId !== botId || c.ok || typeof chat !== 'number') continue;
      const k = w.kindOf.get(chat);
      if (k) into[k].rejectedCalls++;
    }
    const violations = w.emu.violations.slice(violationsBefore).filter((v) => v.botId === botId).map((v) => `${v.method}: ${v.kind}: ${v.detail}`);
    return {
      answers,
      errors,
      cpuMs: last.cpuMs - first.cpuMs,
      stray: inbox.stray,
      violations,
      peakRss: last.peakRss,
      startMs,
      exitedByItself,
      logged: { warnings: last.warnings, errors: last.errors, first: last.firstProblems },
    };
  } finally {
    inbox.close();
    await bot.stop();
    await scratch?.close();
  }
}

/** The real bot's memory, idle and after a full GC, after `first` and after `second` updates in all. */
async function leakCheck(w: World, first: number, second: number): Promise<UpdatesBenchResult['leak'] & { seconds: number; perSecond: number; exitedByItself: boolean }> {
  const { bot, scratch } = await startBot(w, 'real');
  const inbox = new Inbox(w.emu, w.bots.real.info.id);
  try {
    const people = peopleFor(w, 'real');
    let issued = 0;
    let errors = 0;
    const upTo = (target: number) => () => {
      if (issued >= target) return false;
      issued++;
      return true;
    };
    const count = (s: Sample) => void (s.error !== undefined && errors++);
    await drive(people, inbox, upTo(first), count);
    const atFirst = await bot.stats({ gc: true, resetPeak: false });
    const t0 = performance.now();
    await drive(people, inbox, upTo(second), count);
    const seconds = (performance.now() - t0) / 1000;
    const atSecond = await bot.stats({ gc: true, resetPeak: false });
    const exitedByItself = await bot.stop();
    return {
      first,
      second,
      rssFirstMb: mb(atFirst.rss),
      rssSecondMb: mb(atSecond.rss),
      heapFirstMb: mb(atFirst.heapUsed),
      heapSecondMb: mb(atSecond.heapUsed),
      externalFirstMb: mb(atFirst.external),
      externalSecondMb: mb(atSecond.external),
      gc: atFirst.gc && atSecond.gc,
      errors,
      seconds,
      perSecond: (second - first) / seconds,
      exitedByItself,
    };
  } finally {
    inbox.close();
    await bot.stop();
    await scratch?.close();
  }
}

export async function run(opts: UpdatesBenchOptions = {}): Promise<UpdatesBenchResult> {
  const log = opts.log ?? console.log;
  const users = opts.users ?? 30;
  const seconds = opts.seconds ?? 20;
  const rounds = Math.max(2, opts.rounds ?? 2);
  const warmupSeconds = opts.warmupSeconds ?? 2;
  const [leakFirst, leakSecond] = opts.leakUpdates ?? [1_000, 10_000];
  const driver = opts.databaseUrl ? 'postgres' : 'pglite';

  const emu = await startEmulator({ limits: false });
  try {
    const bots = {
      real: { token: testToken(), info: undefined as unknown as BotInfo },
      echo: { token: testToken(), info: undefined as unknown as BotInfo },
    };
    bots.real.info = emu.registerBot({ token: bots.real.token, username: 'DigiPassUmbriaBot', firstName: 'DigiPASS Umbria' });
    bots.echo.info = emu.registerBot({ token: bots.echo.token, username: 'EchoBenchBot', firstName: 'Echo' });
    const ids = Array.from({ length: users }, (_, i) => FIRST_PERSON + i);
    const kindOf = new Map(ids.map((id, i) => [id, KINDS[i % KINDS.length]!]));
    for (const id of ids) emu.addUser({ id, firstName: firstName(id), languageCode: 'it' });
    const w: World = { emu, bots, ids, kindOf, places: loadPlaces(), databaseUrl: opts.databaseUrl, cpuProfileDir: opts.cpuProfileDir };

    const perKind = KINDS.map((k) => `${ids.filter((id) => kindOf.get(id) === k).length} ${k}`).join(', ');
    log(`bench updates: ${users} people (${perKind}), ${rounds} rounds of ${seconds}s (after ${warmupSeconds}s of warm-up) of each bot, alternating; database ${driver}`);
    log('  both bots poll the emulator through @grammyjs/runner, each in a process of its own; emulator flood limits off');

    const tally = { real: tallies(), echo: tallies() };
    const peak = { real: 0, echo: 0 };
    const cpu = { real: { ms: 0, answers: 0 }, echo: { ms: 0, answers: 0 } };
    const violations = { real: [] as string[], echo: [] as string[] };
    const logged = { warnings: 0, errors: 0, first: new Set<string>() };
    let stray = 0;
    let unclean = 0;
    for (let r = 1; r <= rounds; r++) {
      for (const kind of ['real', 'echo'] as const) {
        const res = await round(w, kind, seconds, warmupSeconds, tally[kind]);
        peak[kind] = Math.max(peak[kind], res.peakRss);
        cpu[kind].ms += res.cpuMs;
        cpu[kind].answers += res.answers;
        violations[kind].push(...res.violations);
        stray += res.stray;
        if (!res.exitedByItself) unclean++;
        if (kind === 'real') {
          logged.warnings += res.logged.warnings;
          logged.errors += res.logged.errors;
          for (const p of res.logged.first) logged.first.add(p);
        }
        log(
          `  round ${r} ${kind}: ${res.answers} answers (${f1(res.answers / seconds)}/s), errors ${res.errors}, stray ${res.stray}, ` +
            `violations ${res.violations.length}, bot CPU ${(res.cpuMs / res.answers).toFixed(2)}ms per answer ` +
            `(${((100 * res.cpuMs) / (seconds * 1000 + SETTLE_MS)).toFixed(0)}% of one core), peak RSS ${mb(res.peakRss).toFixed(0)}MB, started in ${(res.startMs / 1000).toFixed(1)}s`,
        );
      }
    }

    const measured = seconds * rounds;
    const real = Object.fromEntries(KINDS.map((k) => [k, tally.real[k].figures(measured)])) as Record<Kind, KindFigures>;
    const echo = Object.fromEntries(KINDS.map((k) => [k, tally.echo[k].figures(measured)])) as Record<Kind, KindFigures>;
    const ratio = Object.fromEntries(KINDS.map((k) => [k, real[k].perSecond / echo[k].perSecond])) as Record<Kind, number>;

    log('');
    log('  kind      bot         answers/s   p50 ms   p95 ms   p99 ms   errors   rejected calls');
    const row = (label: string, bot: string, x: KindFigures) =>
      `  ${label.padEnd(9)} ${bot.padEnd(10)} ${f1(x.perSecond).padStart(10)} ${f1(x.p50).padStart(8)} ${f1(x.p95).padStart(8)} ${f1(x.p99).padStart(8)} ${String(x.errors).padStart(8)} ${String(x.rejectedCalls).padStart(16)}`;
    for (const k of KINDS) {
      log(row(k, 'real', real[k]));
      log(row('', 'echo', echo[k]));
      log(`  ${''.padEnd(9)} ${'real/echo'.padEnd(10)} ${ratio[k].toFixed(2).padStart(10)}`);
    }
    log('');
    // Wall-clock rates depend on whatever else the machine runs; CPU time per answer does not.
    const cpuPerAnswer = { real: cpu.real.ms / cpu.real.answers, echo: cpu.echo.ms / cpu.echo.answers };
    log(
      `  bot process CPU per answer (all kinds): real ${cpuPerAnswer.real.toFixed(2)}ms, echo ${cpuPerAnswer.echo.toFixed(2)}ms ` +
        `(echo/real ${(cpuPerAnswer.echo / cpuPerAnswer.real).toFixed(2)})`,
    );
    log(`  peak RSS of the bot process: real ${mb(peak.real).toFixed(0)}MB, echo ${mb(peak.echo).toFixed(0)}MB (all kinds run together in a round)`);
    log(`  emulator violations: real ${violations.real.length}, echo ${violations.echo.length}`);
    for (const v of [...new Set([...violations.real, ...violations.echo])].slice(0, 5)) log(`    ${v}`);
    for (const bot of ['real', 'echo'] as const) {
      for (const k of KINDS) {
        for (const [problem, n] of tally[bot][k].problems) log(`  ${bot} ${k}: ${n}× ${problem}`);
      }
    }
    if (stray > 0) log(`  ${stray} bot messages or callback answers came when nobody was waiting (late answers, or more than a step makes)`);
    if (logged.warnings + logged.errors > 0) log(`  the real bot logged ${logged.warnings} warnings and ${logged.errors} errors: ${[...logged.first].join(' | ')}`);

    const leak = await leakCheck(w, leakFirst, leakSecond);
    if (!leak.exitedByItself) unclean++;
    const leakDelta = leak.rssSecondMb - leak.rssFirstMb;
    log(
      `  leak check (real bot, ${driver}, ${users} people${leak.gc ? ', after a full GC' : ', no GC available'}): ` +
        `RSS ${leak.rssFirstMb.toFixed(1)}MB after ${leak.first} updates, ${leak.rssSecondMb.toFixed(1)}MB after ${leak.second} (${leakDelta >= 0 ? '+' : ''}${leakDelta.toFixed(1)}MB); ` +
        `JS heap ${leak.heapFirstMb.toFixed(1)} → ${leak.heapSecondMb.toFixed(1)}MB, external ${leak.externalFirstMb.toFixed(1)} → ${leak.externalSecondMb.toFixed(1)}MB; ` +
        `${f1(leak.perSecond)} updates/s, errors ${leak.errors}`,
    );
    if (unclean > 0) log(`  ${unclean} bot processes did not end by themselves after stopping (killed)`);

    const p99Goal = GOAL_P99_MS[driver];
    const goals = {
      ratio: GOAL_RATIO_KINDS.every((k) => ratio[k] >= GOAL_RATIO),
      p99: KINDS.every((k) => real[k].p99 < p99Goal),
      leak: leak.rssSecondMb <= leak.rssFirstMb,
    };
    const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
    log(
      `  goals: real/echo ≥${GOAL_RATIO} for ${GOAL_RATIO_KINDS.join(' and ')}: ${verdict(goals.ratio)}; ` +
        `p99 <${p99Goal}ms for every kind: ${verdict(goals.p99)}; RSS after ${leak.second} ≤ after ${leak.first}: ${verdict(goals.leak)}`,
    );

    const errors = KINDS.reduce((n, k) => n + real[k].errors + echo[k].errors, 0);
    const summary =
      `bench updates (${driver}, ${users} people, ${rounds}×${seconds}s): ` +
      `real/echo ${KINDS.map((k) => `${k} ${ratio[k].toFixed(2)}`).join(' ')}; ` +
      `real answers/s ${KINDS.map((k) => `${k} ${real[k].perSecond.toFixed(0)}`).join(' ')}; ` +
      `real p99 ${KINDS.map((k) => `${k} ${real[k].p99.toFixed(0)}ms`).join(' ')}; ` +
      `RSS ${leak.first}→${leak.second} updates ${leak.rssFirstMb.toFixed(0)}→${leak.rssSecondMb.toFixed(0)}MB; ` +
      `errors=${errors} violations=${violations.real.length + violations.echo.length}; ` +
      `goals ratio=${verdict(goals.ratio)} p99=${verdict(goals.p99)} leak=${verdict(goals.leak)}`;
    log(summary);
    return {
      driver,
      users,
      seconds,
      rounds,
      real,
      echo,
      ratio,
      violations: { real: violations.real.length, echo: violations.echo.length },
      peakRssMb: { real: mb(peak.real), echo: mb(peak.echo) },
      leak: {
        first: leak.first,
        second: leak.second,
        rssFirstMb: leak.rssFirstMb,
        rssSecondMb: leak.rssSecondMb,
        heapFirstMb: leak.heapFirstMb,
        heapSecondMb: leak.heapSecondMb,
        externalFirstMb: leak.externalFirstMb,
        externalSecondMb: leak.externalSecondMb,
        gc: leak.gc,
        errors: leak.errors,
      },
      goals,
      summary,
    };
  } finally {
    await emu.close();
  }
}

// ---------------------------------------------------------------- command line

/** A positive number from `--name N` or the environment variable. */
function setting(args: string[], flag: string, envName: string): number | undefined {
  const i = args.indexOf(flag);
  const raw = i >= 0 ? args[i + 1] : process.env[envName];
  if (raw === undefined || raw === '') return undefined;
  const v = Number(raw);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${flag} (${envName}) needs a positive number, not "${raw}"`);
  return v;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick') || process.env.BENCH_QUICK === '1';
  const profIndex = args.indexOf('--cpu-prof');
  const cpuProfileDir = profIndex >= 0 ? args[profIndex + 1] : process.env.BENCH_CPU_PROF || undefined;
  const users = setting(args, '--users', 'BENCH_USERS');
  const seconds = setting(args, '--seconds', 'BENCH_SECONDS');
  const rounds = setting(args, '--rounds', 'BENCH_ROUNDS');
  run({
    users: Math.round(users ?? (quick ? 8 : 30)),
    seconds: seconds ?? (quick ? 3 : 20),
    rounds: Math.round(rounds ?? 2),
    warmupSeconds: quick ? 0.5 : 2,
    leakUpdates: quick ? [100, 1_000] : [1_000, 10_000],
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    ...(cpuProfileDir ? { cpuProfileDir: path.resolve(cpuProfileDir) } : {}),
  }).catch((err: unknown) => {
    console.error(err);
    // Everything was closed on the way out: the process ends by itself, failing.
    process.exitCode = 1;
  });
}
