/**
 * Calendar and wall-clock helpers for Europe/Rome.
 *
 * Every point keeps its opening hours in Italian local time, so the domain
 * works with local calendar dates ('YYYY-MM-DD') and minutes since local
 * midnight, and turns them into instants only at the edge, with luxon.
 * Plain date arithmetic is done on UTC day numbers so it never depends on
 * the zone of the machine running the bot.
 */
import { DateTime } from 'luxon';

/** The IANA zone every point in Umbria lives in. */
export const ROME_ZONE = 'Europe/Rome';

/** A local calendar date, 'YYYY-MM-DD'. */
export type LocalDate = string;

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const MINUTES_PER_DAY = 1440;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_RE = /^(\d{1,2}):(\d{2})$/;

/** Year, month (1–12) and day of a valid local date, or undefined. */
export function parseLocalDate(
  date: string,
): { year: number; month: number; day: number } | undefined {
  const m = LOCAL_DATE_RE.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True for a real calendar date written 'YYYY-MM-DD' (rejects 2025-02-29). */
export function isLocalDate(date: string): boolean {
  return parseLocalDate(date) !== undefined;
}

/** Days in a Gregorian month; lets callers reject 31 April or 29 February in common years. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Formats a date from its parts; the single place that pads to 'YYYY-MM-DD'. */
export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function requireDate(date: string): { year: number; month: number; day: number } {
  const parts = parseLocalDate(date);
  if (!parts) throw new RangeError(`Invalid local date: ${JSON.stringify(date)}`);
  return parts;
}

function dayNumber(date: LocalDate): number {
  const { year, month, day } = requireDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromDayNumber(n: number): LocalDate {
  const d = new Date(n * MS_PER_DAY);
  return formatLocalDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Calendar arithmetic on local dates; a day is a day even when it lasts 23 or 25 hours. */
export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + Math.trunc(days));
}

/** ISO weekday of a local date, so weekly schedules can be looked up without a zone. */
export function isoWeekday(date: LocalDate): IsoWeekday {
  const sundayZero = new Date(dayNumber(date) * MS_PER_DAY).getUTCDay();
  return (sundayZero === 0 ? 7 : sundayZero) as IsoWeekday;
}

/** The date people in Italy see on their calendar at a given instant. */
export function localDateInRome(instant: Date): LocalDate {
  const dt = DateTime.fromJSDate(instant, { zone: ROME_ZONE });
  return formatLocalDate(dt.year, dt.month, dt.day);
}

/**
 * Minutes since local midnight for 'HH:MM' (00:00–24:00), or undefined.
 * '24:00' is accepted so a range can end at midnight.
 */
export function parseClock(hhmm: string): number | undefined {
  const m = CLOCK_RE.exec(hhmm);
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return undefined;
  return h * 60 + min;
}

/** 'HH:MM' for minutes since midnight, the inverse of {@link parseClock}. */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function wallMinutes(dt: DateTime, date: LocalDate): number {
  const dayOffset = dayNumber(formatLocalDate(dt.year, dt.month, dt.day)) - dayNumber(date);
  return dayOffset * MINUTES_PER_DAY + dt.hour * 60 + dt.minute;
}

/**
 * The instant at which Rome's wall clock shows `minutes` past midnight on `date`.
 *
 * So that "09:00" stays 09:00 across daylight-saving changes. A wall time in
 * the hour skipped in spring (02:00–03:00) does not exist: it maps to the
 * moment the clocks jump (03:00 local), which is when a person would find
 * the door open. A wall time repeated in autumn takes the later occurrence
 * (luxon's rule), consistently for starts and ends.
 */
export function romeInstant(date: LocalDate, minutes: number): Date {
  let day = date;
  let mins = Math.trunc(minutes);
  if (mins >= MINUTES_PER_DAY || mins < 0) {
    const shift = Math.floor(mins / MINUTES_PER_DAY);
    day = addDays(day, shift);
    mins -= shift * MINUTES_PER_DAY;
  }
  const { year, month, day: d } = requireDate(day);
  const dt = DateTime.fromObject(
    { year, month, day: d, hour: Math.floor(mins / 60), minute: mins % 60 },
    { zone: ROME_ZONE },
  );
  if (wallMinutes(dt, day) === mins) return dt.toJSDate();
  // Inside a spring-forward gap: luxon moved us past it; find the jump itself.
  let lo = dt.toMillis() - 3 * 60 * MS_PER_MINUTE; // wall time still before the gap
  let hi = dt.toMillis(); // wall time already after it
  while (hi - lo > MS_PER_MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
    const probe = DateTime.fromMillis(mid, { zone: ROME_ZONE });
    if (wallMinutes(probe, day) >= mins) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}
