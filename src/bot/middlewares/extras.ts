import type { MiddlewareFn } from 'grammy';
import type { VersionedState, VersionedStateStorage } from '@grammyjs/conversations';
import type { Logger } from '../../logger.js';
import type { Locales } from '../../render/translate.js';
import type { PeopleRepository } from '../../db/repositories/people.js';
import type { ArrivalRepository } from '../../db/repositories/arrival.js';
import type { BotContext } from '../context.js';

/** Installs the logger (with the update id, never personal data) first of all. */
export function withLogger(logger: Logger): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.log = logger.child({ updateId: ctx.update.update_id });
    await next();
  };
}

/**
 * Takes each update once and loads the person behind it, in one round trip (see arrival.ts):
 * Telegram (or a restart) may deliver the same update_id again, and grammY does not
 * deduplicate, so the claim is made before handling and a repeat has no effect. Then it
 * chooses the language: the one they picked with /language, else Telegram's language_code
 * when supported, else Italian. The chat's conversation state comes along, for the
 * conversations plugin to read without another query (`prefetchedConversations`).
 */
export function arrival(deps: {
  arrivals: ArrivalRepository;
  people: PeopleRepository;
  locales: Locales;
  clock: () => Date;
}): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const from = ctx.from;
    const telegramId = from && !from.is_bot && ctx.chat?.type !== 'channel' ? from.id : undefined;
    const conversationKey = ctx.chatId?.toString();
    const now = deps.clock();
    const got = await deps.arrivals.arrive({ botId: ctx.me.id, updateId: ctx.update.update_id, telegramId, conversationKey, now });
    if (!got.fresh) {
      ctx.log.info({ updateId: ctx.update.update_id }, 'duplicate update ignored');
      return;
    }
    if (conversationKey !== undefined) prefetched.set(ctx, { key: conversationKey, state: got.conversation });
    // The person may have been created by another instance at the same instant: read them then.
    ctx.person = telegramId === undefined ? undefined : (got.person ?? (await deps.people.touch(telegramId, now)));
    const locale =
      (ctx.person?.language && deps.locales.locales.includes(ctx.person.language)
        ? ctx.person.language
        : undefined) ??
      deps.locales.match(from?.language_code) ??
      deps.locales.defaultLocale;
    ctx.locale = locale;
    ctx.t = deps.locales.translator(locale);
    ctx.label = deps.locales.plain(locale);
    await next();
  };
}

const prefetched = new WeakMap<object, { key: string; state: unknown }>();

/**
 * Conversation storage per chat (the plugin's default key, the chat id) that first hands out
 * the state read with the update's arrival, once: a later read in the same update (after a
 * write) goes to the database.
 */
export function chatConversationStorage<S>(storage: KeyStorage<S>): VersionedStateStorage<BotContext, S> {
  const keyOf = (ctx: BotContext) => ctx.chatId?.toString();
  return {
    async read(ctx) {
      const key = keyOf(ctx);
      if (key === undefined) return undefined;
      const p = prefetched.get(ctx);
      if (p && p.key === key) {
        prefetched.delete(ctx);
        return p.state as VersionedState<S> | undefined;
      }
      return storage.read(key);
    },
    async write(ctx, state) {
      const key = keyOf(ctx);
      prefetched.delete(ctx);
      if (key !== undefined) await storage.write(key, state);
    },
    async delete(ctx) {
      const key = keyOf(ctx);
      prefetched.delete(ctx);
      if (key !== undefined) await storage.delete(key);
    },
  };
}

interface KeyStorage<S> {
  read(key: string): Promise<VersionedState<S> | undefined>;
  write(key: string, state: VersionedState<S>): Promise<void>;
  delete(key: string): Promise<void>;
}

/**
 * A callback query can be answered once; answering again is an error at Telegram. Handlers,
 * the kind-error wrapper and the error boundary may each try, so the first answer wins.
 */
export function answerCallbackOnce(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (ctx.callbackQuery) {
      const answer = ctx.answerCallbackQuery.bind(ctx);
      let answered = false;
      ctx.answerCallbackQuery = async (...args: Parameters<typeof answer>) => {
        if (answered) return true;
        answered = true;
        return answer(...args);
      };
    }
    await next();
  };
}
