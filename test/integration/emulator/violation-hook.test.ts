import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../../src/sandbox/emulator/index.js';
import { violationHookRegistered, watchViolations, type ViolationWatch } from '../../support/violations.js';

const TOKEN = '7000000002:AAFakeTokenForTheViolationHook_012345';
let emu: Emulator;
let watch: ViolationWatch;
let strangerId: number;

beforeAll(async () => {
  emu = await startEmulator({ limits: false });
  emu.registerBot({ token: TOKEN, username: 'DigiPassHookBot', firstName: 'DigiPASS Hook' });
  strangerId = emu.addUser({ firstName: 'Bruno', languageCode: 'it' }).id;
  watch = watchViolations(emu, { name: 'hook test' });
});
afterAll(async () => {
  watch?.release();
  await emu?.close();
});

/** A call Telegram rejects: a message to someone who never wrote to the bot. */
async function forbiddenCall(): Promise<number> {
  const res = await fetch(`${emu.apiRoot}/bot${TOKEN}/sendMessage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ chat_id: strangerId, text: 'ciao' }),
  });
  return res.status;
}

describe('the after-each violation check', () => {
  it('is registered for every file that imports the support module', () => {
    expect(violationHookRegistered()).toBe(true);
  });

  // The body passes; only the after-each check can make it fail (and `fails` expects it to).
  it.fails('fails a test that caused a violation it did not declare', async () => {
    expect(await forbiddenCall()).toBe(403);
    expect(watch.newViolations().map((v) => v.kind)).toEqual(['forbidden']);
  });

  it('charged the undeclared violation to that test only', () => {
    expect(watch.newViolations()).toEqual([]);
  });

  it('lets a test allow what it causes on purpose', async () => {
    watch.allowViolations('forbidden');
    expect(await forbiddenCall()).toBe(403);
    expect(watch.newViolations().map((v) => v.kind)).toEqual(['forbidden']);
    watch.expectNoViolations();
  });

  it('does not carry an allowance over to the next test', () => {
    expect(watch.newViolations()).toEqual([]);
  });

  it('checks expected violations at once and moves past them', async () => {
    expect(await forbiddenCall()).toBe(403);
    watch.expectViolations('forbidden');
    expect(watch.newViolations()).toEqual([]);
    expect(() => watch.expectViolations('forbidden')).toThrow();
  });
});
