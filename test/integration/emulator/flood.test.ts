import { GrammyError } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { expectApiError, greet, setup, type Setup } from './helpers.js';

let s: Setup | undefined;
afterEach(async () => {
  await s?.emu.close();
  s = undefined;
});

/** Sends and, on 429, waits what Telegram asked before retrying — like a well-behaved client. */
async function sendPolitely(st: Setup, chatId: number, text: string, sleep: (ms: number) => Promise<void>): Promise<number> {
  let retries = 0;
  for (;;) {
    try {
      await st.api.sendMessage(chatId, text);
      return retries;
    } catch (err) {
      if (!(err instanceof GrammyError) || err.error_code !== 429) throw err;
      retries++;
      await sleep((err.parameters.retry_after ?? 1) * 1000);
    }
  }
}

describe('flood limits', () => {
  it('30 quick messages to one chat: 429 with retry_after, and every call ignoring it is a violation', async () => {
    let now = 1_700_000_000_000;
    s = await setup({ limits: {}, now: () => now });
    await greet(s);
    const results: Array<number | 'ok'> = [];
    for (let i = 0; i < 30; i++) {
      now += 10; // 30 messages in 300 ms
      try {
        await s.api.sendMessage(s.anna.id, `Messaggio ${i + 1}`);
        results.push('ok');
      } catch (err) {
        expect(err).toBeInstanceOf(GrammyError);
        const g = err as GrammyError;
        expect(g.error_code).toBe(429);
        expect(g.description).toMatch(/^Too Many Requests: retry after [1-9]\d*$/);
        expect(Number.isInteger(g.parameters.retry_after)).toBe(true);
        results.push(g.parameters.retry_after ?? -1);
      }
    }
    expect(results.slice(0, 4)).toEqual(['ok', 'ok', 'ok', 'ok']); // the burst
    expect(results.slice(4).every((r) => typeof r === 'number' && r >= 1)).toBe(true);
    // The first 429 is Telegram doing its job; the 25 calls after it ignored retry_after.
    const ignored = s.emu.violations.filter((v) => v.kind === 'ignored_retry_after');
    expect(ignored).toHaveLength(25);
    expect(s.emu.violations.every((v) => v.kind === 'ignored_retry_after' && v.method === 'sendMessage')).toBe(true);
    expect(s.emu.messages(s.token, s.anna.id).filter((m) => m.from?.is_bot)).toHaveLength(4);
  });

  it('a client that waits retry_after gets everything through with no violation (real time, scale 10)', async () => {
    s = await setup({ limits: { scale: 10, perChatBurst: 10 } });
    await greet(s);
    const started = Date.now();
    let retries = 0;
    for (let i = 0; i < 30; i++) {
      retries += await sendPolitely(s, s.anna.id, `Messaggio ${i + 1}`, (ms) => new Promise((r) => setTimeout(r, ms)));
    }
    expect(retries).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(s.emu.violations).toEqual([]);
    expect(s.emu.messages(s.token, s.anna.id).filter((m) => m.from?.is_bot)).toHaveLength(30);
  });

  it('edits count only against the global limit; other chats are unaffected', async () => {
    let now = 1_700_000_000_000;
    s = await setup({ limits: { globalPerSecond: 8 }, now: () => now });
    const marco = s.emu.addUser({ firstName: 'Marco' });
    await greet(s);
    await greet(s, marco.id);
    const first = await s.api.sendMessage(s.anna.id, 'v0');
    for (let i = 1; i <= 3; i++) await s.api.sendMessage(s.anna.id, `m${i}`);
    await expectApiError(s.api.sendMessage(s.anna.id, 'm5'), 429, 'Too Many Requests: retry after 1');
    // the chat is blocked for sends, not for edits (they count globally) nor for Marco
    await s.api.editMessageText(s.anna.id, first.message_id, 'v1');
    await s.api.sendMessage(marco.id, 'ciao Marco');
    expect(s.emu.violations).toEqual([]);
    // 4 + 1 + 1 = 6 of 8 global tokens used: two more, then the global limit bites
    await s.api.sendMessage(marco.id, 'ancora');
    await s.api.editMessageText(s.anna.id, first.message_id, 'v2');
    await expectApiError(s.api.editMessageText(s.anna.id, first.message_id, 'v3'), 429, 'Too Many Requests: retry after 1');
    now += 1000;
    await s.api.editMessageText(s.anna.id, first.message_id, 'v3');
    expect(s.emu.violations).toEqual([]);
  });

  it('channels allow 20 posts per minute; retry_after is computed from the bucket', async () => {
    let now = 1_700_000_000_000;
    s = await setup({ limits: {}, now: () => now });
    s.emu.addChannel({ title: 'DigiPASS Umbria – eventi', username: 'digipass_eventi', adminBotTokens: [s.token] });
    for (let i = 0; i < 20; i++) await s.api.sendMessage('@digipass_eventi', `Evento ${i + 1}`);
    await expectApiError(s.api.sendMessage('@digipass_eventi', 'Evento 21'), 429, 'Too Many Requests: retry after 3');
    now += 3000;
    await s.api.sendMessage('@digipass_eventi', 'Evento 21');
    expect(s.emu.violations).toEqual([]);
  });

  it('limits can be switched off (benchmarks) and changed at run time', async () => {
    s = await setup({ limits: false });
    await greet(s);
    for (let i = 0; i < 40; i++) await s.api.sendMessage(s.anna.id, `n${i}`);
    s.emu.setLimits({ perChatBurst: 1 });
    await s.api.sendMessage(s.anna.id, 'uno');
    await expectApiError(s.api.sendMessage(s.anna.id, 'due'), 429, /^Too Many Requests: retry after \d+$/);
  });
});
