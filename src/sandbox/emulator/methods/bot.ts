/**
 * Bot-level methods: getMe, close, logOut, commands (set/get/delete per scope
 * and language), menu button, name/description, answerCallbackQuery, getChat,
 * getChatMember and getFile.
 */
import type { BotCommand, BotCommandScope, MenuButton } from 'grammy/types';
import { Errors, badRequest } from '../errors.js';
import type { Json } from '../state.js';
import { codePointLength } from '../text/entities.js';
import { type Handler, type MethodContext, bool, int, obj, resolveChat, str } from './context.js';

const getMe: Handler = (ctx) => ctx.bot.info;
const close: Handler = () => true;
const logOut: Handler = () => true;

function languageCode(ctx: MethodContext): string {
  const code = str(ctx, 'language_code') ?? '';
  if (code !== '' && !/^[a-z]{2}$/.test(code)) throw badRequest('Invalid language code specified');
  return code;
}

function scopeOf(ctx: MethodContext): BotCommandScope {
  const scope = (obj(ctx, 'scope') ?? { type: 'default' }) as Json;
  if (scope.chat_id !== undefined) {
    const chat = resolveChat(ctx, scope.chat_id, 'read');
    if (chat.type === 'channel') throw badRequest("Can't change commands in channel chats");
    if (chat.type === 'private' && (scope.type === 'chat_administrators' || scope.type === 'chat_member')) {
      throw badRequest("Can't use specified scope in private chats");
    }
  }
  return scope as unknown as BotCommandScope;
}

const setMyCommands: Handler = (ctx) => {
  const commands = ctx.params.commands as Json[];
  if (commands.length > 100) throw badRequest('too many commands specified (at most 100)');
  const list: BotCommand[] = commands.map((c) => {
    const command = String(c.command);
    const description = String(c.description);
    if (!/^[a-z0-9_]{1,32}$/.test(command)) throw badRequest('BOT_COMMAND_INVALID');
    if (description.trim() === '') throw badRequest('command description must be non-empty');
    if (codePointLength(description) > 256) throw badRequest('BOT_COMMAND_DESCRIPTION_INVALID');
    return { command, description };
  });
  const seen = new Set<string>();
  for (const c of list) {
    if (seen.has(c.command)) throw badRequest('BOT_COMMAND_INVALID');
    seen.add(c.command);
  }
  ctx.world.storeCommands(ctx.bot.id, scopeOf(ctx), languageCode(ctx), list);
  return true;
};

const getMyCommands: Handler = (ctx) => ctx.world.findCommands(ctx.bot.id, scopeOf(ctx), languageCode(ctx)) ?? [];

const deleteMyCommands: Handler = (ctx) => {
  ctx.world.storeCommands(ctx.bot.id, scopeOf(ctx), languageCode(ctx), []);
  return true;
};

function menuKey(ctx: MethodContext): string {
  const chatId = ctx.params.chat_id;
  if (chatId === undefined) return 'default';
  const chat = resolveChat(ctx, chatId, 'read');
  if (chat.type !== 'private') throw badRequest('chat is not a private chat');
  return String(chat.chatId);
}

const setChatMenuButton: Handler = (ctx) => {
  const key = menuKey(ctx);
  const button = obj(ctx, 'menu_button') as unknown as MenuButton | undefined;
  if (button && button.type === 'web_app') {
    const text = button.text;
    if (!text) throw badRequest('Menu button text must be non-empty');
  }
  if (button) ctx.bot.menuButtons.set(key, button);
  else ctx.bot.menuButtons.delete(key);
  return true;
};

const getChatMenuButton: Handler = (ctx) => {
  const key = menuKey(ctx);
  return ctx.bot.menuButtons.get(key) ?? ctx.bot.menuButtons.get('default') ?? { type: 'default' };
};

/** setMyName/Description/ShortDescription and their getters, per language. */
function profileField(field: 'name' | 'description' | 'short_description', max: number): { set: Handler; get: Handler } {
  return {
    set: (ctx) => {
      const value = str(ctx, field) ?? '';
      if (codePointLength(value) > max) throw badRequest(`bot ${field.replace('_', ' ')} is too long (at most ${max} characters)`);
      const key = `${field}|${languageCode(ctx)}`;
      if (value === '') ctx.bot.profile.delete(key);
      else ctx.bot.profile.set(key, value);
      return true;
    },
    get: (ctx) => {
      const lang = languageCode(ctx);
      const value =
        ctx.bot.profile.get(`${field}|${lang}`) ??
        ctx.bot.profile.get(`${field}|`) ??
        (field === 'name' ? ctx.bot.firstName : '');
      return { [field]: value };
    },
  };
}
const name = profileField('name', 64);
const description = profileField('description', 512);
const shortDescription = profileField('short_description', 120);

const answerCallbackQuery: Handler = (ctx) => {
  const id = str(ctx, 'callback_query_id') ?? '';
  const q = ctx.world.callbackQueries.get(id);
  if (!q || q.botId !== ctx.bot.id || q.answered) throw Errors.queryTooOld();
  const text = str(ctx, 'text');
  if (text !== undefined && codePointLength(text) > 200) throw badRequest('MESSAGE_TOO_LONG');
  q.answered = true;
  const answer = {
    at: ctx.world.now(),
    botId: ctx.bot.id,
    userId: q.userId,
    callbackQueryId: q.id,
    messageId: q.messageId,
    data: q.data,
    showAlert: bool(ctx, 'show_alert'),
    ...(text !== undefined ? { text } : {}),
    ...(str(ctx, 'url') !== undefined ? { url: str(ctx, 'url') as string } : {}),
    ...(int(ctx, 'cache_time') !== undefined ? { cacheTime: int(ctx, 'cache_time') as number } : {}),
  };
  ctx.world.callbackAnswers.push(answer);
  ctx.world.emit({ type: 'callback_answer', botId: ctx.bot.id, chatId: q.userId, answer });
  return true;
};

const ACCEPTED_GIFTS = {
  unlimited_gifts: false,
  limited_gifts: false,
  unique_gifts: false,
  premium_subscription: false,
  gifts_from_channels: false,
};

const getChat: Handler = (ctx) => {
  const chat = resolveChat(ctx, ctx.params.chat_id, 'read');
  return { ...chat.chat, accent_color_id: 0, max_reaction_count: 11, accepted_gift_types: ACCEPTED_GIFTS };
};

/** ChatMemberAdministrator of a bot in a channel where it is an administrator. */
function adminMember(user: unknown): Json {
  return {
    status: 'administrator',
    user,
    can_be_edited: false,
    is_anonymous: false,
    can_manage_chat: true,
    can_delete_messages: true,
    can_manage_video_chats: false,
    can_restrict_members: true,
    can_promote_members: false,
    can_change_info: false,
    can_invite_users: true,
    can_post_stories: false,
    can_edit_stories: false,
    can_delete_stories: false,
    can_post_messages: true,
    can_edit_messages: true,
  };
}

const getChatMember: Handler = (ctx) => {
  const chat = resolveChat(ctx, ctx.params.chat_id, 'read');
  const userId = int(ctx, 'user_id') ?? 0;
  const bot = ctx.world.bots.get(userId);
  const person = ctx.world.users.get(userId);
  if (!bot && !person) throw badRequest('user not found');
  const user = bot ? bot.info : person;
  if (chat.type === 'private') {
    if (userId !== chat.chatId && userId !== ctx.bot.id) throw badRequest('user not found');
    return { status: 'member', user };
  }
  const channel = ctx.world.channels.get(chat.chatId);
  if (bot && channel?.adminBotIds.has(bot.id)) return adminMember(user);
  return { status: 'left', user };
};

const getChatAdministrators: Handler = (ctx) => {
  const chat = resolveChat(ctx, ctx.params.chat_id, 'read');
  if (chat.type === 'private') throw badRequest('there are no administrators in the private chat');
  const channel = ctx.world.channels.get(chat.chatId);
  return [...(channel?.adminBotIds ?? [])].map((id) => adminMember(ctx.world.bots.get(id)?.info));
};

const getChatMemberCount: Handler = (ctx) => {
  const chat = resolveChat(ctx, ctx.params.chat_id, 'read');
  if (chat.type === 'private') return 2;
  return ctx.world.channels.get(chat.chatId)?.adminBotIds.size ?? 0;
};

const leaveChat: Handler = (ctx) => {
  const chat = resolveChat(ctx, ctx.params.chat_id, 'read');
  if (chat.type === 'private') throw badRequest('chat member status can\'t be changed in private chats');
  ctx.world.channels.get(chat.chatId)?.adminBotIds.delete(ctx.bot.id);
  return true;
};

const MAX_DOWNLOAD = 20 * 1024 * 1024;

const getFile: Handler = (ctx) => {
  const id = str(ctx, 'file_id') ?? '';
  const file = ctx.world.files.get(id);
  if (!file || file.botId !== ctx.bot.id) throw badRequest('wrong file_id or the file is temporarily unavailable');
  if (file.bytes.length > MAX_DOWNLOAD) throw Errors.fileTooBig();
  return { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_size: file.bytes.length, file_path: file.filePath };
};

export const botMethods: Record<string, Handler> = {
  getMe,
  close,
  logOut,
  setMyCommands,
  getMyCommands,
  deleteMyCommands,
  setChatMenuButton,
  getChatMenuButton,
  setMyName: name.set,
  getMyName: name.get,
  setMyDescription: description.set,
  getMyDescription: description.get,
  setMyShortDescription: shortDescription.set,
  getMyShortDescription: shortDescription.get,
  answerCallbackQuery,
  getChat,
  getChatMember,
  getChatAdministrators,
  getChatMemberCount,
  leaveChat,
  getFile,
};
