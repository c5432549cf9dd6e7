import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { PatronDay } from '../../../src/domain/holidays.js';
import { addDays } from '../../../src/domain/time.js';
import {
  capacityRangesOn,
  openStatus,
  rangesOn,
  weekView,
  type HolidayContext,
  type OpenStatus,
  type PointHours,
  type WeeklyRange,
} from '../../../src/domain/opening-hours.js';

const PERUGIA = '054039';
const CORCIANO = '054015';
const PATRONS: readonly PatronDay[] = [{ comuneIstat: PERUGIA, month: 1, day: 29, name: 'San Costanzo' }];
const ctx: HolidayContext = { patronDays: PATRONS };

/** Monday–Friday 09:00–13:00, plus Tuesday and Thursday afternoons 15:00–18:00. */
const weekdays: WeeklyRange[] = [
  ...([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start: '09:00', end: '13:00' })),
  { weekday: 2, start: '15:00', end: '18:00' },
  { weekday: 4, start: '15:00', end: '18:00' },
];

function hours(over: Partial<PointHours> = {}): PointHours {
  return { known: true, weekly: weekdays, exceptions: [], comuneIstat: PERUGIA, ...over };
}

/** An instant shown as Rome wall-clock time with its offset, e.g. 2026-03-30T09:00:00+02:00. */
const rome = (d: Date | undefined) =>
  d && DateTime.fromJSDate(d, { zone: 'Europe/Rome' }).toISO({ suppressMilliseconds: true });

function describeStatus(s: OpenStatus) {
  if (s.state === 'open') return { state: s.state, until: rome(s.until) };
  if (s.state === 'closed') {
    return {
      state: s.state,
      reason: s.reason,
      next: s.nextOpen && [rome(s.nextOpen.start), rome(s.nextOpen.end)],
    };
  }
  return s;
}

describe('is it open now?', () => {
  it('on an ordinary Wednesday morning it is open until 13:00', () => {
    // 2026-01-28T09:30Z = Wed 10:30 in Perugia
    expect(describeStatus(openStatus(hours(), new Date('2026-01-28T09:30:00Z'), ctx))).toEqual({
      state: 'open',
      until: '2026-01-28T13:00:00+01:00',
    });
  });

  it('at lunchtime on a Tuesday it is closed and reopens at 15:00', () => {
    // Tue 2026-02-03 14:00 local = 13:00Z
    expect(describeStatus(openStatus(hours(), new Date('2026-02-03T13:00:00Z'), ctx))).toEqual({
      state: 'closed',
      reason: undefined,
      next: ['2026-02-03T15:00:00+01:00', '2026-02-03T18:00:00+01:00'],
    });
  });

  it('closing time itself counts as closed', () => {
    // Wed 13:00 local = 12:00Z
    expect(openStatus(hours(), new Date('2026-01-28T12:00:00Z'), ctx).state).toBe('closed');
  });

  it('on Easter Monday it is closed, and the next opening is Tuesday morning', () => {
    // Mon 2026-04-06 10:00 local (CEST) = 08:00Z
    const status = openStatus(hours(), new Date('2026-04-06T08:00:00Z'), ctx);
    expect(describeStatus(status)).toEqual({
      state: 'closed',
      reason: 'holiday',
      next: ['2026-04-07T09:00:00+02:00', '2026-04-07T13:00:00+02:00'],
    });
    expect(status.state === 'closed' && status.holiday?.key).toBe('easter_monday');
  });

  it('on Perugia’s patron day (29 January) Perugia is closed but Corciano is open', () => {
    // Thu 2026-01-29 10:00 local = 09:00Z
    const now = new Date('2026-01-29T09:00:00Z');
    const perugia = openStatus(hours(), now, ctx);
    expect(describeStatus(perugia)).toEqual({
      state: 'closed',
      reason: 'holiday',
      next: ['2026-01-30T09:00:00+01:00', '2026-01-30T13:00:00+01:00'],
    });
    expect(perugia.state === 'closed' && perugia.holiday).toMatchObject({ key: 'patron_saint', name: 'San Costanzo' });
    expect(describeStatus(openStatus(hours({ comuneIstat: CORCIANO }), now, ctx))).toEqual({
      state: 'open',
      until: '2026-01-29T13:00:00+01:00',
    });
  });

  it('on a Sunday it is simply closed, without blaming a holiday', () => {
    // Sun 2026-04-05 (Easter Sunday) 10:00 local = 08:00Z
    expect(describeStatus(openStatus(hours(), new Date('2026-04-05T08:00:00Z'), ctx))).toMatchObject({
      state: 'closed',
      reason: undefined,
      // Monday is Easter Monday, so Tuesday
      next: ['2026-04-07T09:00:00+02:00', '2026-04-07T13:00:00+02:00'],
    });
  });

  it('a one-off closure closes a normal weekday', () => {
    const h = hours({ exceptions: [{ date: '2026-02-04', kind: 'closed' }] });
    // Wed 2026-02-04 10:00 local = 09:00Z
    expect(describeStatus(openStatus(h, new Date('2026-02-04T09:00:00Z'), ctx))).toEqual({
      state: 'closed',
      reason: 'exception',
      next: ['2026-02-05T09:00:00+01:00', '2026-02-05T13:00:00+01:00'],
    });
  });

  it('an extra Saturday opening is open, and announced on Friday evening', () => {
    const h = hours({ exceptions: [{ date: '2026-02-07', kind: 'open', ranges: [{ start: '10:00', end: '12:30' }] }] });
    // Sat 2026-02-07 11:00 local = 10:00Z
    expect(describeStatus(openStatus(h, new Date('2026-02-07T10:00:00Z'), ctx))).toEqual({
      state: 'open',
      until: '2026-02-07T12:30:00+01:00',
    });
    // Fri 2026-02-06 20:00 local = 19:00Z
    expect(describeStatus(openStatus(h, new Date('2026-02-06T19:00:00Z'), ctx))).toMatchObject({
      next: ['2026-02-07T10:00:00+01:00', '2026-02-07T12:30:00+01:00'],
    });
  });

  it('reduced hours on a weekday: closed during the usual hours they removed', () => {
    const h = hours({ exceptions: [{ date: '2026-02-04', kind: 'open', ranges: [{ start: '09:00', end: '11:00' }] }] });
    // Wed 12:00 local = 11:00Z: normally open, today closed since 11:00
    expect(describeStatus(openStatus(h, new Date('2026-02-04T11:00:00Z'), ctx))).toMatchObject({
      state: 'closed',
      reason: 'exception',
    });
  });

  it('an explicit opening on a holiday wins over the holiday', () => {
    const h = hours({ exceptions: [{ date: '2026-06-02', kind: 'open', ranges: [{ start: '09:00', end: '12:00' }] }] });
    // Tue 2026-06-02 (Republic Day) 10:00 local = 08:00Z
    expect(describeStatus(openStatus(h, new Date('2026-06-02T08:00:00Z'), ctx))).toEqual({
      state: 'open',
      until: '2026-06-02T12:00:00+02:00',
    });
  });

  it('when nobody knows the hours, we say so', () => {
    expect(openStatus(hours({ known: false }), new Date('2026-01-28T09:30:00Z'), ctx)).toEqual({ state: 'unknown' });
    expect(openStatus(hours(), new Date(Number.NaN), ctx)).toEqual({ state: 'unknown' });
  });

  it('a point with no opening in the next 60 days has no next opening', () => {
    const h = hours({ weekly: [] });
    expect(openStatus(h, new Date('2026-01-28T09:30:00Z'), ctx)).toEqual({ state: 'closed' });
  });

  it('looks far enough ahead to find an opening a few weeks away', () => {
    const h = hours({ weekly: [], exceptions: [{ date: '2026-03-10', kind: 'open', ranges: [{ start: '09:00', end: '10:00' }] }] });
    expect(describeStatus(openStatus(h, new Date('2026-01-28T09:30:00Z'), ctx))).toMatchObject({
      next: ['2026-03-10T09:00:00+01:00', '2026-03-10T10:00:00+01:00'],
    });
    expect(openStatus(h, new Date('2026-01-28T09:30:00Z'), ctx, { lookaheadDays: 7 })).toEqual({ state: 'closed' });
  });

  it('an opening running to midnight continues into the next day', () => {
    const h = hours({
      weekly: [
        { weekday: 5, start: '20:00', end: '24:00' },
        { weekday: 6, start: '00:00', end: '02:00' },
      ],
    });
    // Fri 2026-02-06 23:00 local = 22:00Z
    expect(describeStatus(openStatus(h, new Date('2026-02-06T22:00:00Z'), ctx))).toEqual({
      state: 'open',
      until: '2026-02-07T02:00:00+01:00',
    });
  });

  it('summer hours apply only within their dates', () => {
    const h = hours({
      weekly: [
        { weekday: 1, start: '09:00', end: '13:00', validTo: '2026-06-30' },
        { weekday: 1, start: '08:00', end: '12:00', validFrom: '2026-07-01' },
      ],
    });
    expect(rangesOn(h, '2026-06-29', ctx)).toEqual([{ start: '09:00', end: '13:00' }]);
    expect(rangesOn(h, '2026-07-06', ctx)).toEqual([{ start: '08:00', end: '12:00' }]);
  });

  it('does not change the caller’s data', () => {
    const h = structuredClone(
      hours({ exceptions: [{ date: '2026-02-07', kind: 'open', ranges: [{ start: '12:00', end: '13:00' }, { start: '10:00', end: '12:30' }] }] }),
    );
    const before = JSON.stringify(h);
    openStatus(h, new Date('2026-02-06T19:00:00Z'), ctx);
    weekView(h, '2026-02-02', 7, ctx);
    expect(JSON.stringify(h)).toBe(before);
  });
});

describe('opening hours keep their wall-clock time across daylight-saving changes', () => {
  const monday = hours({ weekly: [{ weekday: 1, start: '09:00', end: '13:00' }] });
  const window = (iso: string) => {
    const s = openStatus(monday, new Date(iso), ctx);
    return s.state === 'closed' ? [s.nextOpen?.start.toISOString(), s.nextOpen?.end.toISOString()] : s;
  };

  it('Monday 09:00–13:00 is 08:00Z–12:00Z before the spring change (CET)', () => {
    expect(window('2026-03-23T05:00:00Z')).toEqual(['2026-03-23T08:00:00.000Z', '2026-03-23T12:00:00.000Z']);
  });

  it('Monday 09:00–13:00 is 07:00Z–11:00Z after the clocks go forward on 29 March 2026 (CEST)', () => {
    expect(window('2026-03-30T05:00:00Z')).toEqual(['2026-03-30T07:00:00.000Z', '2026-03-30T11:00:00.000Z']);
    // 06:59Z = 08:59 local: closed; 07:00Z = 09:00 local: open until 13:00 local = 11:00Z
    expect(openStatus(monday, new Date('2026-03-30T06:59:00Z'), ctx).state).toBe('closed');
    const open = openStatus(monday, new Date('2026-03-30T07:00:00Z'), ctx);
    expect(open.state === 'open' && open.until.toISOString()).toBe('2026-03-30T11:00:00.000Z');
  });

  it('Monday 09:00–13:00 is still 07:00Z–11:00Z the week before the autumn change (CEST)', () => {
    expect(window('2026-10-19T05:00:00Z')).toEqual(['2026-10-19T07:00:00.000Z', '2026-10-19T11:00:00.000Z']);
  });

  it('Monday 09:00–13:00 is 08:00Z–12:00Z after the clocks go back on 25 October 2026 (CET)', () => {
    expect(window('2026-10-26T05:00:00Z')).toEqual(['2026-10-26T08:00:00.000Z', '2026-10-26T12:00:00.000Z']);
  });

  it('asked on the Friday before the spring change, the next opening is Monday 09:00 local time', () => {
    // Fri 2026-03-27 14:00 CET = 13:00Z → Mon 2026-03-30 09:00 CEST
    expect(describeStatus(openStatus(hours(), new Date('2026-03-27T13:00:00Z'), ctx))).toMatchObject({
      next: ['2026-03-30T09:00:00+02:00', '2026-03-30T13:00:00+02:00'],
    });
  });

  it('asked on the Friday before the autumn change, the next opening is Monday 09:00 local time', () => {
    // Fri 2026-10-23 14:00 CEST = 12:00Z → Mon 2026-10-26 09:00 CET
    expect(describeStatus(openStatus(hours(), new Date('2026-10-23T12:00:00Z'), ctx))).toMatchObject({
      next: ['2026-10-26T09:00:00+01:00', '2026-10-26T13:00:00+01:00'],
    });
  });

  it('a range starting in the skipped hour opens when the clocks jump to 03:00', () => {
    const h = hours({ weekly: [{ weekday: 7, start: '02:30', end: '04:00' }] });
    // Sat 2026-03-28 12:00 CET = 11:00Z
    expect(describeStatus(openStatus(h, new Date('2026-03-28T11:00:00Z'), ctx))).toMatchObject({
      next: ['2026-03-29T03:00:00+02:00', '2026-03-29T04:00:00+02:00'],
    });
  });

  it('a range lying wholly in the skipped hour is skipped that night', () => {
    const h = hours({ weekly: [{ weekday: 7, start: '02:00', end: '03:00' }] });
    expect(describeStatus(openStatus(h, new Date('2026-03-28T11:00:00Z'), ctx))).toMatchObject({
      // not 29 March (no such hour), not 5 April (Easter Sunday), but 12 April
      next: ['2026-04-12T02:00:00+02:00', '2026-04-12T03:00:00+02:00'],
    });
  });
});

describe('the hour repeated when the clocks go back on 25 October 2026', () => {
  // 02:00–03:00 local happens twice: first in summer time (00:00Z–01:00Z, +02:00), then in
  // winter time (01:00Z–02:00Z, +01:00). A wall time in it means its second occurrence, for
  // starts and ends alike, so a range inside that hour lasts one hour, never two or none.
  const sunday = (start: string, end: string) => hours({ weekly: [{ weekday: 7, start, end }] });

  it('02:00–03:00 is closed during the first pass of the hour and opens at the second', () => {
    // 00:15Z = 02:15 CEST, the first time the clock shows it
    expect(describeStatus(openStatus(sunday('02:00', '03:00'), new Date('2026-10-25T00:15:00Z'), ctx))).toEqual({
      state: 'closed',
      reason: undefined,
      next: ['2026-10-25T02:00:00+01:00', '2026-10-25T03:00:00+01:00'],
    });
    // 01:15Z = 02:15 CET, the second time
    expect(describeStatus(openStatus(sunday('02:00', '03:00'), new Date('2026-10-25T01:15:00Z'), ctx))).toEqual({
      state: 'open',
      until: '2026-10-25T03:00:00+01:00',
    });
  });

  it('a range across the change lasts an hour longer, and is open through both passes', () => {
    const h = sunday('01:30', '02:30'); // 23:30Z to 01:30Z: two real hours
    for (const at of ['2026-10-24T23:45:00Z', '2026-10-25T00:45:00Z', '2026-10-25T01:15:00Z']) {
      expect(describeStatus(openStatus(h, new Date(at), ctx))).toEqual({ state: 'open', until: '2026-10-25T02:30:00+01:00' });
    }
    expect(openStatus(h, new Date('2026-10-25T01:30:00Z'), ctx).state).toBe('closed');
  });

  it('a Sunday 09:00–12:00 after the change keeps its wall-clock time', () => {
    const h = sunday('09:00', '12:00');
    expect(describeStatus(openStatus(h, new Date('2026-10-25T01:15:00Z'), ctx))).toMatchObject({
      next: ['2026-10-25T09:00:00+01:00', '2026-10-25T12:00:00+01:00'],
    });
  });
});

describe('what an exception did to a day', () => {
  // Mon–Fri 09:00–13:00 (Tue and Thu also 15:00–18:00); the week of 2 June, Republic Day.
  it('tells a closure, an opening on a holiday, reduced, changed and extra hours apart', () => {
    const h = hours({
      exceptions: [
        { date: '2026-06-01', kind: 'closed' },
        { date: '2026-06-02', kind: 'open', ranges: [{ start: '09:00', end: '12:00' }] },
        { date: '2026-06-03', kind: 'open', ranges: [{ start: '10:00', end: '12:00' }] },
        { date: '2026-06-04', kind: 'open', ranges: [{ start: '08:00', end: '13:00' }] },
        { date: '2026-06-05', kind: 'open', ranges: [{ start: '09:00', end: '13:00' }] },
        { date: '2026-06-06', kind: 'open', ranges: [{ start: '10:00', end: '12:00' }] },
        { date: '2026-06-07', kind: 'open', ranges: [] },
      ],
    });
    expect(weekView(h, '2026-06-01', 7, ctx).map((d) => [d.date, d.exception, d.change, d.holiday?.key])).toEqual([
      ['2026-06-01', 'closed', 'closed', undefined],
      ['2026-06-02', 'open', 'extra', 'republic_day'],
      ['2026-06-03', 'open', 'reduced', undefined],
      ['2026-06-04', 'open', 'changed', undefined],
      // The same hours as usual: nothing to mark.
      ['2026-06-05', 'open', undefined, undefined],
      ['2026-06-06', 'open', 'extra', undefined],
      // An opening without ranges closes the day.
      ['2026-06-07', 'open', 'closed', undefined],
    ]);
  });

  it('a closure on a holiday is the holiday, and a day without exception has no change', () => {
    const h = hours({ exceptions: [{ date: '2026-06-02', kind: 'closed' }] });
    expect(weekView(h, '2026-06-02', 2, ctx).map((d) => [d.exception, d.change, d.holiday?.key])).toEqual([
      ['closed', undefined, 'republic_day'],
      [undefined, undefined, undefined],
    ]);
  });

  it('with unknown weekly hours every announced opening is an extra one', () => {
    const h = hours({ known: false, exceptions: [{ date: '2026-06-03', kind: 'open', ranges: [{ start: '09:00', end: '11:00' }] }] });
    expect(weekView(h, '2026-06-03', 1, ctx)[0]).toMatchObject({ ranges: [{ start: '09:00', end: '11:00' }], exception: 'open', change: 'extra' });
  });

  it('says whether today is closed altogether or open at other hours', () => {
    const closed = hours({ exceptions: [{ date: '2026-02-04', kind: 'closed' }] });
    expect(openStatus(closed, new Date('2026-02-04T09:00:00Z'), ctx)).toMatchObject({ reason: 'exception', exception: 'closed' });
    const reduced = hours({ exceptions: [{ date: '2026-02-04', kind: 'open', ranges: [{ start: '09:00', end: '11:00' }] }] });
    expect(openStatus(reduced, new Date('2026-02-04T11:00:00Z'), ctx)).toMatchObject({ reason: 'exception', exception: 'open' });
  });
});

describe('unknown weekly hours with openings staff announced', () => {
  const announced = hours({
    known: false,
    exceptions: [
      { date: '2026-12-03', kind: 'closed' },
      { date: '2026-12-04', kind: 'open', ranges: [{ start: '09:00', end: '12:00' }] },
      { date: '2026-12-10', kind: 'open', ranges: [{ start: '15:00', end: '17:00' }] },
    ],
  });

  it('stays unknown before an announced opening, and names it', () => {
    // Mon 2026-11-30 10:00 local
    const s = openStatus(announced, new Date('2026-11-30T09:00:00Z'), ctx);
    expect(s.state).toBe('unknown');
    expect(s.state === 'unknown' && [rome(s.announced?.start), rome(s.announced?.end)]).toEqual(['2026-12-04T09:00:00+01:00', '2026-12-04T12:00:00+01:00']);
  });

  it('is open during an announced opening', () => {
    expect(describeStatus(openStatus(announced, new Date('2026-12-04T09:30:00Z'), ctx))).toEqual({ state: 'open', until: '2026-12-04T12:00:00+01:00' });
  });

  it('after it, names the next one; after the last, it is plainly unknown', () => {
    const s = openStatus(announced, new Date('2026-12-04T12:00:00Z'), ctx);
    expect(s.state === 'unknown' && rome(s.announced?.start)).toBe('2026-12-10T15:00:00+01:00');
    expect(openStatus(announced, new Date('2026-12-11T09:00:00Z'), ctx)).toEqual({ state: 'unknown' });
  });

  it('an announced opening beyond the look-ahead is not named', () => {
    expect(openStatus(announced, new Date('2026-11-30T09:00:00Z'), ctx, { lookaheadDays: 2 })).toEqual({ state: 'unknown' });
  });
});

describe('the week on the point card', () => {
  it('shows Easter week with the holiday and an exception marked', () => {
    const h = hours({ exceptions: [{ date: '2026-04-08', kind: 'closed' }] });
    const week = weekView(h, '2026-04-05', 7, ctx);
    expect(week.map((d) => [d.date, d.weekday, d.ranges.map((r) => `${r.start}-${r.end}`).join(','), d.holiday?.key, d.exception])).toEqual([
      ['2026-04-05', 7, '', 'easter', undefined],
      ['2026-04-06', 1, '', 'easter_monday', undefined],
      ['2026-04-07', 2, '09:00-13:00,15:00-18:00', undefined, undefined],
      ['2026-04-08', 3, '', undefined, 'closed'],
      ['2026-04-09', 4, '09:00-13:00,15:00-18:00', undefined, undefined],
      ['2026-04-10', 5, '09:00-13:00', undefined, undefined],
      ['2026-04-11', 6, '', undefined, undefined],
    ]);
  });

  it('sorts and merges overlapping ranges and drops malformed ones', () => {
    const h = hours({
      weekly: [
        { weekday: 1, start: '15:00', end: '18:00' },
        { weekday: 1, start: '9:00', end: '12:00' },
        { weekday: 1, start: '11:00', end: '13:00' },
        { weekday: 1, start: '14:00', end: '13:00' },
        { weekday: 1, start: 'noon', end: '14:00' },
      ],
    });
    expect(rangesOn(h, '2026-02-02', ctx)).toEqual([
      { start: '09:00', end: '13:00' },
      { start: '15:00', end: '18:00' },
    ]);
  });

  it('an empty request gives an empty week', () => {
    expect(weekView(hours(), '2026-04-05', 0, ctx)).toEqual([]);
  });
});

describe('how many facilitators are on duty', () => {
  const monday = '2026-02-02';

  it('one facilitator unless the data says otherwise', () => {
    expect(capacityRangesOn(hours(), '2026-02-03', ctx)).toEqual([
      { start: '09:00', end: '13:00', capacity: 1 },
      { start: '15:00', end: '18:00', capacity: 1 },
    ]);
  });

  it('overlapping ranges add up where two people are on duty at once', () => {
    const h = hours({
      weekly: [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 1, start: '11:00', end: '13:00', capacity: 2 },
        { weekday: 1, start: '15:00', end: '16:00' },
      ],
    });
    expect(capacityRangesOn(h, monday, ctx)).toEqual([
      { start: '09:00', end: '11:00', capacity: 1 },
      { start: '11:00', end: '12:00', capacity: 3 },
      { start: '12:00', end: '13:00', capacity: 2 },
      { start: '15:00', end: '16:00', capacity: 1 },
    ]);
    // The opening hours people see are unchanged.
    expect(rangesOn(h, monday, ctx)).toEqual([
      { start: '09:00', end: '13:00' },
      { start: '15:00', end: '16:00' },
    ]);
  });

  it('back-to-back ranges with the same staff read as one stretch', () => {
    const h = hours({ weekly: [{ weekday: 1, start: '10:00', end: '11:00' }, { weekday: 1, start: '09:00', end: '10:00' }] });
    expect(capacityRangesOn(h, monday, ctx)).toEqual([{ start: '09:00', end: '11:00', capacity: 1 }]);
  });

  it('a range with nobody on duty is open but not bookable; malformed ranges are skipped', () => {
    const h = hours({
      weekly: [
        { weekday: 1, start: '09:00', end: '10:00', capacity: 0 },
        { weekday: 1, start: '10:00', end: '11:00', capacity: 2.7 },
        { weekday: 1, start: '12:00', end: '11:00' },
      ],
    });
    expect(capacityRangesOn(h, monday, ctx)).toEqual([{ start: '10:00', end: '11:00', capacity: 2 }]);
    expect(rangesOn(h, monday, ctx)).toEqual([{ start: '09:00', end: '11:00' }]);
  });

  it('holidays and closures leave nobody on duty; an explicit opening brings its own staff', () => {
    expect(capacityRangesOn(hours(), '2026-04-06', ctx)).toEqual([]); // Easter Monday
    expect(capacityRangesOn(hours(), '2026-01-29', ctx)).toEqual([]); // San Costanzo in Perugia
    expect(capacityRangesOn(hours({ comuneIstat: CORCIANO }), '2026-01-29', ctx)).toEqual([
      { start: '09:00', end: '13:00', capacity: 1 },
      { start: '15:00', end: '18:00', capacity: 1 },
    ]);
    expect(capacityRangesOn(hours({ exceptions: [{ date: monday, kind: 'closed' }] }), monday, ctx)).toEqual([]);
    const open = { date: '2026-04-06', kind: 'open' as const, ranges: [{ start: '09:00', end: '12:00', capacity: 2 }] };
    expect(capacityRangesOn(hours({ exceptions: [open] }), '2026-04-06', ctx)).toEqual([{ start: '09:00', end: '12:00', capacity: 2 }]);
  });

  it('every day of 2026, the staffed stretches cover exactly the opening hours on the card', () => {
    const h = hours({
      weekly: [...weekdays, { weekday: 3, start: '10:00', end: '12:00', capacity: 2 }, { weekday: 6, start: '09:00', end: '12:00', validFrom: '2026-06-01' }],
      exceptions: [
        { date: '2026-06-02', kind: 'open', ranges: [{ start: '09:00', end: '12:00', capacity: 2 }, { start: '11:00', end: '13:00' }] },
        { date: '2026-02-04', kind: 'closed' },
        { date: '2026-02-04', kind: 'open', ranges: [{ start: '15:00', end: '16:00' }] },
      ],
    });
    const joined = (ranges: { start: string; end: string }[]) =>
      ranges.reduce<{ start: string; end: string }[]>((out, r) => {
        const last = out[out.length - 1];
        if (last && last.end === r.start) last.end = r.end;
        else out.push({ start: r.start, end: r.end });
        return out;
      }, []);
    for (let date = '2026-01-01'; date < '2027-01-01'; date = addDays(date, 1)) {
      expect([date, joined(capacityRangesOn(h, date, ctx))]).toEqual([date, rangesOn(h, date, ctx)]);
    }
  });

  it('unknown hours have nobody on duty except on explicitly announced openings', () => {
    const open = { date: '2026-02-07', kind: 'open' as const, ranges: [{ start: '10:00', end: '12:00' }] };
    const h = hours({ known: false, exceptions: [open] });
    expect(capacityRangesOn(h, monday, ctx)).toEqual([]);
    expect(capacityRangesOn(h, '2026-02-07', ctx)).toEqual([{ start: '10:00', end: '12:00', capacity: 1 }]);
    expect(rangesOn(h, '2026-02-07', ctx)).toEqual([{ start: '10:00', end: '12:00' }]);
  });
});
