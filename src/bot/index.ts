import { Bot, Composer, GrammyError, HttpError, type BotError } from 'grammy';
import { conversations } from '@grammyjs/conversations';
import { sequentialize } from '@grammyjs/runner';
import type { LanguageCode, UserFromGetMe } from 'grammy/types';
import type { Database } from '../db/client.js';
import type { Logger } from '../logger.js';
import type { Locales } from '../render/translate.js';
import { peopleRepository } from '../db/repositories/people.js';
import { updatesRepository } from '../db/repositories/updates.js';
import { conversationStorage } from '../db/repositories/conversations.js';
import type { BotContext } from './context.js';
import { dedupe, withLogger, withPersonAndLanguage } from './middlewares/extras.js';
import { startFeature } from './features/start.js';
import { languageFeature } from './features/language.js';
import { unhandledFeature } from './features/unhandled.js';
import { mainMenu } from './keyboards.js';

export interface BotDeps {
  token: string;
  apiRoot: string;
  db: Database;
  locales: Locales;
  logger: Logger;
  clock: () => Date;
  /** Skips getMe at start (tests and the sandbox know the bot already). */
  botInfo?: UserFromGetMe;
}

export interface Feature {
  composer: Composer<BotContext>;
  /** Command names this feature answers, for the localized command menu. */
  commands: readonly string[];
}

/** Composition only: middlewares in order, then one Composer per feature, then the fallback. */
export function createBot(deps: BotDeps) {
  const bot = new Bot<BotContext>(deps.token, {
    client: { apiRoot: deps.apiRoot },
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
  });
  const people = peopleRepository(deps.db);
  const updates = updatesRepository(deps.db);

  // With concurrent long polling, one chat's updates still run one after another.
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  bot.use(withLogger(deps.logger));
  bot.use(dedupe(updates));
  bot.use(withPersonAndLanguage({ people, locales: deps.locales, clock: deps.clock }));
  bot.use(
    conversations<BotContext, BotContext>({
      storage: { type: 'key', version: 1, adapter: conversationStorage(deps.db, deps.clock) },
    }),
  );

  // A global /cancel, after conversations() and before any conversation, so a waiting one cannot swallow it.
  bot.chatType('private').command('cancel', async (ctx) => {
    const active = Object.keys(ctx.conversation.active()).length > 0;
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.t(active ? 'cancel-done' : 'cancel-nothing'), {
      parse_mode: 'HTML',
      reply_markup: mainMenu(ctx.t),
    });
  });

  const features: Feature[] = [
    startFeature(),
    languageFeature({ locales: deps.locales, people }),
    unhandledFeature(),
  ];
  for (const f of features) bot.use(f.composer);

  bot.catch((err) => handleError(err, deps.logger));

  const commands = ['start', 'help', ...features.flatMap((f) => f.commands), 'cancel'].filter(
    (c, i, all) => all.indexOf(c) === i,
  );
  return {
    bot,
    /** Localized command menus: Italian by default, every locale by language_code. */
    async publishCommands(): Promise<void> {
      const list = (locale: string) =>
        commands.map((c) => ({ command: c, description: deps.locales.translator(locale)(`command-${c}`) }));
      await bot.api.setMyCommands(list(deps.locales.defaultLocale));
      for (const locale of deps.locales.locales) {
        await bot.api.setMyCommands(list(locale), { language_code: locale as LanguageCode });
      }
    },
  };
}

/** An update never crashes the process: log by fields (never the token), answer kindly. */
async function handleError(err: BotError<BotContext>, logger: Logger): Promise<void> {
  const ctx = err.ctx;
  const e = err.error;
  const log = ctx.log ?? logger;
  if (e instanceof GrammyError) {
    log.error({ method: e.method, errorCode: e.error_code, description: e.description }, 'Bot API call failed');
  } else if (e instanceof HttpError) {
    log.error({ err: { name: e.name, message: 'network error reaching the Bot API' } }, 'Bot API unreachable');
  } else {
    log.error({ err: e }, 'update handling failed');
  }
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
    if (ctx.chat?.type === 'private' && ctx.t) {
      await ctx.reply(ctx.t('error-generic'), { parse_mode: 'HTML' });
    }
  } catch (replyErr) {
    log.warn({ err: replyErr }, 'could not tell the person about the error');
  }
}
