/**
 * What every method handler receives, and the shared steps of sending:
 * resolving `chat_id` with Telegram's access rules, formatted text, reply
 * markup, reply parameters, flood limits and storing the outgoing message.
 */
import { Errors, badRequest } from '../errors.js';
import type { ViolationKind } from '../errors.js';
import type { UploadedFile } from '../spec.js';
import type { BotState, ChatState, Json, StoredMessage, World } from '../state.js';
import type { Entity } from '../text/entities.js';
import { formatText, type FormattedText } from '../text/format.js';
import { checkReplyMarkup, type Markup } from '../text/keyboard.js';

export interface MethodContext {
  readonly world: World;
  readonly bot: BotState;
  /** Canonical method name from the spec. */
  readonly method: string;
  /** Spec-validated parameters. */
  readonly params: Record<string, unknown>;
  /** Uploaded parts of a multipart request, by part name. */
  readonly files: Map<string, UploadedFile>;
  /** Aborted when the HTTP client disconnects. */
  readonly signal: AbortSignal;
  /** getUpdates timeout cap. */
  readonly longPollMaxMs: number;
}

/** A result with a `description` next to it (setWebhook answers "Webhook was set"). */
export class Described {
  constructor(
    readonly result: unknown,
    readonly description: string,
  ) {}
}

export type Handler = (ctx: MethodContext) => unknown;

// ---- parameter accessors (values are already type-checked by the spec validator) ----

export function str(ctx: MethodContext, name: string): string | undefined {
  const v = ctx.params[name];
  return typeof v === 'string' ? v : undefined;
}
export function int(ctx: MethodContext, name: string): number | undefined {
  const v = ctx.params[name];
  return typeof v === 'number' ? v : undefined;
}
export function bool(ctx: MethodContext, name: string): boolean {
  return ctx.params[name] === true;
}
export function obj(ctx: MethodContext, name: string): Json | undefined {
  const v = ctx.params[name];
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : undefined;
}

/** Records a non-fatal problem (e.g. a link Telegram silently drops). */
export function warn(ctx: MethodContext, kind: ViolationKind, detail: string): void {
  ctx.world.violation(ctx.bot.id, ctx.method, kind, detail);
}

// ---- chats ----

export type Purpose = 'send' | 'read' | 'edit';

/**
 * Resolves `chat_id` (integer or "@channelusername") to a chat this bot may use,
 * with Telegram's errors: unknown chat → 400 "chat not found"; a person who never
 * wrote → 403 "bot can't initiate conversation with a user"; blocked → 403.
 */
export function resolveChat(ctx: MethodContext, raw: unknown, purpose: Purpose, field = 'chat_id'): ChatState {
  const { world, bot } = ctx;
  if (purpose === 'send' && field === 'chat_id') {
    // Topics and business connections are not emulated; Telegram rejects them in ordinary chats.
    if (ctx.params.message_thread_id !== undefined) throw badRequest('message thread not found');
    if (ctx.params.business_connection_id !== undefined) throw badRequest('business connection not found');
  }
  if (raw === undefined || raw === '') throw field === 'chat_id' ? Errors.chatIdEmpty() : badRequest(`${field} is empty`);
  let id: number | undefined;
  if (typeof raw === 'number') id = raw;
  else if (typeof raw === 'string') {
    const s = raw.trim();
    if (s.startsWith('@')) {
      const ch = world.channelByUsername(s);
      if (!ch) throw Errors.chatNotFound();
      if (!ch.adminBotIds.has(bot.id)) throw Errors.notChannelMember();
      return world.channelChat(ch);
    }
    if (/^-?\d{1,16}$/.test(s)) id = Number(s);
  }
  if (id === undefined || !Number.isSafeInteger(id)) throw Errors.chatNotFound();
  if (id > 0) {
    if (world.bots.has(id)) {
      if (purpose === 'send') throw Errors.botToBot();
      throw Errors.chatNotFound();
    }
    const user = world.users.get(id);
    if (!user) throw Errors.chatNotFound();
    const chat = world.existingPrivateChat(bot.id, id);
    if (!chat || !chat.started) {
      if (purpose === 'send') throw Errors.cantInitiate();
      throw Errors.chatNotFound();
    }
    if (purpose === 'send' && chat.blocked) throw Errors.blockedByUser();
    return chat;
  }
  const ch = world.channels.get(id);
  if (!ch || !ch.adminBotIds.has(bot.id)) throw Errors.chatNotFound();
  return world.channelChat(ch);
}

// ---- formatted text & markup ----

/** Runs the formatted-text pipeline for `text`/`caption` style parameters and records silently dropped links. */
export function formatted(
  ctx: MethodContext,
  textField: string,
  parseModeField: string,
  entitiesField: string,
  kind: 'text' | 'caption',
): FormattedText {
  const entities = ctx.params[entitiesField] as Entity[] | undefined;
  const result = formatText(str(ctx, textField), str(ctx, parseModeField), entities, {
    kind,
    lookupUser: (id) => {
      const u = ctx.world.users.get(id);
      if (!u || !ctx.world.existingPrivateChat(ctx.bot.id, id)?.started) return undefined;
      return { ...u } as Entity['user'];
    },
  });
  for (const link of result.droppedLinks) {
    warn(ctx, 'dropped_entity', `link "${link}" in ${textField} is invalid; Telegram silently drops it (the text stays, unlinked)`);
  }
  return result;
}

/** Validates `reply_markup` for this chat. */
export function markupOf(ctx: MethodContext, chat: ChatState, inlineOnly = false): Markup {
  return checkReplyMarkup(ctx.params.reply_markup, { privateChat: chat.type === 'private', inlineOnly });
}

// ---- flood limits ----

/** Applies flood limits to a sending (or editing) call; throws 429 when over. */
export function flood(ctx: MethodContext, chat: ChatState, countsPerChat = true): void {
  const decision = ctx.bot.flood.check({ chatKey: chat.key, isGroup: chat.type !== 'private', countsPerChat });
  if (decision.ok) return;
  throw Errors.tooManyRequests(decision.retryAfter, decision.ignoredRetryAfter ? 'ignored_retry_after' : 'too_many_requests');
}

// ---- outgoing messages ----

/** The `reply_to_message` to embed, per `reply_parameters`. */
export function replyTarget(ctx: MethodContext, chat: ChatState): Json | undefined {
  const legacyId = int(ctx, 'reply_to_message_id');
  const rp =
    obj(ctx, 'reply_parameters') ??
    (legacyId !== undefined ? { message_id: legacyId, allow_sending_without_reply: bool(ctx, 'allow_sending_without_reply') } : undefined);
  if (!rp) return undefined;
  const messageId = rp.message_id as number;
  let target = chat;
  if (rp.chat_id !== undefined) target = resolveChat(ctx, rp.chat_id, 'read');
  const stored = target.messages.get(messageId);
  if (!stored || stored.deleted) {
    if (rp.allow_sending_without_reply === true) return undefined;
    throw Errors.messageToReplyNotFound();
  }
  const { reply_to_message: _nested, ...shallow } = stored.message;
  return shallow;
}

/** The base fields of a message the bot sends into `chat`. */
export function outgoingBase(ctx: MethodContext, chat: ChatState, messageId: number): Json {
  const base: Json = { message_id: messageId };
  if (chat.type === 'private') {
    base.from = { id: ctx.bot.id, is_bot: true, first_name: ctx.bot.firstName, username: ctx.bot.username };
  } else {
    base.sender_chat = chat.chat;
  }
  base.chat = chat.chat;
  base.date = ctx.world.unixNow();
  return base;
}

/**
 * Stores a message the bot sends, applies its reply markup (inline keyboards
 * go on the message; a reply keyboard becomes the chat's current keyboard;
 * ReplyKeyboardRemove clears it) and notifies listeners.
 */
export function storeOutgoing(ctx: MethodContext, chat: ChatState, content: Json, markup: Markup, reply?: Json): StoredMessage {
  const stored = ctx.world.appendMessage(chat, true, ctx.bot.id, (messageId) => {
    const m = outgoingBase(ctx, chat, messageId);
    if (reply) m.reply_to_message = reply;
    Object.assign(m, content);
    if (markup.kind === 'inline') m.reply_markup = markup.markup;
    return m;
  });
  if (markup.kind === 'reply') chat.replyKeyboard = markup.markup;
  if (markup.kind === 'remove') chat.replyKeyboard = undefined;
  ctx.world.emit({
    type: 'message',
    botId: ctx.bot.id,
    chatId: chat.chatId,
    message: ctx.world.snapshot(stored),
    replyKeyboard: chat.replyKeyboard ?? null,
  });
  return stored;
}

/** Adds `text`/`entities` (or caption fields) to a content object, omitting empty entity lists like Telegram. */
export function textFields(f: FormattedText, textKey: 'text' | 'caption'): Json {
  const out: Json = {};
  if (f.text === '') return out;
  out[textKey] = f.text;
  if (f.entities.length > 0) out[textKey === 'text' ? 'entities' : 'caption_entities'] = f.entities;
  return out;
}

