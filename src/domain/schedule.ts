import { DateTime } from 'luxon';
import { ROME_ZONE } from './time.js';

/**
 * Reminder and digest times in Europe/Rome wall-clock terms: "the day before at the same
 * time" stays at the same hour on the door across the DST changes, where subtracting 24 h
 * would not.
 */
export function sameTimeDaysBefore(start: Date, days: number): Date {
  return DateTime.fromJSDate(start, { zone: ROME_ZONE }).minus({ days }).toJSDate();
}

export function hoursBefore(start: Date, hours: number): Date {
  return new Date(start.getTime() - hours * 3_600_000);
}

/** The next `isoWeekday` at `hh:mm` Rome time strictly after `now` (e.g. Monday 08:00 for the digest). */
export function nextWeekly(now: Date, isoWeekday: number, hour: number, minute = 0): Date {
  const local = DateTime.fromJSDate(now, { zone: ROME_ZONE });
  let candidate = local.set({ hour, minute, second: 0, millisecond: 0 }).plus({ days: (isoWeekday - local.weekday + 7) % 7 });
  if (candidate.toMillis() <= now.getTime()) candidate = candidate.plus({ weeks: 1 });
  return candidate.toJSDate();
}

/** ISO week label in Rome, for one-digest-per-week keys: "2026-W48". */
export function isoWeekKey(at: Date): string {
  const d = DateTime.fromJSDate(at, { zone: ROME_ZONE });
  return `${d.weekYear}-W${String(d.weekNumber).padStart(2, '0')}`;
}
