/**
 * The weekly digest, "This week at the DigiPASS": the week's dates grouped by zona sociale,
 * for the channel and, cut down to what each person follows, for followers. Every title and
 * place is escaped here. Pure.
 */
import { formatDay, formatTime } from './dates.js';
import { MESSAGE_LIMIT, visibleLength } from './event-post.js';
import { escapeHtml, trusted } from './html.js';
import type { Translate } from './translate.js';

/** One date of an event this week. */
export interface DigestItem {
  eventId: number;
  title: string;
  start: Date;
  /** The point's name; undefined for events online or for a whole zone. */
  place: string | undefined;
  online: boolean;
  /** Held across its whole zone (at several points, or wherever the description says). */
  wholeZone?: boolean;
  /** The zone it belongs to; null for region-wide or online-only events. */
  zone: { number: number; name: string } | null;
  /** A t.me deep link to the event's card, or none. */
  link?: string;
}

export interface DigestGroup {
  zone: { number: number; name: string } | null;
  items: DigestItem[];
}

/** Zones in their order (1 to 12), events without a zone last; dates in time order within each. Inputs are not changed. */
export function groupByZone(items: readonly DigestItem[]): DigestGroup[] {
  const groups = new Map<number, DigestGroup>();
  for (const item of items) {
    const key = item.zone?.number ?? Number.MAX_SAFE_INTEGER;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { zone: item.zone, items: [] }));
    g.items.push(item);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, g]) => ({ zone: g.zone, items: [...g.items].sort((x, y) => x.start.getTime() - y.start.getTime() || x.eventId - y.eventId) }));
}

function itemLine(item: DigestItem, t: Translate, locale: string): string {
  const title = item.link ? trusted(`<a href="${escapeHtml(item.link)}">${escapeHtml(item.title)}</a>`) : item.title;
  // Like the event's card: the point, else "online", else "across the whole zone".
  const place = item.place !== undefined ? item.place : item.online ? trusted(t('digest-online')) : item.wholeZone ? trusted(t('digest-zone-wide')) : undefined;
  const day = formatDay(item.start, locale);
  const time = formatTime(item.start, locale);
  return place === undefined ? t('digest-item-nowhere', { day, time, title }) : t('digest-item', { day, time, title, place });
}

/**
 * The digest message, or undefined when there is nothing this week. `audience` chooses the
 * heading: the channel's, or "at the points you follow". Fits Telegram's limit by leaving out
 * the last dates and saying how many more there are.
 */
export function renderDigest(
  items: readonly DigestItem[],
  opts: { audience: 'channel' | 'follower'; t: Translate; locale: string; limit?: number },
): string | undefined {
  if (items.length === 0) return undefined;
  const { t, locale } = opts;
  const limit = opts.limit ?? MESSAGE_LIMIT;
  const groups = groupByZone(items);
  const compose = (keep: number): string => {
    const parts: string[] = [t(opts.audience === 'channel' ? 'digest-title' : 'digest-title-followed')];
    let shown = 0;
    for (const g of groups) {
      if (shown >= keep) break;
      const lines: string[] = [];
      for (const item of g.items) {
        if (shown >= keep) break;
        lines.push(itemLine(item, t, locale));
        shown++;
      }
      parts.push('', g.zone ? t('digest-zone', { number: g.zone.number, name: g.zone.name }) : t('digest-zone-none'), ...lines);
    }
    if (keep < items.length) parts.push('', t('digest-more', { count: items.length - keep }));
    parts.push('', t(opts.audience === 'channel' ? 'digest-footer' : 'digest-footer-followed'));
    return parts.join('\n');
  };
  let keep = items.length;
  let text = compose(keep);
  while (visibleLength(text) > limit && keep > 1) {
    keep--;
    text = compose(keep);
  }
  return text;
}
