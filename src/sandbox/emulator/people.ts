/**
 * What a person does in a private chat with a bot: write text (commands get
 * their `bot_command` entity), share a location or their contact, press an
 * inline button, block or unblock the bot. Each action creates the Update
 * Telegram would create, and resolves once the bot has received it.
 */
import { randomBytes } from 'node:crypto';
import type { Update } from 'grammy/types';
import { detectEntities } from './text/detect.js';
import { CAPTION_LIMIT, TEXT_LIMIT } from './text/format.js';
import { imageSize } from './files.js';
import { photoSizes } from './methods/media.js';
import type { BotState, ChatState, Json, StoredMessage, World } from './state.js';
import type { QueuedUpdate } from './updates.js';
import type { ChatMessage, Delivery, TgUser } from './types.js';

export class People {
  constructor(
    private readonly world: World,
    private readonly deliveryTimeoutMs: number,
  ) {}

  /** The person writes text. */
  sendText(bot: BotState, user: TgUser, text: string, replyToMessageId?: number): Promise<Delivery> {
    if (typeof text !== 'string' || text.trim() === '') throw new Error('a person cannot send an empty message');
    if (text.length > TEXT_LIMIT) throw new Error(`a person's message is limited to ${TEXT_LIMIT} characters`);
    const chat = this.openChat(bot, user);
    let reply: Json | undefined;
    if (replyToMessageId !== undefined) {
      const target = chat.messages.get(replyToMessageId);
      if (!target || target.deleted) throw new Error(`message ${replyToMessageId} does not exist in this chat`);
      const { reply_to_message: _nested, ...shallow } = target.message;
      reply = shallow;
    }
    const entities = detectEntities(text, []);
    return this.incoming(bot, user, chat, {
      ...(reply ? { reply_to_message: reply } : {}),
      text,
      ...(entities.length > 0 ? { entities } : {}),
    });
  }

  /** The person shares a location (e.g. via a request_location button). */
  sendLocation(bot: BotState, user: TgUser, loc: { latitude: number; longitude: number }): Promise<Delivery> {
    const { latitude, longitude } = loc;
    if (!(Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) {
      throw new Error('invalid location');
    }
    const chat = this.openChat(bot, user);
    return this.incoming(bot, user, chat, { location: { latitude, longitude } });
  }

  /** The person sends a file as a document (e.g. a CSV to import). */
  sendDocument(bot: BotState, user: TgUser, doc: { fileName: string; mimeType?: string; bytes: Uint8Array; caption?: string }): Promise<Delivery> {
    if (doc.bytes.length === 0) throw new Error('a person cannot send an empty file');
    if (doc.bytes.length > 20 * 1024 * 1024) throw new Error('files over 20 MB cannot be downloaded by bots');
    const chat = this.openChat(bot, user);
    const file = this.world.files.add({ botId: bot.id, kind: 'document', bytes: doc.bytes, fileName: doc.fileName, ...(doc.mimeType ? { mimeType: doc.mimeType } : {}) });
    const document: Json = { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_name: doc.fileName, file_size: doc.bytes.length };
    if (doc.mimeType) document.mime_type = doc.mimeType;
    return this.incoming(bot, user, chat, { document, ...(doc.caption ? { caption: doc.caption } : {}) });
  }

  /** The person sends a photo (PNG, JPEG, GIF or WebP bytes), with an optional caption. */
  sendPhoto(bot: BotState, user: TgUser, photo: { bytes: Uint8Array; caption?: string }): Promise<Delivery> {
    const size = imageSize(photo.bytes);
    if (!size || size.width === 0 || size.height === 0) throw new Error('a person can send only an image as a photo');
    if (photo.caption !== undefined && photo.caption.length > CAPTION_LIMIT) throw new Error(`a caption is limited to ${CAPTION_LIMIT} characters`);
    const chat = this.openChat(bot, user);
    const file = this.world.files.add({ botId: bot.id, kind: 'photo', bytes: photo.bytes, width: size.width, height: size.height });
    return this.incoming(bot, user, chat, { photo: photoSizes(this.world.files, file), ...(photo.caption ? { caption: photo.caption } : {}) });
  }

  /** The person shares their own contact (e.g. via a request_contact button). */
  sendContact(bot: BotState, user: TgUser, phone: string): Promise<Delivery> {
    if (!/^\+?[0-9][0-9 ()-]{2,24}$/.test(phone)) throw new Error('invalid phone number');
    const chat = this.openChat(bot, user);
    const contact: Json = { phone_number: phone, first_name: user.first_name };
    if (user.last_name) contact.last_name = user.last_name;
    contact.user_id = user.id;
    return this.incoming(bot, user, chat, { contact });
  }

  /** The person presses an inline callback button on a bot message. */
  pressButton(bot: BotState, user: TgUser, messageId: number, callbackData: string, forge = false): Promise<Delivery> {
    const chat = this.world.existingPrivateChat(bot.id, user.id);
    if (!chat || !chat.started) throw new Error(`user ${user.id} has no chat with @${bot.username}`);
    if (chat.blocked) throw new Error(`user ${user.id} has blocked @${bot.username}: unblock first`);
    const stored = chat.messages.get(messageId);
    if (!stored || stored.deleted) throw new Error(`message ${messageId} does not exist in this chat`);
    if (forge && (typeof callbackData !== 'string' || callbackData === '' || Buffer.byteLength(callbackData) > 64)) {
      throw new Error('even a forged callback_data is 1-64 bytes');
    }
    const rows = ((stored.message.reply_markup as Json | undefined)?.inline_keyboard ?? []) as Json[][];
    const found = rows.some((row) => row.some((b) => b.callback_data === callbackData));
    if (!stored.outgoing || (!found && !forge)) {
      throw new Error(`message ${messageId} has no inline button with callback_data ${JSON.stringify(callbackData)}`);
    }
    const id = `${BigInt(`0x${randomBytes(8).toString('hex')}`) % 10n ** 19n}`;
    this.world.callbackQueries.set(id, {
      id,
      botId: bot.id,
      userId: user.id,
      chatKey: chat.key,
      messageId,
      data: callbackData,
      answered: false,
    });
    const entry = this.world.enqueue(
      bot,
      {
        callback_query: {
          id,
          from: user,
          message: this.world.snapshot(stored),
          chat_instance: chat.chatInstance,
          data: callbackData,
        },
      } as unknown as Omit<Update, 'update_id'>,
      chat.key,
    );
    return this.wait(bot, chat, entry);
  }

  /** The person blocks the bot: sends get 403 and the bot receives my_chat_member (kicked). */
  block(bot: BotState, user: TgUser): void {
    const chat = this.world.privateChat(bot, user);
    if (chat.blocked) return;
    chat.blocked = true;
    if (chat.started) this.memberUpdate(bot, user, chat, 'member', 'kicked');
  }

  /** The person unblocks the bot (my_chat_member back to member). */
  unblock(bot: BotState, user: TgUser): void {
    const chat = this.world.privateChat(bot, user);
    if (!chat.blocked) return;
    chat.blocked = false;
    if (chat.started) this.memberUpdate(bot, user, chat, 'kicked', 'member');
  }

  private memberUpdate(bot: BotState, user: TgUser, chat: ChatState, from: string, to: string): void {
    const member = (status: string): Json => (status === 'kicked' ? { status, user: bot.info, until_date: 0 } : { status, user: bot.info });
    this.world.enqueue(
      bot,
      {
        my_chat_member: {
          chat: chat.chat,
          from: user,
          date: this.world.unixNow(),
          old_chat_member: member(from),
          new_chat_member: member(to),
        },
      } as unknown as Omit<Update, 'update_id'>,
      chat.key,
    );
  }

  private openChat(bot: BotState, user: TgUser): ChatState {
    const chat = this.world.privateChat(bot, user);
    if (chat.blocked) throw new Error(`user ${user.id} has blocked @${bot.username}: unblock first`);
    chat.started = true;
    return chat;
  }

  private incoming(bot: BotState, user: TgUser, chat: ChatState, content: Json): Promise<Delivery> {
    const stored = this.world.appendMessage(chat, false, undefined, (messageId) => ({
      message_id: messageId,
      from: user,
      chat: chat.chat,
      date: this.world.unixNow(),
      ...content,
    }));
    this.world.emit({
      type: 'message',
      botId: bot.id,
      chatId: chat.chatId,
      message: this.world.snapshot(stored),
      replyKeyboard: chat.replyKeyboard ?? null,
    });
    const entry = this.world.enqueue(bot, { message: this.world.snapshot(stored) } as Omit<Update, 'update_id'>, chat.key);
    return this.wait(bot, chat, entry, stored);
  }

  /** Resolves when the update is delivered (or immediately when allowed_updates filters it out). */
  private async wait(bot: BotState, chat: ChatState, entry: QueuedUpdate | undefined, own?: StoredMessage): Promise<Delivery> {
    const message = own ? this.world.snapshot(own) : undefined;
    if (!entry) {
      return { updateId: 0, update: { update_id: 0 } as Update, status: 'filtered', replies: [], ...(message ? { message } : {}) };
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `update ${entry.id} for @${bot.username} was not delivered within ${this.deliveryTimeoutMs} ms (is the bot polling or its webhook set?)`,
            ),
          ),
        this.deliveryTimeoutMs,
      );
    });
    try {
      await Promise.race([entry.promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
    const replies: ChatMessage[] = [];
    for (const m of chat.messages.values()) {
      if (m.outgoing && m.senderBotId === bot.id && m.seq > entry.seqAtPush && !m.deleted) replies.push(this.world.snapshot(m));
    }
    return { updateId: entry.id, update: entry.update, status: 'delivered', replies, ...(message ? { message } : {}) };
  }
}
