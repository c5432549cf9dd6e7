import { describe, expect, it } from 'vitest';
import {
  addDays,
  isLocalDate,
  isoWeekday,
  localDateInRome,
  parseClock,
  romeInstant,
} from '../../../src/domain/time.js';

describe('Italian calendar dates', () => {
  it('just after midnight in Italy is already the next day, while UTC is still on the previous one', () => {
    // 2026-01-28T23:30Z = 00:30 on 29 January in Rome (CET, +01:00)
    expect(localDateInRome(new Date('2026-01-28T23:30:00Z'))).toBe('2026-01-29');
    // 2026-07-01T22:30Z = 00:30 on 2 July in Rome (CEST, +02:00)
    expect(localDateInRome(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
  });

  it('adds days across month, year and DST boundaries', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('knows the ISO weekday', () => {
    expect(isoWeekday('2026-04-06')).toBe(1); // Easter Monday
    expect(isoWeekday('2026-10-04')).toBe(7); // Sunday
  });

  it('validates dates and clock times', () => {
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(parseClock('09:00')).toBe(540);
    expect(parseClock('9:30')).toBe(570);
    expect(parseClock('24:00')).toBe(1440);
    expect(parseClock('24:30')).toBeUndefined();
    expect(parseClock('12:60')).toBeUndefined();
  });
});

describe('wall-clock times become the right instants', () => {
  it('09:00 is 08:00Z in winter and 07:00Z in summer', () => {
    expect(romeInstant('2026-03-27', 540).toISOString()).toBe('2026-03-27T08:00:00.000Z');
    expect(romeInstant('2026-03-30', 540).toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });

  it('a time in the hour skipped on 29 March 2026 means the moment clocks jump to 03:00', () => {
    // 02:30 does not exist; 03:00 CEST = 01:00Z
    expect(romeInstant('2026-03-29', 150).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(romeInstant('2026-03-29', 120).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(romeInstant('2026-03-29', 180).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(romeInstant('2026-03-29', 119).toISOString()).toBe('2026-03-29T00:59:00.000Z'); // 01:59 CET
  });

  it('a time repeated on 25 October 2026 takes the later occurrence', () => {
    // 02:30 happens at 00:30Z (CEST) and again at 01:30Z (CET)
    expect(romeInstant('2026-10-25', 150).toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });

  it('24:00 is the next midnight', () => {
    expect(romeInstant('2026-10-25', 1440).toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });
});
