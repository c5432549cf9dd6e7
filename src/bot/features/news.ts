import { Composer, InlineKeyboard, type Context } from 'grammy';
import { createConversation, type Conversation } from '@grammyjs/conversations';
import type { BotContext } from '../context.js';
import { callbackData } from '../callback-data.js';
import { enterWithPoints } from '../staff-conversation.js';
import type { BroadcastUseCases } from '../../app/broadcast.js';
import type { ReferenceCache } from '../../app/reference.js';
import type { RoleUseCases } from '../../app/roles.js';
import { AppError } from '../../app/errors.js';
import type { Locales } from '../../render/translate.js';

const newsCb = callbackData('nw', { a: ['pt', 'pub', 'stop'] as const, v: 'int' });
const MAX_NEWS = 3500;

interface NewsArgs {
  locale: string;
  personId: number;
  chatId: number;
  pointIds: number[];
}

/** /news: a facilitator writes a point's news, sees it as it will appear, and publishes it. */
export function newsFeature(deps: { broadcast: BroadcastUseCases; roles: RoleUseCases; reference: ReferenceCache; locales: Locales; timeoutMs: number }) {
  async function news(conversation: Conversation<BotContext, Context>, ctx: Context, args: NewsArgs): Promise<void> {
    const t = deps.locales.translator(args.locale);
    const stopKb = () => new InlineKeyboard().text(t('book-cancel'), newsCb.pack({ a: 'stop', v: 0 }));
    const wait = () => conversation.waitFor(['callback_query:data', 'message:text'], { maxMilliseconds: deps.timeoutMs });
    const ref = await conversation.external(async () => (await deps.reference.get()).points.filter((p) => args.pointIds.includes(p.id)).map((p) => ({ id: p.id, name: p.name })));
    let point = ref.length === 1 ? ref[0] : undefined;
    while (!point) {
      const kb = new InlineKeyboard();
      for (const p of ref) kb.text(p.name.slice(0, 60), newsCb.pack({ a: 'pt', v: p.id })).row();
      await ctx.reply(t('news-choose-point'), { parse_mode: 'HTML', reply_markup: kb.row().text(t('book-cancel'), newsCb.pack({ a: 'stop', v: 0 })) });
      const c = await wait();
      const data = newsCb.unpack(c.callbackQuery?.data);
      if (c.callbackQuery) await c.answerCallbackQuery();
      if (data?.a === 'stop') return void (await c.reply(t('news-cancelled'), { parse_mode: 'HTML' }));
      // Only the points offered: a forged id for another point is simply not one of them.
      if (data?.a === 'pt') point = ref.find((p) => p.id === data.v);
    }
    await ctx.reply(t('news-ask-text', { point: point.name }), { parse_mode: 'HTML', reply_markup: stopKb() });
    let text: string | undefined;
    while (text === undefined) {
      const c = await wait();
      if (c.callbackQuery) {
        await c.answerCallbackQuery();
        if (newsCb.unpack(c.callbackQuery.data)?.a === 'stop') return void (await c.reply(t('news-cancelled'), { parse_mode: 'HTML' }));
        continue;
      }
      const body = c.message?.text ?? '';
      if (body.startsWith('/')) await conversation.halt({ next: true });
      if (body.length > MAX_NEWS) await c.reply(t('news-too-long'), { parse_mode: 'HTML' });
      else if (body.trim()) text = body.trim();
    }
    const preview = await conversation.external(() => deps.broadcast.render(point!.id, text!));
    await ctx.reply(t('news-preview'), { parse_mode: 'HTML' });
    await ctx.reply(preview, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      reply_markup: new InlineKeyboard().text(t('news-publish'), newsCb.pack({ a: 'pub', v: point.id })).row().text(t('book-cancel'), newsCb.pack({ a: 'stop', v: 0 })),
    });
    for (;;) {
      const c = await wait();
      const data = newsCb.unpack(c.callbackQuery?.data);
      if (c.callbackQuery) await c.answerCallbackQuery();
      if (data?.a === 'stop') return void (await c.reply(t('news-cancelled'), { parse_mode: 'HTML' }));
      if (data?.a !== 'pub') continue;
      const progress = await c.reply(t('news-started'), { parse_mode: 'HTML' });
      const outcome = await conversation.external(async () => {
        try {
          const actor = await deps.roles.actorFor(args.personId);
          await deps.broadcast.newsToFollowers(actor, { pointId: point!.id, text: text!, progress: { chatId: args.chatId, messageId: progress.message_id, locale: args.locale } });
          return 'ok';
        } catch (err) {
          if (err instanceof AppError) return err.code;
          throw err;
        }
      });
      if (outcome !== 'ok') await c.reply(t('error-not-allowed-staff'), { parse_mode: 'HTML' });
      return;
    }
  }

  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');
  pm.use(createConversation(news, { id: 'news' }));
  pm.command('news', enterWithPoints(deps, 'news', (ctx, personId, pointIds) => ({ locale: ctx.locale, personId, chatId: ctx.chat!.id, pointIds }) satisfies NewsArgs));
  return { composer, commands: [] as const, staffCommands: ['news'] as const };
}
