import { Api, GrammyError } from 'grammy';
import { expect } from 'vitest';
import { startEmulator, type BotInfo, type Emulator, type EmulatorOptions, type TgUser } from '../../../src/sandbox/emulator/index.js';

export const TOKEN = '7000000001:AAFakeTokenForTheSandboxOnly_0123456789';

export interface Setup {
  emu: Emulator;
  token: string;
  info: BotInfo;
  api: Api;
  anna: TgUser;
}

/** An emulator with one bot, one person and grammY's real Api client pointed at it. */
export async function setup(opts: EmulatorOptions = {}): Promise<Setup> {
  const emu = await startEmulator({ limits: false, ...opts });
  const info = emu.registerBot({ token: TOKEN, username: 'DigiPassTestBot', firstName: 'DigiPASS Test' });
  const anna = emu.addUser({ firstName: 'Anna', lastName: 'Rossi', languageCode: 'it' });
  const api = new Api(TOKEN, { apiRoot: emu.apiRoot });
  return { emu, token: TOKEN, info, api, anna };
}

/**
 * The person writes `/start` and the bot (here: plain getUpdates calls) fetches
 * and confirms it, so the private chat exists.
 */
export async function greet(s: Setup, userId = s.anna.id, text = '/start'): Promise<void> {
  const delivered = s.emu.sendText(s.token, userId, text);
  const updates = await s.api.getUpdates({ timeout: 1 });
  const last = updates[updates.length - 1];
  if (!last) throw new Error('no update arrived');
  await s.api.getUpdates({ offset: last.update_id + 1, timeout: 0 });
  await delivered;
}

/** Asserts a grammY call fails exactly as Telegram would answer. */
export async function expectApiError(call: Promise<unknown>, code: number, description: string | RegExp): Promise<GrammyError> {
  const err = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GrammyError);
  const g = err as GrammyError;
  expect(g.error_code).toBe(code);
  if (typeof description === 'string') expect(g.description).toBe(description);
  else expect(g.description).toMatch(description);
  return g;
}

export { startEmulator };
