/**
 * `startEmulator`: a strict local Telegram Bot API server for tests and the
 * demo. It wires the world state, the Bot API dispatcher, the HTTP server and
 * the web chat's client API, and exposes the in-process `Emulator` interface.
 */
import type { BotCommand, BotCommandScope, ReplyKeyboardMarkup } from 'grammy/types';
import { BotApi, isWellFormedToken } from './api.js';
import { createClientApi } from './client-api.js';
import { People } from './people.js';
import { startHttp, type HttpHandle } from './server.js';
import { loadSpec, SpecValidator } from './spec.js';
import { type BotState, World } from './state.js';
import type {
  BotInfo,
  CallbackAnswer,
  CallRecord,
  ChatMessage,
  Delivery,
  EmulatedFile,
  Emulator,
  EmulatorEvent,
  EmulatorEventType,
  EmulatorOptions,
  FloodLimits,
  StoredCommands,
  TgChat,
  TgUser,
  Violation,
} from './types.js';

const BOT_USERNAME = /^[A-Za-z][A-Za-z0-9_]{1,28}bot$/i;

class EmulatorImpl implements Emulator {
  readonly apiRoot: string;
  readonly url: string;
  private closed = false;

  constructor(
    readonly world: World,
    private readonly http: HttpHandle,
    private readonly people: People,
    private readonly closeClient: () => void,
  ) {
    this.apiRoot = http.url;
    this.url = http.url;
  }

  get calls(): readonly CallRecord[] {
    return this.world.calls;
  }
  get violations(): readonly Violation[] {
    return this.world.violations;
  }
  get callbackAnswers(): readonly CallbackAnswer[] {
    return this.world.callbackAnswers;
  }
  get commands(): readonly StoredCommands[] {
    return this.world.commands;
  }

  registerBot(b: { token: string; username: string; firstName: string; id?: number }): BotInfo {
    if (!isWellFormedToken(b.token)) throw new Error('bot tokens look like "<bot id>:<secret>" (e.g. "123456:AAE…")');
    const id = Number(b.token.slice(0, b.token.indexOf(':')));
    if (b.id !== undefined && b.id !== id) throw new Error(`the bot id is the token's prefix (${id}), not ${b.id}`);
    if (!Number.isSafeInteger(id)) throw new Error('bot id out of range');
    if (this.world.byToken.has(b.token) || this.world.bots.has(id) || this.world.users.has(id)) {
      throw new Error(`a bot or user with id ${id} already exists`);
    }
    if (!BOT_USERNAME.test(b.username)) throw new Error(`bot usernames are 5-32 characters and end in "bot": ${b.username}`);
    if (b.firstName.trim() === '') throw new Error('a bot needs a name');
    return structuredClone(this.world.addBot({ id, token: b.token, username: b.username, firstName: b.firstName }).info);
  }

  addUser(u: { id?: number; firstName: string; lastName?: string; username?: string; languageCode?: string }): TgUser {
    if (u.firstName.trim() === '') throw new Error('a person needs a first name');
    return structuredClone(this.world.addUser(u));
  }

  addChannel(c: { id?: number; title: string; username?: string; adminBotTokens?: string[] }): TgChat {
    const adminBotIds = (c.adminBotTokens ?? []).map((t) => this.bot(t).id);
    const ch = this.world.addChannel({
      title: c.title,
      adminBotIds,
      ...(c.id !== undefined ? { id: c.id } : {}),
      ...(c.username ? { username: c.username } : {}),
    });
    return structuredClone(this.world.channelChatObject(ch)) as unknown as TgChat;
  }

  async sendText(token: string, userId: number, text: string, opts?: { replyToMessageId?: number }): Promise<Delivery> {
    return this.people.sendText(this.bot(token), this.user(userId), text, opts?.replyToMessageId);
  }
  async sendLocation(token: string, userId: number, loc: { latitude: number; longitude: number }): Promise<Delivery> {
    return this.people.sendLocation(this.bot(token), this.user(userId), loc);
  }
  async sendDocument(token: string, userId: number, doc: { fileName: string; mimeType?: string; bytes: Uint8Array; caption?: string }): Promise<Delivery> {
    return this.people.sendDocument(this.bot(token), this.user(userId), doc);
  }
  async sendPhoto(token: string, userId: number, photo: { bytes: Uint8Array; caption?: string }): Promise<Delivery> {
    return this.people.sendPhoto(this.bot(token), this.user(userId), photo);
  }
  async sendContact(token: string, userId: number, phone: string): Promise<Delivery> {
    return this.people.sendContact(this.bot(token), this.user(userId), phone);
  }
  async pressButton(token: string, userId: number, messageId: number, callbackData: string, opts?: { forge?: boolean }): Promise<Delivery> {
    return this.people.pressButton(this.bot(token), this.user(userId), messageId, callbackData, opts?.forge === true);
  }
  blockBot(token: string, userId: number): void {
    this.people.block(this.bot(token), this.user(userId));
  }
  unblockBot(token: string, userId: number): void {
    this.people.unblock(this.bot(token), this.user(userId));
  }

  messages(token: string, chatId: number, opts?: { includeDeleted?: boolean }): ChatMessage[] {
    const chat = this.chatOf(this.bot(token), chatId);
    if (!chat) return [];
    const out: ChatMessage[] = [];
    for (const m of chat.messages.values()) {
      if (m.deleted && !opts?.includeDeleted) continue;
      out.push(this.world.snapshot(m, true));
    }
    return out;
  }

  replyKeyboard(token: string, chatId: number): ReplyKeyboardMarkup | undefined {
    const kb = this.chatOf(this.bot(token), chatId)?.replyKeyboard;
    return kb ? structuredClone(kb) : undefined;
  }

  file(fileId: string): EmulatedFile | undefined {
    const f = this.world.files.get(fileId);
    if (!f) return undefined;
    return {
      bytes: new Uint8Array(f.bytes),
      ...(f.fileName ? { fileName: f.fileName } : {}),
      ...(f.mimeType ? { mimeType: f.mimeType } : {}),
    };
  }

  commandsFor(token: string, opts: { scope?: BotCommandScope; languageCode?: string } = {}): BotCommand[] {
    const bot = this.bot(token);
    const scope = opts.scope ?? { type: 'default' };
    const chain: BotCommandScope[] =
      scope.type === 'chat'
        ? [scope, { type: 'all_private_chats' }, { type: 'default' }]
        : scope.type === 'all_private_chats'
          ? [scope, { type: 'default' }]
          : [scope];
    for (const s of chain) {
      for (const lang of opts.languageCode ? [opts.languageCode, ''] : ['']) {
        const found = this.world.findCommands(bot.id, s, lang);
        if (found) return structuredClone(found);
      }
    }
    return [];
  }

  setLimits(l: Partial<FloodLimits> | false): void {
    this.world.setLimits(l);
  }

  on(event: EmulatorEventType, fn: (e: EmulatorEvent) => void): () => void {
    return this.world.on(event, fn);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const bot of this.world.bots.values()) {
      bot.webhook.stop();
      bot.queue.endPoll();
      // Person actions still waiting for delivery fail instead of hanging until their timeout.
      bot.queue.dropAll('the emulator was closed before the update was delivered');
    }
    this.closeClient();
    await this.http.close();
  }

  private bot(token: string): BotState {
    const bot = this.world.byToken.get(token);
    if (!bot) throw new Error('no bot is registered with that token');
    return bot;
  }

  private user(id: number): TgUser {
    const user = this.world.users.get(id);
    if (!user) throw new Error(`no user with id ${id}`);
    return user;
  }

  private chatOf(bot: BotState, chatId: number) {
    if (chatId > 0) return this.world.existingPrivateChat(bot.id, chatId);
    const ch = this.world.channels.get(chatId);
    return ch ? this.world.chats.get(`channel:${ch.id}`) : undefined;
  }
}

/**
 * Starts an emulator on 127.0.0.1 (random port by default).
 * Every test should start its own and `close()` it.
 */
export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const now = opts.now ?? Date.now;
  const world = new World(now, opts.limits, opts.webhookRetry ?? { attempts: 5, baseDelayMs: 200 });
  const validator = new SpecValidator(loadSpec(opts.specPath));
  const api = new BotApi(world, validator, { longPollMaxMs: opts.longPollMaxMs ?? 10_000 });
  const people = new People(world, opts.deliveryTimeoutMs ?? 30_000);
  world.onWebhookReply = (bot, params) => {
    const { method, ...rest } = params;
    void api.call(bot.token, String(method), rest, new Map(), new AbortController().signal, 'webhook_reply');
  };
  const host = opts.host ?? '127.0.0.1';
  const client = createClientApi(world, people, host);
  const http = await startHttp(host, opts.port ?? 0, { api, world, client: client.handle });
  return new EmulatorImpl(world, http, people, client.close);
}
