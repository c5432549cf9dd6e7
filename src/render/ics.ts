import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { DateTime } from 'luxon';
import { ROME_ZONE } from '../domain/time.js';
import { foldLine } from './calendar-feed.js';

export interface IcsAppointment {
  uid: string;
  /** Raised whenever the appointment changes (RFC 5545 SEQUENCE). */
  sequence: number;
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string;
  geo?: { lat: number; lon: number };
  cancelled?: boolean;
  /** The moment the file is produced (DTSTAMP); passed in so output is deterministic. */
  stamp: Date;
}

/**
 * An iCalendar file for one appointment, in Europe/Rome with its VTIMEZONE, so phones and
 * Outlook show the time on the door. ical-generator gets zone-aware luxon values: a plain
 * Date would be formatted with the server's own zone.
 */
export function appointmentIcs(a: IcsAppointment, calendarName: string): string {
  const cal = ical({
    prodId: { company: 'DigiPASS Umbria', product: 'DigiPASS Bot', language: 'IT' },
    name: calendarName,
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: ROME_ZONE, generator: getVtimezoneComponent },
  });
  cal.createEvent({
    id: a.uid,
    sequence: a.sequence,
    start: DateTime.fromJSDate(a.start, { zone: ROME_ZONE }),
    end: DateTime.fromJSDate(a.end, { zone: ROME_ZONE }),
    timezone: ROME_ZONE,
    stamp: DateTime.fromJSDate(a.stamp, { zone: 'UTC' }),
    summary: a.summary,
    description: a.description,
    location: a.geo ? { title: a.location, geo: a.geo } : a.location,
    status: a.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  // With a calendar time zone set, ical-generator writes DTSTAMP as local time without "Z";
  // RFC 5545 requires UTC there.
  const stamp = DateTime.fromJSDate(a.stamp, { zone: 'UTC' }).toFormat("yyyyMMdd'T'HHmmss'Z'");
  // ical-generator folds by characters; RFC 5545 counts octets (accented letters are two):
  // unfold, then fold again by octets, and end the last line with CRLF too.
  const lines = cal
    .toString()
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((l) => l !== '')
    .map((l) => (l.startsWith('DTSTAMP:') ? `DTSTAMP:${stamp}` : l));
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
