import { trusted } from './html.js';
import type { PointAnswer, PointCard, TownAnswer } from '../app/find.js';
import type { Point } from '../app/reference.js';
import type { DayHours, OpenStatus } from '../domain/opening-hours.js';
import type { Holiday } from '../domain/holidays.js';
import { romeInstant } from '../domain/time.js';
import { formatDay, formatTime } from './dates.js';
import type { Translate } from './translate.js';

/** "2,3" in Italian, "2.3" in English: one decimal, the person's separator. */
const kmFormats = new Map<string, Intl.NumberFormat>();

/** Distances with one decimal in the person's language (formatters are costly to build: kept per locale). */
export function formatKm(km: number, locale: string): string {
  let f = kmFormats.get(locale);
  if (!f) kmFormats.set(locale, (f = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, numberingSystem: 'latn' })));
  return f.format(km);
}

export function holidayName(t: Translate, h: Holiday): string {
  return h.key === 'patron_saint' ? t('holiday-patron_saint', { name: h.name }) : t(`holiday-${h.key}`);
}

/** Where a point is, in one line: address, locality and comune, without repeating itself. */
export function pointWhere(p: Point): string {
  const parts = [p.address, p.locality, p.comuneName].filter((x): x is string => !!x);
  return parts.filter((x, i) => !parts.slice(0, i).some((prev) => prev.includes(x))).join(', ');
}

export function renderStatus(t: Translate, locale: string, s: OpenStatus): string {
  if (s.state === 'unknown') return t('find-status-unknown');
  if (s.state === 'open') return t('find-status-open', { until: formatTime(s.until, locale) });
  if (!s.nextOpen) return t('find-status-closed');
  const next = { day: formatDay(s.nextOpen.start, locale), time: formatTime(s.nextOpen.start, locale) };
  if (s.reason === 'holiday' && s.holiday) return t('find-status-holiday', { holiday: trusted(holidayName(t, s.holiday)), ...next });
  return t('find-status-closed-next', next);
}

/** Where a mobile unit will be: "Piazza Matteotti, Corciano · lunedì 30 novembre 09:00–12:00". */
export function stopWhere(t: Translate, locale: string, stop: NonNullable<PointAnswer['stop']>): string {
  return t('find-stop', {
    place: [stop.place, stop.comuneName].filter(Boolean).join(', '),
    day: formatDay(stop.startsAt, locale),
    from: formatTime(stop.startsAt, locale),
    to: formatTime(stop.endsAt, locale),
  });
}

export function renderPointList(t: Translate, locale: string, items: readonly PointAnswer[], startAt = 1): string {
  return items
    .map((a, i) =>
      t('find-item', {
        n: i + startAt,
        name: a.point.name,
        km: formatKm(a.km, locale),
        where: a.stop ? trusted(stopWhere(t, locale, a.stop)) : pointWhere(a.point),
        status: trusted(renderStatus(t, locale, a.status)),
      }),
    )
    .join('\n\n');
}

export function renderNearest(t: Translate, locale: string, r: { results: PointAnswer[]; outsideUmbria: boolean }): string {
  return [
    t('find-nearest-title'),
    ...(r.outsideUmbria ? [t('find-outside-umbria')] : []),
    '',
    renderPointList(t, locale, r.results),
  ].join('\n');
}

export function renderTown(t: Translate, locale: string, a: Extract<TownAnswer, { kind: 'town' }>): string {
  const lines: string[] = [];
  if (a.inTown.length > 0) {
    lines.push(t('find-town-title', { town: a.town.name }), '', renderPointList(t, locale, a.inTown));
  } else {
    lines.push(t('find-town-none', { town: a.town.name }), '', renderPointList(t, locale, a.nearby));
  }
  if (a.zonePoints.length > 0) {
    lines.push('', t('find-zone-also', { zone: `${a.town.comune.zoneNumber}` }));
    for (const p of a.zonePoints) lines.push(`• ${t('card-title', { name: p.name })} — ${pointWhere(p).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}`);
  }
  return lines.join('\n');
}

export function renderNoMatch(t: Translate, a: Extract<TownAnswer, { kind: 'none' }>): string {
  const lines = [t('find-no-match', { query: a.query })];
  if (a.suggestions.length > 0) lines.push(t('find-no-match-suggest'));
  lines.push(t('find-no-match-help'));
  return lines.join('\n');
}

function renderDay(t: Translate, locale: string, d: DayHours): string {
  const day = formatDay(romeInstant(d.date, 12 * 60), locale);
  if (d.ranges.length > 0) return t('card-day-open', { day, ranges: d.ranges.map((r) => `${r.start}–${r.end}`).join(', ') });
  if (d.holiday) return t('card-day-holiday', { day, holiday: trusted(holidayName(t, d.holiday)) });
  return t('card-day-closed', { day });
}

/** The point card: where, status, this week's hours with holidays, services, contacts, events. */
export function renderPointCard(t: Translate, locale: string, c: PointCard): string {
  const p = c.point;
  const lines = [t('card-title', { name: p.name })];
  if (p.kind === 'mobile') {
    lines.push(t('card-mobile'));
  } else {
    lines.push(t('card-where', { where: pointWhere(p) }));
    if (p.coordsApproximate) lines.push(t('card-approximate'));
  }
  lines.push(t('card-zone', { number: p.zoneNumber, zone: p.zoneName }), '', renderStatus(t, locale, c.status), '');
  if (p.hours.known) {
    lines.push(t('card-hours-title'));
    for (const d of c.week) lines.push(renderDay(t, locale, d));
    if (p.demoHours) lines.push(t('card-hours-demo'));
  } else {
    lines.push(t('card-hours-unknown'));
    if (p.publishedHours) lines.push(t('card-hours-published', { text: p.publishedHours }));
  }
  lines.push('', t('card-services-title'), t('card-services-all'));
  const contacts = [p.phone, p.email].filter((x): x is string => !!x);
  if (contacts.length > 0) lines.push('', t('card-contacts', { contacts: contacts.join(' · ') }));
  lines.push('', t('card-events-title'));
  if (c.events.length === 0) lines.push(t('card-no-events'));
  for (const e of c.events) {
    lines.push(t('card-event-line', { when: `${formatDay(e.startsAt, locale)} ${formatTime(e.startsAt, locale)}`, title: e.title }));
  }
  return lines.join('\n');
}

/** An OpenStreetMap link for directions (no API key, works in any browser). */
export function directionsUrl(p: { lat: number; lon: number }): string {
  const lat = p.lat.toFixed(5);
  const lon = p.lon.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
}
