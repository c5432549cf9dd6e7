import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { mainMenu } from '../keyboards.js';

/** Last in line: whatever nobody handled gets a kind answer, and stale buttons are closed. */
export function unhandledFeature() {
  const composer = new Composer<BotContext>();
  composer.on('callback_query', async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t('error-button-expired') });
  });
  const pm = composer.chatType('private');
  pm.on('message:text', async (ctx) => {
    await ctx.reply(ctx.t('unhandled-text'), { parse_mode: 'HTML', reply_markup: mainMenu(ctx.t) });
  });
  pm.on('message', async (ctx) => {
    await ctx.reply(ctx.t('unhandled-other'), { parse_mode: 'HTML', reply_markup: mainMenu(ctx.t) });
  });
  return { composer, commands: [] as const };
}
