import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../context.js';
import { callbackData } from '../callback-data.js';
import { mainMenu } from '../keyboards.js';
import { matchesMenu } from '../menu.js';
import type { Locales } from '../../render/translate.js';
import { orderLanguages } from '../../locales/load.js';
import type { PeopleRepository } from '../../db/repositories/people.js';

/** /language: each language in its own name; the choice is stored for the person. */
export function languageFeature(deps: { locales: Locales; people: PeopleRepository }) {
  const codes = orderLanguages(deps.locales.locales);
  const codec = callbackData('lang', { code: codes });
  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');

  const ask = async (ctx: BotContext) => {
    const kb = new InlineKeyboard();
    for (const code of codes) {
      kb.text(deps.locales.translator(code)('language-name'), codec.pack({ code })).row();
    }
    await ctx.reply(ctx.t('language-choose'), { parse_mode: 'HTML', reply_markup: kb });
  };
  pm.command('language', ask);
  pm.on('message:text').filter(matchesMenu(['menu-language']), ask);

  pm.callbackQuery(codec.filter, async (ctx) => {
    const data = codec.unpack(ctx.callbackQuery.data);
    if (!data || !ctx.person) {
      await ctx.answerCallbackQuery({ text: ctx.t('error-button-expired') });
      return;
    }
    await ctx.answerCallbackQuery();
    if (data.code === ctx.locale && ctx.person.language === data.code) {
      await ctx.reply(ctx.t('language-same'), { parse_mode: 'HTML', reply_markup: mainMenu(ctx.t) });
      return;
    }
    await deps.people.setLanguage(ctx.person.id, data.code);
    const t = deps.locales.translator(data.code);
    ctx.locale = data.code;
    ctx.t = t;
    await ctx.reply(t('language-set'), { parse_mode: 'HTML', reply_markup: mainMenu(t) });
  });

  return { composer, commands: ['language'] as const };
}
