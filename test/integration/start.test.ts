import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import { people } from '../../src/db/schema/index.js';

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(async () => {
  await h?.close();
});

describe('a citizen meets the bot', () => {
  it('gets a plain Italian welcome with the main menu on /start', async () => {
    const anna = await h.citizen({ firstName: 'Anna', languageCode: 'it' });
    await anna.say('/start');
    expect(anna.lastText()).toContain('Ciao Anna!');
    expect(anna.lastText()).toContain('Punti Digitale Facile DigiPASS');
    expect(anna.replyKeyboard()).toEqual([
      '📍 Manda la mia posizione',
      '🔎 Trova un punto',
      '📅 Prenota un aiuto',
      '🎓 Corsi ed eventi',
      '🗂 Le mie prenotazioni',
      '🌐 Lingua',
    ]);
    h.expectNoViolations();
  });

  it('is welcomed in English when Telegram is set to English', async () => {
    const john = await h.citizen({ firstName: 'John', languageCode: 'en-GB' });
    await john.say('/start');
    expect(john.lastText()).toContain('Hello John!');
    expect(john.replyKeyboard()).toContain('🔎 Find a point');
    h.expectNoViolations();
  });

  it('falls back to Italian for a language the bot does not speak yet', async () => {
    const p = await h.citizen({ firstName: 'Zhang', languageCode: 'zh' });
    await p.say('/start');
    expect(p.lastText()).toContain('Ciao Zhang!');
  });

  it('shows a hostile name escaped, not as markup', async () => {
    const p = await h.citizen({ firstName: '<b>Tom & "Jerry"</b>', languageCode: 'it' });
    await p.say('/start');
    expect(p.lastText()).toContain('Ciao <b>Tom & "Jerry"</b>!');
    const bold = p.lastBotMessage().entities?.filter((e) => e.type === 'bold') ?? [];
    // Only the bot's own bold words, never the name.
    expect(bold.map((e) => p.lastText().slice(e.offset, e.offset + e.length))).not.toContain('Tom & "Jerry"');
    h.expectNoViolations();
  });

  it('changes language with the Lingua button and remembers it in the database', async () => {
    const maria = await h.citizen({ firstName: 'Maria', languageCode: 'it' });
    await maria.say('/start');
    await maria.press('🌐 Lingua');
    expect(maria.lastText()).toBe('Scegli la lingua:');
    await maria.press('English');
    expect(maria.lastText()).toBe('Done! I will write to you in English.');
    expect(maria.replyKeyboard()).toContain('🌐 Language');
    await maria.say('/help');
    expect(maria.lastText()).toContain('How it works');
    const [row] = await h.db.db.select().from(people).where(eq(people.telegramId, maria.id));
    expect(row?.language).toBe('en');
    h.expectNoViolations();
  });

  it('answers /help, unknown text and unsupported messages kindly', async () => {
    const p = await h.citizen({ firstName: 'Gino' });
    await p.say('/help');
    expect(p.lastText()).toContain('Come funziona');
    await p.say('/nonexistent');
    expect(p.lastText()).toContain('Non ho capito');
    await h.emulator.sendContact(h.token, p.id, '+39 075 0000000');
    expect(p.lastText()).toContain('Posso leggere solo messaggi di testo e posizioni');
    await p.say('/cancel');
    expect(p.lastText()).toBe("Non c'è niente da annullare.");
    h.expectNoViolations();
  });

  it('parses deep links and answers an invalid one kindly before the welcome', async () => {
    const p = await h.citizen({ firstName: 'Lia' });
    await p.say('/start ev_999999');
    const texts = p.botMessages().map((m) => m.text);
    expect(texts[0]).toBe('Il collegamento che hai aperto non è valido o è scaduto.');
    expect(texts[1]).toContain('Ciao Lia!');
    h.expectNoViolations();
  });

  it('ignores forged button data that is not on the message, changing nothing', async () => {
    const p = await h.citizen({ firstName: 'Ugo' });
    await p.say('/language');
    const msg = p.lastBotMessage();
    // Telegram warns that a bad client can send any data for a message; the bot must cope.
    await h.emulator.pressButton(h.token, p.id, msg.message_id, 'lang:xx', { forge: true });
    expect(h.emulator.callbackAnswers.at(-1)?.text).toBe('Questo pulsante non è più valido. Scrivi /start per ricominciare.');
    const [row] = await h.db.db.select().from(people).where(eq(people.telegramId, p.id));
    expect(row?.language ?? null).toBeNull();
    h.expectNoViolations();
  });

  it('publishes localized command menus for Italian and English', () => {
    const calls = h.emulator.calls.filter((c) => c.method === 'setMyCommands');
    const byLang = new Map(
      calls.map((c) => [(c.params as { language_code?: string }).language_code ?? 'default', c.params as { commands: { command: string; description: string }[] }]),
    );
    expect(byLang.get('default')?.commands.find((c) => c.command === 'language')?.description).toBe('Cambia lingua');
    expect(byLang.get('en')?.commands.find((c) => c.command === 'language')?.description).toBe('Change language');
  });

  it('handles an update delivered twice only once', async () => {
    const p = await h.citizen({ firstName: 'Rita' });
    await p.say('/start');
    const before = p.botMessages().length;
    const update = {
      update_id: 987_654_321,
      message: {
        message_id: 10_000,
        date: Math.floor(Date.now() / 1000),
        chat: { id: p.id, type: 'private', first_name: 'Rita' },
        from: { id: p.id, is_bot: false, first_name: 'Rita', language_code: 'it' },
        text: '/help',
        entities: [{ type: 'bot_command', offset: 0, length: 5 }],
      },
    };
    expect((await h.postUpdate(update)).status).toBe(200);
    expect((await h.postUpdate(update)).status).toBe(200);
    expect(p.botMessages().length).toBe(before + 1);
    expect(p.lastText()).toContain('Come funziona');
  });

  it('answers /healthz when the database answers', async () => {
    const res = await fetch(`${h.service.http.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('refuses a webhook call without the right secret', async () => {
    const res = await fetch(h.webhookUrl, { method: 'POST', body: '{}', headers: { 'x-telegram-bot-api-secret-token': 'wrong' } });
    expect(res.status).toBe(401);
  });
});
