import { escapeHtml, trusted } from './html.js';
import type { PointAnswer, PointCard, TownAnswer } from '../app/find.js';
import type { Point } from '../app/reference.js';
import { isServiceCode } from '../domain/services.js';
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

const when = (at: Date, locale: string) => ({ day: formatDay(at, locale), time: formatTime(at, locale) });

export function renderStatus(t: Translate, locale: string, s: OpenStatus): string {
  if (s.state === 'unknown') return s.announced ? t('find-status-announced', when(s.announced.start, locale)) : t('find-status-unknown');
  if (s.state === 'open') return t('find-status-open', { until: formatTime(s.until, locale) });
  if (!s.nextOpen) return t('find-status-closed');
  const next = when(s.nextOpen.start, locale);
  if (s.reason === 'holiday' && s.holiday) return t('find-status-holiday', { holiday: trusted(holidayName(t, s.holiday)), ...next });
  if (s.reason === 'exception') return t(s.exception === 'open' ? 'find-status-exception-hours' : 'find-status-exception-closed', next);
  return t('find-status-closed-next', next);
}

/** Where a listed point is; its distance is only as good as its coordinates, so say when they are approximate. */
function listedWhere(t: Translate, locale: string, a: PointAnswer): string {
  if (a.stop) return stopWhere(t, locale, a.stop);
  const where = escapeHtml(pointWhere(a.point));
  return a.point.coordsApproximate ? `${where} ${t('find-approximate')}` : where;
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
        where: trusted(listedWhere(t, locale, a)),
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
    for (const p of a.zonePoints) lines.push(`• ${t('card-title', { name: p.name })} — ${escapeHtml(pointWhere(p))}`);
  }
  return lines.join('\n');
}

export function renderNoMatch(t: Translate, a: Extract<TownAnswer, { kind: 'none' }>): string {
  const lines = [t('find-no-match', { query: a.query })];
  if (a.suggestions.length > 0) lines.push(t('find-no-match-suggest'));
  lines.push(t('find-no-match-help'));
  return lines.join('\n');
}

/** One day of the card: its hours, and what a holiday or a one-off exception did to them. */
export function renderDay(t: Translate, locale: string, d: DayHours): string {
  const day = formatDay(romeInstant(d.date, 12 * 60), locale);
  const ranges = d.ranges.map((r) => `${r.start}–${r.end}`).join(', ');
  const holiday = d.holiday ? trusted(holidayName(t, d.holiday)) : undefined;
  switch (d.change) {
    case 'closed':
      return t('card-day-exception-closed', { day });
    case 'extra':
      return holiday ? t('card-day-extra-holiday', { day, ranges, holiday }) : t('card-day-extra', { day, ranges });
    case 'reduced':
      return t('card-day-reduced', { day, ranges });
    case 'changed':
      return t('card-day-changed', { day, ranges });
  }
  if (d.ranges.length > 0) return t('card-day-open', { day, ranges });
  if (holiday) return t('card-day-holiday', { day, holiday });
  return t('card-day-closed', { day });
}

/** Why the card has no "Book here": a mobile unit, or no hours (weekly or announced) to book. */
function bookingNote(t: Translate, c: PointCard): string | undefined {
  const p = c.point;
  if (p.kind === 'mobile') return t('card-book-mobile');
  if (c.bookable) return undefined;
  return p.phone || p.email ? t('card-book-later-contacts') : t('card-book-later', { comune: p.comuneName });
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
    if (c.announced.length > 0) {
      lines.push('', t('card-announced-title'));
      for (const d of c.announced) lines.push(t('card-day-open', { day: formatDay(romeInstant(d.date, 12 * 60), locale), ranges: d.ranges.map((r) => `${r.start}–${r.end}`).join(', ') }));
    }
  }
  const note = bookingNote(t, c);
  if (note) lines.push('', note);
  lines.push('', t('card-services-title'));
  const declared = p.services.filter(isServiceCode);
  if (declared.length === 0) lines.push(t('card-services-all'));
  for (const code of declared) lines.push(`• ${t(`service-${code}`)}`);
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
