import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appointmentIcs } from '../../../src/render/ics.js';

const golden = (name: string) => readFileSync(path.resolve('test/unit/render/golden', name), 'utf8');

const appointment = {
  uid: 'booking-K7QX2M@digipass-bot',
  sequence: 0,
  // Monday 30 March 2026, 09:00–09:45 in Rome: the day after summer time starts.
  start: new Date('2026-03-30T07:00:00Z'),
  end: new Date('2026-03-30T07:45:00Z'),
  summary: 'SPID (identità digitale) — DigiPASS Foligno',
  description: 'Codice K7QX2M. Porta: un documento d’identità valido, la tessera sanitaria, un telefono che riceve SMS.',
  location: 'DigiPASS Foligno, Centro Studi Foligno, via dei Monasteri 19, Foligno',
  geo: { lat: 42.956, lon: 12.703 },
  stamp: new Date('2026-03-01T10:00:00Z'),
};

describe('appointment calendar file', () => {
  it('matches the golden file: Europe/Rome with its VTIMEZONE, local wall-clock times, UTC stamp', () => {
    expect(appointmentIcs(appointment, 'DigiPASS Umbria')).toBe(golden('booking.ics'));
  });

  it('keeps 09:00 at 09:00 on both sides of a DST change', () => {
    const winter = appointmentIcs({ ...appointment, start: new Date('2026-03-27T08:00:00Z'), end: new Date('2026-03-27T08:45:00Z') }, 'x');
    expect(winter).toContain('DTSTART;TZID=Europe/Rome:20260327T090000');
    const summer = appointmentIcs(appointment, 'x');
    expect(summer).toContain('DTSTART;TZID=Europe/Rome:20260330T090000');
    expect(summer).toContain('DTSTAMP:20260301T100000Z');
  });

  it('marks a cancelled appointment and raises its sequence', () => {
    const out = appointmentIcs({ ...appointment, sequence: 2, cancelled: true }, 'x');
    expect(out).toContain('STATUS:CANCELLED');
    expect(out).toContain('SEQUENCE:2');
  });
});

describe('appointment file format', () => {
  it('ends every line with CRLF and folds at 75 octets, accents counted as two', () => {
    const out = appointmentIcs(appointment, 'DigiPASS Umbria');
    expect(out.endsWith('\r\n')).toBe(true);
    for (const line of out.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });
});
