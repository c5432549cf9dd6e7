/**
 * Sending methods without files: sendMessage, sendLocation, sendVenue,
 * sendContact, sendChatAction, copyMessage, forwardMessage.
 */
import { Errors, badRequest } from '../errors.js';
import type { ChatState, Json, StoredMessage } from '../state.js';
import {
  type Handler,
  type MethodContext,
  bool,
  flood,
  formatted,
  int,
  markupOf,
  obj,
  replyTarget,
  resolveChat,
  storeOutgoing,
  str,
  textFields,
} from './context.js';

/** Common ending of every send: reply target, flood check, store, return the Message. */
function send(ctx: MethodContext, chat: ChatState, content: Json, markup = markupOf(ctx, chat)): Json {
  const reply = replyTarget(ctx, chat);
  flood(ctx, chat);
  if (bool(ctx, 'protect_content')) content.has_protected_content = true;
  return ctx.world.snapshot(storeOutgoing(ctx, chat, content, markup, reply)) as unknown as Json;
}

const sendMessage: Handler = (ctx) => {
  const text = formatted(ctx, 'text', 'parse_mode', 'entities', 'text');
  const chat = resolveChat(ctx, ctx.params.chat_id, 'send');
  const markup = markupOf(ctx, chat);
  const content = textFields(text, 'text');
  const lpo = obj(ctx, 'link_preview_options') ?? (bool(ctx, 'disable_web_page_preview') ? { is_disabled: true } : undefined);
  if (lpo && Object.keys(lpo).length > 0) content.link_preview_options = lpo;
  return send(ctx, chat, content, markup);
};

function location(ctx: MethodContext): Json {
  const latitude = ctx.params.latitude as number;
  const longitude = ctx.params.longitude as number;
  if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
    throw badRequest('Invalid location specified');
  }
  const loc: Json = { latitude, longitude };
  const acc = ctx.params.horizontal_accuracy;
  if (typeof acc === 'number') {
    if (acc < 0 || acc > 1500) throw badRequest('Invalid location specified');
    loc.horizontal_accuracy = acc;
  }
  return loc;
}

const sendLocation: Handler = (ctx) => {
  const chat = resolveChat(ctx, ctx.params.chat_id, 'send');
  const loc = location(ctx);
  const livePeriod = int(ctx, 'live_period');
  if (livePeriod !== undefined) {
    if (!(livePeriod === 0x7fffffff || (livePeriod >= 60 && livePeriod <= 86400))) throw badRequest('Invalid live_period specified');
    loc.live_period = livePeriod;
  }
  return send(ctx, chat, { location: loc });
};

const sendVenue: Handler = (ctx) => {
  const chat = resolveChat(ctx, ctx.params.chat_id, 'send');
  let loc: Json;
  try {
    loc = location(ctx);
  } catch {
    throw badRequest('Wrong venue location specified');
  }
  const title = str(ctx, 'title') ?? '';
  const address = str(ctx, 'address') ?? '';
  if (title === '') throw badRequest('title is empty');
  if (address === '') throw badRequest('address is empty');
  const venue: Json = { location: loc, title, address };
  for (const k of ['foursquare_id', 'foursquare_type', 'google_place_id', 'google_place_type']) {
    const v = str(ctx, k);
    if (v) venue[k] = v;
  }
  // Telegram also fills `location` on venue messages.
  return send(ctx, chat, { venue, location: loc });
};

const sendContact: Handler = (ctx) => {
  const chat = resolveChat(ctx, ctx.params.chat_id, 'send');
  const phone = (str(ctx, 'phone_number') ?? '').trim();
  const firstName = (str(ctx, 'first_name') ?? '').trim();
  if (phone === '' || firstName === '') throw badRequest('Contact must be non-empty');
  const contact: Json = { phone_number: phone, first_name: firstName };
  const last = str(ctx, 'last_name');
  if (last) contact.last_name = last;
  const vcard = str(ctx, 'vcard');
  if (vcard) contact.vcard = vcard;
  return send(ctx, chat, { contact });
};

const CHAT_ACTIONS = new Set([
  'typing',
  'upload_photo',
  'record_video',
  'upload_video',
  'record_voice',
  'upload_voice',
  'upload_document',
  'choose_sticker',
  'find_location',
  'record_video_note',
  'upload_video_note',
]);

const sendChatAction: Handler = (ctx) => {
  resolveChat(ctx, ctx.params.chat_id, 'send');
  if (!CHAT_ACTIONS.has(str(ctx, 'action') ?? '')) throw badRequest('Wrong parameter action in request');
  return true;
};

/** A message another call refers to by (from_chat_id, message_id). */
function sourceMessage(ctx: MethodContext, notFound: () => Error): StoredMessage {
  const from = resolveChat(ctx, ctx.params.from_chat_id, 'read', 'from_chat_id');
  const id = int(ctx, 'message_id');
  const stored = id === undefined ? undefined : from.messages.get(id);
  if (!stored || stored.deleted) throw notFound();
  return stored;
}

const CONTENT_KEYS = ['text', 'entities', 'photo', 'document', 'audio', 'video', 'animation', 'voice', 'sticker', 'video_note', 'location', 'venue', 'contact', 'caption', 'caption_entities', 'link_preview_options'];

const copyMessage: Handler = (ctx) => {
  const source = sourceMessage(ctx, Errors.messageToCopyNotFound);
  const chat = resolveChat(ctx, ctx.params.chat_id, 'send');
  const content: Json = {};
  for (const k of CONTENT_KEYS) if (source.message[k] !== undefined) content[k] = structuredClone(source.message[k]);
  if (Object.keys(content).length === 0) throw badRequest("message can't be copied");
  const hasMedia = content.text === undefined && content.location === undefined && content.contact === undefined;
  if (ctx.params.caption !== undefined && hasMedia) {
    const cap = formatted(ctx, 'caption', 'parse_mode', 'caption_entities', 'caption');
    delete content.caption;
    delete content.caption_entities;
    Object.assign(content, textFields(cap, 'caption'));
  }
  const reply = replyTarget(ctx, chat);
  const markup = markupOf(ctx, chat);
  flood(ctx, chat);
  const stored = storeOutgoing(ctx, chat, content, markup, reply);
  return { message_id: stored.message.message_id };
};

const forwardMessage: Handler = (ctx) => {
  const source = sourceMessage(ctx, Errors.messageToForwardNotFound);
  const chat = resolveChat(ctx, ctx.params.chat_id, 'send');
  const m = source.message;
  const content: Json = {};
  const original = (m.forward_origin as Json | undefined) ?? originOf(m);
  content.forward_origin = original;
  for (const k of CONTENT_KEYS) if (m[k] !== undefined) content[k] = structuredClone(m[k]);
  flood(ctx, chat);
  return ctx.world.snapshot(storeOutgoing(ctx, chat, content, { kind: 'none' })) as unknown as Json;
};

function originOf(m: Json): Json {
  const chat = m.chat as Json;
  if (chat.type === 'channel') return { type: 'channel', chat, message_id: m.message_id, date: m.date };
  return { type: 'user', sender_user: m.from, date: m.date };
}

export const messageMethods: Record<string, Handler> = {
  sendMessage,
  sendLocation,
  sendVenue,
  sendContact,
  sendChatAction,
  copyMessage,
  forwardMessage,
};
