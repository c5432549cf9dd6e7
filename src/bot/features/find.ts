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

/**
 * Where a card was opened from, so that "Back" returns there: n = nowhere in particular (a
 * link), z = a zone list page (a = zone, b = page), t = a town's results (a = town code),
 * l = the results for a location (a, b = latitude and longitude in 1e-4 degrees, about 10 m).
 */
const ORIGINS = ['n', 'z', 't', 'l'] as const;
type Origin = { o: (typeof ORIGINS)[number]; a: number; b: number };
const NOWHERE: Origin = { o: 'n', a: 0, b: 0 };
const COORD_SCALE = 1e4;

const card = callbackData('pt', { id: 'id', o: ORIGINS, a: 'int', b: 'int' });
const followCb = callbackData('ptf', { id: 'id', on: ['1', '0'] as const, o: ORIGINS, a: 'int', b: 'int' });
/** Buttons of cards sent before origins were carried: they still work, and go back to the zone. */
const legacyCard = callbackData('pt', { id: 'id' });
const legacyFollowCb = callbackData('ptf', { id: 'id', on: ['1', '0'] as const });
const backCb = callbackData('ptb', { o: ORIGINS, a: 'int', b: 'int' });
const townCb = callbackData('twn', { code: 'int' });
const zoneCb = callbackData('zn', { zone: 'id', page: 'id' });
const zonesCb = callbackData('zns', {});

const PAGE = 8;

const unpackCard = (data: string | undefined) => {
  const d = card.unpack(data);
  if (d) return { id: d.id, origin: { o: d.o, a: d.a, b: d.b } };
  const old = legacyCard.unpack(data);
  return old && { id: old.id, origin: NOWHERE };
};
const unpackFollow = (data: string | undefined) => {
  const d = followCb.unpack(data);
  if (d) return { id: d.id, on: d.on, origin: { o: d.o, a: d.a, b: d.b } };
  const old = legacyFollowCb.unpack(data);
  return old && { ...old, origin: NOWHERE };
};

const locationOrigin = (at: { lat: number; lon: number }): Origin => ({
  o: 'l',
  a: Math.round(at.lat * COORD_SCALE),
  b: Math.round(at.lon * COORD_SCALE),
});

/** Buttons that open each listed point's card, numbered as in the text. */
function cardButtons(items: readonly PointAnswer[], origin: Origin): InlineKeyboard {
  const kb = new InlineKeyboard();
  items.forEach((a, i) => kb.text(`${i + 1}. ${a.point.name}`.slice(0, 64), card.pack({ id: a.point.id, ...origin })).row());
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
    // The list is computed for the position its Back button will carry, so both agree.
    const origin = locationOrigin({ lat: latitude, lon: longitude });
    const r = await deps.find.nearest({ lat: origin.a / COORD_SCALE, lon: origin.b / COORD_SCALE });
    if (r.results.length === 0) {
      await ctx.reply(ctx.t('find-bad-input'), { parse_mode: 'HTML', reply_markup: mainMenu(ctx.t) });
      return;
    }
    await ctx.reply(renderNearest(ctx.t, ctx.locale, r), {
      parse_mode: 'HTML',
      reply_markup: cardButtons(r.results, origin),
      link_preview_options: { is_disabled: true },
    });
    const nearest = r.results[0]!;
    const at = nearest.stop ?? nearest.point;
    const address = nearest.stop ? [nearest.stop.place, nearest.stop.comuneName].filter(Boolean).join(', ') : pointWhere(nearest.point);
    await ctx.replyWithVenue(at.lat, at.lon, nearest.point.name.slice(0, 100), (address || nearest.point.comuneName).slice(0, 200));
  });

  /** Shows the answer for a town; `edit` turns a card back into the results it was opened from. */
  const showTown = async (ctx: BotContext, answer: Awaited<ReturnType<FindUseCases['searchTown']>>, edit = false) => {
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
        const origin: Origin = { o: 't', a: townCode(answer.town), b: 0 };
        const listed = answer.inTown.length > 0 ? answer.inTown : answer.nearby;
        const kb = cardButtons(listed, origin);
        for (const p of answer.zonePoints) kb.text(p.name.slice(0, 64), card.pack({ id: p.id, ...origin })).row();
        const other = { parse_mode: 'HTML' as const, reply_markup: kb, link_preview_options: { is_disabled: true } };
        const text = renderTown(ctx.t, ctx.locale, answer);
        if (edit) await ctx.editMessageText(text, other);
        else await ctx.reply(text, other);
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
    for (const p of all.slice(page * PAGE, page * PAGE + PAGE)) kb.text(p.name.slice(0, 64), card.pack({ id: p.id, o: 'z', a: zone.number, b: page })).row();
    if (page > 0) kb.text(ctx.t('points-prev'), zoneCb.pack({ zone: zone.number, page: page - 1 }));
    if (page < pages - 1) kb.text(ctx.t('points-next'), zoneCb.pack({ zone: zone.number, page: page + 1 }));
    if (pages > 1) kb.row();
    kb.text(ctx.t('points-back-zones'), zonesCb.pack({}));
    await ctx.editMessageText(ctx.t('points-zone-title', { number: zone.number, name: zone.name }), { parse_mode: 'HTML', reply_markup: kb });
  });

  /** "Back" returns where the card was opened: the zone page, the town's or the location's results. */
  const backButton = (p: PointCard['point'], origin: Origin): string => {
    if (origin.o === 'z') return zoneCb.pack({ zone: origin.a, page: origin.b });
    if (origin.o === 'n') return zoneCb.pack({ zone: p.zoneNumber, page: 0 });
    return backCb.pack(origin);
  };

  const cardKeyboard = (ctx: BotContext, c: PointCard, following: boolean, origin: Origin) => {
    const p = c.point;
    const kb = new InlineKeyboard();
    // Without anything to book the card says why instead (see renderPointCard).
    if (c.bookable) kb.text(ctx.t('card-book'), bookHereCb.pack({ point: p.id })).row();
    if (p.kind === 'fixed') kb.url(ctx.t('card-directions'), directionsUrl(p)).row();
    kb.text(following ? ctx.t('card-unfollow') : ctx.t('card-follow'), followCb.pack({ id: p.id, on: following ? '0' : '1', ...origin })).row();
    kb.text(ctx.t('card-back'), backButton(p, origin));
    return kb;
  };

  const sendCard = async (ctx: BotContext, pointId: number, origin: Origin = NOWHERE) => {
    const c = await deps.find.card(pointId, ctx.person?.id);
    if (!c) return false;
    await ctx.reply(renderPointCard(ctx.t, ctx.locale, c), {
      parse_mode: 'HTML',
      reply_markup: cardKeyboard(ctx, c, c.following, origin),
      link_preview_options: { is_disabled: true },
    });
    return true;
  };

  pm.callbackQuery(card.filter, async (ctx) => {
    const data = unpackCard(ctx.callbackQuery.data);
    if (!data) {
      await ctx.answerCallbackQuery({ text: ctx.t('error-button-expired') });
      return;
    }
    await ctx.answerCallbackQuery();
    if (!(await sendCard(ctx, data.id, data.origin))) await ctx.reply(ctx.t('error-not-found'), { parse_mode: 'HTML' });
  });

  pm.callbackQuery(followCb.filter, async (ctx) => {
    const data = unpackFollow(ctx.callbackQuery.data);
    const c = data && ctx.person ? await deps.find.card(data.id, ctx.person.id) : undefined;
    if (!data || !c || !ctx.person) {
      await ctx.answerCallbackQuery({ text: ctx.t('error-button-expired') });
      return;
    }
    await deps.find.setFollow(ctx.person.id, data.id, data.on === '1');
    await ctx.answerCallbackQuery({ text: (data.on === '1' ? ctx.label('card-followed', { name: c.point.name }) : ctx.label('card-unfollowed', { name: c.point.name })).slice(0, 200) });
    await ctx.editMessageReplyMarkup({ reply_markup: cardKeyboard(ctx, c, data.on === '1', data.origin) });
  });

  // Back from a card to the results of a town or a location (zone pages have their own button).
  pm.callbackQuery(backCb.filter, async (ctx) => {
    const data = backCb.unpack(ctx.callbackQuery.data);
    const from = data?.o === 'l' ? { lat: data.a / COORD_SCALE, lon: data.b / COORD_SCALE } : undefined;
    const valid = from && Math.abs(from.lat) <= 90 && Math.abs(from.lon) <= 180;
    const town = data?.o === 't' ? await deps.find.townByCode(data.a) : undefined;
    if (!valid && !town) {
      await ctx.answerCallbackQuery({ text: ctx.t('error-button-expired') });
      return;
    }
    await ctx.answerCallbackQuery();
    if (town) return showTown(ctx, town, true);
    const r = await deps.find.nearest(from!);
    await ctx.editMessageText(renderNearest(ctx.t, ctx.locale, r), {
      parse_mode: 'HTML',
      reply_markup: cardButtons(r.results, data!),
      link_preview_options: { is_disabled: true },
    });
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
