import type { MiddlewareFn } from 'grammy';
import type { Logger } from '../../logger.js';
import type { Locales } from '../../render/translate.js';
import type { PeopleRepository } from '../../db/repositories/people.js';
import type { UpdatesRepository } from '../../db/repositories/updates.js';
import type { BotContext } from '../context.js';

/**
 * Takes each update once: Telegram (or a restart) may deliver the same update_id again,
 * and grammY does not deduplicate. The claim is made before handling, so a repeat has no effect.
 */
export function dedupe(updates: UpdatesRepository): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    if (!(await updates.claim(ctx.me.id, ctx.update.update_id))) {
      ctx.log.info({ updateId: ctx.update.update_id }, 'duplicate update ignored');
      return;
    }
    await next();
  };
}

/** Installs the logger (with the update id, never personal data) first of all. */
export function withLogger(logger: Logger): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.log = logger.child({ updateId: ctx.update.update_id });
    await next();
  };
}

/**
 * Loads the person behind a private-chat update and chooses the language: the one they
 * picked with /language, else Telegram's language_code when supported, else Italian.
 */
export function withPersonAndLanguage(deps: {
  people: PeopleRepository;
  locales: Locales;
  clock: () => Date;
}): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const from = ctx.from;
    ctx.person =
      from && !from.is_bot && ctx.chat?.type !== 'channel'
        ? await deps.people.touch(from.id, deps.clock())
        : undefined;
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
