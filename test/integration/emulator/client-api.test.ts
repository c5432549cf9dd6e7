import { request } from 'node:http';
import { Bot, InlineKeyboard, Keyboard } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setup, type Setup } from './helpers.js';

let s: Setup;
let bot: Bot;
let running: Promise<void>;

beforeEach(async () => {
  s = await setup();
  bot = new Bot(s.token, { botInfo: s.info, client: { apiRoot: s.emu.apiRoot } });
  bot.command('start', (ctx) =>
    ctx.reply('Ciao! Scegli:', {
      reply_markup: new InlineKeyboard().text('Orari', 'hours'),
    }),
  );
  bot.callbackQuery('hours', async (ctx) => {
    await ctx.answerCallbackQuery({ text: 'Ecco gli orari' });
    await ctx.editMessageText('Lun–Ven 9–13');
  });
  bot.on('message:text', (ctx) => ctx.reply(`Hai scritto: ${ctx.message.text}`, { reply_markup: new Keyboard().text('Menu').resized() }));
  running = bot.start({ timeout: 1 });
});
afterEach(async () => {
  await bot.stop();
  await running;
  await s.emu.close();
});

async function call(path: string, body?: unknown, init: RequestInit = {}): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${s.emu.url}/sandbox/api/${path}`, {
    ...(body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    ...init,
  });
  return { status: res.status, json: await res.json() };
}

describe('client API for the web chat', () => {
  it('lists bots without tokens, people and channels; creates a person', async () => {
    const state = await call('state');
    expect(state.json).toEqual({
      bots: [{ id: s.info.id, username: 'DigiPassTestBot', firstName: 'DigiPASS Test' }],
      users: [{ id: s.anna.id, is_bot: false, first_name: 'Anna', last_name: 'Rossi', language_code: 'it' }],
      channels: [],
    });
    expect(JSON.stringify(state.json)).not.toContain(s.token);
    const created = await call('users', { firstName: 'Giulia', languageCode: 'en' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ first_name: 'Giulia', language_code: 'en', is_bot: false });
  });

  it('sends as a person, presses a button, reads the chat, and streams events', async () => {
    const events: Array<{ type: string; data: { message?: { text?: string }; answer?: { text?: string } } }> = [];
    const ctrl = new AbortController();
    const stream = await fetch(`${s.emu.url}/sandbox/api/events?botId=${s.info.id}&chatId=${s.anna.id}`, { signal: ctrl.signal });
    expect(stream.headers.get('content-type')).toContain('text/event-stream');
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    const pump = (async () => {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let idx: number;
        while ((idx = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, idx);
          buffer = buffer.slice(idx + 2);
          const type = /^event: (.+)$/m.exec(block)?.[1];
          const data = /^data: (.+)$/m.exec(block)?.[1];
          if (type && data) events.push({ type, data: JSON.parse(data) as (typeof events)[number]['data'] });
        }
      }
    })();

    const sent = await call(`chats/${s.info.id}/${s.anna.id}/text`, { text: '/start' });
    expect(sent.status).toBe(200);
    expect(sent.json).toMatchObject({ status: 'delivered', replies: [{ text: 'Ciao! Scegli:' }] });
    const msgId = (sent.json as { replies: Array<{ message_id: number }> }).replies[0]?.message_id;

    const pressed = await call(`chats/${s.info.id}/${s.anna.id}/button`, { messageId: msgId, callbackData: 'hours' });
    expect(pressed.json).toMatchObject({ status: 'delivered' });
    await call(`chats/${s.info.id}/${s.anna.id}/text`, { text: 'grazie' });

    const chat = await call(`chats/${s.info.id}/${s.anna.id}`);
    expect(chat.json).toMatchObject({
      messages: [{ text: '/start' }, { text: 'Lun–Ven 9–13' }, { text: 'grazie' }, { text: 'Hai scritto: grazie' }],
      replyKeyboard: { keyboard: [[{ text: 'Menu' }]], resize_keyboard: true },
    });

    await new Promise((r) => setTimeout(r, 50));
    ctrl.abort();
    await pump;
    expect(events.map((e) => e.type)).toEqual(['message', 'message', 'callback_answer', 'edit', 'message', 'message']);
    expect(events[2]?.data.answer?.text).toBe('Ecco gli orari');
    expect(events[3]?.data.message?.text).toBe('Lun–Ven 9–13');
  });

  it('validates its inputs', async () => {
    expect((await call(`chats/${s.info.id}/${s.anna.id}/text`, { text: '' })).status).toBe(400);
    expect((await call(`chats/${s.info.id}/${s.anna.id}/text`, { text: 'x'.repeat(4097) })).status).toBe(400);
    expect((await call(`chats/12345/${s.anna.id}/text`, { text: 'x' })).status).toBe(404);
    expect((await call(`chats/${s.info.id}/999/text`, { text: 'x' })).status).toBe(404);
    expect((await call(`chats/${s.info.id}/${s.anna.id}/location`, { latitude: 95, longitude: 0 })).status).toBe(400);
    expect((await call(`chats/${s.info.id}/${s.anna.id}/button`, { messageId: 1, callbackData: 'nope' })).status).toBe(409);
    const form = await fetch(`${s.emu.url}/sandbox/api/users`, { method: 'POST', body: 'firstName=x' });
    expect(form.status).toBe(415);
    const broken = await fetch(`${s.emu.url}/sandbox/api/users`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(broken.status).toBe(400);
    expect((await call('nothing/here')).status).toBe(404);
    // DNS-rebinding guard: a page served from another name cannot use the API
    const rebound = await new Promise<number>((resolve, reject) => {
      const req = request(`${s.emu.url}/sandbox/api/state`, { headers: { host: 'evil.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(rebound).toBe(403);
    expect((await call('files/unknown')).status).toBe(404);
  });
});
