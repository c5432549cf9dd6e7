import { describe, expect, it } from 'vitest';
import {
  describeRule,
  droppedStarts,
  nthOfMonth,
  presetRule,
  shiftRule,
  everyTwoWeeks,
  expandOccurrences,
  monthlyOnWeekday,
  weeklyOn,
} from '../../../src/domain/recurrence.js';

const iso = (occ: { start: Date; end: Date }[]) => occ.map((o) => [o.start.toISOString(), o.end.toISOString()]);
const wide = { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2028-01-01T00:00:00Z') };

// Tuesday 17 March 2026, 09:00–11:00 in Rome (CET, +01:00).
const marchCourse = {
  start: new Date('2026-03-17T08:00:00Z'),
  end: new Date('2026-03-17T10:00:00Z'),
  rrule: weeklyOn([2], { count: 4 }),
  exdates: [] as string[],
};

describe('presets', () => {
  it('writes weekly rules with UNTIL at the end of the local day in UTC', () => {
    // 15 December is in winter time: 23:59:59 in Rome is 22:59:59Z.
    expect(weeklyOn([2], { until: '2026-12-15' })).toBe('FREQ=WEEKLY;BYDAY=TU;UNTIL=20261215T225959Z');
    // 30 June is in summer time: 23:59:59 in Rome is 21:59:59Z.
    expect(weeklyOn([4, 2, 2], { until: '2026-06-30' })).toBe('FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20260630T215959Z');
    expect(weeklyOn([1], { count: 6 })).toBe('FREQ=WEEKLY;BYDAY=MO;COUNT=6');
  });

  it('writes fortnightly and monthly-by-weekday rules', () => {
    expect(everyTwoWeeks(3, { count: 5 })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=WE;COUNT=5');
    expect(monthlyOnWeekday(2, 2, { until: '2026-12-31' })).toBe('FREQ=MONTHLY;BYDAY=2TU;UNTIL=20261231T225959Z');
    expect(monthlyOnWeekday(-1, 5, { count: 3 })).toBe('FREQ=MONTHLY;BYDAY=-1FR;COUNT=3');
  });

  it('rejects nonsense', () => {
    expect(() => weeklyOn([], { count: 1 })).toThrow(RangeError);
    expect(() => weeklyOn([2], { count: 0 })).toThrow(RangeError);
    expect(() => weeklyOn([2], { until: '2026-02-30' })).toThrow(RangeError);
    expect(() => monthlyOnWeekday(5 as never, 2, { count: 1 })).toThrow(RangeError);
  });
});

describe('expandOccurrences', () => {
  it('keeps 09:00–11:00 local across the start of summer time (29 March 2026)', () => {
    expect(iso(expandOccurrences(marchCourse, wide))).toEqual([
      ['2026-03-17T08:00:00.000Z', '2026-03-17T10:00:00.000Z'], // 09:00–11:00 CET
      ['2026-03-24T08:00:00.000Z', '2026-03-24T10:00:00.000Z'], // 09:00–11:00 CET
      ['2026-03-31T07:00:00.000Z', '2026-03-31T09:00:00.000Z'], // 09:00–11:00 CEST
      ['2026-04-07T07:00:00.000Z', '2026-04-07T09:00:00.000Z'], // 09:00–11:00 CEST
    ]);
  });

  it('keeps 09:00–11:00 local across the end of summer time (25 October 2026)', () => {
    const october = {
      start: new Date('2026-10-13T07:00:00Z'), // Tuesday 09:00 CEST
      end: new Date('2026-10-13T09:00:00Z'),
      rrule: weeklyOn([2], { count: 4 }),
      exdates: [],
    };
    expect(iso(expandOccurrences(october, wide))).toEqual([
      ['2026-10-13T07:00:00.000Z', '2026-10-13T09:00:00.000Z'], // 09:00–11:00 CEST
      ['2026-10-20T07:00:00.000Z', '2026-10-20T09:00:00.000Z'], // 09:00–11:00 CEST
      ['2026-10-27T08:00:00.000Z', '2026-10-27T10:00:00.000Z'], // 09:00–11:00 CET
      ['2026-11-03T08:00:00.000Z', '2026-11-03T10:00:00.000Z'], // 09:00–11:00 CET
    ]);
  });

  it('keeps the wall-clock length for an event spanning the change night', () => {
    // Saturday 28 March 22:00 CET to Sunday 29 March 04:00 CEST: six wall-clock hours, five real ones.
    const night = {
      start: new Date('2026-03-21T21:00:00Z'), // Saturday 21 March 22:00 CET
      end: new Date('2026-03-22T03:00:00Z'), // Sunday 22 March 04:00 CET
      rrule: weeklyOn([6], { count: 2 }),
      exdates: [],
    };
    expect(iso(expandOccurrences(night, wide))).toEqual([
      ['2026-03-21T21:00:00.000Z', '2026-03-22T03:00:00.000Z'],
      ['2026-03-28T21:00:00.000Z', '2026-03-29T02:00:00.000Z'], // 22:00 CET – 04:00 CEST
    ]);
  });

  it('includes the UNTIL day and stops after it', () => {
    const until = (day: string) => ({ ...marchCourse, rrule: weeklyOn([2], { until: day }) });
    const last = (day: string) => expandOccurrences(until(day), wide).at(-1)?.start.toISOString();
    expect(expandOccurrences(until('2026-04-07'), wide)).toHaveLength(4);
    expect(last('2026-04-07')).toBe('2026-04-07T07:00:00.000Z'); // Tuesday 7 April 09:00 CEST
    expect(expandOccurrences(until('2026-04-06'), wide)).toHaveLength(3);
    expect(last('2026-04-06')).toBe('2026-03-31T07:00:00.000Z');
  });

  it('includes the UNTIL day for a late-evening event in summer time', () => {
    // Tuesday 23:30–23:45 CEST = 21:30Z; UNTIL is 21:59:59Z on the last day.
    const late = {
      start: new Date('2026-06-02T21:30:00Z'),
      end: new Date('2026-06-02T21:45:00Z'),
      rrule: weeklyOn([2], { until: '2026-06-16' }),
      exdates: [],
    };
    expect(expandOccurrences(late, wide).map((o) => o.start.toISOString())).toEqual([
      '2026-06-02T21:30:00.000Z',
      '2026-06-09T21:30:00.000Z',
      '2026-06-16T21:30:00.000Z',
    ]);
  });

  it('removes exactly the cancelled occurrence', () => {
    const event = { ...marchCourse, exdates: ['2026-03-31T09:00:00+02:00'] }; // 31 March 09:00 CEST
    expect(expandOccurrences(event, wide).map((o) => o.start.toISOString())).toEqual([
      '2026-03-17T08:00:00.000Z',
      '2026-03-24T08:00:00.000Z',
      '2026-04-07T07:00:00.000Z',
    ]);
    // An EXDATE that matches no occurrence (08:00Z is 10:00 CEST) removes nothing.
    expect(expandOccurrences({ ...marchCourse, exdates: ['2026-03-31T08:00:00Z'] }, wide)).toHaveLength(4);
  });

  it('produces every-two-weeks dates', () => {
    const event = { ...marchCourse, rrule: everyTwoWeeks(2, { count: 4 }) };
    expect(expandOccurrences(event, wide).map((o) => o.start.toISOString())).toEqual([
      '2026-03-17T08:00:00.000Z', // 09:00 CET
      '2026-03-31T07:00:00.000Z', // 09:00 CEST
      '2026-04-14T07:00:00.000Z',
      '2026-04-28T07:00:00.000Z',
    ]);
  });

  it('produces the second Tuesday of each month', () => {
    const event = {
      start: new Date('2026-01-13T14:00:00Z'), // Tuesday 13 January 15:00 CET
      end: new Date('2026-01-13T16:00:00Z'),
      rrule: monthlyOnWeekday(2, 2, { until: '2026-05-31' }),
      exdates: [],
    };
    expect(expandOccurrences(event, wide).map((o) => o.start.toISOString())).toEqual([
      '2026-01-13T14:00:00.000Z', // 15:00 CET
      '2026-02-10T14:00:00.000Z',
      '2026-03-10T14:00:00.000Z',
      '2026-04-14T13:00:00.000Z', // 15:00 CEST
      '2026-05-12T13:00:00.000Z',
    ]);
    const last = { ...event, rrule: monthlyOnWeekday(-1, 5, { count: 2 }), start: new Date('2026-01-30T14:00:00Z'), end: new Date('2026-01-30T15:00:00Z') };
    expect(expandOccurrences(last, wide).map((o) => o.start.toISOString())).toEqual([
      '2026-01-30T14:00:00.000Z', // last Friday of January
      '2026-02-27T14:00:00.000Z', // last Friday of February
    ]);
  });

  it('returns only occurrences overlapping the window, and at most the limit', () => {
    // The window ends at 10:30 CET on 24 March, in the middle of the second occurrence,
    // and starts at 10:59 CET on 17 March, one minute before the first one ends.
    const window = { from: new Date('2026-03-17T09:59:00Z'), to: new Date('2026-03-24T09:30:00Z') };
    expect(expandOccurrences(marchCourse, window).map((o) => o.start.toISOString())).toEqual([
      '2026-03-17T08:00:00.000Z',
      '2026-03-24T08:00:00.000Z',
    ]);
    // Touching is not overlapping.
    const touching = { from: new Date('2026-03-17T10:00:00Z'), to: new Date('2026-03-24T08:00:00Z') };
    expect(expandOccurrences(marchCourse, touching)).toEqual([]);
    // An endless rule stays bounded by the limit.
    const endless = { ...marchCourse, rrule: 'FREQ=WEEKLY;BYDAY=TU' };
    expect(expandOccurrences(endless, wide, 3).map((o) => o.start.toISOString())).toEqual([
      '2026-03-17T08:00:00.000Z',
      '2026-03-24T08:00:00.000Z',
      '2026-03-31T07:00:00.000Z',
    ]);
    expect(expandOccurrences(endless, wide)).toHaveLength(94); // 42 Tuesdays left in 2026 and 52 in 2027
  });

  it('treats a non-recurring event as one occurrence', () => {
    const single = { ...marchCourse, rrule: null };
    expect(iso(expandOccurrences(single, wide))).toEqual([['2026-03-17T08:00:00.000Z', '2026-03-17T10:00:00.000Z']]);
    expect(expandOccurrences(single, { from: new Date('2026-04-01T00:00:00Z'), to: new Date('2026-05-01T00:00:00Z') })).toEqual([]);
  });

  it('accepts a rule written with the RRULE: prefix and refuses multi-line input', () => {
    expect(expandOccurrences({ ...marchCourse, rrule: `RRULE:${marchCourse.rrule}` }, wide)).toHaveLength(4);
    expect(() => expandOccurrences({ ...marchCourse, rrule: 'DTSTART:20260317T090000\nRRULE:FREQ=WEEKLY' }, wide)).toThrow(RangeError);
  });

  it('does not mutate its inputs', () => {
    const event = { ...marchCourse, exdates: ['2026-03-31T07:00:00Z'] };
    const window = { from: new Date(wide.from.getTime()), to: new Date(wide.to.getTime()) };
    const before = JSON.stringify({ event, window });
    const frozen = Object.freeze({ ...event, exdates: Object.freeze([...event.exdates]) });
    const result = expandOccurrences(frozen, window);
    expect(JSON.stringify({ event, window })).toBe(before);
    expect(frozen.start.toISOString()).toBe('2026-03-17T08:00:00.000Z');
    // Returned dates are fresh objects, not the caller's.
    expect(result[0]?.start).not.toBe(frozen.start);
  });

  it('gives the same results whatever the process zone', () => {
    // vitest runs with TZ=UTC; this snapshot was also checked under TZ=Pacific/Auckland.
    const all = [
      ...expandOccurrences(marchCourse, wide),
      ...expandOccurrences({ ...marchCourse, rrule: monthlyOnWeekday(2, 2, { until: '2026-12-31' }) }, wide),
    ].map((o) => `${o.start.toISOString()}/${o.end.toISOString()}`);
    expect(all).toMatchInlineSnapshot(`
      [
        "2026-03-17T08:00:00.000Z/2026-03-17T10:00:00.000Z",
        "2026-03-24T08:00:00.000Z/2026-03-24T10:00:00.000Z",
        "2026-03-31T07:00:00.000Z/2026-03-31T09:00:00.000Z",
        "2026-04-07T07:00:00.000Z/2026-04-07T09:00:00.000Z",
        "2026-04-14T07:00:00.000Z/2026-04-14T09:00:00.000Z",
        "2026-05-12T07:00:00.000Z/2026-05-12T09:00:00.000Z",
        "2026-06-09T07:00:00.000Z/2026-06-09T09:00:00.000Z",
        "2026-07-14T07:00:00.000Z/2026-07-14T09:00:00.000Z",
        "2026-08-11T07:00:00.000Z/2026-08-11T09:00:00.000Z",
        "2026-09-08T07:00:00.000Z/2026-09-08T09:00:00.000Z",
        "2026-10-13T07:00:00.000Z/2026-10-13T09:00:00.000Z",
        "2026-11-10T08:00:00.000Z/2026-11-10T10:00:00.000Z",
        "2026-12-08T08:00:00.000Z/2026-12-08T10:00:00.000Z",
      ]
    `);
  });
});

describe('describeRule', () => {
  it('reads the presets back', () => {
    expect(describeRule(weeklyOn([2], { until: '2026-12-15' }))).toEqual({ freq: 'weekly', interval: 1, days: [2], until: '2026-12-15' });
    expect(describeRule(weeklyOn([4, 2], { until: '2026-06-30' }))).toEqual({ freq: 'weekly', interval: 1, days: [2, 4], until: '2026-06-30' });
    expect(describeRule(everyTwoWeeks(3, { count: 5 }))).toEqual({ freq: 'weekly', interval: 2, days: [3], count: 5 });
    expect(describeRule(monthlyOnWeekday(2, 2, { count: 6 }))).toEqual({ freq: 'monthly', interval: 1, days: [2], nth: 2, count: 6 });
    expect(describeRule(`RRULE:${monthlyOnWeekday(-1, 5, { until: '2027-01-31' })}`)).toEqual({ freq: 'monthly', interval: 1, days: [5], nth: -1, until: '2027-01-31' });
  });

  it('refuses rules it cannot describe', () => {
    expect(() => describeRule('FREQ=DAILY;COUNT=3')).toThrow(RangeError);
    expect(() => describeRule('nonsense')).toThrow(RangeError);
  });
});

describe('moving a series', () => {
  it('shifts every weekday with the series and keeps the rhythm and the end', () => {
    expect(shiftRule(weeklyOn([2, 4], { count: 6 }), 1)).toBe(weeklyOn([3, 5], { count: 6 }));
    expect(shiftRule(weeklyOn([7], { until: '2026-12-20' }), 1)).toBe(weeklyOn([1], { until: '2026-12-20' }));
    expect(shiftRule(everyTwoWeeks(2, { count: 4 }), -1)).toBe(everyTwoWeeks(1, { count: 4 }));
    expect(shiftRule(monthlyOnWeekday(2, 2, { count: 3 }), 2)).toBe(monthlyOnWeekday(2, 4, { count: 3 }));
    expect(shiftRule(weeklyOn([2], { count: 3 }), 7)).toBe(weeklyOn([2], { count: 3 }));
  });
});

describe('the repeat presets, from the first date', () => {
  it('anchor the rule on the first date', () => {
    // Thursday 3 December 2026 is the first Thursday of the month; 31 December the last.
    expect(presetRule('once', '2026-12-03', undefined)).toBeNull();
    expect(presetRule('weekly', '2026-12-03', { count: 4 }, [2])).toBe('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4');
    expect(presetRule('biweekly', '2026-12-03', { count: 4 })).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=4');
    expect(presetRule('monthly', '2026-12-03', { count: 3 })).toBe('FREQ=MONTHLY;BYDAY=1TH;COUNT=3');
    expect(presetRule('monthly', '2026-12-31', { count: 3 })).toBe('FREQ=MONTHLY;BYDAY=-1TH;COUNT=3');
    expect(nthOfMonth('2026-12-24')).toBe(4);
    expect(() => presetRule('weekly', '2026-12-03', undefined)).toThrow(RangeError);
  });
});

describe('dates a changed series no longer has', () => {
  // Thursdays at 10:00 in Rome from 3 December 2026.
  const start = new Date('2026-12-03T09:00:00Z');
  const end = new Date('2026-12-03T11:00:00Z');
  const signedUp = [new Date('2026-12-24T09:00:00Z'), new Date('2026-12-03T09:00:00Z'), new Date('2026-12-17T09:00:00Z'), new Date('2026-12-24T09:00:00Z')];
  const now = new Date('2026-11-23T09:00:00Z');

  it('a shorter series drops its last dates, once each, in order', () => {
    expect(droppedStarts({ start, end, rrule: weeklyOn([4], { count: 2 }), exdates: [] }, signedUp, now).map((d) => d.toISOString())).toEqual([
      '2026-12-17T09:00:00.000Z',
      '2026-12-24T09:00:00.000Z',
    ]);
  });
  it('a one-off keeps only its date; every other fortnight drops the weeks between', () => {
    expect(droppedStarts({ start, end, rrule: null, exdates: [] }, signedUp, now)).toHaveLength(2);
    expect(droppedStarts({ start, end, rrule: everyTwoWeeks(4, { count: 4 }), exdates: [] }, signedUp, now).map((d) => d.toISOString())).toEqual(['2026-12-24T09:00:00.000Z']);
  });
  it('leaves dates already past alone, and does not change its input', () => {
    const copy = [...signedUp];
    expect(droppedStarts({ start, end, rrule: null, exdates: [] }, signedUp, new Date('2026-12-30T00:00:00Z'))).toEqual([]);
    expect(signedUp).toEqual(copy);
  });
});
