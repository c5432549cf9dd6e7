import { InputFile } from 'grammy';
import { describe, expect, it } from 'vitest';
import { createFormDataPayload } from '../../../node_modules/grammy/out/core/payload.js';
import { parseMultipart, boundaryOf } from '../../../src/sandbox/emulator/http/multipart.js';
import { FloodController, TokenBucket } from '../../../src/sandbox/emulator/limits.js';
import { ApiError } from '../../../src/sandbox/emulator/errors.js';
import { SpecValidator, loadSpec } from '../../../src/sandbox/emulator/spec.js';

const spec = new SpecValidator(loadSpec());

function specError(method: string, params: Record<string, unknown>): string {
  try {
    spec.validate(method, params);
  } catch (err) {
    if (err instanceof ApiError) return err.description;
    throw err;
  }
  throw new Error('expected a validation error');
}

describe('spec validation', () => {
  it('knows every method of the spec, case-insensitively, and nothing else', () => {
    expect(spec.spec.version).toMatch(/^Bot API/);
    expect(spec.method('sendmessage')?.name).toBe('sendMessage');
    expect(spec.method('sendMessages')).toBeUndefined();
  });

  it('reports missing required parameters with Telegram wording', () => {
    expect(specError('sendMessage', { text: 'x' })).toBe('Bad Request: chat_id is empty');
    expect(specError('sendMessage', { chat_id: 1 })).toBe('Bad Request: message text is empty');
    expect(specError('sendMessage', { chat_id: 1, text: '' })).toBe('Bad Request: message text is empty');
    expect(specError('sendDocument', { chat_id: 1 })).toBe('Bad Request: there is no document in the request');
  });

  it('checks primitive types, coercing form strings', () => {
    expect(specError('editMessageText', { chat_id: 1, message_id: 'abc', text: 'x' })).toBe(
      'Bad Request: field "message_id" must be of type Integer',
    );
    expect(specError('sendMessage', { chat_id: 1, text: 'x', disable_notification: 'maybe' })).toBe(
      'Bad Request: field "disable_notification" must be of type Boolean',
    );
    expect(specError('sendLocation', { chat_id: 1, latitude: 'north', longitude: 1 })).toBe(
      'Bad Request: field "latitude" must be of type Float',
    );
    const ok = spec.validate('sendMessage', { chat_id: '42', text: 'x', disable_notification: 'true', reply_markup: '{"remove_keyboard":true}' });
    expect(ok).toEqual({ chat_id: 42, text: 'x', disable_notification: true, reply_markup: { remove_keyboard: true } });
    expect(spec.validate('editMessageText', { chat_id: 1, message_id: '7', text: 'x' }).message_id).toBe(7);
  });

  it('validates nested objects recursively, labelled like Telegram', () => {
    const kb = (button: unknown) => ({ chat_id: 1, text: 'x', reply_markup: { inline_keyboard: [[button]] } });
    expect(specError('sendMessage', kb({ callback_data: 'a' }))).toBe('Bad Request: can\'t parse inline keyboard button: Can\'t find field "text"');
    expect(specError('sendMessage', kb({ text: 5, callback_data: true }))).toBe(
      'Bad Request: can\'t parse inline keyboard button: Field "callback_data" must be of type String',
    );
    expect(specError('sendMessage', kb('plain'))).toBe(
      "Bad Request: can't parse inline keyboard button: InlineKeyboardButton must be an Object",
    );
    expect(specError('sendMessage', { chat_id: 1, text: 'x', reply_markup: { inline_keyboard: [{ text: 'a' }] } })).toBe(
      'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays',
    );
    expect(specError('sendMessage', { chat_id: 1, text: 'x', reply_markup: '{oops' })).toBe(
      "Bad Request: can't parse reply keyboard markup JSON object",
    );
    expect(specError('sendMessage', { chat_id: 1, text: 'x', entities: [{ type: 'bold', offset: 'zero', length: 1 }] })).toBe(
      'Bad Request: can\'t parse MessageEntity: Field "offset" must be a Number',
    );
    expect(specError('sendMessage', { chat_id: 1, text: 'x', link_preview_options: { is_disabled: 'yes' } })).toBe(
      'Bad Request: field "is_disabled" must be of type Boolean',
    );
  });

  it('resolves unions by subtype discriminator', () => {
    expect(spec.validate('setMyCommands', { commands: [], scope: { type: 'chat', chat_id: 5 } }).scope).toEqual({ type: 'chat', chat_id: 5 });
    expect(specError('setMyCommands', { commands: [], scope: { type: 'chat' } })).toBe('Bad Request: can\'t parse BotCommandScope: Can\'t find field "chat_id"');
    expect(specError('setMyCommands', { commands: [], scope: { type: 'everyone' } })).toMatch(/BotCommandScope has unsupported type "everyone"/);
    const media = spec.validate('sendMediaGroup', {
      chat_id: 1,
      media: [
        { type: 'photo', media: 'attach://a', has_spoiler: true },
        { type: 'video', media: 'attach://b', width: 10 },
      ],
    }).media;
    expect(media).toEqual([
      { type: 'photo', media: 'attach://a', has_spoiler: true },
      { type: 'video', media: 'attach://b', width: 10 },
    ]);
  });

  it('ignores unknown parameters and drops unknown nested fields', () => {
    const out = spec.validate('sendMessage', {
      chat_id: 1,
      text: 'x',
      not_a_param: 1,
      reply_markup: { inline_keyboard: [[{ text: 'a', callback_data: 'b', extra: 1 }]] },
    });
    expect(out).toEqual({ chat_id: 1, text: 'x', reply_markup: { inline_keyboard: [[{ text: 'a', callback_data: 'b' }]] } });
  });
});

describe('flood limits (token buckets with an injected clock)', () => {
  it('a bucket refills at its rate', () => {
    const b = new TokenBucket(2, 1 / 1000, 0);
    expect(b.waitMs(0)).toBe(0);
    b.take(0);
    b.take(0);
    expect(b.waitMs(0)).toBe(1000);
    expect(b.waitMs(600)).toBe(400);
    expect(b.waitMs(1000)).toBe(0);
  });

  it('allows a burst per chat, then answers retry_after and flags calls that ignore it', () => {
    let now = 0;
    const fc = new FloodController({}, () => now);
    const scope = { chatKey: 'c', isGroup: false, countsPerChat: true };
    for (let i = 0; i < 4; i++) expect(fc.check(scope)).toEqual({ ok: true });
    expect(fc.check(scope)).toEqual({ ok: false, retryAfter: 1, scope: 'chat', ignoredRetryAfter: false });
    now = 500;
    expect(fc.check(scope)).toEqual({ ok: false, retryAfter: 1, scope: 'chat', ignoredRetryAfter: true });
    now = 1000;
    expect(fc.check(scope)).toEqual({ ok: true });
    // another chat is unaffected; edits skip the per-chat bucket
    expect(fc.check({ ...scope, chatKey: 'd' })).toEqual({ ok: true });
    expect(fc.check({ ...scope, countsPerChat: false })).toEqual({ ok: true });
  });

  it('limits groups per minute and everything globally; scale raises rates, not retry_after units', () => {
    let now = 0;
    const fc = new FloodController({ scale: 10 }, () => now);
    const group = { chatKey: 'g', isGroup: true, countsPerChat: true };
    for (let i = 0; i < 20; i++) expect(fc.check(group).ok).toBe(true);
    const denied = fc.check(group);
    expect(denied).toMatchObject({ ok: false, retryAfter: 1, scope: 'chat' });
    now = 1000; // 20/min × 10 = one message every 300 ms
    expect(fc.check(group).ok).toBe(true);

    const g = new FloodController({ globalPerSecond: 3 }, () => 0);
    for (let i = 0; i < 3; i++) expect(g.check({ chatKey: `u${i}`, isGroup: false, countsPerChat: true }).ok).toBe(true);
    expect(g.check({ chatKey: 'u9', isGroup: false, countsPerChat: true })).toMatchObject({ ok: false, scope: 'global', retryAfter: 1 });
    expect(new FloodController(false, () => 0).check(group)).toEqual({ ok: true });
  });
});

describe('multipart parsing', () => {
  it("reads grammY's own multipart format (bare header values, unquoted file names)", async () => {
    const payload = createFormDataPayload(
      {
        chat_id: 5,
        document: new InputFile(new TextEncoder().encode('ciao; mondo'), 'Orari PDF; v2.pdf'),
        caption: 'è qui',
      },
      () => undefined,
    );
    const chunks: Uint8Array[] = [];
    for await (const c of payload.body as AsyncIterable<Uint8Array>) chunks.push(c);
    const body = Buffer.concat(chunks);
    const boundary = boundaryOf((payload.headers as Record<string, string>)['content-type'] ?? '');
    expect(boundary).toBeDefined();
    const { fields, files } = parseMultipart(body, boundary as string);
    expect(fields.chat_id).toBe('5');
    expect(fields.caption).toBe('è qui');
    const attach = fields.document?.replace('attach://', '') ?? '';
    const file = files.get(attach);
    expect(file?.fileName).toBe('Orari PDF; v2.pdf');
    expect(Buffer.from(file?.bytes ?? []).toString()).toBe('ciao; mondo');
  });

  it('reads quoted, spaced headers as browsers send them', () => {
    const body = Buffer.from(
      '--XyZ\r\nContent-Disposition: form-data; name="photo"; filename="a \\"b\\".png"\r\nContent-Type: image/png\r\n\r\nPNG\r\n--XyZ\r\nContent-Disposition: form-data; name="chat_id"\r\n\r\n7\r\n--XyZ--\r\n',
    );
    const r = parseMultipart(body, 'XyZ');
    expect(r.fields).toEqual({ chat_id: '7' });
    expect(r.files.get('photo')?.fileName).toBe('a "b".png');
    expect(r.files.get('photo')?.contentType).toBe('image/png');
  });
});
