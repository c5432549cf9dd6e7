import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../context.js';
import { callbackData } from '../callback-data.js';
import { mainMenu } from '../keyboards.js';
import { bookHereCb } from './booking/codec.js';
import { matchesMenu } from '../menu.js';
import type { DeepLink } from '../deep-links.js';
import { townCode, type FindUseCases, type PointAnswer, type PointCard } from '../../app/find.js';
import {
  directionsUrl,
  pointWhere,
  renderNearest,
  renderNoMatch,
  renderPointCard,
  renderTown,
} from '../../render/find.js';

const card = callbackData('pt', { id: 'id' });
const followCb = callbackData('ptf', { id: 'id', on: ['1', '0'] as const });
const townCb = callbackData('twn', { code: 'int' });
const zoneCb = callbackData('zn', { zone: 'id', page: 'id' });
const zonesCb = callbackData('zns', {});

const PAGE = 8;

/** Buttons that open each listed point's card, numbered as in the text. */
function cardButtons(items: readonly PointAnswer[]): InlineKeyboard {
  const kb = new InlineKeyboard();
  items.forEach((a, i) => kb.text(`${i + 1}. ${a.point.name}`.slice(0, 64), card.pack({ id: a.point.id })).row());
  return kb;
}

/** Finding a point: by location, by town name, by browsing zones; the point card; follow. */
export function findFeature(deps: { find: FindUseCases }) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');

  const ask = async (ctx: BotContext) => {
    await ctx.reply(ctx.t('find-ask'), { parse_mode: 'HTML', reply_markup: mainMenu(ctx.t) });
  };
  pm.command('find', ask);
  pm.on('message:text').filter(matchesMenu(['menu-find']), ask);

  pm.on('message:location', async (ctx) => {
    const { latitude, longitude } = ctx.message.location;
    const r = await deps.find.nearest({ lat: latitude, lon: longitude });
    if (r.results.length === 0) {
      await ctx.reply(ctx.t('find-bad-input'), { parse_mode: 'HTML', reply_markup: mainMenu(ctx.t) });
      return;
    }
    await ctx.reply(renderNearest(ctx.t, ctx.locale, r), {
      parse_mode: 'HTML',
      reply_markup: cardButtons(r.results),
      link_preview_options: { is_disabled: true },
    });
    const nearest = r.results[0]!;
    const at = nearest.stop ?? nearest.point;
    const address = nearest.stop ? [nearest.stop.place, nearest.stop.comuneName].filter(Boolean).join(', ') : pointWhere(nearest.point);
    await ctx.replyWithVenue(at.lat, at.lon, nearest.point.name.slice(0, 100), (address || nearest.point.comuneName).slice(0, 200));
  });

  const showTown = async (ctx: BotContext, answer: Awaited<ReturnType<FindUseCases['searchTown']>>) => {
    switch (answer.kind) {
      case 'invalid':
        await ctx.reply(ctx.t('find-bad-input'), { parse_mode: 'HTML', reply_markup: mainMenu(ctx.t) });
        return;
      case 'none': {
        const kb = new InlineKeyboard();
        for (const c of answer.suggestions) kb.text(c.name, townCb.pack({ code: Number(c.istat) })).row();
        await ctx.reply(renderNoMatch(ctx.t, answer), {
          parse_mode: 'HTML',
          reply_markup: answer.suggestions.length > 0 ? kb : mainMenu(ctx.t),
        });
        return;
      }
      case 'several': {
        const kb = new InlineKeyboard();
        for (const t of answer.towns) {
          const label = t.kind === 'frazione' ? `${t.name} (${t.comune.name})` : t.name;
          kb.text(label.slice(0, 64), townCb.pack({ code: townCode(t) })).row();
        }
        await ctx.reply(ctx.t('find-several'), { parse_mode: 'HTML', reply_markup: kb });
        return;
      }
      case 'town': {
        const listed = answer.inTown.length > 0 ? answer.inTown : answer.nearby;
        const kb = cardButtons(listed);
        for (const p of answer.zonePoints) kb.text(p.name.slice(0, 64), card.pack({ id: p.id })).row();
        await ctx.reply(renderTown(ctx.t, ctx.locale, answer), {
          parse_mode: 'HTML',
          reply_markup: kb,
          link_preview_options: { is_disabled: true },
        });
      }
    }
  };

  pm.callbackQuery(townCb.filter, async (ctx) => {
    const data = townCb.unpack(ctx.callbackQuery.data);
    const answer = data ? await deps.find.townByCode(data.code) : undefined;
    await ctx.answerCallbackQuery(answer ? undefined : { text: ctx.t('error-button-expired') });
    if (answer) await showTown(ctx, answer);
  });

  pm.command('points', async (ctx) => showZones(ctx, false));
  const showZones = async (ctx: BotContext, edit: boolean) => {
    const zones = await deps.find.zones();
    const kb = new InlineKeyboard();
    for (const z of zones) kb.text(ctx.label('points-zone-button', { number: z.number, name: z.name, count: z.count }), zoneCb.pack({ zone: z.number, page: 0 })).row();
    const text = ctx.t('points-choose-zone');
    if (edit) await ctx.editMessageText(text, { parse_mode: 'HTML', reply_markup: kb });
    else await ctx.reply(text, { parse_mode: 'HTML', reply_markup: kb });
  };
  pm.callbackQuery(zonesCb.filter, async (ctx) => {
    await ctx.answerCallbackQuery();
    await showZones(ctx, true);
  });
  pm.callbackQuery(zoneCb.filter, async (ctx) => {
    const data = zoneCb.unpack(ctx.callbackQuery.data);
    const zones = await deps.find.zones();
    const zone = data && zones.find((z) => z.number === data.zone);
    if (!data || !zone) {
      await ctx.answerCallbackQuery({ text: ctx.t('error-button-expired') });
      return;
    }
    await ctx.answerCallbackQuery();
    const all = await deps.find.pointsInZone(zone.number);
    const pages = Math.max(1, Math.ceil(all.length / PAGE));
    const page = Math.min(data.page, pages - 1);
    const kb = new InlineKeyboard();
    for (const p of all.slice(page * PAGE, page * PAGE + PAGE)) kb.text(p.name.slice(0, 64), card.pack({ id: p.id })).row();
    if (page > 0) kb.text(ctx.t('points-prev'), zoneCb.pack({ zone: zone.number, page: page - 1 }));
    if (page < pages - 1) kb.text(ctx.t('points-next'), zoneCb.pack({ zone: zone.number, page: page + 1 }));
    if (pages > 1) kb.row();
    kb.text(ctx.t('points-back-zones'), zonesCb.pack({}));
    await ctx.editMessageText(ctx.t('points-zone-title', { number: zone.number, name: zone.name }), { parse_mode: 'HTML', reply_markup: kb });
  });

  const cardKeyboard = (ctx: BotContext, p: PointCard['point'], following: boolean) => {
    const kb = new InlineKeyboard();
    if (p.kind === 'fixed' && p.hours.known) kb.text(ctx.t('card-book'), bookHereCb.pack({ point: p.id })).row();
    if (p.kind === 'fixed') kb.url(ctx.t('card-directions'), directionsUrl(p)).row();
    kb.text(following ? ctx.t('card-unfollow') : ctx.t('card-follow'), followCb.pack({ id: p.id, on: following ? '0' : '1' })).row();
    kb.text(ctx.t('card-back'), zoneCb.pack({ zone: p.zoneNumber, page: 0 }));
    return kb;
  };

  const sendCard = async (ctx: BotContext, pointId: number) => {
    const c = await deps.find.card(pointId, ctx.person?.id);
    if (!c) return false;
    await ctx.reply(renderPointCard(ctx.t, ctx.locale, c), {
      parse_mode: 'HTML',
      reply_markup: cardKeyboard(ctx, c.point, c.following),
      link_preview_options: { is_disabled: true },
    });
    return true;
  };

  pm.callbackQuery(card.filter, async (ctx) => {
    const data = card.unpack(ctx.callbackQuery.data);
    if (!data) {
      await ctx.answerCallbackQuery({ text: ctx.t('error-button-expired') });
      return;
    }
    await ctx.answerCallbackQuery();
    if (!(await sendCard(ctx, data.id))) await ctx.reply(ctx.t('error-not-found'), { parse_mode: 'HTML' });
  });

  pm.callbackQuery(followCb.filter, async (ctx) => {
    const data = followCb.unpack(ctx.callbackQuery.data);
    const c = data && ctx.person ? await deps.find.card(data.id, ctx.person.id) : undefined;
    if (!data || !c || !ctx.person) {
      await ctx.answerCallbackQuery({ text: ctx.t('error-button-expired') });
      return;
    }
    await deps.find.setFollow(ctx.person.id, data.id, data.on === '1');
    await ctx.answerCallbackQuery({ text: (data.on === '1' ? ctx.label('card-followed', { name: c.point.name }) : ctx.label('card-unfollowed', { name: c.point.name })).slice(0, 200) });
    await ctx.editMessageReplyMarkup({ reply_markup: cardKeyboard(ctx, c.point, data.on === '1') });
  });

  // Free text outside any conversation: a town or frazione name. Commands are not towns.
  pm.on('message:text').filter(
    (ctx) => !ctx.message?.text.startsWith('/'),
    async (ctx) => showTown(ctx, await deps.find.searchTown(ctx.message.text)),
  );

  return {
    composer,
    commands: ['find', 'points'] as const,
    deepLinks: {
      point: async (ctx: BotContext, link: Extract<DeepLink, { kind: 'point' }>) => {
        const p = await deps.find.pointBySlug(link.slug);
        if (!p || !(await sendCard(ctx, p.id))) await ctx.reply(ctx.t('deeplink-unknown'), { parse_mode: 'HTML' });
      },
    },
  };
}
