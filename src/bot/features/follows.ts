import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../context.js';
import { callbackData } from '../callback-data.js';
import type { FindUseCases } from '../../app/find.js';

/** Stop following a point (p) or a zone (z); follow a zone (a); show the zones to choose from (list). */
const followCb = callbackData('fl', { a: ['p', 'z', 'a', 'list'] as const, id: 'id' });

/**
 * /follow: what a person follows (points and whole zone sociali), with a button to stop each,
 * and a way to follow a zone. Points are followed from their card. Everything is the person's
 * own: the ids in the buttons only ever touch their own follows.
 */
export function followsFeature(deps: { find: FindUseCases }) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');

  const show = async (ctx: BotContext) => {
    if (!ctx.person) return;
    const items = await deps.find.followsOf(ctx.person.id);
    const kb = new InlineKeyboard();
    for (const f of items) kb.text(ctx.label(f.kind === 'point' ? 'follow-stop-point' : 'follow-stop-zone', { name: f.name }).slice(0, 64), followCb.pack({ a: f.kind === 'point' ? 'p' : 'z', id: f.id })).row();
    kb.text(ctx.label('follow-add-zone'), followCb.pack({ a: 'list', id: 0 }));
    const lines = items.map((f) => ctx.t(f.kind === 'point' ? 'follow-line-point' : 'follow-line-zone', { name: f.name }));
    await ctx.reply(items.length === 0 ? ctx.t('follow-none') : [ctx.t('follow-title'), ...lines, '', ctx.t('follow-hint')].join('\n'), { parse_mode: 'HTML', reply_markup: kb });
  };
  pm.command('follow', show);

  pm.callbackQuery(followCb.filter, async (ctx) => {
    const data = followCb.unpack(ctx.callbackQuery.data);
    if (!data || !ctx.person) {
      await ctx.answerCallbackQuery({ text: ctx.label('error-button-expired') });
      return;
    }
    await ctx.answerCallbackQuery();
    if (data.a === 'list') {
      const kb = new InlineKeyboard();
      for (const z of await deps.find.zones()) kb.text(ctx.label('points-zone-button', { number: z.number, name: z.name, count: z.count }), followCb.pack({ a: 'a', id: z.number })).row();
      await ctx.reply(ctx.t('follow-choose-zone'), { parse_mode: 'HTML', reply_markup: kb });
      return;
    }
    if (data.a === 'p') await deps.find.setFollow(ctx.person.id, data.id, false);
    else if (!(await deps.find.setZoneFollow(ctx.person.id, data.id, data.a === 'a'))) {
      await ctx.reply(ctx.t('error-button-expired'), { parse_mode: 'HTML' });
      return;
    }
    await ctx.reply(ctx.t(data.a === 'a' ? 'follow-zone-done' : 'follow-stopped'), { parse_mode: 'HTML' });
    await show(ctx);
  });

  return { composer, commands: ['follow'] as const };
}
