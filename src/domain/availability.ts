/**
 * Which help slots a person can still book at a point.
 *
 * A day's opening, after exceptions and holidays, is a set of stretches with
 * a number of facilitators on duty (see `capacityCalendar`). Slots start on a
 * wall-clock grid, so "09:00, 09:30 …" stays the same in winter and summer,
 * and each live booking takes one seat for its whole length. Everything is
 * computed on epoch milliseconds once the wall-clock grid has been placed,
 * so the result never depends on the zone of the machine.
 */
import { DateTime } from 'luxon';
import {
  capacityCalendar,
  type CapacityCalendar,
  type CapacitySpan,
  type HolidayContext,
  type PointHours,
} from './opening-hours.js';
import { addDays, localDateInRome, romeInstant, ROME_ZONE, type LocalDate } from './time.js';

export interface SlotQuery {
  hours: PointHours;
  holidays: HolidayContext;
  /** The service's typical duration in minutes (e.g. 30, 45); a positive integer. */
  durationMinutes: number;
  /** Grid of start times from the start of each opening; a positive integer, default 30. */
  stepMinutes?: number;
  fromDate: LocalDate;
  /** How many days from `fromDate` to look at (0–366). */
  days: number;
  now: Date;
  /** No slot starts before `now` plus this many minutes (callers default to 120). */
  minNoticeMinutes: number;
  /** Live bookings at this point, any service; each holds one seat for its whole interval. */
  booked: readonly { start: Date; end: Date }[];
}

/** A bookable interval; `free` = seats still free for the whole interval (always > 0 when returned). */
export interface Slot {
  start: Date;
  end: Date;
  free: number;
}

export const DEFAULT_STEP_MINUTES = 30;
const MAX_DAYS = 366;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

type Interval = { start: number; end: number }; // epoch ms

/** Everything a day's computation needs, validated and prepared once per query. */
type Prepared = {
  capacity: CapacityCalendar;
  durationMs: number;
  step: number;
  earliest: number;
  /** Bookings sorted by start, with the longest length, to pick a day's share quickly. */
  booked: readonly Interval[];
  longest: number;
};

function positiveInteger(value: number, name: string): number {
  if (!Number.isInteger(value) || value <= 0) throw new RangeError(`${name} must be a positive integer, got ${value}`);
  return value;
}

/**
 * Validates the query and copies the bookings into a sorted array of numbers.
 * Returns undefined when `now` or the notice is not a number: with no clock we
 * offer nothing rather than everything.
 */
function prepare(q: Omit<SlotQuery, 'fromDate' | 'days'>): Prepared | undefined {
  const durationMs = positiveInteger(q.durationMinutes, 'durationMinutes') * MS_PER_MINUTE;
  const step = positiveInteger(q.stepMinutes ?? DEFAULT_STEP_MINUTES, 'stepMinutes');
  const earliest = q.now.getTime() + q.minNoticeMinutes * MS_PER_MINUTE;
  if (!Number.isFinite(earliest)) return undefined;
  const booked: Interval[] = [];
  let longest = 0;
  for (const b of q.booked) {
    const start = b.start.getTime();
    const end = b.end.getTime();
    // A booking with no length, or unreadable times, holds nothing.
    if (!(end > start)) continue;
    booked.push({ start, end });
    longest = Math.max(longest, end - start);
  }
  booked.sort((a, b) => a.start - b.start || a.end - b.end);
  return { capacity: capacityCalendar(q.hours, q.holidays), durationMs, step, earliest, booked, longest };
}

type DayShape = { midnight: number; plain: boolean; next: LocalDate };
/** Per date: local midnight, whether the day has 24 hours, and the next date (see {@link dayShape}). */
const shapes = new Map<LocalDate, DayShape>();
const MEMO_DAYS = 4096;

/**
 * Where a local date starts and whether the clocks change during it. Asking
 * luxon costs far more than the rest of a day's work, and the answer never
 * changes while the process runs, so it is kept (bounded, like the holidays).
 */
function dayShape(date: LocalDate): DayShape {
  let shape = shapes.get(date);
  if (!shape) {
    const midnight = romeInstant(date, 0).getTime();
    const next = addDays(date, 1);
    shape = { midnight, plain: romeInstant(next, 0).getTime() - midnight === MS_PER_DAY, next };
    if (shapes.size >= MEMO_DAYS) shapes.clear();
    shapes.set(date, shape);
  }
  return shape;
}

/**
 * The instant Rome's wall clock shows `minutes` on a date: plain arithmetic
 * from local midnight on ordinary 24-hour days (the hot path), luxon via
 * `romeInstant` on the two days a year the clocks change.
 */
function instantAt(date: LocalDate, shape: DayShape, minutes: number): number {
  return shape.plain ? shape.midnight + minutes * MS_PER_MINUTE : romeInstant(date, minutes).getTime();
}

/** False for a wall time in the hour skipped in spring, where no slot may start. */
function wallTimeExists(date: LocalDate, shape: DayShape, minutes: number): boolean {
  if (shape.plain) return true;
  const wall = DateTime.fromMillis(instantAt(date, shape, minutes), { zone: ROME_ZONE });
  return wall.hour * 60 + wall.minute === minutes % 1440;
}

/** Binary search: the first index whose booking starts at or after `t`. */
function firstStartingFrom(booked: readonly Interval[], t: number): number {
  let lo = 0;
  let hi = booked.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((booked[mid] as Interval).start < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The most bookings running at the same instant within [s, e), looking only
 * at booked[lo..hi) (a day's share). The peak is always at s or at a
 * booking's start, so only those instants are counted; a day holds a
 * handful of bookings, which keeps this quadratic loop cheap.
 */
function peakOverlap(booked: readonly Interval[], lo: number, hi: number, s: number, e: number): number {
  let peak = 0;
  for (let i = lo; i < hi; i++) {
    const b = booked[i] as Interval;
    if (b.start >= e || b.end <= s) continue;
    const at = Math.max(s, b.start);
    let running = 0;
    for (let j = lo; j < hi; j++) {
      const o = booked[j] as Interval;
      if (o.start <= at && at < o.end) running++;
    }
    peak = Math.max(peak, running);
  }
  return peak;
}

/**
 * The fewest facilitators on duty at any instant of [s, e) within the
 * block spans[from..to] (stretches that touch, so there is no gap inside).
 */
function minCapacity(
  date: LocalDate,
  shape: DayShape,
  spans: readonly CapacitySpan[],
  from: number,
  to: number,
  s: number,
  e: number,
): number {
  let min = Infinity;
  for (let i = from; i <= to; i++) {
    const w = spans[i] as CapacitySpan;
    if (instantAt(date, shape, w.end) <= s) continue;
    if (instantAt(date, shape, w.start) >= e) break;
    min = Math.min(min, w.capacity);
  }
  return Number.isFinite(min) ? min : 0;
}

/**
 * Every slot with a free seat on one local date, in time order. Stretches
 * that touch form one uninterrupted block; the grid of start times is laid
 * from each block's start, so a second facilitator arriving at 11:00 does
 * not shift the 09:00 grid, and a slot may cross from one stretch into the
 * next but never into a break.
 */
function slotsOnDay(p: Prepared, date: LocalDate, shape: DayShape): Slot[] {
  const spans = p.capacity(date);
  const out: Slot[] = [];
  if (spans.length === 0) return out;
  const dayOpen = instantAt(date, shape, (spans[0] as CapacitySpan).start);
  const dayClose = instantAt(date, shape, (spans[spans.length - 1] as CapacitySpan).end);
  if (dayClose - p.durationMs < p.earliest) return out;
  const lo = firstStartingFrom(p.booked, dayOpen - p.longest);
  const hi = firstStartingFrom(p.booked, dayClose);
  for (let first = 0; first < spans.length; ) {
    let last = first;
    while (last + 1 < spans.length && (spans[last + 1] as CapacitySpan).start === (spans[last] as CapacitySpan).end) last++;
    const endMinute = (spans[last] as CapacitySpan).end;
    const blockEnd = instantAt(date, shape, endMinute);
    for (let m = (spans[first] as CapacitySpan).start; m < endMinute; m += p.step) {
      if (!wallTimeExists(date, shape, m)) continue;
      const s = instantAt(date, shape, m);
      const e = s + p.durationMs;
      if (e > blockEnd) break;
      if (s < p.earliest) continue;
      const free = minCapacity(date, shape, spans, first, last, s, e) - peakOverlap(p.booked, lo, hi, s, e);
      if (free > 0) out.push({ start: new Date(s), end: new Date(e), free });
    }
    first = last + 1;
  }
  return out;
}

/**
 * The days from `fromDate` that still have at least one slot with a free
 * seat, ascending, each with its free slots in time order.
 *
 * A slot [start, start + duration) is offered when it lies wholly inside one
 * uninterrupted opening of that day (it may cross from one stretch into the
 * next while somebody is on duty throughout), starts on the grid (opening
 * start + k·step, wall-clock), starts no earlier than now + notice, and
 * free = (fewest facilitators on duty during it) − (most bookings running at
 * once during it) is positive. The subtraction is deliberately cautious: a
 * seat must be free for the whole interval.
 *
 * @throws RangeError when the duration or step is not a positive integer.
 */
export function availableSlots(q: SlotQuery): { date: LocalDate; slots: Slot[] }[] {
  const p = prepare(q);
  if (!p) return [];
  const count = Math.max(0, Math.min(MAX_DAYS, Math.floor(q.days)));
  const out: { date: LocalDate; slots: Slot[] }[] = [];
  let date = q.fromDate;
  for (let i = 0; i < count; i++) {
    const shape = dayShape(date);
    const slots = slotsOnDay(p, date, shape);
    if (slots.length > 0) out.push({ date, slots });
    date = shape.next;
  }
  return out;
}

/**
 * The slot starting exactly at `start`, if it is on that day's grid and
 * still has a free seat; checked again inside the booking transaction so a
 * stale button cannot book a slot that has since filled or moved.
 *
 * @throws RangeError when the duration or step is not a positive integer.
 */
export function isSlotAvailable(q: Omit<SlotQuery, 'fromDate' | 'days'>, start: Date): Slot | undefined {
  const t = start.getTime();
  const p = prepare(q);
  if (!p || !Number.isFinite(t)) return undefined;
  const date = localDateInRome(start);
  return slotsOnDay(p, date, dayShape(date)).find((s) => s.start.getTime() === t);
}

/**
 * The smallest seat number in 1..capacityAt not held by an overlapping
 * booking, or undefined when all are taken. The database stores it, and a
 * unique index on (point, start, seat) makes two people racing for the same
 * seat fail instead of overbooking.
 */
export function freeSeat(capacityAt: number, overlapping: readonly { seat: number }[]): number | undefined {
  const capacity = Number.isFinite(capacityAt) ? Math.floor(capacityAt) : 0;
  const taken = new Set<number>();
  for (const b of overlapping) taken.add(b.seat);
  for (let seat = 1; seat <= capacity; seat++) if (!taken.has(seat)) return seat;
  return undefined;
}

/**
 * The most bookings running at the same moment inside [start, end): with `free` from
 * isSlotAvailable it gives the facilitators on duty, so a seat number never exceeds them.
 */
export function maxConcurrent(bookings: readonly { start: Date; end: Date }[], start: Date, end: Date): number {
  const edges: [number, number][] = [];
  for (const b of bookings) {
    const s = Math.max(b.start.getTime(), start.getTime());
    const e = Math.min(b.end.getTime(), end.getTime());
    if (s < e) edges.push([s, 1], [e, -1]);
  }
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let now = 0;
  let max = 0;
  for (const [, d] of edges) max = Math.max(max, (now += d));
  return max;
}
