import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { expandOccurrences, monthlyOnWeekday, weeklyOn } from '../../../src/domain/recurrence.js';
import { calendarFeed, foldLine, type FeedEvent } from '../../../src/render/calendar-feed.js';
import ICAL from 'ical.js';

const golden = (name: string) => readFileSync(path.resolve('test/unit/render/golden', name), 'utf8');

// Tuesdays 09:00–11:00 in Rome from 17 March to 21 April 2026; 31 March is cancelled.
const weekly: FeedEvent = {
  uid: 'course-42@digipass-bot',
  sequence: 3,
  start: new Date('2026-03-17T08:00:00Z'), // 09:00 CET
  end: new Date('2026-03-17T10:00:00Z'), // 11:00 CET
  rrule: weeklyOn([2], { until: '2026-04-21' }),
  exdates: ['2026-03-31T07:00:00Z'], // 09:00 CEST
  summary: 'Corso: usare lo SPID, l’app IO e il fascicolo sanitario elettronico',
  description: 'Porta il tuo telefono; la tessera sanitaria, un documento d’identità.\nIl corso è gratuito, posti limitati: 12 persone per incontro, prenotazione consigliata.',
  location: 'DigiPASS Foligno, via dei Monasteri 19, Foligno',
  url: 'https://digipass.example.org/corsi/42',
  cancelled: false,
};

// A one-off event on Saturday 24 October 2026, 10:00–12:00 CEST, called off.
const cancelled: FeedEvent = {
  uid: 'event-7@digipass-bot',
  sequence: 1,
  start: new Date('2026-10-24T08:00:00Z'),
  end: new Date('2026-10-24T10:00:00Z'),
  rrule: null,
  exdates: [],
  summary: 'Open day',
  description: '',
  location: 'DigiPASS Spoleto',
  cancelled: true,
};

// The second Tuesday of six months from January 2026, 15:00–17:00.
const monthly: FeedEvent = {
  uid: 'course-43@digipass-bot',
  sequence: 0,
  start: new Date('2026-01-13T14:00:00Z'),
  end: new Date('2026-01-13T16:00:00Z'),
  rrule: monthlyOnWeekday(2, 2, { count: 6 }),
  exdates: ['2026-04-14T13:00:00Z', '2026-02-10T14:00:00Z'],
  summary: 'Sportello: pagoPA',
  description: 'Una volta al mese.',
  location: 'DigiPASS Terni',
  cancelled: false,
};

const opts = { name: 'DigiPASS Foligno — corsi ed eventi', stamp: new Date('2026-03-01T10:00:00Z') };
const feed = calendarFeed([weekly, cancelled, monthly], opts);
const lines = feed.split('\r\n');

/** Content lines with folding undone. */
const unfolded = feed.replace(/\r\n /g, '').split('\r\n');

describe('calendar feed', () => {
  it('matches the golden file exactly', () => {
    expect(feed).toBe(golden('feed-weekly.ics'));
  });

  it('uses CRLF only, ends with CRLF, and keeps every line within 75 octets', () => {
    expect(feed.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(feed.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // The long description really was folded.
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });

  it('announces the name and the refresh interval', () => {
    expect(unfolded).toContain('X-WR-CALNAME:DigiPASS Foligno — corsi ed eventi');
    expect(unfolded).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT60M');
    expect(unfolded).toContain('X-PUBLISHED-TTL:PT60M');
    const quick = calendarFeed([], { ...opts, refreshMinutes: 15 });
    expect(quick).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT15M\r\nX-PUBLISHED-TTL:PT15M\r\n');
    expect(() => calendarFeed([], { ...opts, refreshMinutes: 0 })).toThrow(RangeError);
  });

  it('carries the Europe/Rome VTIMEZONE once, before the events', () => {
    expect(unfolded.filter((l) => l === 'BEGIN:VTIMEZONE')).toHaveLength(1);
    expect(unfolded.indexOf('TZID:Europe/Rome')).toBeLessThan(unfolded.indexOf('BEGIN:VEVENT'));
  });

  it('writes wall-clock DTSTART/DTEND with TZID, the RRULE as given with UTC UNTIL, and EXDATE with TZID', () => {
    expect(unfolded).toContain('DTSTART;TZID=Europe/Rome:20260317T090000');
    expect(unfolded).toContain('DTEND;TZID=Europe/Rome:20260317T110000');
    expect(unfolded).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20260421T215959Z');
    // 07:00Z on 31 March is 09:00 CEST: the same wall-clock time as DTSTART.
    expect(unfolded).toContain('EXDATE;TZID=Europe/Rome:20260331T090000');
    // Several EXDATEs are sorted and comma-separated.
    expect(unfolded).toContain('EXDATE;TZID=Europe/Rome:20260210T150000,20260414T150000');
    expect(unfolded).toContain('RRULE:FREQ=MONTHLY;BYDAY=2TU;COUNT=6');
  });

  it('EXDATE values are exactly occurrences the rule produces', () => {
    const occurrences = expandOccurrences({ ...weekly, exdates: [] }, { from: weekly.start, to: new Date('2027-01-01T00:00:00Z') });
    const wallClock = occurrences.map((o) => DateTime.fromJSDate(o.start, { zone: 'Europe/Rome' }).toFormat("yyyyMMdd'T'HHmmss"));
    expect(wallClock).toEqual(['20260317T090000', '20260324T090000', '20260331T090000', '20260407T090000', '20260414T090000', '20260421T090000']);
  });

  it('writes SEQUENCE, STATUS and a UTC DTSTAMP per event', () => {
    expect(unfolded.filter((l) => l.startsWith('SEQUENCE:'))).toEqual(['SEQUENCE:3', 'SEQUENCE:1', 'SEQUENCE:0']);
    expect(unfolded.filter((l) => l.startsWith('STATUS:'))).toEqual(['STATUS:CONFIRMED', 'STATUS:CANCELLED', 'STATUS:CONFIRMED']);
    expect(unfolded.filter((l) => l.startsWith('DTSTAMP:'))).toEqual(Array(3).fill('DTSTAMP:20260301T100000Z'));
    expect(unfolded).toContain('UID:course-42@digipass-bot');
    // A one-off event has no RRULE or EXDATE.
    const single = calendarFeed([cancelled], opts);
    const vevent = single.slice(single.indexOf('BEGIN:VEVENT'));
    expect(vevent).not.toContain('RRULE');
    expect(single).not.toContain('EXDATE');
    expect(single).not.toContain('EXDATE');
  });

  it('escapes text and refuses line breaks in verbatim values', () => {
    expect(unfolded).toContain('LOCATION:DigiPASS Foligno\\, via dei Monasteri 19\\, Foligno');
    expect(unfolded.find((l) => l.startsWith('DESCRIPTION:Porta'))).toContain('telefono\\; la tessera');
    expect(unfolded.find((l) => l.startsWith('DESCRIPTION:Porta'))).toContain('identità.\\nIl corso');
    expect(() => calendarFeed([{ ...weekly, rrule: 'FREQ=WEEKLY\r\nX-EVIL:1' }], opts)).toThrow(RangeError);
    expect(() => calendarFeed([{ ...weekly, url: 'https://x\nX-EVIL:1' }], opts)).toThrow(RangeError);
  });

  it('is the same whatever the order of EXDATEs and does not mutate its input', () => {
    const copy = structuredClone(monthly);
    calendarFeed([monthly], opts);
    expect(monthly).toEqual(copy);
    expect(calendarFeed([{ ...monthly, exdates: [...monthly.exdates].reverse() }], opts)).toBe(calendarFeed([monthly], opts));
  });
});

describe('foldLine', () => {
  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'à'.repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
    expect(foldLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldLine('A'.repeat(76))).toBe(`${'A'.repeat(75)}\r\n A`);
  });
});

describe('the feed as a calendar program reads it (ical.js)', () => {
  it('parses, and expands the weekly course to the same Rome times across the DST change, minus the EXDATE', () => {
    const start = new Date('2026-03-17T08:00:00Z'); // Tuesday 09:00 CET
    const event = { start, end: new Date('2026-03-17T10:00:00Z'), rrule: weeklyOn([2], { count: 4 }), exdates: ['2026-03-31T07:00:00.000Z'] };
    const body = calendarFeed(
      [{ uid: 'event-1@digipass-bot', sequence: 2, ...event, summary: 'Corso', description: '', location: 'Foligno', cancelled: false }],
      { name: 'DigiPASS', stamp: new Date('2026-03-01T00:00:00Z') },
    );
    const comp = new ICAL.Component(ICAL.parse(body));
    const tz = comp.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(new ICAL.Timezone(tz));
    const vevent = new ICAL.Event(comp.getFirstSubcomponent('vevent')!);
    expect(vevent.uid).toBe('event-1@digipass-bot');
    expect(vevent.sequence).toBe(2);
    const it = vevent.iterator();
    const seen: string[] = [];
    for (let next = it.next(); next && seen.length < 10; next = it.next()) {
      const d = next.toJSDate();
      const excluded = vevent.component.getAllProperties('exdate').some((p) => (p.getFirstValue() as ICAL.Time).toJSDate().getTime() === d.getTime());
      if (!excluded) seen.push(d.toISOString());
    }
    // 09:00 in Rome each Tuesday: 08:00Z before the 29 March change, 07:00Z after; the 31st cancelled.
    expect(seen).toEqual(['2026-03-17T08:00:00.000Z', '2026-03-24T08:00:00.000Z', '2026-04-07T07:00:00.000Z']);
    const ours = expandOccurrences(event, { from: new Date('2026-03-01'), to: new Date('2026-05-01') }).map((o) => o.start.toISOString());
    expect(ours).toEqual(seen);
  });
});
