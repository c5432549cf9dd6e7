import { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { mainMenu } from '../keyboards.js';
import { parseDeepLink, type DeepLink } from '../deep-links.js';

export type DeepLinkHandlers = {
  [K in DeepLink['kind']]?: (ctx: BotContext, link: Extract<DeepLink, { kind: K }>) => Promise<void>;
};

/** /start (with deep links), /help and the main menu. */
export function startFeature(deepLinks: DeepLinkHandlers = {}) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');

  pm.command('start', async (ctx) => {
    const payload = ctx.match.trim();
    if (payload) {
      const link = parseDeepLink(payload);
      const handler = link ? (deepLinks[link.kind] as ((c: BotContext, l: DeepLink) => Promise<void>) | undefined) : undefined;
      if (link && handler) {
        await handler(ctx, link);
        return;
      }
      ctx.log.info({ deepLink: link?.kind ?? 'invalid' }, 'deep link not handled');
      await ctx.reply(ctx.t('deeplink-unknown'), { parse_mode: 'HTML' });
    }
    await ctx.reply(ctx.t('welcome', { name: ctx.from.first_name }), {
      parse_mode: 'HTML',
      reply_markup: mainMenu(ctx.t),
    });
  });

  pm.command('help', async (ctx) => {
    await ctx.reply(ctx.t('help'), { parse_mode: 'HTML', reply_markup: mainMenu(ctx.t) });
  });


  return { composer, commands: ['start', 'help'] as const };
}
