import { InlineKeyboard } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectApiError, greet, setup, type Setup } from './helpers.js';

let s: Setup;
beforeEach(async () => {
  s = await setup();
});
afterEach(async () => {
  await s.emu.close();
});

describe('Bot API calls are validated like Telegram does', () => {
  it('answers 404 for an unknown method and 401 for an unknown token', async () => {
    const res = await fetch(`${s.emu.apiRoot}/bot${s.token}/sendMesage`, { method: 'POST' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ ok: false, error_code: 404, description: 'Not Found' });
    const wrong = await fetch(`${s.emu.apiRoot}/bot7000000001:AAnotTheRightOne/getMe`);
    expect(wrong.status).toBe(401);
    expect(await wrong.json()).toEqual({ ok: false, error_code: 401, description: 'Unauthorized' });
    expect(s.emu.violations.map((v) => v.kind)).toEqual(['unknown_method', 'unauthorized']);
  });

  it('answers getMe with the registered bot', async () => {
    const me = await s.api.getMe();
    expect(me).toMatchObject({ id: 7000000001, is_bot: true, username: 'DigiPassTestBot', first_name: 'DigiPASS Test' });
  });

  it('rejects a missing required parameter and a wrong type', async () => {
    await greet(s);
    await expectApiError(s.api.raw.sendMessage({ chat_id: s.anna.id } as never), 400, 'Bad Request: message text is empty');
    await expectApiError(
      s.api.raw.sendMessage({ chat_id: s.anna.id, text: 'x', reply_parameters: { message_id: 'first' } } as never),
      400,
      'Bad Request: field "message_id" must be a Number',
    );
    await expectApiError(
      s.api.raw.sendMessage({ chat_id: s.anna.id, text: 'x', disable_notification: 'sometimes' } as never),
      400,
      'Bad Request: field "disable_notification" must be of type Boolean',
    );
    expect(s.emu.violations.map((v) => v.kind)).toEqual(['invalid_request', 'invalid_request', 'invalid_request']);
  });

  it('rejects an unescaped "<" in HTML with the byte offset', async () => {
    await greet(s);
    await expectApiError(
      s.api.sendMessage(s.anna.id, 'Apre alle 9 <b>e chiude</b> < 13', { parse_mode: 'HTML' }),
      400,
      'Bad Request: can\'t parse entities: Unsupported start tag "" at byte offset 28',
    );
    await expectApiError(
      s.api.sendMessage(s.anna.id, '<b>Orari', { parse_mode: 'HTML' }),
      400,
      'Bad Request: can\'t parse entities: Can\'t find end tag corresponding to start tag "b"',
    );
    expect(s.emu.messages(s.token, s.anna.id)).toHaveLength(1); // only the person's /start
  });

  it('stores a valid HTML message as plain text + entities (UTF-16 offsets)', async () => {
    await greet(s);
    const sent = await s.api.sendMessage(s.anna.id, '📍 <b>Punto Digitale</b> di <i>Perugia</i> – <a href="https://www.digipass.umbria.it">sito</a>', {
      parse_mode: 'HTML',
    });
    expect(sent.text).toBe('📍 Punto Digitale di Perugia – sito');
    expect(sent.entities).toEqual([
      { type: 'bold', offset: 3, length: 14 },
      { type: 'italic', offset: 21, length: 7 },
      { type: 'text_link', offset: 31, length: 4, url: 'https://www.digipass.umbria.it/' },
    ]);
    const stored = s.emu.messages(s.token, s.anna.id).at(-1);
    expect(stored).toEqual(sent);
    expect(s.emu.violations).toEqual([]);
  });

  it('rejects a 70-byte callback_data and accepts exactly 64 bytes of two-byte characters', async () => {
    await greet(s);
    await expectApiError(
      s.api.sendMessage(s.anna.id, 'Scegli', { reply_markup: new InlineKeyboard().text('Troppo', 'x'.repeat(70)) }),
      400,
      'Bad Request: BUTTON_DATA_INVALID',
    );
    const data = 'è'.repeat(32); // 32 characters, 64 bytes in UTF-8
    const ok = await s.api.sendMessage(s.anna.id, 'Scegli', { reply_markup: new InlineKeyboard().text('Giusto', data).row() });
    expect(ok.reply_markup).toEqual({ inline_keyboard: [[{ text: 'Giusto', callback_data: data }]] });
    await expectApiError(
      s.api.sendMessage(s.anna.id, 'Scegli', { reply_markup: new InlineKeyboard().text('Uno', 'è'.repeat(33)) }),
      400,
      'Bad Request: BUTTON_DATA_INVALID',
    );
  });

  it('checks inline buttons: one action each, valid URLs', async () => {
    await greet(s);
    await expectApiError(
      s.api.sendMessage(s.anna.id, 'x', { reply_markup: { inline_keyboard: [[{ text: 'nulla' } as never]] } }),
      400,
      "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    );
    await expectApiError(
      s.api.sendMessage(s.anna.id, 'x', { reply_markup: { inline_keyboard: [[{ text: 'due', url: 'https://a.it', callback_data: 'b' } as never]] } }),
      400,
      /exactly one of the optional fields must be used, found url, callback_data/,
    );
    await expectApiError(
      s.api.sendMessage(s.anna.id, 'x', { reply_markup: new InlineKeyboard().url('Demo', 'http://localhost:3000/demo') }),
      400,
      "Bad Request: inline keyboard button URL 'http://localhost:3000/demo' is invalid: Wrong HTTP URL",
    );
    const ok = await s.api.sendMessage(s.anna.id, 'x', { reply_markup: new InlineKeyboard().url('Sito', 'https://www.regione.umbria.it') });
    expect(ok.reply_markup?.inline_keyboard[0]?.[0]).toEqual({ text: 'Sito', url: 'https://www.regione.umbria.it/' });
  });

  it('rejects a 5,000-character message and accepts 4,096', async () => {
    await greet(s);
    await expectApiError(s.api.sendMessage(s.anna.id, 'a'.repeat(5000)), 400, 'Bad Request: message is too long');
    const ok = await s.api.sendMessage(s.anna.id, 'a'.repeat(4096));
    expect(ok.text).toHaveLength(4096);
  });

  it("forbids messaging someone who never wrote, and someone who blocked the bot", async () => {
    const marco = s.emu.addUser({ firstName: 'Marco' });
    await expectApiError(s.api.sendMessage(marco.id, 'Ciao'), 403, "Forbidden: bot can't initiate conversation with a user");
    await expectApiError(s.api.sendMessage(999_999_999, 'Ciao'), 400, 'Bad Request: chat not found');

    await greet(s);
    s.emu.blockBot(s.token, s.anna.id);
    await expectApiError(s.api.sendMessage(s.anna.id, 'Ciao'), 403, 'Forbidden: bot was blocked by the user');
    await expectApiError(s.api.sendChatAction(s.anna.id, 'typing'), 403, 'Forbidden: bot was blocked by the user');
    // the bot learns about it like on Telegram
    const [update] = await s.api.getUpdates({ timeout: 0 });
    expect(update?.my_chat_member?.new_chat_member.status).toBe('kicked');
    s.emu.unblockBot(s.token, s.anna.id);
    await s.api.getUpdates({ offset: (update?.update_id ?? 0) + 1, timeout: 0 });
    expect((await s.api.sendMessage(s.anna.id, 'Bentornata')).text).toBe('Bentornata');
    expect(s.emu.violations.map((v) => v.kind)).toEqual(['forbidden', 'invalid_request', 'forbidden', 'forbidden']);
  });

  it('edits: not modified, unknown message, removes the keyboard when reply_markup is omitted', async () => {
    await greet(s);
    const kb = new InlineKeyboard().text('Sì', 'yes');
    const m = await s.api.sendMessage(s.anna.id, '<b>Confermi?</b>', { parse_mode: 'HTML', reply_markup: kb });
    await expectApiError(
      s.api.editMessageText(s.anna.id, m.message_id, '<b>Confermi?</b>', { parse_mode: 'HTML', reply_markup: kb }),
      400,
      'Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
    );
    await expectApiError(s.api.editMessageText(s.anna.id, 9999, 'x'), 400, 'Bad Request: message to edit not found');
    await expectApiError(s.api.editMessageText(s.anna.id, 1, 'x'), 400, "Bad Request: message can't be edited"); // the person's /start
    const edited = await s.api.editMessageText(s.anna.id, m.message_id, '<b>Confermi?</b>', { parse_mode: 'HTML' });
    expect(edited).toMatchObject({ text: 'Confermi?', entities: [{ type: 'bold', offset: 0, length: 9 }] });
    expect((edited as { reply_markup?: unknown }).reply_markup).toBeUndefined();
    expect(typeof (edited as { edit_date?: number }).edit_date).toBe('number');
    await expectApiError(s.api.editMessageReplyMarkup(s.anna.id, m.message_id), 400, /^Bad Request: message is not modified/);
    await expectApiError(s.api.deleteMessage(s.anna.id, 4242), 400, 'Bad Request: message to delete not found');
    expect(await s.api.deleteMessage(s.anna.id, m.message_id)).toBe(true);
    expect(s.emu.messages(s.token, s.anna.id).map((x) => x.message_id)).toEqual([1]);
    expect(s.emu.messages(s.token, s.anna.id, { includeDeleted: true }).at(-1)).toMatchObject({ message_id: m.message_id, deleted: true });
    await expectApiError(s.api.editMessageText(s.anna.id, m.message_id, 'y'), 400, 'Bad Request: message to edit not found');
  });

  it('answers a callback query once; the second answer is "query is too old"', async () => {
    await greet(s);
    const m = await s.api.sendMessage(s.anna.id, 'Lingua?', { reply_markup: new InlineKeyboard().text('Italiano', 'lang:it') });
    const pressed = s.emu.pressButton(s.token, s.anna.id, m.message_id, 'lang:it');
    const [update] = await s.api.getUpdates({ timeout: 1 });
    const q = update?.callback_query;
    expect(q).toMatchObject({ data: 'lang:it', from: { id: s.anna.id }, message: { message_id: m.message_id } });
    await s.api.getUpdates({ offset: (update?.update_id ?? 0) + 1, timeout: 0 });
    await pressed;
    expect(await s.api.answerCallbackQuery(q?.id ?? '', { text: 'Fatto!' })).toBe(true);
    await expectApiError(
      s.api.answerCallbackQuery(q?.id ?? ''),
      400,
      'Bad Request: query is too old and response timeout expired or query ID is invalid',
    );
    await expectApiError(s.api.answerCallbackQuery('123'), 400, /^Bad Request: query is too old/);
    expect(s.emu.callbackAnswers).toMatchObject([{ text: 'Fatto!', showAlert: false, userId: s.anna.id, data: 'lang:it' }]);
    await expect(s.emu.pressButton(s.token, s.anna.id, m.message_id, 'lang:xx')).rejects.toThrow(/no inline button/);
  });

  it('answers "method is not supported by the sandbox" for spec methods it does not emulate', async () => {
    await expectApiError(s.api.raw.sendDice({ chat_id: 1 }), 400, 'Bad Request: method is not supported by the sandbox');
    expect(s.emu.violations).toMatchObject([{ kind: 'unsupported_method', method: 'sendDice' }]);
  });

  it('never stores or records the token', async () => {
    await greet(s);
    await s.api.sendMessage(s.anna.id, 'ciao').catch(() => undefined);
    await s.api.raw.sendDice({ chat_id: 1 }).catch(() => undefined);
    await s.api.setWebhook(`http://127.0.0.1:9/hook/${s.token}`); // some bots put the token in the path
    await s.api.deleteWebhook();
    const recorded = JSON.stringify({ calls: s.emu.calls, violations: s.emu.violations });
    expect(recorded).not.toContain(s.token);
    expect(recorded).not.toContain(s.token.split(':')[1]);
    expect(s.emu.calls.every((c) => c.botId === 7000000001)).toBe(true);
  });

  it('survives malformed bodies with proper errors', async () => {
    const url = `${s.emu.apiRoot}/bot${s.token}/sendMessage`;
    const bad = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"chat_id": 1, ' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { description: string }).description).toMatch(/^Bad Request: can't parse JSON encoded request/);
    const notObject = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[1,2]' });
    expect(((await notObject.json()) as { description: string }).description).toBe('Bad Request: JSON object expected');
    const huge = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    const weird = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hello' });
    expect(((await weird.json()) as { description: string }).description).toBe('Bad Request: chat_id is empty');
    const form = await fetch(url, { method: 'POST', body: new URLSearchParams({ chat_id: '1', text: 'x' }) });
    expect(((await form.json()) as { description: string }).description).toBe('Bad Request: chat not found');
    const get = await fetch(`${s.emu.apiRoot}/bot${s.token}/getMe?x=1`);
    expect(((await get.json()) as { ok: boolean }).ok).toBe(true);
  });
});
