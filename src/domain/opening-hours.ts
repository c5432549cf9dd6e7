/**
 * A help point's opening hours and the questions people ask about them:
 * "is it open now?", "when does it open next?", "what are this week's hours?".
 *
 * Everything is Europe/Rome wall-clock time: "09:00" means 09:00 in Italy in
 * winter and in summer. Instants are produced only at the end, via time.ts.
 */
import { isHoliday, type Holiday, type PatronDay } from './holidays.js';
import {
  addDays,
  formatClock,
  isoWeekday,
  localDateInRome,
  parseClock,
  romeInstant,
  type IsoWeekday,
  type LocalDate,
} from './time.js';

export type TimeRange = { start: string; end: string };

export type WeeklyRange = {
  /** ISO weekday, 1 = Monday. */
  weekday: IsoWeekday;
  start: string;
  end: string;
  /** Inclusive bounds, e.g. summer hours. */
  validFrom?: LocalDate;
  validTo?: LocalDate;
};

/** A one-off change: closed that day, or open with these ranges instead of the usual ones. */
export type HoursException =
  | { date: LocalDate; kind: 'closed' }
  | { date: LocalDate; kind: 'open'; ranges: TimeRange[] };

export type PointHours = {
  /** False when nobody has told us the hours yet; then we say so rather than guess. */
  known: boolean;
  weekly: WeeklyRange[];
  exceptions: HoursException[];
  comuneIstat: string;
};

/** What the hours logic needs to know about holidays beyond the national calendar. */
export type HolidayContext = { patronDays: readonly PatronDay[] };

export type DayHours = {
  date: LocalDate;
  weekday: IsoWeekday;
  /** Sorted, merged, 'HH:MM' ranges the point is actually open that day. */
  ranges: TimeRange[];
  /** Set when the day is a holiday for the point's comune (even if an exception opens it). */
  holiday?: Holiday;
  /** Set when a one-off exception decided the day. */
  exception?: 'closed' | 'open';
};

export type OpenStatus =
  | { state: 'unknown' }
  | { state: 'open'; until: Date }
  | {
      state: 'closed';
      nextOpen?: { start: Date; end: Date };
      /** Why a day that is normally open is closed today. */
      reason?: 'holiday' | 'exception';
      holiday?: Holiday;
    };

/** How far ahead "next opening" looks by default. */
export const DEFAULT_LOOKAHEAD_DAYS = 60;
const MAX_LOOKAHEAD_DAYS = 366;

type Span = { start: number; end: number }; // minutes since local midnight

function toSpans(ranges: readonly { start: string; end: string }[]): Span[] {
  const spans: Span[] = [];
  for (const r of ranges) {
    const start = parseClock(r.start);
    const end = parseClock(r.end);
    // Malformed or overnight ranges are not something these offices have; skip them.
    if (start === undefined || end === undefined || end <= start) continue;
    spans.push({ start, end });
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else merged.push(s);
  }
  return merged;
}

/** Weekly ranges in force on a date; none when the hours are unknown, so we never present a guess. */
function regularSpans(hours: PointHours, date: LocalDate, weekday: IsoWeekday): Span[] {
  if (!hours.known) return [];
  return toSpans(
    hours.weekly.filter(
      (w) =>
        w.weekday === weekday &&
        (w.validFrom === undefined || w.validFrom <= date) &&
        (w.validTo === undefined || date <= w.validTo),
    ),
  );
}

type ResolvedDay = {
  date: LocalDate;
  weekday: IsoWeekday;
  spans: Span[];
  regular: Span[];
  holiday?: Holiday;
  exception?: HoursException;
};

function resolveDay(hours: PointHours, date: LocalDate, ctx: HolidayContext): ResolvedDay {
  const weekday = isoWeekday(date);
  const regular = regularSpans(hours, date, weekday);
  // If the data lists the same date twice, the later entry is the newer correction.
  const exception = hours.exceptions.findLast((e) => e.date === date);
  const holiday = isHoliday(date, hours.comuneIstat, ctx.patronDays);
  let spans: Span[];
  if (exception?.kind === 'open') spans = toSpans(exception.ranges);
  else if (exception?.kind === 'closed' || holiday) spans = [];
  else spans = regular;
  return {
    date,
    weekday,
    spans,
    regular,
    ...(holiday ? { holiday } : {}),
    ...(exception ? { exception } : {}),
  };
}

function toDayHours(day: ResolvedDay): DayHours {
  return {
    date: day.date,
    weekday: day.weekday,
    ranges: day.spans.map((s) => ({ start: formatClock(s.start), end: formatClock(s.end) })),
    ...(day.holiday ? { holiday: day.holiday } : {}),
    ...(day.exception ? { exception: day.exception.kind } : {}),
  };
}

/**
 * The ranges a point is open on one local date, after one-off exceptions and
 * holidays: an explicit "open" exception wins over a holiday (special
 * openings happen), otherwise a holiday closes the point. With `known: false`
 * only explicit exceptions produce ranges.
 */
export function rangesOn(hours: PointHours, localDate: LocalDate, ctx: HolidayContext): TimeRange[] {
  return toDayHours(resolveDay(hours, localDate, ctx)).ranges;
}

/** Day-by-day hours for the point card, with the holiday or exception that shaped each day. */
export function weekView(
  hours: PointHours,
  fromLocalDate: LocalDate,
  days: number,
  ctx: HolidayContext,
): DayHours[] {
  const count = Math.max(0, Math.min(MAX_LOOKAHEAD_DAYS, Math.floor(days)));
  const out: DayHours[] = [];
  for (let i = 0; i < count; i++) out.push(toDayHours(resolveDay(hours, addDays(fromLocalDate, i), ctx)));
  return out;
}

type Interval = { start: number; end: number }; // epoch ms

function instants(date: LocalDate, spans: readonly Span[]): Interval[] {
  const out: Interval[] = [];
  for (const s of spans) {
    const start = romeInstant(date, s.start).getTime();
    const end = romeInstant(date, s.end).getTime();
    // A range lying wholly in the hour skipped in spring never happens.
    if (end > start) out.push({ start, end });
  }
  return out;
}

/**
 * Whether the point is open at `now` and until when, or when it next opens
 * (within `lookaheadDays`, default 60). Back-to-back ranges, including one
 * ending at 24:00 and the next starting at 00:00, count as one opening.
 */
export function openStatus(
  hours: PointHours,
  now: Date,
  ctx: HolidayContext,
  opts: { lookaheadDays?: number } = {},
): OpenStatus {
  const t = now.getTime();
  if (!hours.known || !Number.isFinite(t)) return { state: 'unknown' };
  const lookahead = Math.max(0, Math.min(MAX_LOOKAHEAD_DAYS, Math.floor(opts.lookaheadDays ?? DEFAULT_LOOKAHEAD_DAYS)));
  const today = localDateInRome(now);

  let current: Interval | undefined;
  for (let offset = 0; offset <= lookahead; offset++) {
    const day = resolveDay(hours, addDays(today, offset), ctx);
    for (const iv of instants(day.date, day.spans)) {
      if (current) {
        if (iv.start > current.end) break;
        current = { start: current.start, end: Math.max(current.end, iv.end) };
      } else if (iv.end > t) {
        current = iv;
      }
    }
    // Only an opening running up to midnight can continue into the next day.
    if (current && current.end < romeInstant(addDays(day.date, 1), 0).getTime()) break;
  }
  if (current && current.start <= t) return { state: 'open', until: new Date(current.end) };
  return {
    state: 'closed',
    ...(current ? { nextOpen: { start: new Date(current.start), end: new Date(current.end) } } : {}),
    ...closedReason(hours, today, t, ctx),
  };
}

/** Explains a closure only when the regular schedule would have had the point open today. */
function closedReason(
  hours: PointHours,
  today: LocalDate,
  t: number,
  ctx: HolidayContext,
): { reason?: 'holiday' | 'exception'; holiday?: Holiday } {
  const day = resolveDay(hours, today, ctx);
  if (day.regular.length === 0) return {};
  if (day.exception?.kind === 'closed') return { reason: 'exception' };
  if (day.exception?.kind === 'open') {
    const normallyOpenNow = instants(today, day.regular).some((iv) => iv.start <= t && t < iv.end);
    return normallyOpenNow ? { reason: 'exception' } : {};
  }
  if (day.holiday) return { reason: 'holiday', holiday: day.holiday };
  return {};
}
