import { describe, expect, it } from 'vitest';
import { keepValidity, parseDay, parseFullDate, parseHoursRows, parseRange, parseRanges } from '../../../src/domain/hours-input.js';

describe('typed opening ranges', () => {
  it('reads the ways people write hours, and refuses nonsense', () => {
    expect(parseRange('9-13')).toEqual({ start: '09:00', end: '13:00' });
    expect(parseRange('09:30 – 12.45')).toEqual({ start: '09:30', end: '12:45' });
    for (const bad of ['13-9', '25-26', '9', 'mattina', '9:75-10']) expect(parseRange(bad)).toBeUndefined();
  });
});

describe('several ranges typed for one special day', () => {
  it('reads them separated by commas, "e" or new lines, in order', () => {
    expect(parseRanges('9-12, 15-18')).toEqual([
      { start: '09:00', end: '12:00' },
      { start: '15:00', end: '18:00' },
    ]);
    expect(parseRanges('15:00-18:30 e 9.30-12')).toEqual([
      { start: '09:30', end: '12:00' },
      { start: '15:00', end: '18:30' },
    ]);
    expect(parseRanges('9-11\n14-16; 17-19')).toHaveLength(3);
    expect(parseRanges('10-12')).toEqual([{ start: '10:00', end: '12:00' }]);
  });
  it('refuses the whole answer when one range is unreadable or two overlap', () => {
    for (const bad of ['9-12, pomeriggio', '9-12, 11-13', '9-12, 12-11', '', ' , ']) expect(parseRanges(bad)).toBeUndefined();
    // Back to back is fine: 12:00 ends one and starts the next.
    expect(parseRanges('9-12, 12-13')).toHaveLength(2);
  });
});

describe('dates in a file', () => {
  it('need their year', () => {
    expect(parseFullDate('2026-12-01')).toBe('2026-12-01');
    expect(parseFullDate('01/12/2026')).toBe('2026-12-01');
    expect(parseFullDate(' 1.4.2027 ')).toBe('2027-04-01');
    for (const bad of ['01/12', '31/11/2026', '2026-13-01', 'domani', '']) expect(parseFullDate(bad)).toBeUndefined();
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

describe('an hours file with validity columns', () => {
  const slugs = new Set(['digipass-foligno']);
  it('reads valid_from and valid_to; an empty cell means no bound; the end cannot come first', () => {
    const out = parseHoursRows(
      [
        { point: 'digipass-foligno', weekday: 'lun', start: '9', end: '13', facilitators: '1', valid_from: '2026-12-01', valid_to: '31/03/2027' },
        { point: 'digipass-foligno', weekday: 'mar', start: '9', end: '13', facilitators: '1', valid_from: '', valid_to: '' },
        { point: 'digipass-foligno', weekday: 'mer', start: '9', end: '13', facilitators: '1', valid_from: 'dicembre', valid_to: '' },
        { point: 'digipass-foligno', weekday: 'gio', start: '9', end: '13', facilitators: '1', valid_from: '2027-01-10', valid_to: '2027-01-09' },
      ],
      slugs,
    );
    expect(out.ranges).toEqual([
      { line: 2, pointSlug: 'digipass-foligno', weekday: 1, start: '09:00', end: '13:00', capacity: 1, validFrom: '2026-12-01', validTo: '2027-03-31' },
      { line: 3, pointSlug: 'digipass-foligno', weekday: 2, start: '09:00', end: '13:00', capacity: 1, validFrom: null, validTo: null },
    ]);
    expect(out.errors).toEqual([
      { line: 4, problem: 'valid_from "dicembre"' },
      { line: 5, problem: 'valid_to "2027-01-09"' },
    ]);
  });
  it('without the columns, the rows carry no validity at all (so the import keeps what was there)', () => {
    const out = parseHoursRows([{ point: 'digipass-foligno', weekday: 'lun', start: '9', end: '13', facilitators: '1' }], slugs);
    expect(out.ranges[0]).not.toHaveProperty('validFrom');
    expect(out.ranges[0]).not.toHaveProperty('validTo');
  });
});

describe('validity kept across an import', () => {
  const row = (weekday: number, start: string, extra: object = {}) => ({ line: 2, pointSlug: 'p', weekday, start, end: '13:00', capacity: 1, ...extra });
  const existing = [
    { weekday: 1, start: '09:00', end: '13:00', validFrom: '2026-12-01', validTo: null },
    { weekday: 1, start: '09:00', end: '13:00', validFrom: null, validTo: '2026-11-30' },
    { weekday: 2, start: '09:00', end: '13:00', validFrom: null, validTo: '2027-06-30' },
  ];
  it('an identical range keeps its dates, each earlier range lending them once', () => {
    expect(keepValidity([row(1, '09:00'), row(1, '09:00'), row(1, '09:00'), row(3, '09:00')], existing)).toEqual([
      { validFrom: '2026-12-01', validTo: null },
      { validFrom: null, validTo: '2026-11-30' },
      { validFrom: null, validTo: null },
      { validFrom: null, validTo: null },
    ]);
  });
  it("the file's own columns win, even when empty", () => {
    expect(keepValidity([row(2, '09:00', { validFrom: null, validTo: null }), row(1, '09:00', { validFrom: '2027-01-01' })], existing)).toEqual([
      { validFrom: null, validTo: null },
      { validFrom: '2027-01-01', validTo: null },
    ]);
  });
  it('does not change its inputs', () => {
    const copy = structuredClone(existing);
    keepValidity([row(1, '09:00')], existing);
    expect(existing).toEqual(copy);
  });
});
