/**
 * Public types of the Telegram Bot API emulator. Telegram objects reuse
 * grammY's Bot API typings so tests read messages with the same shapes the
 * bot produces.
 */
import type {
  BotCommand,
  BotCommandScope,
  Chat,
  Message,
  ReplyKeyboardMarkup,
  Update,
  User,
  UserFromGetMe,
} from 'grammy/types';
import type { ViolationKind } from './errors.js';

export type { ViolationKind };

/** Telegram's flood limits; every rate is multiplied by `scale`. */
export interface FloodLimits {
  /** Sending methods per second, all chats of one bot together. Default 30. */
  globalPerSecond: number;
  /** Sustained messages per second in one private chat (token bucket refill). Default 1. */
  perChatPerSecond: number;
  /** Bucket size for one private chat: this many messages may go out at once. Default 4. */
  perChatBurst: number;
  /** Messages per minute in one group or channel (bucket of this size, refilled over a minute). Default 20. */
  perGroupPerMinute: number;
  /**
   * Multiplies every rate (not the bucket sizes): 10 = refills ten times faster.
   * `retry_after` stays in real whole seconds (at least 1), as Telegram only
   * sends integers: a client that honours it always waits at least a second.
   */
  scale: number;
}

export interface EmulatorOptions {
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 0: a random free port. */
  port?: number;
  /** Partial overrides of the defaults, or false to switch flood limits off (benchmarks). */
  limits?: Partial<FloodLimits> | false;
  /** Webhook redelivery: attempts in total and the first back-off delay (doubles each time). Default 5 attempts, 200 ms. */
  webhookRetry?: { attempts: number; baseDelayMs: number };
  /** Cap on the getUpdates `timeout`, so tests never hang. Default 10 000 ms. */
  longPollMaxMs?: number;
  /** How long person actions (`sendText`, …) wait for delivery before rejecting. Default 30 000 ms. */
  deliveryTimeoutMs?: number;
  /** Path of the Bot API spec JSON; default resolved from the working directory. */
  specPath?: string;
  /** Clock in milliseconds (flood limits and dates); default Date.now. */
  now?: () => number;
}

/** The getMe object of a registered bot. */
export type BotInfo = UserFromGetMe;
export type TgUser = User;
export type TgChat = Chat;

/**
 * A message as the person sees it: the Telegram `Message` object as the bot
 * produced it (or the person sent it), after its last edit. Deleted messages
 * are left out of `messages()`; `messages(token, chatId, { includeDeleted: true })`
 * keeps them with `deleted: true`.
 */
export type ChatMessage = Message & { deleted?: true };

/** Outcome of a person's action once the bot has received it. */
export interface Delivery {
  updateId: number;
  update: Update;
  /**
   * 'delivered': webhook answered 2xx, or getUpdates fetched it and a later offset confirmed it.
   * 'filtered': the bot's `allowed_updates` excludes this update type, so Telegram never sends it.
   */
  status: 'delivered' | 'filtered';
  /** The person's message (text, location, contact), as stored in the chat. */
  message?: ChatMessage;
  /** Messages the bot sent to this chat between the update and its delivery, as they are now. */
  replies: ChatMessage[];
}

/** One Bot API call. The token is never stored: `botId` identifies the bot (null when the token was unknown). */
export interface CallRecord {
  at: number;
  botId: number | null;
  method: string;
  /** Parsed parameters; uploaded files appear as `{ file, size, contentType }`. */
  params: Record<string, unknown>;
  ok: boolean;
  errorCode?: number;
  description?: string;
  /** 'webhook_reply' when the call came as the body of a webhook response. */
  via: 'http' | 'webhook_reply';
}

/** Something Telegram would reject or a client rule that was broken. */
export interface Violation {
  at: number;
  botId: number | null;
  method: string;
  kind: ViolationKind;
  detail: string;
}

/** An answerCallbackQuery as the person experiences it (toast or alert). */
export interface CallbackAnswer {
  at: number;
  botId: number;
  userId: number;
  callbackQueryId: string;
  messageId?: number;
  data?: string;
  text?: string;
  showAlert: boolean;
  url?: string;
  cacheTime?: number;
}

/** Commands stored by setMyCommands for one scope and language. */
export interface StoredCommands {
  botId: number;
  scope: BotCommandScope;
  /** '' for all languages. */
  languageCode: string;
  commands: BotCommand[];
}

/** Live events, e.g. for the web chat's stream. Identifiers only: never a token. */
export type EmulatorEvent =
  | { type: 'message'; botId: number; chatId: number; message: ChatMessage; replyKeyboard: ReplyKeyboardMarkup | null }
  | { type: 'edit'; botId: number; chatId: number; message: ChatMessage }
  | { type: 'delete'; botId: number; chatId: number; messageId: number }
  | { type: 'callback_answer'; botId: number; chatId: number; answer: CallbackAnswer }
  | { type: 'update'; botId: number; update: Update };

export type EmulatorEventType = EmulatorEvent['type'];

/** A file as stored by the emulator. */
export interface EmulatedFile {
  bytes: Uint8Array;
  fileName?: string;
  mimeType?: string;
}

/** A bot, user or channel as listed by the client API (no tokens). */
export interface BotSummary {
  id: number;
  username: string;
  firstName: string;
}

export interface Emulator {
  /** e.g. 'http://127.0.0.1:41234', no trailing slash; grammY calls `${apiRoot}/bot${token}/${method}`. */
  readonly apiRoot: string;
  /** Same base, for the client API (`/sandbox/api/…`) and file downloads. */
  readonly url: string;
  registerBot(b: { token: string; username: string; firstName: string; id?: number }): BotInfo;
  addUser(u: { id?: number; firstName: string; lastName?: string; username?: string; languageCode?: string }): TgUser;
  addChannel(c: { id?: number; title: string; username?: string; adminBotTokens?: string[] }): TgChat;

  sendText(token: string, userId: number, text: string, opts?: { replyToMessageId?: number }): Promise<Delivery>;
  sendLocation(token: string, userId: number, loc: { latitude: number; longitude: number }): Promise<Delivery>;
  /** The person sends a file as a document. */
  sendDocument(token: string, userId: number, doc: { fileName: string; mimeType?: string; bytes: Uint8Array; caption?: string }): Promise<Delivery>;
  /** The person sends a photo (image bytes), with an optional caption. */
  sendPhoto(token: string, userId: number, photo: { bytes: Uint8Array; caption?: string }): Promise<Delivery>;
  sendContact(token: string, userId: number, phone: string): Promise<Delivery>;
  /**
   * Presses an inline callback button. Rejects when the message has no button with that data,
   * unless `forge` is set: then the data is sent anyway, as a modified client could (bots must cope).
   */
  pressButton(token: string, userId: number, messageId: number, callbackData: string, opts?: { forge?: boolean }): Promise<Delivery>;
  blockBot(token: string, userId: number): void;
  unblockBot(token: string, userId: number): void;

  messages(token: string, chatId: number, opts?: { includeDeleted?: boolean }): ChatMessage[];
  replyKeyboard(token: string, chatId: number): ReplyKeyboardMarkup | undefined;
  file(fileId: string): EmulatedFile | undefined;
  readonly calls: readonly CallRecord[];
  readonly violations: readonly Violation[];
  readonly callbackAnswers: readonly CallbackAnswer[];
  readonly commands: readonly StoredCommands[];
  /** Commands a client would show: scope and language resolved like Telegram (chat → all_private_chats → default). */
  commandsFor(token: string, opts?: { scope?: BotCommandScope; languageCode?: string }): BotCommand[];
  setLimits(l: Partial<FloodLimits> | false): void;
  on(event: EmulatorEventType, fn: (e: EmulatorEvent) => void): () => void;
  close(): Promise<void>;
}
