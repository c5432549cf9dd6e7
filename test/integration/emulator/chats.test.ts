import { Api, Keyboard } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectApiError, greet, setup, type Setup } from './helpers.js';

let s: Setup;
beforeEach(async () => {
  s = await setup();
});
afterEach(async () => {
  await s.emu.close();
});

describe('channels', () => {
  it('lets an admin bot post by @username or id; posts are readable with messages()', async () => {
    const ch = s.emu.addChannel({ title: 'DigiPASS Umbria', username: 'digipass_umbria', adminBotTokens: [s.token] });
    expect(ch).toMatchObject({ type: 'channel', title: 'DigiPASS Umbria', username: 'digipass_umbria' });
    expect(ch.id).toBeLessThan(-1_000_000_000_000);
    const post = await s.api.sendMessage('@digipass_umbria', '<b>Nuovo corso</b> a Terni', { parse_mode: 'HTML' });
    expect(post).toMatchObject({ chat: { id: ch.id, type: 'channel' }, sender_chat: { id: ch.id }, text: 'Nuovo corso a Terni' });
    expect(post.from).toBeUndefined();
    await s.api.sendVenue(ch.id, 43.56, 12.64, 'Punto Digitale Facile', 'Piazza Matteotti 1, Gubbio');
    const posts = s.emu.messages(s.token, ch.id);
    expect(posts.map((p) => p.message_id)).toEqual([1, 2]);
    expect(posts[1]?.venue).toMatchObject({ title: 'Punto Digitale Facile', location: { latitude: 43.56, longitude: 12.64 } });
    await s.api.editMessageText(ch.id, 1, 'Nuovo corso a Terni (aggiornato)');
    expect(s.emu.messages(s.token, ch.id)[0]?.text).toBe('Nuovo corso a Terni (aggiornato)');
    const info = await s.api.getChat('@digipass_umbria');
    expect(info).toMatchObject({ id: ch.id, type: 'channel', title: 'DigiPASS Umbria' });
    expect((await s.api.getChatMember(ch.id, s.info.id)).status).toBe('administrator');
    expect((await s.api.getChatAdministrators(ch.id)).map((m) => m.user.id)).toEqual([s.info.id]);
    expect(await s.api.leaveChat(ch.id)).toBe(true);
    await expectApiError(s.api.sendMessage('@digipass_umbria', 'ancora?'), 403, 'Forbidden: bot is not a member of the channel chat');
  });

  it('refuses channels where the bot is not an administrator', async () => {
    const other = '7000000002:AAAnotherBotTokenForTheSandbox_012345';
    s.emu.registerBot({ token: other, username: 'AltroBot', firstName: 'Altro' });
    const ch = s.emu.addChannel({ title: 'Privato', username: 'solo_admin', adminBotTokens: [s.token] });
    const api = new Api(other, { apiRoot: s.emu.apiRoot });
    await expectApiError(api.sendMessage('@solo_admin', 'ciao'), 403, 'Forbidden: bot is not a member of the channel chat');
    await expectApiError(api.sendMessage(ch.id, 'ciao'), 400, 'Bad Request: chat not found');
    await expectApiError(api.sendMessage('@nessuno', 'ciao'), 400, 'Bad Request: chat not found');
    await expectApiError(
      s.api.sendMessage(ch.id, 'Dove sei?', { reply_markup: new Keyboard().requestLocation('Posizione') }),
      400,
      'Bad Request: location can be requested in private chats only',
    );
  });
});

describe('commands, menu button, chats', () => {
  it('stores commands per scope and language; getMyCommands returns them', async () => {
    await greet(s);
    await s.api.setMyCommands([
      { command: 'start', description: 'Start' },
      { command: 'help', description: 'Help' },
    ]);
    await s.api.setMyCommands([{ command: 'start', description: 'Inizia' }], { language_code: 'it' });
    await s.api.setMyCommands([{ command: 'vicino', description: 'Punti vicini' }], { scope: { type: 'chat', chat_id: s.anna.id } });
    expect(await s.api.getMyCommands()).toEqual([
      { command: 'start', description: 'Start' },
      { command: 'help', description: 'Help' },
    ]);
    expect(await s.api.getMyCommands({ language_code: 'it' })).toEqual([{ command: 'start', description: 'Inizia' }]);
    expect(await s.api.getMyCommands({ language_code: 'de' })).toEqual([]);
    expect(s.emu.commands).toHaveLength(3);
    expect(s.emu.commandsFor(s.token, { languageCode: 'it' })).toEqual([{ command: 'start', description: 'Inizia' }]);
    expect(s.emu.commandsFor(s.token, { languageCode: 'de' })).toHaveLength(2);
    expect(s.emu.commandsFor(s.token, { scope: { type: 'chat', chat_id: s.anna.id } })).toEqual([{ command: 'vicino', description: 'Punti vicini' }]);

    await expectApiError(s.api.setMyCommands([{ command: 'Cerca', description: 'x' }]), 400, 'Bad Request: BOT_COMMAND_INVALID');
    await expectApiError(s.api.setMyCommands([{ command: 'cerca', description: '' }]), 400, 'Bad Request: command description must be non-empty');
    await expectApiError(s.api.setMyCommands([], { language_code: 'ita' as never }), 400, 'Bad Request: invalid language code specified');
    await s.api.deleteMyCommands({ language_code: 'it' });
    expect(await s.api.getMyCommands({ language_code: 'it' })).toEqual([]);
  });

  it('sets the menu button and answers getChat for a person who wrote', async () => {
    await greet(s);
    expect(await s.api.setChatMenuButton({ menu_button: { type: 'commands' } })).toBe(true);
    expect(await s.api.getChatMenuButton({ chat_id: s.anna.id })).toEqual({ type: 'commands' });
    const chat = await s.api.getChat(s.anna.id);
    expect(chat).toMatchObject({ id: s.anna.id, type: 'private', first_name: 'Anna', last_name: 'Rossi' });
    const stranger = s.emu.addUser({ firstName: 'Mai Scritto' });
    await expectApiError(s.api.getChat(stranger.id), 400, 'Bad Request: chat not found');
  });

  it('sends locations, venues and contacts, and validates them', async () => {
    await greet(s);
    const loc = await s.api.sendLocation(s.anna.id, 42.56, 12.65);
    expect(loc.location).toEqual({ latitude: 42.56, longitude: 12.65 });
    await expectApiError(s.api.sendLocation(s.anna.id, 123, 12), 400, 'Bad Request: invalid location specified');
    const contact = await s.api.sendContact(s.anna.id, '+39 075 1234567', 'Punto Digitale');
    expect(contact.contact).toEqual({ phone_number: '+39 075 1234567', first_name: 'Punto Digitale' });
    await expectApiError(s.api.sendChatAction(s.anna.id, 'dancing' as never), 400, 'Bad Request: wrong parameter action in request');
    expect(await s.api.sendChatAction(s.anna.id, 'typing')).toBe(true);
    const copy = await s.api.copyMessage(s.anna.id, s.anna.id, loc.message_id);
    expect(s.emu.messages(s.token, s.anna.id).find((m) => m.message_id === copy.message_id)?.location).toEqual(loc.location);
    await expectApiError(s.api.copyMessage(s.anna.id, s.anna.id, 999), 400, 'Bad Request: message to copy not found');
  });

  it('a person shares their contact and replies to a message', async () => {
    const sharing = s.emu.sendContact(s.token, s.anna.id, '+393331234567');
    const [u] = await s.api.getUpdates({ timeout: 1 });
    expect(u?.message?.contact).toEqual({ phone_number: '+393331234567', first_name: 'Anna', last_name: 'Rossi', user_id: s.anna.id });
    await s.api.getUpdates({ offset: (u?.update_id ?? 0) + 1 });
    await sharing;
    const q = await s.api.sendMessage(s.anna.id, 'Come ti chiami?', { reply_markup: { force_reply: true } });
    const answering = s.emu.sendText(s.token, s.anna.id, 'Anna', { replyToMessageId: q.message_id });
    const [r] = await s.api.getUpdates({ timeout: 1 });
    expect(r?.message?.reply_to_message?.text).toBe('Come ti chiami?');
    await s.api.getUpdates({ offset: (r?.update_id ?? 0) + 1 });
    expect((await answering).message?.reply_to_message?.message_id).toBe(q.message_id);
    const reply = await s.api.sendMessage(s.anna.id, 'Piacere!', { reply_parameters: { message_id: 2 } });
    expect(reply.reply_to_message?.message_id).toBe(2);
    await expectApiError(s.api.sendMessage(s.anna.id, 'x', { reply_parameters: { message_id: 999 } }), 400, 'Bad Request: message to be replied not found');
  });
});
