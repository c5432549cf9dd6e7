import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startEmulator, type Emulator } from '../../src/sandbox/emulator/index.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { testToken, watchViolations } from '../support/harness.js';
import { waitFor } from '../support/wait.js';

/**
 * `npm start` as a real process against the emulator: it migrates, seeds, answers /start in
 * Italian and English, survives a restart knowing the person's language, and never logs the token.
 */
let emu: Emulator;
let dataDir: string;
let pg: TestDatabase | undefined;
const token = testToken();
let allLogs = '';

beforeAll(async () => {
  emu = await startEmulator({ limits: { scale: 10 } });
  emu.registerBot({ token, username: 'DigiPassUmbriaBot', firstName: 'DigiPASS Umbria' });
  watchViolations(emu);
  dataDir = mkdtempSync(path.join(tmpdir(), 'digipass-proc-'));
  // On PostgreSQL runs, the process gets its own fresh database (created migrated: migrations re-run as no-ops).
  if (process.env.TEST_DATABASE_URL) pg = await createTestDatabase();
});
afterAll(async () => {
  await emu?.close();
  await pg?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function startBot(apiRoot = emu.apiRoot): { child: ChildProcess; logs: () => string; exited: Promise<number | null> } {
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH: process.env.PATH,
      BOT_TOKEN: token,
      TELEGRAM_API_ROOT: apiRoot,
      DATA_DIR: path.join(dataDir, 'db'),
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'debug',
      ...(pg?.url ? { DATABASE_URL: pg.url } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
    allLogs += d.toString();
  });
  child.stderr!.on('data', (d: Buffer) => {
    out += d.toString();
    allLogs += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, logs: () => out, exited };
}

describe('npm start against the Bot API emulator', () => {
  it('answers in Italian and English, and remembers a chosen language after a restart', async () => {
    const first = startBot();
    await waitFor(() => first.logs().includes('bot started'), 'the bot to start', 60_000);
    expect(first.logs()).toContain('database ready');

    const anna = emu.addUser({ firstName: 'Anna', languageCode: 'it' });
    const john = emu.addUser({ firstName: 'John', languageCode: 'en' });
    await emu.sendText(token, anna.id, '/start');
    await emu.sendText(token, john.id, '/start');
    const lastBotText = (userId: number) =>
      emu.messages(token, userId).filter((m) => m.from?.is_bot).at(-1)?.text;
    await waitFor(() => lastBotText(anna.id)?.includes('Ciao Anna!'), 'the Italian welcome');
    await waitFor(() => lastBotText(john.id)?.includes('Hello John!'), 'the English welcome');

    // Anna picks English with the language buttons.
    await emu.sendText(token, anna.id, '/language');
    const chooser = await waitFor(
      () => emu.messages(token, anna.id).filter((m) => m.from?.is_bot).find((m) => m.text === 'Scegli la lingua:'),
      'the language chooser',
    );
    const rows = (chooser.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard;
    const english = rows.flat().find((b) => b.text === 'English')!;
    await emu.pressButton(token, anna.id, chooser.message_id, english.callback_data);
    await waitFor(() => lastBotText(anna.id) === 'Done! I will write to you in English.', 'the language confirmation');

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.logs()).toContain('"msg":"stopped"');

    const second = startBot();
    await waitFor(() => second.logs().includes('bot started'), 'the bot to start again', 60_000);
    await emu.sendText(token, anna.id, '/start');
    await waitFor(() => lastBotText(anna.id)?.includes('Hello Anna!'), 'an English welcome after the restart');

    // A conversation in progress survives a restart: its state is in the database.
    await emu.sendText(token, anna.id, '/book');
    await waitFor(() => lastBotText(anna.id)?.startsWith('Where do you want to go?'), 'the booking to start');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    const third = startBot();
    await waitFor(() => third.logs().includes('bot started'), 'the bot to start a third time', 60_000);
    await emu.sendText(token, anna.id, 'Foligno');
    await waitFor(() => lastBotText(anna.id) === 'Choose the point:', 'the booking to go on after the restart');
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);

    expect(emu.violations).toEqual([]);
  }, 180_000);

  it('on SIGTERM, finishes the update in flight (its reply is delivered) before it exits', async () => {
    // Between the bot and the emulator: a relay that holds the bot's replies until told to let them go.
    const relay = await holdingRelay(emu.apiRoot, (method) => method === 'sendMessage');
    const bot = startBot(relay.apiRoot);
    try {
      await waitFor(() => bot.logs().includes('bot started'), 'the bot to start', 60_000);
      const carla = emu.addUser({ firstName: 'Carla', languageCode: 'it' });
      relay.hold = true;
      void emu.sendText(token, carla.id, '/start').catch(() => {});
      await waitFor(() => relay.held() > 0, 'the welcome to be on its way');
      bot.child.kill('SIGTERM');
      await waitFor(() => bot.logs().includes('finishing updates in flight'), 'the bot to wait for the update in flight');
      relay.release();
      expect(await bot.exited).toBe(0);
      const welcome = emu.messages(token, carla.id).filter((m) => m.from?.is_bot);
      expect(welcome.map((m) => m.text).join('\n')).toContain('Ciao Carla!');
      expect(bot.logs()).toContain('"msg":"stopped"');
      expect(emu.violations).toEqual([]);
    } finally {
      if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGKILL');
      relay.release();
      await relay.close();
    }
  }, 120_000);

  it('never wrote the bot token or personal data in its logs', () => {
    expect(allLogs.length).toBeGreaterThan(500);
    expect(allLogs).not.toContain(token);
    expect(allLogs).not.toContain(token.split(':')[1]);
    expect(allLogs).not.toContain('Anna');
    expect(allLogs).not.toContain('John');
    expect(allLogs).not.toContain('Carla');
  });

  it('stops with a clear message naming the variable when the configuration is wrong', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH, BOT_TOKEN: token, BOT_MODE: 'webhook' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise<number | null>((r) => child.on('exit', r));
    expect(code).toBe(2);
    expect(err).toContain('PUBLIC_URL is required in webhook mode');
    expect(err).not.toContain(token);
  });
});

/** Runs a TypeScript entry point of this repository as `npm run …` would, from any working directory. */
async function runTs(
  entry: string,
  opts: { cwd?: string; env: Record<string, string | undefined> },
): Promise<{ code: number | null; out: string; err: string }> {
  const tsx = pathToFileURL(path.resolve('node_modules/tsx/dist/loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', tsx, path.resolve(entry)], {
    cwd: opts.cwd ?? process.cwd(),
    env: { PATH: process.env.PATH, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((r) => child.on('exit', r));
  return { code, out, err };
}

describe('the database scripts and the .env file', () => {
  let work: string;
  beforeAll(() => {
    // A working directory like a fresh checkout's: the migrations, and a .env copied from .env.example.
    work = mkdtempSync(path.join(tmpdir(), 'digipass-env-'));
    symlinkSync(path.resolve('drizzle'), path.join(work, 'drizzle'));
  });
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('migrate needs only the database settings: an empty BOT_TOKEN or a half-set webhook does not stop it', async () => {
    const dataDir = path.join(work, 'only-db');
    const r = await runTs('scripts/migrate.ts', {
      env: { BOT_TOKEN: '', BOT_MODE: 'webhook', PUBLIC_URL: '', DATA_DIR: dataDir },
    });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Migrations applied (pglite)');
    expect(existsSync(dataDir)).toBe(true);
  }, 60_000);

  it('a wrong database setting stops a script with the message alone, no stack trace', async () => {
    const r = await runTs('scripts/migrate.ts', { env: { DATABASE_URL: 'mysql://localhost/digipass' } });
    expect(r.code).toBe(2);
    expect(r.err).toContain('DATABASE_URL must start with postgres://');
    expect(r.err).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('reads .env from the working directory, and the real environment wins over it', async () => {
    writeFileSync(
      path.join(work, '.env'),
      ['# copied from .env.example', 'BOT_TOKEN=', `DATA_DIR=${path.join(work, 'from-file')}`, 'BOT_MODE=webhook', 'LOG_LEVEL=loud', ''].join('\n'),
    );
    try {
      const fromFile = await runTs('scripts/migrate.ts', { cwd: work, env: {} });
      expect(fromFile.code).toBe(0);
      expect(existsSync(path.join(work, 'from-file'))).toBe(true);

      const overridden = await runTs('scripts/migrate.ts', { cwd: work, env: { DATA_DIR: path.join(work, 'a', 'from-env') } });
      expect(overridden.code).toBe(0);
      expect(existsSync(path.join(work, 'a', 'from-env'))).toBe(true);

      // npm start reads it too: BOT_MODE=webhook comes from the file, LOG_LEVEL from the environment.
      const start = await runTs('src/main.ts', { cwd: work, env: { BOT_TOKEN: token, LOG_LEVEL: 'info' } });
      expect(start.code).toBe(2);
      expect(start.err).toContain('PUBLIC_URL is required in webhook mode');
      expect(start.err).not.toContain('LOG_LEVEL');
      expect(start.err).not.toContain(token);
    } finally {
      rmSync(path.join(work, '.env'), { force: true });
    }
  }, 90_000);
});

/**
 * An HTTP relay to the Bot API that can hold back the calls of some methods (the bot sees a slow
 * Telegram), then let them all go on at once.
 */
async function holdingRelay(target: string, holds: (method: string) => boolean) {
  const waiting: (() => void)[] = [];
  const state = { hold: false };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const method = (req.url ?? '').split('/').at(-1) ?? '';
        if (state.hold && holds(method)) await new Promise<void>((r) => waiting.push(r));
        try {
          const body = Buffer.concat(chunks);
          const upstream = await fetch(`${target}${req.url ?? ''}`, {
            method: req.method ?? 'GET',
            headers: { 'content-type': req.headers['content-type'] ?? 'application/json' },
            ...(body.length > 0 ? { body } : {}),
          });
          res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
          res.end(Buffer.from(await upstream.arrayBuffer()));
        } catch {
          res.destroy();
        }
      })();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    get hold() {
      return state.hold;
    },
    set hold(v: boolean) {
      state.hold = v;
    },
    held: () => waiting.length,
    release() {
      state.hold = false;
      for (const go of waiting.splice(0)) go();
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
