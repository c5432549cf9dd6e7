import { Bot, GrammyError, Keyboard } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectApiError, setup, type Setup } from './helpers.js';

let s: Setup;
beforeEach(async () => {
  s = await setup({ longPollMaxMs: 2000 });
});
afterEach(async () => {
  await s.emu.close();
});

describe('getUpdates', () => {
  it('keeps updates until a later offset confirms them, and only then reports delivery', async () => {
    const d1 = s.emu.sendText(s.token, s.anna.id, '/start');
    const d2 = s.emu.sendText(s.token, s.anna.id, 'ciao');
    let settled = false;
    void Promise.all([d1, d2]).then(() => (settled = true));

    const batch = await s.api.getUpdates();
    expect(batch.map((u) => u.message?.text)).toEqual(['/start', 'ciao']);
    expect(batch[0]?.message?.entities).toEqual([{ type: 'bot_command', offset: 0, length: 6 }]);
    expect((await s.api.getUpdates({ limit: 1 })).map((u) => u.message?.text)).toEqual(['/start']); // not confirmed yet
    const first = batch[0]?.update_id ?? 0;
    expect((await s.api.getUpdates({ offset: first + 1 })).map((u) => u.message?.text)).toEqual(['ciao']);
    await new Promise((r) => setTimeout(r, 20));
    expect(settled).toBe(false);
    expect(await s.api.getUpdates({ offset: first + 2 })).toEqual([]);
    const [a, b] = await Promise.all([d1, d2]);
    expect(a.status).toBe('delivered');
    expect(b.updateId).toBe(first + 1);
    expect((await s.api.getWebhookInfo()).pending_update_count).toBe(0);
  });

  it('long polling wakes up when an update arrives, and times out empty', async () => {
    const t0 = Date.now();
    expect(await s.api.getUpdates({ timeout: 1 })).toEqual([]);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    const poll = s.api.getUpdates({ timeout: 30 }); // capped by longPollMaxMs, answered as soon as the update exists
    await new Promise((r) => setTimeout(r, 50));
    const delivered = s.emu.sendText(s.token, s.anna.id, 'eccomi');
    const updates = await poll;
    expect(updates.map((u) => u.message?.text)).toEqual(['eccomi']);
    await s.api.getUpdates({ offset: (updates[0]?.update_id ?? 0) + 1 });
    await delivered;
  });

  it('terminates the older of two concurrent pollers with 409', async () => {
    const older = s.api.getUpdates({ timeout: 5 });
    await new Promise((r) => setTimeout(r, 50));
    const newer = s.api.getUpdates({ timeout: 1 });
    await expectApiError(
      older,
      409,
      'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
    );
    expect(await newer).toEqual([]);
    expect(s.emu.violations.map((v) => v.kind)).toEqual(['conflict']);
  });

  it('refuses getUpdates while a webhook is set', async () => {
    await s.api.setWebhook('http://127.0.0.1:9/hook');
    await expectApiError(
      s.api.getUpdates(),
      409,
      "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
    );
    await s.api.deleteWebhook();
    expect(await s.api.getUpdates()).toEqual([]);
  });

  it('honours allowed_updates (a filtered update is reported, never sent) and negative offsets', async () => {
    await s.api.getUpdates({ allowed_updates: ['callback_query'] });
    const filtered = await s.emu.sendText(s.token, s.anna.id, 'nessuno mi sente');
    expect(filtered.status).toBe('filtered');
    await s.api.getUpdates({ allowed_updates: [] }); // back to the default set
    const pending = [s.emu.sendText(s.token, s.anna.id, 'uno'), s.emu.sendText(s.token, s.anna.id, 'due'), s.emu.sendText(s.token, s.anna.id, 'tre')];
    const last = await s.api.getUpdates({ offset: -1 });
    expect(last.map((u) => u.message?.text)).toEqual(['tre']);
    await Promise.all(pending.slice(0, 2)); // forgotten = confirmed
    await s.api.getUpdates({ offset: (last[0]?.update_id ?? 0) + 1 });
    await pending[2];
  });
});

describe('shutdown', () => {
  it('close() answers pending long polls and fails undelivered person actions at once', async () => {
    const other = await setup({ longPollMaxMs: 10_000 });
    const poll = other.api.getUpdates({ timeout: 10 });
    await new Promise((r) => setTimeout(r, 30));
    const waiting = other.emu.sendText(other.token, other.anna.id, 'ciao');
    const polled = await poll; // answered by the update
    expect(polled).toHaveLength(1);
    const t0 = Date.now();
    await other.emu.close();
    await expect(waiting).rejects.toThrow(/closed before the update was delivered/);
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});

describe('a real grammY bot against the emulator', () => {
  it('bot.start() answers /start with a reply keyboard; bot.stop() confirms the offset', async () => {
    const bot = new Bot(s.token, { botInfo: s.info, client: { apiRoot: s.emu.apiRoot } });
    bot.command('start', async (ctx) => {
      const payload = ctx.match;
      await ctx.reply(`Ciao <b>${ctx.from?.first_name ?? ''}</b>!${payload ? ` (${payload})` : ''}`, {
        parse_mode: 'HTML',
        reply_markup: new Keyboard().text('🔎 Cerca').requestLocation('📍 Vicino a me').resized(),
      });
    });
    bot.on('message:location', (ctx) => ctx.reply(`Posizione: ${ctx.message.location.latitude}`, { reply_markup: { remove_keyboard: true } }));
    bot.catch((err) => {
      throw err.error;
    });
    const running = bot.start({ timeout: 1 });

    bot.command('help', (ctx) => ctx.reply('Aiuto', { reply_to_message_id: ctx.message?.message_id } as never));
    const help = await s.emu.sendText(s.token, s.anna.id, '/help@DigiPassTestBot');
    expect(help.message?.entities).toEqual([{ type: 'bot_command', offset: 0, length: 21 }]);
    expect(help.replies[0]?.reply_to_message?.message_id).toBe(help.message?.message_id);

    const d = await s.emu.sendText(s.token, s.anna.id, '/start ev_42');
    expect(d.status).toBe('delivered');
    expect(d.replies).toHaveLength(1);
    expect(d.replies[0]).toMatchObject({ text: 'Ciao Anna! (ev_42)', entities: [{ type: 'bold', offset: 5, length: 4 }] });
    expect(s.emu.replyKeyboard(s.token, s.anna.id)).toEqual({
      keyboard: [[{ text: '🔎 Cerca' }, { text: '📍 Vicino a me', request_location: true }]],
      resize_keyboard: true,
    });

    await s.emu.sendLocation(s.token, s.anna.id, { latitude: 43.11, longitude: 12.39 });
    expect(s.emu.messages(s.token, s.anna.id).at(-1)?.text).toBe('Posizione: 43.11');
    expect(s.emu.replyKeyboard(s.token, s.anna.id)).toBeUndefined();

    await bot.stop();
    await running;
    expect(s.emu.violations).toEqual([]);
    expect((await s.api.getWebhookInfo()).pending_update_count).toBe(0);
    expect(s.emu.calls.map((c) => c.method)).toContain('deleteWebhook');
  });

  it('a second bot instance makes the first one fail with 409, as on Telegram', async () => {
    const a = new Bot(s.token, { botInfo: s.info, client: { apiRoot: s.emu.apiRoot } });
    const b = new Bot(s.token, { botInfo: s.info, client: { apiRoot: s.emu.apiRoot } });
    const runA = a.start({ timeout: 2 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    await new Promise((r) => setTimeout(r, 100));
    const runB = b.start({ timeout: 1 });
    const errA = await runA;
    expect(errA).toBeInstanceOf(GrammyError);
    expect((errA as GrammyError).error_code).toBe(409);
    await b.stop();
    await runB;
  });
});
