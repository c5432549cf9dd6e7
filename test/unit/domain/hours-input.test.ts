import { describe, expect, it } from 'vitest';
import { parseDay, parseHoursRows, parseRange } from '../../../src/domain/hours-input.js';

describe('typed opening ranges', () => {
  it('reads the ways people write hours, and refuses nonsense', () => {
    expect(parseRange('9-13')).toEqual({ start: '09:00', end: '13:00' });
    expect(parseRange('09:30 – 12.45')).toEqual({ start: '09:30', end: '12:45' });
    for (const bad of ['13-9', '25-26', '9', 'mattina', '9:75-10']) expect(parseRange(bad)).toBeUndefined();
  });
});

describe('typed days', () => {
  it('takes the next such day when no year is given', () => {
    expect(parseDay('24/12', '2026-11-23')).toBe('2026-12-24');
    expect(parseDay('6/1', '2026-11-23')).toBe('2027-01-06');
    expect(parseDay('2026-12-08', '2026-11-23')).toBe('2026-12-08');
    expect(parseDay('31/12/2026', '2026-11-23')).toBe('2026-12-31');
  });
  it('refuses days that do not exist', () => {
    for (const bad of ['31/11', '30/02/2027', 'domani', '12-24']) expect(parseDay(bad, '2026-11-23')).toBeUndefined();
  });
});

describe('an hours file', () => {
  const slugs = new Set(['digipass-foligno', 'digipass-gubbio']);
  it('reads weekdays in Italian or English and numbers, and lists every bad line', () => {
    const out = parseHoursRows(
      [
        { point: 'digipass-foligno', weekday: 'Lunedì', start: '9:00', end: '13:00', facilitators: '2' },
        { point: 'digipass-gubbio', weekday: 'fri', start: '15', end: '18', facilitators: '' },
        { point: 'digipass-nowhere', weekday: '1', start: '9', end: '12', facilitators: '1' },
        { point: 'digipass-gubbio', weekday: 'someday', start: '9', end: '12', facilitators: '1' },
        { point: 'digipass-gubbio', weekday: '3', start: '12', end: '9', facilitators: '1' },
      ],
      slugs,
    );
    expect(out.ranges).toEqual([
      { line: 2, pointSlug: 'digipass-foligno', weekday: 1, start: '09:00', end: '13:00', capacity: 2 },
      { line: 3, pointSlug: 'digipass-gubbio', weekday: 5, start: '15:00', end: '18:00', capacity: 1 },
    ]);
    expect(out.errors.map((e) => e.line)).toEqual([4, 5, 6]);
  });
});
