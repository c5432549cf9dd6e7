import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmulator, type Emulator } from '../../src/sandbox/emulator/index.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { testToken } from '../support/harness.js';
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
  dataDir = mkdtempSync(path.join(tmpdir(), 'digipass-proc-'));
  // On PostgreSQL runs, the process gets its own fresh database (created migrated: migrations re-run as no-ops).
  if (process.env.TEST_DATABASE_URL) pg = await createTestDatabase();
});
afterAll(async () => {
  await emu?.close();
  await pg?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function startBot(): { child: ChildProcess; logs: () => string; exited: Promise<number | null> } {
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      PATH: process.env.PATH,
      BOT_TOKEN: token,
      TELEGRAM_API_ROOT: emu.apiRoot,
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

  it('never wrote the bot token or personal data in its logs', () => {
    expect(allLogs.length).toBeGreaterThan(500);
    expect(allLogs).not.toContain(token);
    expect(allLogs).not.toContain(token.split(':')[1]);
    expect(allLogs).not.toContain('Anna');
    expect(allLogs).not.toContain('John');
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
