import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  // One message per chat, refilled slowly: the second reply in a row hits Telegram's flood limit.
  h = await harness({ limits: { perChatBurst: 1, perChatPerSecond: 0.5 } });
});
afterAll(async () => {
  await h?.close();
});

describe('the error boundary', () => {
  it('waits as Telegram asks when a reply hits the flood limit, then answers', async () => {
    const p = await h.citizen({ firstName: 'Marco' });
    await p.say('/start');
    const t0 = Date.now();
    await p.say('/help'); // 429 with retry_after 2: the bot waits and sends again
    expect(p.botMessages()).toHaveLength(2);
    expect(p.lastText()).toContain('Come funziona');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
    h.expectNoViolations();
  });

  it('survives a Bot API refusal it cannot wait for: logs it by fields, answers the webhook, retries nothing early', async () => {
    h.emulator.setLimits({ perChatBurst: 1, perChatPerSecond: 0.05 }); // retry_after ≈ 20 s: too long to wait
    const p = await h.citizen({ firstName: 'Elena' });
    await p.say('/start');
    await p.say('/help'); // this reply gets 429 from the emulator
    expect(p.botMessages()).toHaveLength(1);
    const errors = h.logs().split('\n').filter((l) => l.includes('Bot API call failed'));
    expect(errors).toHaveLength(1);
    expect(JSON.parse(errors[0]!)).toMatchObject({ method: 'sendMessage', errorCode: 429 });
    // The webhook was answered (no redelivery) and nothing ignored retry_after.
    h.expectNoViolations();
    expect(h.logs()).not.toContain('Elena');
  });

  it('shrugs off updates it does not understand', async () => {
    const odd = [{ update_id: 555_001 }, { update_id: 555_002, edited_message: { message_id: 1, date: 0, chat: { id: 1, type: 'private' } } }];
    for (const u of odd) expect((await h.postUpdate(u)).status).toBe(200);
    const garbage = await fetch(h.webhookUrl, { method: 'POST', body: 'not json', headers: { 'x-telegram-bot-api-secret-token': 'x' } });
    expect(garbage.status).toBe(401);
    h.expectNoViolations();
  });
});

describe('too many messages from one person', () => {
  it('get a kind "slow down" and are not handled', async () => {
    const h2 = await harness({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const p = await h2.citizen({ firstName: 'Veloce' });
      for (const text of ['/start', '/help', '/help', '/help']) await p.say(text);
      const texts = p.botMessages().map((m) => m.text ?? '');
      expect(texts.filter((t) => t.includes('Come funziona'))).toHaveLength(2);
      expect(texts.at(-1)).toBe('Stai scrivendo molto in fretta. Aspetta un momento e riprova. 🙂');
      h2.expectNoViolations();
    } finally {
      await h2.close();
    }
  });
});

describe('a handler that fails', () => {
  it('gets the person a kind message, logs the update id without personal data, and the next update is answered', async () => {
    const h3 = await harness();
    try {
      const p = await h3.citizen({ id: 987_654_321, firstName: 'Giulietta' });
      await p.say('/language');
      // The database refuses this person's language change, once: the handler throws an unknown error.
      await h3.db.db.execute(
        sql.raw(`create function refuse_language() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$`),
      );
      await h3.db.db.execute(
        sql.raw(`create trigger refuse_language before update of language on people for each row when (new.telegram_id = ${p.id}) execute function refuse_language()`),
      );
      const chooser = p.lastBotMessage();
      const english = (chooser.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }).inline_keyboard
        .flat()
        .find((b) => b.text === 'English')!;
      const failed = await h3.emulator.pressButton(h3.token, p.id, chooser.message_id, english.callback_data);
      await h3.db.db.execute(sql.raw('drop trigger refuse_language on people'));

      expect(p.lastText()).toBe('Scusa, qualcosa non ha funzionato.\nRiprova tra poco. Se il problema continua, scrivi /start.');
      const lines = h3
        .logs()
        .split('\n')
        .filter((l) => l.includes('"update handling failed"'));
      expect(lines).toHaveLength(1);
      const entry = JSON.parse(lines[0]!) as { updateId: number; level: number; err: { cause?: { message?: string } } };
      expect(entry.updateId).toBe(failed.updateId);
      expect(entry.level).toBe(50);
      expect(JSON.stringify(entry)).toContain('refused by the test');
      expect(h3.logs()).not.toContain('Giulietta');
      expect(h3.logs()).not.toContain('987654321');

      // The process goes on: the next update is handled normally.
      await p.say('/help');
      expect(p.lastText()).toContain('Come funziona');
      await p.press('English');
      expect(p.lastText()).toBe('Done! I will write to you in English.');
      h3.expectNoViolations();
    } finally {
      await h3.close();
    }
  });
});
