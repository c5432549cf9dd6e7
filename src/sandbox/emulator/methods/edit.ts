/**
 * Editing and deleting: editMessageText, editMessageCaption, editMessageMedia (photos),
 * editMessageReplyMarkup, deleteMessage, deleteMessages. As on Telegram,
 * omitting `reply_markup` in an edit removes the inline keyboard, and an edit
 * that changes nothing fails with "message is not modified".
 */
import { Errors, badRequest } from '../errors.js';
import type { ChatState, Json, StoredMessage } from '../state.js';
import { sameEntities, type Entity } from '../text/entities.js';
import type { Markup } from '../text/keyboard.js';
import { type Handler, type MethodContext, flood, formatted, int, markupOf, resolveChat, str } from './context.js';
import { mediaField, resolveInputFile } from './media.js';

/** Bots may delete messages for 48 hours. */
const DELETE_WINDOW_S = 48 * 3600;
const MEDIA_KEYS = ['photo', 'document', 'audio', 'video', 'animation', 'voice'];

function target(ctx: MethodContext): { chat: ChatState; stored: StoredMessage } {
  if (str(ctx, 'inline_message_id') !== undefined) throw Errors.unsupportedFeature('editing inline messages');
  if (ctx.params.chat_id === undefined) throw Errors.chatIdEmpty();
  const messageId = int(ctx, 'message_id');
  if (messageId === undefined) throw Errors.messageIdNotSpecified();
  let chat: ChatState;
  try {
    chat = resolveChat(ctx, ctx.params.chat_id, 'edit');
  } catch (err) {
    // A private chat that never started has no messages to edit.
    if (typeof ctx.params.chat_id === 'number' && ctx.params.chat_id > 0 && ctx.world.users.has(ctx.params.chat_id)) {
      throw Errors.messageToEditNotFound();
    }
    throw err;
  }
  const stored = chat.messages.get(messageId);
  if (!stored || stored.deleted) throw Errors.messageToEditNotFound();
  const ownPost = stored.outgoing && (chat.type === 'channel' || stored.senderBotId === ctx.bot.id);
  if (!ownPost) throw Errors.messageCantBeEdited();
  return { chat, stored };
}

function inlineMarkup(markup: Markup): Json | undefined {
  return markup.kind === 'inline' ? (markup.markup as unknown as Json) : undefined;
}

function sameMarkup(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Applies an edit, or fails with "message is not modified" when nothing changes. */
function apply(ctx: MethodContext, chat: ChatState, stored: StoredMessage, changes: Json, markup: Json | undefined): Json {
  const m = stored.message;
  const unchanged =
    Object.entries(changes).every(([k, v]) =>
      k.endsWith('entities') ? sameEntities(m[k] as Entity[] | undefined, v as Entity[] | undefined) : JSON.stringify(m[k]) === JSON.stringify(v),
    ) && sameMarkup(m.reply_markup, markup);
  if (unchanged) throw Errors.notModified();
  flood(ctx, chat, false);
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete m[k];
    else m[k] = v;
  }
  if (markup) m.reply_markup = markup;
  else delete m.reply_markup;
  m.edit_date = ctx.world.unixNow();
  const snapshot = ctx.world.snapshot(stored);
  ctx.world.emit({ type: 'edit', botId: ctx.bot.id, chatId: chat.chatId, message: snapshot });
  return snapshot as unknown as Json;
}

const editMessageText: Handler = (ctx) => {
  const text = formatted(ctx, 'text', 'parse_mode', 'entities', 'text');
  const { chat, stored } = target(ctx);
  if (typeof stored.message.text !== 'string') throw Errors.noTextToEdit();
  const markup = inlineMarkup(markupOf(ctx, chat, true));
  const changes: Json = { text: text.text, entities: text.entities.length > 0 ? text.entities : undefined };
  return apply(ctx, chat, stored, changes, markup);
};

const editMessageCaption: Handler = (ctx) => {
  const caption = formatted(ctx, 'caption', 'parse_mode', 'caption_entities', 'caption');
  const { chat, stored } = target(ctx);
  if (!MEDIA_KEYS.some((k) => stored.message[k] !== undefined)) throw Errors.noCaptionToEdit();
  const markup = inlineMarkup(markupOf(ctx, chat, true));
  const changes: Json = {
    caption: caption.text === '' ? undefined : caption.text,
    caption_entities: caption.entities.length > 0 ? caption.entities : undefined,
  };
  return apply(ctx, chat, stored, changes, markup);
};

/**
 * Replaces a message's media. Photos only in the sandbox (the bot swaps an event post's photo);
 * a photo can replace only a photo here, as a text message cannot gain one on Telegram.
 */
const editMessageMedia: Handler = (ctx) => {
  const media = ctx.params.media as Json | undefined;
  if (!media || typeof media !== 'object' || Array.isArray(media)) throw badRequest('media not specified');
  if (media.type !== 'photo') throw Errors.unsupportedFeature(`editMessageMedia with ${String(media.type)}`);
  const { chat, stored } = target(ctx);
  if (stored.message.photo === undefined) {
    throw badRequest(MEDIA_KEYS.some((k) => stored.message[k] !== undefined) ? "can't edit media of this type here" : 'there is no media in the message to edit');
  }
  const file = resolveInputFile(ctx, media.media, 'photo');
  const caption = formatted({ ...ctx, params: media }, 'caption', 'parse_mode', 'caption_entities', 'caption');
  const markup = inlineMarkup(markupOf(ctx, chat, true));
  const changes: Json = {
    photo: mediaField(ctx, file) as Json,
    caption: caption.text === '' ? undefined : caption.text,
    caption_entities: caption.entities.length > 0 ? caption.entities : undefined,
  };
  return apply(ctx, chat, stored, changes, markup);
};

const editMessageReplyMarkup: Handler = (ctx) => {
  const { chat, stored } = target(ctx);
  const markup = inlineMarkup(markupOf(ctx, chat, true));
  return apply(ctx, chat, stored, {}, markup);
};

function deletable(ctx: MethodContext, chat: ChatState, stored: StoredMessage | undefined): stored is StoredMessage {
  if (!stored || stored.deleted) return false;
  if (chat.type === 'private' && ctx.world.unixNow() - (stored.message.date as number) > DELETE_WINDOW_S) {
    throw badRequest("message can't be deleted");
  }
  return true;
}

function markDeleted(ctx: MethodContext, chat: ChatState, stored: StoredMessage): void {
  stored.deleted = true;
  ctx.world.emit({ type: 'delete', botId: ctx.bot.id, chatId: chat.chatId, messageId: stored.message.message_id as number });
}

function chatForDelete(ctx: MethodContext): ChatState {
  try {
    return resolveChat(ctx, ctx.params.chat_id, 'edit');
  } catch (err) {
    if (typeof ctx.params.chat_id === 'number' && ctx.params.chat_id > 0 && ctx.world.users.has(ctx.params.chat_id)) {
      throw Errors.messageToDeleteNotFound();
    }
    throw err;
  }
}

const deleteMessage: Handler = (ctx) => {
  const chat = chatForDelete(ctx);
  const stored = chat.messages.get(int(ctx, 'message_id') ?? 0);
  if (!deletable(ctx, chat, stored)) throw Errors.messageToDeleteNotFound();
  markDeleted(ctx, chat, stored);
  return true;
};

const deleteMessages: Handler = (ctx) => {
  const ids = ctx.params.message_ids as number[];
  if (ids.length === 0) throw badRequest('message identifiers are not specified');
  if (ids.length > 100) throw badRequest('too many message identifiers specified');
  const chat = chatForDelete(ctx);
  for (const id of ids) {
    const stored = chat.messages.get(id);
    if (stored && !stored.deleted) markDeleted(ctx, chat, stored);
  }
  return true;
};

export const editMethods: Record<string, Handler> = {
  editMessageText,
  editMessageCaption,
  editMessageMedia,
  editMessageReplyMarkup,
  deleteMessage,
  deleteMessages,
};
