import { Composer, InlineKeyboard, InputFile } from 'grammy';
import type { BotContext } from '../context.js';
import { callbackData } from '../callback-data.js';
import { matchesMenu } from '../menu.js';
import type { EventUseCases } from '../../app/events.js';
import type { CalendarUseCases } from '../../app/calendar.js';
import type { ReferenceCache } from '../../app/reference.js';
import { calendarFeed } from '../../render/calendar-feed.js';
import { formatDateTime } from '../../render/dates.js';
import { pointWhere } from '../../render/find.js';

export const icsCb = callbackData('evi', { id: 'id' });

/** /events and the menu's "Courses and events": what is coming, with a calendar file per event. */
export function eventsFeature(deps: { events: EventUseCases; calendar: CalendarUseCases; reference: ReferenceCache }) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');
  const list = async (ctx: BotContext) => {
    const { followedOnly, items } = await deps.events.upcoming(ctx.person?.id);
    if (items.length === 0) {
      await ctx.reply(ctx.t('events-none'), { parse_mode: 'HTML' });
      return;
    }
    const ref = await deps.reference.get();
    const lines = items.map((e) => {
      const point = e.pointId ? ref.pointById.get(e.pointId) : undefined;
      return ctx.t('events-item', { when: formatDateTime(e.start, ctx.locale), title: e.title, where: e.online ? 'Online' : point ? `${point.name}, ${pointWhere(point)}` : '—' });
    });
    const kb = new InlineKeyboard();
    for (const id of [...new Set(items.map((e) => e.id))]) {
      const title = items.find((e) => e.id === id)!.title;
      kb.text(ctx.label('events-add', { title: title.slice(0, 40) }), icsCb.pack({ id })).row();
    }
    await ctx.reply([ctx.t(followedOnly ? 'events-title-followed' : 'events-title'), '', lines.join('\n\n')].join('\n'), {
      parse_mode: 'HTML',
      reply_markup: kb,
      link_preview_options: { is_disabled: true },
    });
  };
  pm.command('events', list);
  pm.on('message:text').filter(matchesMenu(['menu-events']), list);
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
