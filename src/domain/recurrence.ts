/**
 * Recurring courses and events: RRULE presets, expansion into concrete
 * occurrences, and a structured reading of a rule for display.
 *
 * Facilitators think in Italian wall-clock time ("every Tuesday at 09:00"),
 * so expansion happens in floating local time and each occurrence is turned
 * into an instant in Europe/Rome only at the end, with luxon. rrule's own
 * TZID support depends on the zone of the process running it, which is why
 * it is not used here.
 */
import rrulePkg from 'rrule';
import { DateTime } from 'luxon';
import { ROME_ZONE, isLocalDate, type IsoWeekday, type LocalDate } from './time.js';

// rrule is CommonJS without an exports map: only the default import works at run time.
const { RRule } = rrulePkg;

/** How a recurrence ends: on a local date (inclusive) or after a number of occurrences. */
export type RecurrenceEnd = { until: LocalDate } | { count: number };

/** Which weekday of the month: first to fourth, or the last (-1). */
export type NthWeekday = 1 | 2 | 3 | 4 | -1;

/** One concrete occurrence of an event, as instants. */
export interface Occurrence {
  start: Date;
  end: Date;
}

/** What the expansion needs from an event; `exdates` are ISO instants of cancelled occurrences. */
export interface RecurringEvent {
  start: Date;
  end: Date;
  rrule: string | null;
  exdates: readonly string[];
}

/** A structured reading of a rule, enough to render "every Tuesday until 15 December". */
export interface RuleDescription {
  freq: 'weekly' | 'monthly';
  interval: number;
  days: IsoWeekday[];
  nth?: NthWeekday;
  until?: LocalDate;
  count?: number;
}

const DAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

function dayCode(day: IsoWeekday): string {
  const code = DAY_CODES[day - 1];
  if (code === undefined || !Number.isInteger(day)) throw new RangeError(`Invalid ISO weekday: ${String(day)}`);
  return code;
}

/**
 * UNTIL for "up to and including that local day": the last second of the day in
 * Europe/Rome, written in UTC as RFC 5545 requires when DTSTART carries a TZID.
 */
function untilPart(until: LocalDate): string {
  if (!isLocalDate(until)) throw new RangeError(`Invalid local date: ${JSON.stringify(until)}`);
  const endOfDay = DateTime.fromISO(until, { zone: ROME_ZONE }).endOf('day').toUTC();
  return `UNTIL=${endOfDay.toFormat("yyyyMMdd'T'HHmmss'Z'")}`;
}

function endPart(end: RecurrenceEnd): string {
  if ('until' in end) return untilPart(end.until);
  if (!Number.isInteger(end.count) || end.count < 1) {
    throw new RangeError(`Invalid occurrence count: ${String(end.count)}`);
  }
  return `COUNT=${end.count}`;
}

/**
 * Weekly on one or more weekdays, e.g. a course every Tuesday and Thursday.
 * Returns the rule value without the "RRULE:" prefix, ready to store and to put in a feed.
 */
export function weeklyOn(days: readonly IsoWeekday[], end: RecurrenceEnd): string {
  if (days.length === 0) throw new RangeError('weeklyOn needs at least one weekday');
  const unique = [...new Set(days)].sort((a, b) => a - b);
  return `FREQ=WEEKLY;BYDAY=${unique.map(dayCode).join(',')};${endPart(end)}`;
}

/** Every other week on one weekday, the usual rhythm of a fortnightly workshop. */
export function everyTwoWeeks(day: IsoWeekday, end: RecurrenceEnd): string {
  return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${dayCode(day)};${endPart(end)}`;
}

/** The nth (or last, -1) weekday of every month, e.g. "the second Tuesday". */
export function monthlyOnWeekday(nth: NthWeekday, day: IsoWeekday, end: RecurrenceEnd): string {
  if (![1, 2, 3, 4, -1].includes(nth)) throw new RangeError(`Invalid week of month: ${String(nth)}`);
  return `FREQ=MONTHLY;BYDAY=${nth}${dayCode(day)};${endPart(end)}`;
}

/** The rule value without an optional "RRULE:" prefix; anything else (DTSTART, RDATE lines) is refused. */
function ruleValue(rrule: string): string {
  const trimmed = rrule.trim().replace(/^RRULE:/i, '');
  if (trimmed === '' || /[\r\n]/.test(trimmed) || !/^FREQ=|;FREQ=/i.test(trimmed)) {
    throw new RangeError(`Not a single RRULE value: ${JSON.stringify(rrule)}`);
  }
  return trimmed;
}

function ruleParts(value: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const piece of value.split(';')) {
    const eq = piece.indexOf('=');
    if (eq <= 0) throw new RangeError(`Malformed RRULE part: ${JSON.stringify(piece)}`);
    parts.set(piece.slice(0, eq).toUpperCase(), piece.slice(eq + 1).toUpperCase());
  }
  return parts;
}

/**
 * UNTIL as a floating wall-clock value placed in UTC, so it can be compared with
 * the floating occurrences. A UTC UNTIL (the normal case) is converted to Rome
 * wall-clock time; a floating one is taken as it is; a date-only one covers its whole day.
 */
function floatingUntil(raw: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(raw);
  if (!m) throw new RangeError(`Malformed UNTIL: ${JSON.stringify(raw)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[4] === undefined) return new Date(Date.UTC(y, mo - 1, d, 23, 59, 59));
  const [h, mi, s] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (m[7] === undefined) return new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const local = DateTime.fromObject({ year: y, month: mo, day: d, hour: h, minute: mi, second: s }, { zone: 'UTC' }).setZone(ROME_ZONE);
  return toFloating(local);
}

/** The Europe/Rome wall-clock fields of an instant, placed in UTC. */
function toFloating(local: DateTime): Date {
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond));
}

function instantToFloating(instant: Date): Date {
  return toFloating(DateTime.fromJSDate(instant, { zone: ROME_ZONE }));
}

/** The Europe/Rome instant for wall-clock fields placed in UTC (a missing 02:30 moves forward, as luxon does). */
function floatingToInstant(floating: Date): Date {
  return DateTime.fromObject(
    {
      year: floating.getUTCFullYear(),
      month: floating.getUTCMonth() + 1,
      day: floating.getUTCDate(),
      hour: floating.getUTCHours(),
      minute: floating.getUTCMinutes(),
      second: floating.getUTCSeconds(),
      millisecond: floating.getUTCMilliseconds(),
    },
    { zone: ROME_ZONE },
  ).toJSDate();
}

const DAY_MS = 86_400_000;

/**
 * The occurrences of an event that overlap a window, ascending, at most `limit`.
 *
 * The rule is expanded in floating Rome wall-clock time, so a 09:00 course stays at
 * 09:00 across the changes to and from summer time whatever the server's zone, and
 * keeps its wall-clock length (09:00–11:00). Cancelled occurrences (`exdates`) are
 * matched by instant and skipped. A non-recurring event is its single occurrence.
 *
 * The event's start should itself be an occurrence of the rule (the presets' callers
 * pick a first day that matches): RFC 5545 leaves the other case undefined, clients
 * disagree, and this expansion, like rrule, does not add a start that the rule skips.
 */
export function expandOccurrences(
  event: RecurringEvent,
  window: { from: Date; to: Date },
  limit = 500,
): Occurrence[] {
  const overlaps = (o: Occurrence) =>
    o.start.getTime() < window.to.getTime() && o.end.getTime() > window.from.getTime();
  if (limit <= 0) return [];
  if (event.rrule === null) {
    const only = { start: new Date(event.start.getTime()), end: new Date(event.end.getTime()) };
    return overlaps(only) ? [only] : [];
  }

  const value = ruleValue(event.rrule);
  const parsed = RRule.parseString(value);
  const untilRaw = ruleParts(value).get('UNTIL');
  const dtstart = instantToFloating(event.start);
  const durationMs = instantToFloating(event.end).getTime() - dtstart.getTime();
  const rule = new RRule({
    ...parsed,
    dtstart,
    tzid: null,
    until: untilRaw === undefined ? null : floatingUntil(untilRaw),
  });

  const cancelled = new Set<number>();
  for (const iso of event.exdates) {
    const t = Date.parse(iso);
    if (Number.isNaN(t)) throw new RangeError(`Invalid EXDATE instant: ${JSON.stringify(iso)}`);
    cancelled.add(t);
  }

  // Search a floating range widened by the duration and a day on each side (offsets are
  // at most a couple of hours), then filter exactly on instants.
  const after = new Date(instantToFloating(window.from).getTime() - Math.max(durationMs, 0) - DAY_MS);
  const before = new Date(instantToFloating(window.to).getTime() + DAY_MS);
  const out: Occurrence[] = [];
  rule.between(after, before, true, (floatingStart) => {
    const start = floatingToInstant(floatingStart);
    const end = floatingToInstant(new Date(floatingStart.getTime() + durationMs));
    const occurrence = { start, end };
    if (!cancelled.has(start.getTime()) && overlaps(occurrence)) out.push(occurrence);
    return out.length < limit;
  });
  return out;
}

const FREQS = { WEEKLY: 'weekly', MONTHLY: 'monthly' } as const;

/**
 * A structured reading of a rule so the bot can say "every Tuesday until 15 December"
 * or "the second Tuesday of each month" without parsing RRULE text again.
 * Only the weekly and monthly-by-weekday shapes the presets produce are supported.
 */
export function describeRule(rrule: string): RuleDescription {
  const parts = ruleParts(ruleValue(rrule));
  const freqRaw = parts.get('FREQ') ?? '';
  if (!(freqRaw in FREQS)) throw new RangeError(`Unsupported FREQ: ${JSON.stringify(freqRaw)}`);
  const freq = FREQS[freqRaw as keyof typeof FREQS];

  const intervalRaw = parts.get('INTERVAL');
  const interval = intervalRaw === undefined ? 1 : Number(intervalRaw);
  if (!Number.isInteger(interval) || interval < 1) throw new RangeError(`Invalid INTERVAL: ${String(intervalRaw)}`);

  const days: IsoWeekday[] = [];
  let nth: NthWeekday | undefined;
  for (const item of (parts.get('BYDAY') ?? '').split(',').filter((s) => s !== '')) {
    const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
    if (!m || m[2] === undefined) throw new RangeError(`Invalid BYDAY: ${JSON.stringify(item)}`);
    const day = (DAY_CODES.indexOf(m[2] as (typeof DAY_CODES)[number]) + 1) as IsoWeekday;
    if (!days.includes(day)) days.push(day);
    if (m[1] !== undefined) {
      const n = Number(m[1]);
      if (![1, 2, 3, 4, -1].includes(n)) throw new RangeError(`Unsupported week of month: ${m[1]}`);
      if (nth !== undefined && nth !== n) throw new RangeError('Mixed weeks of month are not supported');
      nth = n as NthWeekday;
    }
  }
  days.sort((a, b) => a - b);

  const description: RuleDescription = { freq, interval, days };
  if (nth !== undefined) description.nth = nth;
  const untilRaw = parts.get('UNTIL');
  if (untilRaw !== undefined) {
    const f = floatingUntil(untilRaw);
    description.until = f.toISOString().slice(0, 10);
  }
  const countRaw = parts.get('COUNT');
  if (countRaw !== undefined) {
    const count = Number(countRaw);
    if (!Number.isInteger(count) || count < 1) throw new RangeError(`Invalid COUNT: ${countRaw}`);
    description.count = count;
  }
  return description;
}

/**
 * The same rule for a series moved by `days` (e.g. from Tuesday to Wednesday): each weekday
 * shifts with it, the rhythm and the end stay. Only the shapes the presets produce.
 */
export function shiftRule(rrule: string, days: number): string {
  const shift = ((Math.trunc(days) % 7) + 7) % 7;
  if (shift === 0) return ruleValue(rrule);
  const r = describeRule(rrule);
  const moved = r.days.map((d) => ((((d - 1 + shift) % 7) + 7) % 7) + 1) as IsoWeekday[];
  const end: RecurrenceEnd = r.count !== undefined ? { count: r.count } : { until: r.until! };
  if (r.count === undefined && r.until === undefined) throw new RangeError('A series without an end cannot be moved');
  if (r.freq === 'monthly') return monthlyOnWeekday(r.nth ?? 1, moved[0]!, end);
  if (r.interval === 2) return everyTwoWeeks(moved[0]!, end);
  return weeklyOn(moved, end);
}

/** The repeat presets /newevent offers (and /myevents, to change them). */
export const RECURRENCE_PRESETS = ['once', 'weekly', 'biweekly', 'monthly'] as const;
export type RecurrencePreset = (typeof RECURRENCE_PRESETS)[number];

/** Which week of the month a date is in: 1–4, or -1 for the fifth (= the last). */
export function nthOfMonth(date: LocalDate): NthWeekday {
  const n = Math.ceil(Number(date.slice(8, 10)) / 7);
  return (n >= 5 ? -1 : n) as NthWeekday;
}

/**
 * The rule for a preset chosen for a series whose first date is `first` (its weekday, or its
 * week of the month, anchors the rule so that the first date is one of the occurrences);
 * `days` are the weekdays of a weekly series. Null for a one-off event.
 */
export function presetRule(preset: RecurrencePreset, first: LocalDate, end: RecurrenceEnd | undefined, days: readonly IsoWeekday[] = []): string | null {
  if (preset === 'once') return null;
  if (!end) throw new RangeError('A series needs an end');
  const day = isoWeekdayOf(first);
  if (preset === 'weekly') return weeklyOn([day, ...days], end);
  if (preset === 'biweekly') return everyTwoWeeks(day, end);
  return monthlyOnWeekday(nthOfMonth(first), day, end);
}

function isoWeekdayOf(date: LocalDate): IsoWeekday {
  if (!isLocalDate(date)) throw new RangeError(`Invalid local date: ${JSON.stringify(date)}`);
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return (d === 0 ? 7 : d) as IsoWeekday;
}

/**
 * Which of `starts` (dates people signed up for) the changed series no longer has, from
 * `now` on: when a series gets shorter, less frequent or becomes one-off, those people must
 * be told their date is cancelled. Dates already past are left alone. Input is not changed.
 */
export function droppedStarts(series: RecurringEvent, starts: readonly Date[], now: Date): Date[] {
  const seen = new Set<number>();
  const out: Date[] = [];
  for (const s of starts) {
    const t = s.getTime();
    if (t < now.getTime() || seen.has(t)) continue;
    seen.add(t);
    const kept = expandOccurrences(series, { from: s, to: new Date(t + 1) }).some((o) => o.start.getTime() === t);
    if (!kept) out.push(new Date(t));
  }
  return out.sort((a, b) => a.getTime() - b.getTime());
}
