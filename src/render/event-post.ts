/**
 * An event as it appears in the DigiPASS channel, in followers' chats and in the preview the
 * facilitator approves: the same HTML everywhere. Every piece of text that came from a person
 * (title, description, partners, reason, place) is escaped here. Pure.
 */
import { describeRule } from '../domain/recurrence.js';
import { romeInstant, type IsoWeekday } from '../domain/time.js';
import type { EventCategory } from '../db/schema/activity.js';
import { escapeHtml, trusted } from './html.js';
import { formatDate, formatDay, formatTime } from './dates.js';
import type { Translate } from './translate.js';

export interface EventPostInput {
  title: string;
  description: string;
  category: EventCategory;
  start: Date;
  end: Date;
  rrule: string | null;
  /** Dates of a series that will not take place (its EXDATEs). */
  cancelledDates?: readonly Date[];
  /** Where: a point's name and address line; undefined when online or zone-wide. */
  place?: { name: string; where: string; town: string };
  /** A zona sociale, for an event held across the whole zone. */
  zone?: { number: number; name: string };
  online: boolean;
  /** The online event's address (https). */
  onlineUrl?: string;
  partners: readonly string[];
  capacity: number | null;
  registration: boolean;
  status: 'draft' | 'scheduled' | 'published' | 'cancelled';
  cancelReason: string | null;
}

/** Telegram's limits: 4096 characters for a message, 1024 for a photo's caption. */
export const MESSAGE_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

/** Characters Telegram counts: the text after the HTML is parsed (tags gone, entities decoded). */
export function visibleLength(html: string): number {
  return html.replace(/<[^>]+>/g, '').replace(/&(lt|gt|amp|quot|#\d+);/g, 'x').length;
}

/** "#Foligno", "#CittàDiCastello": a hashtag people can tap to see a town's posts. */
export function townHashtag(town: string): string {
  return `#${town
    .split(/[\s'’-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')
    .replace(/[^\p{L}\p{N}_]/gu, '')}`;
}

/** A weekday's name in the reader's language, from a date that falls on it. */
function weekdayName(day: IsoWeekday, locale: string): string {
  // 2026-11-23 is a Monday.
  const d = romeInstant(`2026-11-${String(22 + day).padStart(2, '0')}`, 12 * 60);
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'Europe/Rome' }).format(d);
}

/** "Every Tuesday and Thursday, until 15/12/2026" from the stored rule. */
export function describeRecurrence(rrule: string, t: Translate, locale: string): string {
  const r = describeRule(rrule);
  const days = new Intl.ListFormat(locale, { type: 'conjunction' }).format(r.days.map((d) => weekdayName(d, locale)));
  let text: string;
  if (r.freq === 'monthly') text = t('event-recur-monthly', { nth: r.nth === -1 || r.nth === undefined ? 'last' : r.nth, day: days });
  else if (r.interval === 2) text = t('event-recur-biweekly', { days });
  else text = t('event-recur-weekly', { days });
  if (r.until) text += t('event-recur-until', { date: formatDate(romeInstant(r.until, 12 * 60), locale) });
  else if (r.count) text += t('event-recur-count', { count: r.count });
  return text;
}

/**
 * Where it happens, in the reader's language: the point and its address; the zone, for an
 * event across a whole zone; "Online" and its address (which Telegram turns into a link).
 */
export function whereLines(e: Pick<EventPostInput, 'zone' | 'online' | 'onlineUrl'> & { place?: { name: string; where: string } | undefined }, t: Translate): string[] {
  const lines: string[] = [];
  if (e.place) lines.push(t('event-post-where', { name: e.place.name, where: e.place.where }));
  if (e.zone) lines.push(t('event-post-zone', { number: e.zone.number, zone: e.zone.name }));
  if (e.online) lines.push(e.onlineUrl ? t('event-post-online-link', { url: e.onlineUrl }) : t('event-post-online'));
  return lines;
}

/**
 * Where it happens, in one line of plain words for a person's message (a reminder, a notice
 * that it moved): the point and its address; "online" and its address; the zone. `label` is a
 * plain translator: the caller's message escapes the line as a whole.
 */
export function wherePlain(e: Pick<EventPostInput, 'zone' | 'online' | 'onlineUrl'> & { place?: { name: string; where: string } | undefined }, label: Translate): string {
  if (e.place) return `${e.place.name}, ${e.place.where}`;
  if (e.online) return [label('digest-online'), e.onlineUrl].filter(Boolean).join(' ');
  if (e.zone) return label('card-zone', { number: e.zone.number, zone: e.zone.name });
  return '—';
}

/**
 * The post. When it must fit a limit (a photo's caption), the description is shortened
 * with "…" — never the title, the time or the place; if that is not enough, the list of
 * skipped dates goes (the calendar keeps them), then partners are cut to fit.
 */
export function renderEventPost(e: EventPostInput, t: Translate, locale: string, limit = MESSAGE_LIMIT): string {
  const description = e.description.trim();
  const build = (d: string, skipped: boolean, partners: number) => {
    const { head, foot } = parts(e, t, locale, skipped, partners);
    return d ? `${head}\n\n${escapeHtml(d)}\n\n${foot}` : `${head}\n\n${foot}`;
  };
  let text = build(description, true, e.partners.length);
  if (visibleLength(text) <= limit) return text;
  // Shorten the description (on the raw text, so an escape is never cut in half).
  const over = visibleLength(text) - limit;
  let keep = Math.max(0, description.length - over - 1);
  for (;;) {
    text = build(keep > 0 ? `${description.slice(0, keep).trimEnd()}…` : '', true, e.partners.length);
    if (visibleLength(text) <= limit) return text;
    if (keep === 0) break;
    keep = Math.max(0, keep - 16);
  }
  for (let partners = e.partners.length; partners >= 0; partners--) {
    text = build('', false, partners);
    if (visibleLength(text) <= limit) return text;
  }
  return text;
}

function parts(e: EventPostInput, t: Translate, locale: string, skipped: boolean, partners: number): { head: string; foot: string } {
  const lines: string[] = [];
  if (e.status === 'cancelled') lines.push(t('event-post-cancelled', { reason: e.cancelReason?.trim() || '—' }), '');
  lines.push(t('event-post-title', { category: trusted(t(`event-category-${e.category}`)), title: e.title }));
  lines.push(t('event-post-when', { day: formatDay(e.start, locale), start: formatTime(e.start, locale), end: formatTime(e.end, locale) }));
  if (e.rrule) lines.push(describeRecurrence(e.rrule, t, locale));
  if (skipped && e.rrule && e.cancelledDates && e.cancelledDates.length > 0) {
    const days = [...e.cancelledDates].sort((a, b) => a.getTime() - b.getTime()).map((d) => formatDay(d, locale));
    lines.push(t('event-post-skipped', { days: new Intl.ListFormat(locale, { type: 'conjunction' }).format(days) }));
  }
  lines.push(...whereLines(e, t));
  const head = lines.join('\n');

  const tail: string[] = [];
  if (partners > 0) {
    const shown = e.partners.slice(0, partners).join(', ');
    tail.push(t('event-post-partners', { partners: partners < e.partners.length ? `${shown}…` : shown }));
  }
  tail.push(e.registration ? (e.capacity ? t('event-post-seats', { capacity: e.capacity }) : t('event-post-register')) : t('event-post-free'));
  const tags = [
    t(`event-hashtag-${e.category}`),
    e.online ? t('event-hashtag-online') : undefined,
    e.place ? townHashtag(e.place.town) : e.zone ? townHashtag(e.zone.name) : undefined,
    '#DigiPASS',
  ]
    .filter(Boolean)
    .join(' ');
  tail.push(escapeHtml(tags));
  const foot = tail.join('\n');
  return { head, foot };
}
