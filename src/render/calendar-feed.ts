/**
 * The subscribable calendar feed (webcal) of a point's courses and events.
 *
 * The lines are written here rather than with ical-generator: given a ready RRULE
 * string it offers no EXDATE at all, and its own recurrence object would rewrite
 * UNTIL in the calendar's zone. Writing the few properties by hand keeps RRULE
 * exactly as stored and EXDATE in the same TZID and wall-clock form as DTSTART,
 * which is what calendar clients match cancelled occurrences against.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';
import { ROME_ZONE } from '../domain/time.js';

/** One course or event in the feed; a recurring one is a single VEVENT with its RRULE. */
export interface FeedEvent {
  /** Stable across feed refreshes, so clients update the event instead of duplicating it. */
  uid: string;
  /** Raised whenever the event changes (RFC 5545 SEQUENCE). */
  sequence: number;
  /** First occurrence. */
  start: Date;
  end: Date;
  /** RRULE value (with or without the "RRULE:" prefix), UNTIL in UTC; null for a one-off event. */
  rrule: string | null;
  /** ISO instants of cancelled occurrences. */
  exdates: string[];
  summary: string;
  description: string;
  location: string;
  url?: string;
  /** The whole event (or series) is cancelled: kept in the feed so clients remove it. */
  cancelled: boolean;
}

export interface CalendarFeedOptions {
  /** Shown by clients as the subscription's name (X-WR-CALNAME, NAME). */
  name: string;
  /** The moment the feed is produced (DTSTAMP); passed in so output is deterministic. */
  stamp: Date;
  /** How often clients should poll, in minutes; 60 unless told. */
  refreshMinutes?: number;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const PRODID = '-//DigiPASS Umbria//DigiPASS Bot//IT';

/** RFC 5545 TEXT escaping; other control characters are dropped as the grammar forbids them. */
function text(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\t/g, ' ')
    .replace(/\n/g, '\\n');
}

/** Values written verbatim (RRULE, URL) must not be able to start a new line. */
function verbatim(value: string, what: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new RangeError(`${what} contains control characters`);
  return value;
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with a
 * space, which counts towards their 75, and a UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  // Most lines are short ASCII: nothing to fold.
  if (line.length <= MAX_OCTETS && /^[\x20-\x7e]*$/.test(line)) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const code = ch.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/**
 * Rome's offset from UTC for the hour an instant falls in. Offsets change only on the hour
 * (at the clock changes), so one lookup per hour serves every event in it; a feed of a
 * thousand events otherwise spends most of its time asking the time-zone database.
 */
const offsetByHour = new Map<number, number>();
function romeOffsetMinutes(t: number): number {
  const hour = Math.floor(t / 3_600_000);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    if (offsetByHour.size > 100_000) offsetByHour.clear();
    offset = DateTime.fromMillis(hour * 3_600_000, { zone: ROME_ZONE }).offset;
    offsetByHour.set(hour, offset);
  }
  return offset;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function romeWallClock(instant: Date): string {
  const local = new Date(instant.getTime() + romeOffsetMinutes(instant.getTime()) * 60_000);
  return `${pad(local.getUTCFullYear(), 4)}${pad(local.getUTCMonth() + 1)}${pad(local.getUTCDate())}T${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}${pad(local.getUTCSeconds())}`;
}

function utcStamp(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: 'UTC' }).toFormat("yyyyMMdd'T'HHmmss'Z'");
}

function exdateValues(exdates: readonly string[]): string[] {
  const instants = new Set<number>();
  for (const iso of exdates) {
    const t = Date.parse(iso);
    if (Number.isNaN(t)) throw new RangeError(`Invalid EXDATE instant: ${JSON.stringify(iso)}`);
    instants.add(t);
  }
  return [...instants].sort((a, b) => a - b).map((t) => romeWallClock(new Date(t)));
}

function eventLines(e: FeedEvent, stamp: string): string[] {
  if (e.end.getTime() < e.start.getTime()) throw new RangeError(`Event ${e.uid} ends before it starts`);
  if (!Number.isInteger(e.sequence) || e.sequence < 0) throw new RangeError(`Invalid SEQUENCE for ${e.uid}`);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${text(e.uid)}`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${e.sequence}`,
    `DTSTART;TZID=${ROME_ZONE}:${romeWallClock(e.start)}`,
    `DTEND;TZID=${ROME_ZONE}:${romeWallClock(e.end)}`,
  ];
  if (e.rrule !== null) {
    lines.push(`RRULE:${verbatim(e.rrule.trim().replace(/^RRULE:/i, ''), 'RRULE')}`);
    const exdates = exdateValues(e.exdates);
    if (exdates.length > 0) lines.push(`EXDATE;TZID=${ROME_ZONE}:${exdates.join(',')}`);
  }
  lines.push(`SUMMARY:${text(e.summary)}`);
  if (e.description !== '') lines.push(`DESCRIPTION:${text(e.description)}`);
  if (e.location !== '') lines.push(`LOCATION:${text(e.location)}`);
  if (e.url !== undefined && e.url !== '') lines.push(`URL:${verbatim(e.url, 'URL')}`);
  lines.push(`STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT');
  return lines;
}

/**
 * One VCALENDAR with every event of a feed, for citizens who subscribe from their phone.
 *
 * Times are Europe/Rome wall-clock values with the zone's VTIMEZONE, so a 09:00 course
 * stays at 09:00 after the change to summer time; RRULE is passed through as stored;
 * cancelled occurrences become EXDATEs in the same form as DTSTART; a cancelled event
 * stays in the feed with STATUS:CANCELLED so clients drop it. REFRESH-INTERVAL (RFC 7986)
 * and X-PUBLISHED-TTL tell clients how often to poll. Lines are folded at 75 octets and
 * end in CRLF.
 */
export function calendarFeed(events: readonly FeedEvent[], opts: CalendarFeedOptions): string {
  const refresh = opts.refreshMinutes ?? 60;
  if (!Number.isInteger(refresh) || refresh < 1) throw new RangeError(`Invalid refresh interval: ${String(refresh)}`);
  const stamp = utcStamp(opts.stamp);
  const vtimezone = getVtimezoneComponent(ROME_ZONE);
  if (!vtimezone) throw new Error(`No VTIMEZONE for ${ROME_ZONE}`);

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${text(opts.name)}`,
    `X-WR-CALNAME:${text(opts.name)}`,
    `X-WR-TIMEZONE:${ROME_ZONE}`,
    `REFRESH-INTERVAL;VALUE=DURATION:PT${refresh}M`,
    `X-PUBLISHED-TTL:PT${refresh}M`,
    ...vtimezone.split(/\r?\n/).filter((l) => l !== ''),
    ...events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
