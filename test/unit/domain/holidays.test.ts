import { describe, expect, it } from 'vitest';
import {
  easterSunday,
  holidaysFor,
  isHoliday,
  nationalHolidays,
  type PatronDay,
} from '../../../src/domain/holidays.js';

const PERUGIA = '054039';
const CORCIANO = '054015';
const ORVIETO = '055023';
const PATRONS: readonly PatronDay[] = Object.freeze([
  { comuneIstat: PERUGIA, month: 1, day: 29, name: 'San Costanzo' },
  { comuneIstat: '055032', month: 2, day: 14, name: 'San Valentino' },
  { comuneIstat: ORVIETO, month: 8, day: 15, name: 'Santa Maria Assunta' },
]);

describe('Easter moves every year', () => {
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // latest possible date
    [2285, '2285-03-22'], // earliest possible date
  ])('Easter %i is on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('Easter Monday closes offices: 6 April 2026 and 29 March 2027', () => {
    expect(isHoliday('2026-04-06', PERUGIA, [])).toMatchObject({ key: 'easter_monday', scope: 'national' });
    expect(isHoliday('2027-03-29', PERUGIA, [])).toMatchObject({ key: 'easter_monday' });
    expect(isHoliday('2026-04-07', PERUGIA, [])).toBeUndefined();
  });
});

describe('national holidays', () => {
  it('St Francis (4 October) is a holiday from 2026, not before', () => {
    expect(isHoliday('2026-10-04', PERUGIA, [])).toMatchObject({ key: 'st_francis' });
    expect(isHoliday('2027-10-04', PERUGIA, [])).toMatchObject({ key: 'st_francis' });
    expect(isHoliday('2025-10-04', PERUGIA, [])).toBeUndefined();
  });

  it('lists all of 2026 in date order', () => {
    expect(nationalHolidays(2026).map((h) => `${h.date} ${h.key}`)).toEqual([
      '2026-01-01 new_year',
      '2026-01-06 epiphany',
      '2026-04-05 easter',
      '2026-04-06 easter_monday',
      '2026-04-25 liberation_day',
      '2026-05-01 labour_day',
      '2026-06-02 republic_day',
      '2026-08-15 assumption',
      '2026-10-04 st_francis',
      '2026-11-01 all_saints',
      '2026-12-08 immaculate_conception',
      '2026-12-25 christmas',
      '2026-12-26 st_stephen',
    ]);
    expect(nationalHolidays(2025)).toHaveLength(12);
  });

  it('an ordinary Sunday is not a holiday (weekly hours handle Sundays)', () => {
    expect(isHoliday('2026-03-01', PERUGIA, [])).toBeUndefined();
  });

  it('answers the same, unchangeable list when asked twice', () => {
    const a = nationalHolidays(2030);
    expect(nationalHolidays(2030)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('rejects a malformed date rather than guessing', () => {
    expect(() => isHoliday('2026-02-30', PERUGIA, [])).toThrow(RangeError);
    expect(() => isHoliday('29/01/2026', PERUGIA, [])).toThrow(RangeError);
  });
});

describe('patron-saint days close only their own comune', () => {
  it('29 January is San Costanzo in Perugia, an ordinary day in Corciano', () => {
    expect(isHoliday('2026-01-29', PERUGIA, PATRONS)).toEqual({
      date: '2026-01-29',
      key: 'patron_saint',
      scope: 'municipal',
      name: 'San Costanzo',
      comuneIstat: PERUGIA,
    });
    expect(isHoliday('2026-01-29', CORCIANO, PATRONS)).toBeUndefined();
  });

  it('a national holiday on the same day is the one reported', () => {
    expect(isHoliday('2026-08-15', ORVIETO, PATRONS)).toMatchObject({ key: 'assumption' });
  });

  it('holidaysFor merges national and patron days in date order', () => {
    const list = holidaysFor(2026, PERUGIA, PATRONS);
    expect(list).toHaveLength(14);
    expect(list.slice(0, 3).map((h) => h.key)).toEqual(['new_year', 'epiphany', 'patron_saint']);
    expect(holidaysFor(2026, CORCIANO, PATRONS)).toHaveLength(13);
  });

  it('a patron day on 29 February counts only in leap years; impossible dates are ignored', () => {
    const odd: PatronDay[] = [
      { comuneIstat: PERUGIA, month: 2, day: 29, name: 'Leap' },
      { comuneIstat: PERUGIA, month: 13, day: 1, name: 'Bad' },
    ];
    expect(holidaysFor(2026, PERUGIA, odd)).toHaveLength(13);
    expect(holidaysFor(2028, PERUGIA, odd).some((h) => h.date === '2028-02-29')).toBe(true);
  });

  it('does not change the caller’s patron list', () => {
    const copy = JSON.stringify(PATRONS);
    holidaysFor(2026, PERUGIA, PATRONS);
    expect(JSON.stringify(PATRONS)).toBe(copy);
  });
});
