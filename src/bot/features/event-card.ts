import { Composer, GrammyError, InlineKeyboard } from 'grammy';
import type { BotContext } from '../context.js';
import { callbackData } from '../callback-data.js';
import type { DeepLink } from '../deep-links.js';
import { mainMenu } from '../keyboards.js';
import { icsCb } from './events.js';
import type { DateProblem, EventCard, EventRegistrationUseCases } from '../../app/event-registration.js';
import type { ReferenceCache } from '../../app/reference.js';
import { describeRecurrence, whereLines, type EventPostInput } from '../../render/event-post.js';
import { formatDateTime, formatDay, formatTime } from '../../render/dates.js';
import { pointWhere } from '../../render/find.js';
import { escapeHtml, trusted } from '../../render/html.js';
import type { Translate } from '../../render/translate.js';

/**
 * The card's buttons. `at` is a date of the event in seconds since 1970 (0: "let me choose"),
 * `p` the channel post the person came from (0: none), so a sign-up can be counted for it.
 */
export const ecCb = callbackData('ec', { a: ['open', 'reg', 'rem', 'unreg', 'back'] as const, id: 'id', at: 'int', p: 'id' });
const ecFollowCb = callbackData('ecf', { id: 'id', on: ['1', '0'] as const, p: 'id' });

type Action = 'reg' | 'rem' | 'unreg';
const secs = (d: Date) => Math.round(d.getTime() / 1000);

/** Where an event takes place, for the card: a point, a whole zone, or online (with its address). */
export type EventPlace = Pick<EventPostInput, 'zone' | 'online' | 'onlineUrl'> & { place?: { name: string; where: string } };

/**
 * The card: what, when (the next date, and the next dates of a series with seats left), where,
 * the description and the person's own state. Every piece of text from the database is escaped
 * by the translator or here. Pure.
 */
export function renderEventCard(card: EventCard, place: EventPlace, t: Translate, locale: string): string {
  const e = card.event;
  const lines: string[] = [];
  if (card.state === 'cancelled') lines.push(t('event-post-cancelled', { reason: e.cancelReason?.trim() || '—' }), '');
  lines.push(t('event-post-title', { category: trusted(t(`event-category-${e.category}`)), title: e.title }));
  const first = card.occurrences[0] ?? { start: e.startsAt, end: e.endsAt };
  lines.push(t('event-post-when', { day: formatDay(first.start, locale), start: formatTime(first.start, locale), end: formatTime(first.end, locale) }));
  if (e.rrule) lines.push(describeRecurrence(e.rrule, t, locale));
  lines.push(...whereLines(place, t));
  if (e.partners.length > 0) lines.push(t('event-post-partners', { partners: e.partners.join(', ') }));
  if (e.description.trim()) lines.push('', escapeHtml(e.description.trim()));
  lines.push('');
  if (card.state === 'over') {
    lines.push(t('ec-over'));
    return lines.join('\n');
  }
  if (card.state === 'cancelled') return lines.join('\n').trimEnd();

  const state = (o: EventCard['occurrences'][number]) => {
    const parts: string[] = [];
    if (o.registered) parts.push(t('ec-state-registered'));
    else if (o.seatsLeft === 0) parts.push(t('ec-state-full'));
    else if (o.seatsLeft !== null) parts.push(t('ec-state-seats', { seats: o.seatsLeft }));
    if (o.reminded) parts.push(t('ec-state-reminded'));
    return parts.join(' · ');
  };
  if (e.rrule) {
    lines.push(t('ec-dates-title'));
    for (const o of card.occurrences) {
      const s = state(o);
      const day = `${formatDay(o.start, locale)}, ${formatTime(o.start, locale)}`;
      lines.push(s ? t('ec-date-line-state', { day, state: trusted(s) }) : t('ec-date-line', { day }));
    }
  } else {
    const s = state(card.occurrences[0]!);
    if (s) lines.push(s);
  }
  const now = card.occurrences[0]!.start.getTime();
  const skipped = e.exdates.map((x) => new Date(x)).filter((d) => d.getTime() >= now);
  if (e.rrule && skipped.length > 0) {
    const days = skipped.sort((a, b) => a.getTime() - b.getTime()).map((d) => formatDay(d, locale));
    lines.push(t('event-post-skipped', { days: new Intl.ListFormat(locale, { type: 'conjunction' }).format(days) }));
  }
  lines.push(e.registration ? t('event-post-register') : t('event-post-free'));
  return lines.join('\n');
}

/** Dates a button of the card can act on, for one person. */
function candidates(card: EventCard, a: Action): Date[] {
  const open = card.occurrences;
  if (a === 'reg') return card.event.registration ? open.filter((o) => !o.registered && o.seatsLeft !== 0).map((o) => o.start) : [];
  if (a === 'rem') return open.filter((o) => !o.registered && !o.reminded).map((o) => o.start);
  return open.filter((o) => o.registered).map((o) => o.start);
}

/**
 * The event card behind a channel post's (or a follower message's) deep link, with Register
 * (choosing the date of a series), Remind me, Add to calendar, Follow the point and Cancel my
 * registration. A cancelled event says so and offers nothing.
 */
export function eventCardFeature(deps: { registration: EventRegistrationUseCases; reference: ReferenceCache }) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');
  const uc = deps.registration;

  async function placeOf(card: EventCard): Promise<EventPlace> {
    const e = card.event;
    const ref = await deps.reference.get();
    const point = e.pointId === null ? undefined : ref.pointById.get(e.pointId);
    const zone = point || e.online || e.zoneNumber === null ? undefined : ref.zoneByNumber.get(e.zoneNumber);
    return {
      ...(point ? { place: { name: point.name, where: pointWhere(point) } } : {}),
      ...(zone ? { zone: { number: zone.number, name: zone.name } } : {}),
      online: e.online,
      ...(e.online && e.onlineUrl ? { onlineUrl: e.onlineUrl } : {}),
    };
  }

  const dateLabel = (ctx: BotContext, d: Date) => `${formatDay(d, ctx.locale)}, ${formatTime(d, ctx.locale)}`;
  /** "DigiPASS Foligno", or "Zona sociale 8 · Foligno" for an event of a whole zone. */
  const followName = (ctx: BotContext, f: NonNullable<EventCard['follow']>) =>
    f.kind === 'point' ? f.name : ctx.label('card-zone', { number: f.zoneNumber, zone: f.name });
  const followButton = (ctx: BotContext, kb: InlineKeyboard, card: EventCard, p: number) => {
    if (!card.follow) return;
    const key = card.follow.following ? 'ec-unfollow' : 'ec-follow';
    kb.text(ctx.label(key, { name: followName(ctx, card.follow) }).slice(0, 64), ecFollowCb.pack({ id: card.event.id, on: card.follow.following ? '0' : '1', p })).row();
  };

  function mainKeyboard(ctx: BotContext, card: EventCard, p: number): InlineKeyboard {
    const kb = new InlineKeyboard();
    const id = card.event.id;
    if (card.state === 'cancelled') return kb;
    if (card.state === 'open') {
      const one = card.occurrences.length === 1;
      const button = (a: Action, key: string) => {
        const dates = candidates(card, a);
        if (dates.length === 0) return;
        // A series asks which date, except to cancel the only date one signed up for.
        const direct = one || (a === 'unreg' && dates.length === 1);
        kb.text(ctx.label(key), ecCb.pack({ a, id, at: direct ? secs(dates[0]!) : 0, p })).row();
      };
      button('reg', 'ec-register');
      button('rem', 'ec-remind');
      kb.text(ctx.label('event-button-calendar'), icsCb.pack({ id })).row();
      followButton(ctx, kb, card, p);
      button('unreg', 'ec-unregister');
    } else {
      followButton(ctx, kb, card, p);
    }
    return kb;
  }

  function choiceKeyboard(ctx: BotContext, card: EventCard, a: Action, p: number): InlineKeyboard {
    const kb = new InlineKeyboard();
    const icon = a === 'reg' ? '✍️' : a === 'rem' ? '🔔' : '✖️';
    for (const d of candidates(card, a)) kb.text(`${icon} ${dateLabel(ctx, d)}`, ecCb.pack({ a, id: card.event.id, at: secs(d), p })).row();
    kb.text(ctx.label('ec-back'), ecCb.pack({ a: 'back', id: card.event.id, at: 0, p }));
    return kb;
  }

  async function sendCard(ctx: BotContext, eventId: number, p: number): Promise<boolean> {
    const card = await uc.card(eventId, ctx.person?.id);
    if (!card) return false;
    await ctx.reply(renderEventCard(card, await placeOf(card), ctx.t, ctx.locale), {
      parse_mode: 'HTML',
      reply_markup: mainKeyboard(ctx, card, p),
      link_preview_options: { is_disabled: true },
    });
    return true;
  }

  /** True when the pressed button sits on this event's card (a forged button may sit anywhere). */
  function onCardOf(ctx: BotContext, eventId: number): boolean {
    const msg = ctx.callbackQuery?.message;
    if (!msg || !('text' in msg) || !msg.text) return false;
    const rows = (msg.reply_markup?.inline_keyboard ?? []).flat();
    return rows.some((b) => 'callback_data' in b && (ecCb.unpack(b.callback_data)?.id === eventId || ecFollowCb.unpack(b.callback_data)?.id === eventId));
  }

  /** Shows the card again in place (seats and the person's state changed); a new one if the button was elsewhere. */
  async function refresh(ctx: BotContext, eventId: number, p: number, keyboard?: (card: EventCard) => InlineKeyboard): Promise<void> {
    const card = await uc.card(eventId, ctx.person?.id);
    if (!card) return;
    const markup = keyboard ? keyboard(card) : mainKeyboard(ctx, card, p);
    if (!onCardOf(ctx, eventId)) {
      await ctx.reply(renderEventCard(card, await placeOf(card), ctx.t, ctx.locale), { parse_mode: 'HTML', reply_markup: markup, link_preview_options: { is_disabled: true } });
      return;
    }
    try {
      if (keyboard) await ctx.editMessageReplyMarkup({ reply_markup: markup });
      else await ctx.editMessageText(renderEventCard(card, await placeOf(card), ctx.t, ctx.locale), { parse_mode: 'HTML', reply_markup: markup, link_preview_options: { is_disabled: true } });
    } catch (err) {
      // Pressed twice, nothing new to show: not a problem.
      if (!(err instanceof GrammyError && /not modified/.test(err.description))) throw err;
    }
  }

  /** A date that cannot be acted on: the same kind words for sign-ups and reminders. */
  function problemText(ctx: BotContext, kind: DateProblem): string {
    switch (kind) {
      case 'event_cancelled':
        return ctx.t('ec-event-cancelled');
      case 'date_cancelled':
        return ctx.t('ec-date-cancelled');
      case 'past':
        return ctx.t('ec-date-past');
      case 'no_registration':
        return ctx.t('ec-no-registration');
      case 'not_found':
        return ctx.t('ec-not-found');
    }
  }

  pm.callbackQuery(ecCb.filter, async (ctx) => {
    const data = ecCb.unpack(ctx.callbackQuery.data);
    if (!data || !ctx.person) {
      await ctx.answerCallbackQuery({ text: ctx.label('error-button-expired') });
      return;
    }
    await ctx.answerCallbackQuery();
    const { a, id, p } = data;
    const personId = ctx.person.id;
    if (a === 'open') {
      if (!(await sendCard(ctx, id, p))) await ctx.reply(ctx.t('ec-not-found'), { parse_mode: 'HTML' });
      return;
    }
    if (a === 'back') {
      await refresh(ctx, id, p);
      return;
    }
    if (data.at === 0) {
      // Several dates: the card's buttons become one per date.
      await refresh(ctx, id, p, (card) => choiceKeyboard(ctx, card, a, p));
      return;
    }
    const start = new Date(data.at * 1000);
    let text: string;
    let changed = false;
    if (a === 'reg') {
      const r = await uc.register({ personId, eventId: id, start, publicationId: p || undefined, locale: ctx.locale });
      if (r.kind === 'registered') {
        text = ctx.t('ec-registered', { title: r.title, when: formatDateTime(r.start, ctx.locale) });
        changed = true;
      } else if (r.kind === 'already') text = ctx.t('ec-already', { when: formatDateTime(r.start, ctx.locale) });
      else if (r.kind === 'full') {
        text = ctx.t('ec-full', { when: formatDateTime(r.start, ctx.locale) });
        changed = true;
      } else text = problemText(ctx, r.kind);
    } else if (a === 'rem') {
      const r = await uc.remind({ personId, eventId: id, start, locale: ctx.locale });
      if (r.kind === 'set') {
        text = ctx.t('ec-remind-set', { at: formatDateTime(r.at, ctx.locale) });
        changed = true;
      } else if (r.kind === 'already') text = ctx.t('ec-remind-already', { when: formatDateTime(r.start, ctx.locale) });
      else if (r.kind === 'soon') text = ctx.t('ec-remind-soon', { when: formatDateTime(r.start, ctx.locale) });
      else text = problemText(ctx, r.kind);
    } else {
      const r = await uc.unregister({ personId, eventId: id, start });
      if (r.kind === 'cancelled') {
        text = ctx.t('ec-unregistered', { when: formatDateTime(r.start, ctx.locale) });
        changed = true;
      } else text = ctx.t('ec-not-registered');
    }
    if (changed) await refresh(ctx, id, p);
    await ctx.reply(text, { parse_mode: 'HTML' });
  });

  pm.callbackQuery(ecFollowCb.filter, async (ctx) => {
    const data = ecFollowCb.unpack(ctx.callbackQuery.data);
    const target = data && ctx.person ? await uc.setFollow(ctx.person.id, data.id, data.on === '1') : undefined;
    if (!data || !target) {
      await ctx.answerCallbackQuery({ text: ctx.label('error-button-expired') });
      return;
    }
    await ctx.answerCallbackQuery({ text: ctx.label(data.on === '1' ? 'card-followed' : 'card-unfollowed', { name: followName(ctx, target) }).slice(0, 200) });
    await refresh(ctx, data.id, data.p);
  });

  return {
    composer,
    commands: [] as const,
    deepLinks: {
      event: async (ctx: BotContext, link: Extract<DeepLink, { kind: 'event' }>) => {
        if (await sendCard(ctx, link.eventId, link.publicationId ?? 0)) return;
        // No such event (or not public): like any link that leads nowhere, say so and welcome the person.
        await ctx.reply(ctx.t('deeplink-unknown'), { parse_mode: 'HTML' });
        await ctx.reply(ctx.t('welcome', { name: ctx.from?.first_name ?? '' }), { parse_mode: 'HTML', reply_markup: mainMenu(ctx.t) });
      },
    },
  };
}
