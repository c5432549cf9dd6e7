/**
 * The emulated world: bots, people, channels, chats with their messages,
 * pending callback queries, files, and the records tests read (calls,
 * violations, callback answers, stored commands). No HTTP here.
 */
import { randomBytes } from 'node:crypto';
import type { BotCommand, BotCommandScope, MenuButton, ReplyKeyboardMarkup, Update } from 'grammy/types';
import type { ViolationKind } from './errors.js';
import { FileStore } from './files.js';
import { FloodController } from './limits.js';
import { DEFAULT_ALLOWED, UpdateQueue, type QueuedUpdate } from './updates.js';
import { WebhookDispatcher } from './webhook.js';
import type {
  BotInfo,
  CallbackAnswer,
  CallRecord,
  ChatMessage,
  EmulatorEvent,
  EmulatorEventType,
  FloodLimits,
  StoredCommands,
  TgUser,
  Violation,
} from './types.js';

export type Json = Record<string, unknown>;

export interface BotState {
  readonly id: number;
  readonly token: string;
  readonly username: string;
  readonly firstName: string;
  readonly info: BotInfo;
  readonly flood: FloodController;
  readonly queue: UpdateQueue;
  readonly webhook: WebhookDispatcher;
  /** Last allowed_updates given to getUpdates or setWebhook; undefined = Telegram's default set. */
  allowedUpdates: Set<string> | undefined;
  readonly menuButtons: Map<string, MenuButton>;
  readonly profile: Map<string, string>;
}

export interface ChannelState {
  readonly id: number;
  readonly title: string;
  readonly username?: string;
  readonly adminBotIds: Set<number>;
}

export interface StoredMessage {
  /** The Message object as Telegram returns it now (after edits). */
  message: Json;
  /** Sent by a bot (true) or by the person (false). */
  outgoing: boolean;
  senderBotId?: number;
  deleted: boolean;
  /** Emulator-wide sequence number, to find a bot's replies to an update. */
  seq: number;
}

export interface ChatState {
  readonly key: string;
  readonly type: 'private' | 'channel';
  /** The Chat object embedded in messages. */
  readonly chat: Json;
  readonly chatId: number;
  /** For private chats: the bot on the other side. */
  readonly botId?: number;
  readonly messages: Map<number, StoredMessage>;
  nextMessageId: number;
  /** The person wrote to the bot at least once (private chats). */
  started: boolean;
  blocked: boolean;
  replyKeyboard: ReplyKeyboardMarkup | undefined;
  readonly chatInstance: string;
}

export interface CallbackQueryState {
  readonly id: string;
  readonly botId: number;
  readonly userId: number;
  readonly chatKey: string;
  readonly messageId: number;
  readonly data: string;
  answered: boolean;
}

type Listener = (e: EmulatorEvent) => void;

/** All mutable state of one emulator instance. */
export class World {
  readonly bots = new Map<number, BotState>();
  readonly byToken = new Map<string, BotState>();
  readonly users = new Map<number, TgUser>();
  readonly channels = new Map<number, ChannelState>();
  readonly chats = new Map<string, ChatState>();
  readonly callbackQueries = new Map<string, CallbackQueryState>();
  readonly files = new FileStore();
  readonly calls: CallRecord[] = [];
  readonly violations: Violation[] = [];
  readonly callbackAnswers: CallbackAnswer[] = [];
  readonly commands: StoredCommands[] = [];
  private readonly listeners = new Map<EmulatorEventType, Set<Listener>>();
  private seq = 0;
  private nextUserId = 100_001;
  private nextChannelId = 1;

  constructor(
    readonly now: () => number,
    private limits: Partial<FloodLimits> | false | undefined,
    private readonly webhookRetry: { attempts: number; baseDelayMs: number },
  ) {}

  /** Unix time in seconds, as in Telegram's `date` fields. */
  /** New limits for every bot, present and future. */
  setLimits(l: Partial<FloodLimits> | false): void {
    this.limits = l;
    for (const bot of this.bots.values()) bot.flood.setLimits(l);
  }

  unixNow(): number {
    return Math.floor(this.now() / 1000);
  }

  nextSeq(): number {
    return ++this.seq;
  }

  currentSeq(): number {
    return this.seq;
  }

  addBot(b: { id: number; token: string; username: string; firstName: string }): BotState {
    // getMe as Telegram answers it for a fresh bot made with @BotFather.
    const info: BotInfo = {
      id: b.id,
      is_bot: true,
      first_name: b.firstName,
      username: b.username,
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
      has_topics_enabled: false,
      allows_users_to_create_topics: false,
      can_manage_bots: false,
      supports_join_request_queries: false,
    };
    const queue = new UpdateQueue();
    let self: BotState | undefined;
    const webhook = new WebhookDispatcher(
      queue,
      this.webhookRetry,
      {
        onFailure: (entry, message, willRetry) => {
          if (self) this.webhookFailure(self, entry, message, willRetry);
        },
        onReply: (params) => {
          if (self) this.onWebhookReply?.(self, params);
        },
      },
      this.now,
    );
    const bot: BotState = {
      id: b.id,
      token: b.token,
      username: b.username,
      firstName: b.firstName,
      info,
      flood: new FloodController(this.limits, this.now),
      queue,
      webhook,
      allowedUpdates: undefined,
      menuButtons: new Map(),
      profile: new Map(),
    };
    self = bot;
    this.bots.set(b.id, bot);
    this.byToken.set(b.token, bot);
    return bot;
  }

  /** Set by the emulator: executes a method returned in a webhook response body. */
  onWebhookReply: ((bot: BotState, params: Record<string, unknown>) => void) | undefined;

  private webhookFailure(bot: BotState, entry: QueuedUpdate, message: string, willRetry: boolean): void {
    this.violation(
      bot.id,
      'webhook',
      'webhook_delivery_failed',
      `update ${entry.id}, attempt ${entry.attempts}: ${message}${willRetry ? ' (will retry)' : ' (dropped)'}`,
    );
  }

  addUser(u: { id?: number; firstName: string; lastName?: string; username?: string; languageCode?: string }): TgUser {
    const id = u.id ?? this.nextUserId++;
    if (!Number.isSafeInteger(id) || id <= 0) throw new Error(`invalid user id ${id}`);
    if (this.users.has(id) || this.bots.has(id)) throw new Error(`id ${id} is already taken`);
    const user: TgUser = { id, is_bot: false, first_name: u.firstName };
    if (u.lastName) user.last_name = u.lastName;
    if (u.username) user.username = u.username;
    if (u.languageCode) user.language_code = u.languageCode;
    this.users.set(id, user);
    return user;
  }

  addChannel(c: { id?: number; title: string; username?: string; adminBotIds: number[] }): ChannelState {
    const id = c.id ?? -(1_000_000_000_000 + this.nextChannelId++);
    if (!Number.isSafeInteger(id) || id >= 0) throw new Error(`channel ids are negative (-100…); got ${id}`);
    if (this.channels.has(id)) throw new Error(`channel ${id} already exists`);
    const ch: ChannelState = { id, title: c.title, adminBotIds: new Set(c.adminBotIds), ...(c.username ? { username: c.username } : {}) };
    this.channels.set(id, ch);
    return ch;
  }

  channelByUsername(username: string): ChannelState | undefined {
    const u = username.replace(/^@/, '').toLowerCase();
    for (const ch of this.channels.values()) if (ch.username?.toLowerCase() === u) return ch;
    return undefined;
  }

  /** The chat object of a channel, as embedded in messages. */
  channelChatObject(ch: ChannelState): Json {
    return { id: ch.id, title: ch.title, ...(ch.username ? { username: ch.username } : {}), type: 'channel' };
  }

  /** The private chat between a bot and a person (created on first use). */
  privateChat(bot: BotState, user: TgUser): ChatState {
    const key = `private:${bot.id}:${user.id}`;
    let chat = this.chats.get(key);
    if (!chat) {
      const obj: Json = { id: user.id, first_name: user.first_name };
      if (user.last_name) obj.last_name = user.last_name;
      if (user.username) obj.username = user.username;
      obj.type = 'private';
      chat = {
        key,
        type: 'private',
        chat: obj,
        chatId: user.id,
        botId: bot.id,
        messages: new Map(),
        nextMessageId: 1,
        started: false,
        blocked: false,
        replyKeyboard: undefined,
        chatInstance: randomChatInstance(),
      };
      this.chats.set(key, chat);
    }
    return chat;
  }

  existingPrivateChat(botId: number, userId: number): ChatState | undefined {
    return this.chats.get(`private:${botId}:${userId}`);
  }

  channelChat(ch: ChannelState): ChatState {
    const key = `channel:${ch.id}`;
    let chat = this.chats.get(key);
    if (!chat) {
      chat = {
        key,
        type: 'channel',
        chat: this.channelChatObject(ch),
        chatId: ch.id,
        messages: new Map(),
        nextMessageId: 1,
        started: true,
        blocked: false,
        replyKeyboard: undefined,
        chatInstance: randomChatInstance(),
      };
      this.chats.set(key, chat);
    }
    return chat;
  }

  /** Appends a message to a chat; `build` receives the new message_id and returns the Message object. */
  appendMessage(chat: ChatState, outgoing: boolean, senderBotId: number | undefined, build: (messageId: number) => Json): StoredMessage {
    const messageId = chat.nextMessageId++;
    const stored: StoredMessage = {
      message: build(messageId),
      outgoing,
      deleted: false,
      seq: this.nextSeq(),
      ...(senderBotId !== undefined ? { senderBotId } : {}),
    };
    chat.messages.set(messageId, stored);
    return stored;
  }

  /** Queues an update for a bot unless its allowed_updates excludes the type. */
  enqueue(bot: BotState, body: Omit<Update, 'update_id'>, chatKey: string): QueuedUpdate | undefined {
    const type = Object.keys(body)[0] ?? '';
    const allowed = bot.allowedUpdates ?? DEFAULT_ALLOWED;
    if (!allowed.has(type)) return undefined;
    const entry = bot.queue.push(body, chatKey, this.currentSeq());
    this.emit({ type: 'update', botId: bot.id, update: entry.update });
    return entry;
  }

  violation(botId: number | null, method: string, kind: ViolationKind, detail: string): void {
    this.violations.push({ at: this.now(), botId, method, kind, detail });
  }

  storeCommands(botId: number, scope: BotCommandScope, languageCode: string, commands: BotCommand[]): void {
    const key = scopeKey(scope);
    const i = this.commands.findIndex((c) => c.botId === botId && scopeKey(c.scope) === key && c.languageCode === languageCode);
    if (i >= 0) this.commands.splice(i, 1);
    if (commands.length > 0) this.commands.push({ botId, scope, languageCode, commands });
  }

  findCommands(botId: number, scope: BotCommandScope, languageCode: string): BotCommand[] | undefined {
    const key = scopeKey(scope);
    return this.commands.find((c) => c.botId === botId && scopeKey(c.scope) === key && c.languageCode === languageCode)?.commands;
  }

  on(type: EmulatorEventType, fn: Listener): () => void {
    let set = this.listeners.get(type);
    if (!set) {
      set = new Set();
      this.listeners.set(type, set);
    }
    set.add(fn);
    return () => set?.delete(fn);
  }

  emit(e: EmulatorEvent): void {
    for (const fn of this.listeners.get(e.type) ?? []) {
      try {
        fn(e);
      } catch {
        // a listener's failure must not break the emulator
      }
    }
  }

  /** A deep copy of a stored message for readers. */
  snapshot(m: StoredMessage, includeDeletedFlag = false): ChatMessage {
    const copy = structuredClone(m.message) as unknown as ChatMessage;
    if (includeDeletedFlag && m.deleted) copy.deleted = true;
    return copy;
  }
}

/** Canonical key of a BotCommandScope (field order independent). */
export function scopeKey(scope: BotCommandScope): string {
  const s = scope as unknown as Record<string, unknown>;
  return `${String(s.type)}|${String(s.chat_id ?? '')}|${String(s.user_id ?? '')}`;
}

function randomChatInstance(): string {
  return BigInt(`0x${randomBytes(8).toString('hex')}`).toString().slice(0, 19);
}
