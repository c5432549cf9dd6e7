import { Composer, InlineKeyboard, InputFile } from 'grammy';
import type { BotContext } from '../context.js';
import { callbackData } from '../callback-data.js';
import { matchesMenu } from '../menu.js';
import type { EventFilter, EventUseCases } from '../../app/events.js';
import { EVENT_CATEGORIES } from '../../db/schema/index.js';
import type { CalendarUseCases } from '../../app/calendar.js';
import type { ReferenceCache } from '../../app/reference.js';
import { calendarFeed } from '../../render/calendar-feed.js';
import { formatDateTime } from '../../render/dates.js';
import { pointWhere } from '../../render/find.js';

export const icsCb = callbackData('evi', { id: 'id' });

/** A list: k = d (near what one follows), z (a zone: v = its number), c (a kind: v = its index), or the menus zm / cm; p = page. */
const listCb = callbackData('evl', { k: ['d', 'z', 'c', 'zm', 'cm'] as const, v: 'int', p: 'int' });

/** /events and the menu's "Courses and events": what is coming, by zone or kind, a page at a time, with a calendar file per event. */
export function eventsFeature(deps: { events: EventUseCases; calendar: CalendarUseCases; reference: ReferenceCache }) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');
  const list = async (ctx: BotContext, filter: EventFilter = { kind: 'default' }, page = 0) => {
    const { followedOnly, items, more } = await deps.events.upcoming(ctx.person?.id, { filter, page });
    const ref = await deps.reference.get();
    const kb = new InlineKeyboard();
    for (const id of [...new Set(items.map((e) => e.id))]) {
      const title = items.find((e) => e.id === id)!.title;
      kb.text(ctx.label('events-add', { title: title.slice(0, 40) }), icsCb.pack({ id })).row();
    }
    const here = filter.kind === 'zone' ? { k: 'z' as const, v: filter.zoneNumber } : filter.kind === 'category' ? { k: 'c' as const, v: EVENT_CATEGORIES.indexOf(filter.category) } : { k: 'd' as const, v: 0 };
    if (page > 0) kb.text(ctx.label('points-prev'), listCb.pack({ ...here, p: page - 1 }));
    if (more) kb.text(ctx.label('points-next'), listCb.pack({ ...here, p: page + 1 }));
    kb.row().text(ctx.label('events-by-zone'), listCb.pack({ k: 'zm', v: 0, p: 0 })).text(ctx.label('events-by-category'), listCb.pack({ k: 'cm', v: 0, p: 0 }));
    const title =
      filter.kind === 'zone'
        ? ctx.t('events-title-zone', { zone: `${filter.zoneNumber} · ${ref.zoneByNumber.get(filter.zoneNumber)?.name ?? ''}` })
        : filter.kind === 'category'
          ? ctx.t('events-title-category', { category: ctx.t(`event-category-${filter.category}`) })
          : ctx.t(followedOnly ? 'events-title-followed' : 'events-title');
    if (items.length === 0) {
      await ctx.reply(filter.kind === 'default' ? ctx.t('events-none') : `${title}\n\n${ctx.t('events-none-here')}`, { parse_mode: 'HTML', reply_markup: kb });
      return;
    }
    const lines = items.map((e) => {
      const point = e.pointId ? ref.pointById.get(e.pointId) : undefined;
      const zone = e.zoneNumber === null ? undefined : ref.zoneByNumber.get(e.zoneNumber);
      const where = e.online ? ctx.label('digest-online') : point ? `${point.name}, ${pointWhere(point)}` : zone ? ctx.label('card-zone', { number: zone.number, zone: zone.name }) : '—';
      return ctx.t('events-item', { when: formatDateTime(e.start, ctx.locale), title: e.title, where });
    });
    await ctx.reply([title, '', lines.join('\n\n')].join('\n'), {
      parse_mode: 'HTML',
      reply_markup: kb,
      link_preview_options: { is_disabled: true },
    });
  };
  pm.command('events', (ctx) => list(ctx));
  pm.on('message:text').filter(matchesMenu(['menu-events']), (ctx) => list(ctx));
  pm.callbackQuery(listCb.filter, async (ctx) => {
    const data = listCb.unpack(ctx.callbackQuery.data);
    const ref = await deps.reference.get();
    const category = data?.k === 'c' ? EVENT_CATEGORIES[data.v] : undefined;
    // Never trusted: a zone that does not exist or a kind out of range is an expired button.
    if (!data || data.p < 0 || data.p > 50 || (data.k === 'z' && !ref.zoneByNumber.has(data.v)) || (data.k === 'c' && !category)) {
      await ctx.answerCallbackQuery({ text: ctx.label('error-button-expired') });
      return;
    }
    await ctx.answerCallbackQuery();
    if (data.k === 'zm') {
      const kb = new InlineKeyboard();
      for (const z of ref.zones) kb.text(`${z.number} · ${z.name}`, listCb.pack({ k: 'z', v: z.number, p: 0 })).row();
      await ctx.reply(ctx.t('events-choose-zone'), { parse_mode: 'HTML', reply_markup: kb });
    } else if (data.k === 'cm') {
      const kb = new InlineKeyboard();
      EVENT_CATEGORIES.forEach((c, i) => {
        kb.text(ctx.label(`event-category-${c}`), listCb.pack({ k: 'c', v: i, p: 0 }));
        if (i % 2 === 1) kb.row();
      });
      await ctx.reply(ctx.t('events-choose-category'), { parse_mode: 'HTML', reply_markup: kb });
    } else {
      await list(ctx, data.k === 'z' ? { kind: 'zone', zoneNumber: data.v } : category ? { kind: 'category', category } : { kind: 'default' }, data.p);
    }
  });
  pm.callbackQuery(icsCb.filter, async (ctx) => {
    const data = icsCb.unpack(ctx.callbackQuery.data);
    const feed = data ? await deps.calendar.feedEvents({ kind: 'event', id: data.id }) : undefined;
    await ctx.answerCallbackQuery(feed ? undefined : { text: ctx.label('error-button-expired') });
    if (!feed || !data) return;
    const body = calendarFeed(feed.events, { name: feed.name, stamp: feed.lastChange });
    await ctx.replyWithDocument(new InputFile(Buffer.from(body, 'utf8'), `digipass-evento-${data.id}.ics`), { caption: ctx.t('events-ics-caption') });
  });
  return { composer, commands: ['events'] as const };
}
