/**
 * A help point's opening hours and the questions people ask about them:
 * "is it open now?", "when does it open next?", "what are this week's hours?".
 *
 * Everything is Europe/Rome wall-clock time: "09:00" means 09:00 in Italy in
 * winter and in summer. Instants are produced only at the end, via time.ts.
 */
import { holidaysFor, isHoliday, type Holiday, type PatronDay } from './holidays.js';
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

/**
 * A declared opening range with the number of facilitators on duty, so that
 * bookings can tell one helper from two. Omitted means 1.
 */
export type StaffedRange = TimeRange & { capacity?: number };

export type WeeklyRange = StaffedRange & {
  /** ISO weekday, 1 = Monday. */
  weekday: IsoWeekday;
  /** Inclusive bounds, e.g. summer hours. */
  validFrom?: LocalDate;
  validTo?: LocalDate;
};

/** A one-off change: closed that day, or open with these ranges instead of the usual ones. */
export type HoursException =
  | { date: LocalDate; kind: 'closed' }
  | { date: LocalDate; kind: 'open'; ranges: StaffedRange[] };

/** A stretch of one day with a constant number of facilitators on duty ('HH:MM'). */
export type CapacityRange = { start: string; end: string; capacity: number };

/** The same in minutes since local midnight, for code that builds a slot grid. */
export type CapacitySpan = { start: number; end: number; capacity: number };

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
  /** How that exception changed the day, for the card to mark (see {@link DayChange}). */
  change?: DayChange;
};

/**
 * What a one-off exception did to a day, compared with the weekly hours and holidays:
 * 'closed' a day that would otherwise be open or unknown; 'extra' opened a day that is
 * normally closed (a holiday, a weekday without hours, or any day when hours are unknown);
 * 'reduced' kept only part of the usual hours; 'changed' replaced them otherwise.
 */
export type DayChange = 'closed' | 'extra' | 'reduced' | 'changed';

export type OpenStatus =
  | {
      state: 'unknown';
      /** With unknown weekly hours: the next opening staff announced, if any. */
      announced?: { start: Date; end: Date };
    }
  | { state: 'open'; until: Date }
  | {
      state: 'closed';
      nextOpen?: { start: Date; end: Date };
      /** Why a day that is normally open is closed today. */
      reason?: 'holiday' | 'exception';
      holiday?: Holiday;
      /** With reason 'exception': closed for the whole day, or open at other hours today. */
      exception?: 'closed' | 'open';
    };

/** How far ahead "next opening" looks by default. */
export const DEFAULT_LOOKAHEAD_DAYS = 60;
const MAX_LOOKAHEAD_DAYS = 366;

type Span = { start: number; end: number }; // minutes since local midnight

/** Minutes of a well-formed same-day range, or undefined for malformed or overnight ones. */
function parseSpan(r: TimeRange): Span | undefined {
  const start = parseClock(r.start);
  const end = parseClock(r.end);
  // Malformed or overnight ranges are not something these offices have; skip them.
  if (start === undefined || end === undefined || end <= start) return undefined;
  return { start, end };
}

function toSpans(ranges: readonly TimeRange[]): Span[] {
  const spans: Span[] = [];
  for (const r of ranges) {
    const span = parseSpan(r);
    if (span) spans.push(span);
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

function inForce(w: WeeklyRange, date: LocalDate, weekday: IsoWeekday): boolean {
  return (
    w.weekday === weekday &&
    (w.validFrom === undefined || w.validFrom <= date) &&
    (w.validTo === undefined || date <= w.validTo)
  );
}

/** Weekly ranges in force on a date; none when the hours are unknown, so we never present a guess. */
function regularRanges(hours: PointHours, date: LocalDate, weekday: IsoWeekday): WeeklyRange[] {
  if (!hours.known) return [];
  return hours.weekly.filter((w) => inForce(w, date, weekday));
}

/**
 * The precedence rules, shared by the opening-hours and the capacity paths
 * so a bookable slot can never exist on a day the card shows as closed: an
 * explicit 'open' exception wins (special openings happen), else a 'closed'
 * exception or a holiday closes, else the weekly ranges apply.
 */
function declaredRanges(
  exception: HoursException | undefined,
  holiday: boolean,
  regular: readonly StaffedRange[],
): readonly StaffedRange[] {
  if (exception?.kind === 'open') return exception.ranges;
  if (exception?.kind === 'closed' || holiday) return [];
  return regular;
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
  const regular = regularRanges(hours, date, weekday);
  // If the data lists the same date twice, the later entry is the newer correction.
  const exception = hours.exceptions.findLast((e) => e.date === date);
  const holiday = isHoliday(date, hours.comuneIstat, ctx.patronDays);
  return {
    date,
    weekday,
    spans: toSpans(declaredRanges(exception, holiday !== undefined, regular)),
    regular: toSpans(regular),
    ...(holiday ? { holiday } : {}),
    ...(exception ? { exception } : {}),
  };
}

/**
 * Seats a declared range contributes: omitted means one facilitator;
 * fractions are rounded down; zero, negative or non-numbers add nobody
 * (the point may still be open, but nobody can be booked there).
 */
function seatsOf(capacity: number | undefined): number {
  if (capacity === undefined) return 1;
  return Number.isFinite(capacity) && capacity > 0 ? Math.floor(capacity) : 0;
}

/**
 * Sweeps the declared ranges into non-overlapping stretches of constant
 * capacity. Overlapping ranges add up (two facilitators on duty at once);
 * touching stretches with equal capacity are joined; stretches with nobody
 * on duty are dropped.
 */
function toCapacitySpans(ranges: readonly StaffedRange[]): CapacitySpan[] {
  const events: { at: number; delta: number }[] = [];
  for (const r of ranges) {
    const span = parseSpan(r);
    const seats = seatsOf(r.capacity);
    if (!span || seats === 0) continue;
    events.push({ at: span.start, delta: seats }, { at: span.end, delta: -seats });
  }
  events.sort((a, b) => a.at - b.at);
  const out: CapacitySpan[] = [];
  let level = 0;
  events.forEach((e, i) => {
    level += e.delta;
    const next = events[i + 1];
    // Emit only once every event at this minute has been counted.
    if (!next || next.at === e.at || level <= 0) return;
    const last = out[out.length - 1];
    if (last && last.end === e.at && last.capacity === level) out[out.length - 1] = { ...last, end: next.at };
    else out.push({ start: e.at, end: next.at, capacity: level });
  });
  return out;
}

/** Facilitators on duty through any local date of one point; see {@link capacityCalendar}. */
export type CapacityCalendar = (localDate: LocalDate) => readonly CapacitySpan[];

/**
 * Capacity of one point on many dates, prepared once. Availability asks
 * about the same point for a month of days; indexing the exceptions by
 * date, listing each year's closing days once, and sweeping each distinct
 * set of weekly ranges once keeps that cheap. The answers are frozen
 * because they are shared between dates. Same rules as {@link rangesOn}.
 */
export function capacityCalendar(hours: PointHours, ctx: HolidayContext): CapacityCalendar {
  const exceptions = new Map<LocalDate, HoursException>();
  // If the data lists the same date twice, the later entry is the newer correction.
  for (const e of hours.exceptions) exceptions.set(e.date, e);
  const closingDays = new Map<number, ReadonlySet<LocalDate>>();
  const sweeps = new Map<string, readonly CapacitySpan[]>();

  const isClosingDay = (date: LocalDate): boolean => {
    const year = Number(date.slice(0, 4));
    let days = closingDays.get(year);
    if (!days) {
      days = new Set(holidaysFor(year, hours.comuneIstat, ctx.patronDays).map((h) => h.date));
      closingDays.set(year, days);
    }
    return days.has(date);
  };

  return (date) => {
    const weekday = isoWeekday(date); // also rejects a malformed date
    const exception = exceptions.get(date);
    // An exception decides the day by itself, holiday or not.
    if (exception) return freezeSpans(toCapacitySpans(declaredRanges(exception, false, [])));
    if (!hours.known || isClosingDay(date)) return EMPTY;
    let key = '';
    const regular: WeeklyRange[] = [];
    hours.weekly.forEach((w, i) => {
      if (!inForce(w, date, weekday)) return;
      regular.push(w);
      key += `${i},`;
    });
    let spans = sweeps.get(key);
    if (!spans) {
      spans = freezeSpans(toCapacitySpans(regular));
      sweeps.set(key, spans);
    }
    return spans;
  };
}

const EMPTY: readonly CapacitySpan[] = Object.freeze([]);

function freezeSpans(spans: CapacitySpan[]): readonly CapacitySpan[] {
  return Object.freeze(spans.map((s) => Object.freeze(s)));
}

/**
 * Facilitators on duty through one local date, as 'HH:MM' stretches of
 * constant capacity, after exceptions and holidays (the same rules as
 * {@link rangesOn}). Where declared ranges overlap their capacities add up.
 */
export function capacityRangesOn(hours: PointHours, localDate: LocalDate, ctx: HolidayContext): CapacityRange[] {
  return capacityCalendar(hours, ctx)(localDate).map((s) => ({
    start: formatClock(s.start),
    end: formatClock(s.end),
    capacity: s.capacity,
  }));
}

/** Whether every minute of `inner` lies inside `outer` (both sorted and merged). */
function covered(inner: readonly Span[], outer: readonly Span[]): boolean {
  return inner.every((i) => outer.some((o) => o.start <= i.start && i.end <= o.end));
}

const minutesOf = (spans: readonly Span[]) => spans.reduce((sum, s) => sum + s.end - s.start, 0);

function dayChange(day: ResolvedDay): DayChange | undefined {
  if (!day.exception) return undefined;
  // A holiday closes the day anyway: its name says more than "closed by exception".
  if (day.spans.length === 0) return day.holiday ? undefined : 'closed';
  if (day.holiday || day.regular.length === 0) return 'extra';
  if (covered(day.spans, day.regular)) return minutesOf(day.spans) < minutesOf(day.regular) ? 'reduced' : undefined;
  return 'changed';
}

function toDayHours(day: ResolvedDay): DayHours {
  const change = dayChange(day);
  return {
    date: day.date,
    weekday: day.weekday,
    ranges: day.spans.map((s) => ({ start: formatClock(s.start), end: formatClock(s.end) })),
    ...(day.holiday ? { holiday: day.holiday } : {}),
    ...(day.exception ? { exception: day.exception.kind } : {}),
    ...(change ? { change } : {}),
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
 *
 * With unknown weekly hours only openings staff announced are facts: during
 * one the point is open; otherwise the state stays 'unknown' (it may well be
 * open on days nobody told us about), with the next announced opening.
 */
export function openStatus(
  hours: PointHours,
  now: Date,
  ctx: HolidayContext,
  opts: { lookaheadDays?: number } = {},
): OpenStatus {
  const t = now.getTime();
  if (!Number.isFinite(t)) return { state: 'unknown' };
  if (!hours.known) {
    if (!hours.exceptions.some((e) => e.kind === 'open')) return { state: 'unknown' };
    const s = openStatus({ ...hours, known: true, weekly: [] }, now, ctx, opts);
    if (s.state === 'open') return s;
    return { state: 'unknown', ...(s.state === 'closed' && s.nextOpen ? { announced: s.nextOpen } : {}) };
  }
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
): { reason?: 'holiday' | 'exception'; holiday?: Holiday; exception?: 'closed' | 'open' } {
  const day = resolveDay(hours, today, ctx);
  if (day.regular.length === 0) return {};
  if (day.exception && day.spans.length === 0) return { reason: 'exception', exception: 'closed' };
  if (day.exception?.kind === 'open') {
    const normallyOpenNow = instants(today, day.regular).some((iv) => iv.start <= t && t < iv.end);
    return normallyOpenNow ? { reason: 'exception', exception: 'open' } : {};
  }
  if (day.holiday) return { reason: 'holiday', holiday: day.holiday };
  return {};
}
