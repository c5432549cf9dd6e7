import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { PatronDay } from '../../../src/domain/holidays.js';
import { availableSlots, freeSeat, isSlotAvailable, maxConcurrent, type Slot, type SlotQuery } from '../../../src/domain/availability.js';
import type { HolidayContext, PointHours, WeeklyRange } from '../../../src/domain/opening-hours.js';

const PERUGIA = '054039';
const CORCIANO = '054015';
const PATRONS: readonly PatronDay[] = [{ comuneIstat: PERUGIA, month: 1, day: 29, name: 'San Costanzo' }];
const holidays: HolidayContext = { patronDays: PATRONS };

/** Monday 09:00–11:00, Tuesday 15:00–16:30, Thursday 09:00–10:00; one facilitator. */
const WEEKLY: WeeklyRange[] = [
  { weekday: 1, start: '09:00', end: '11:00' },
  { weekday: 2, start: '15:00', end: '16:30' },
  { weekday: 4, start: '09:00', end: '10:00' },
];

function hours(over: Partial<PointHours> = {}): PointHours {
  return { known: true, weekly: WEEKLY, exceptions: [], comuneIstat: PERUGIA, ...over };
}

/** Sunday 2026-02-01 12:00 local: the week of Monday 2 February is all ahead. */
const SUNDAY_NOON = new Date('2026-02-01T11:00:00Z');

function query(over: Partial<SlotQuery> = {}): SlotQuery {
  return {
    hours: hours(),
    holidays,
    durationMinutes: 30,
    fromDate: '2026-02-02',
    days: 7,
    now: SUNDAY_NOON,
    minNoticeMinutes: 120,
    booked: [],
    ...over,
  };
}

/** An instant as Rome wall-clock time with its offset, e.g. 2026-02-02T09:00:00+01:00. */
const rome = (d: Date) => DateTime.fromJSDate(d, { zone: 'Europe/Rome' }).toISO({ suppressMilliseconds: true });
const booking = (start: string, end: string) => ({ start: new Date(start), end: new Date(end) });

/** Every offered start, day after day. */
const starts = (days: { slots: Slot[] }[]) => days.flatMap((d) => d.slots.map((s) => rome(s.start)));
/** Offered starts with the seats still free. */
const withFree = (days: { slots: Slot[] }[]) => days.flatMap((d) => d.slots.map((s) => `${rome(s.start)} free=${s.free}`));

describe('choosing a slot in an ordinary week', () => {
  it('shows every half hour of each opening, grouped by day', () => {
    const days = availableSlots(query());
    expect(days.map((d) => d.date)).toEqual(['2026-02-02', '2026-02-03', '2026-02-05']);
    expect(starts(days)).toEqual([
      '2026-02-02T09:00:00+01:00',
      '2026-02-02T09:30:00+01:00',
      '2026-02-02T10:00:00+01:00',
      '2026-02-02T10:30:00+01:00', // ends 11:00, exactly at closing
      '2026-02-03T15:00:00+01:00',
      '2026-02-03T15:30:00+01:00',
      '2026-02-03T16:00:00+01:00',
      '2026-02-05T09:00:00+01:00',
      '2026-02-05T09:30:00+01:00',
    ]);
    const first = days[0]?.slots[0];
    expect(first && [first.start.toISOString(), first.end.toISOString(), first.free]).toEqual([
      '2026-02-02T08:00:00.000Z',
      '2026-02-02T08:30:00.000Z',
      1,
    ]);
  });

  it('a 45-minute service only gets starts that finish before closing', () => {
    expect(starts(availableSlots(query({ durationMinutes: 45 })))).toEqual([
      '2026-02-02T09:00:00+01:00',
      '2026-02-02T09:30:00+01:00',
      '2026-02-02T10:00:00+01:00', // 10:00–10:45; 10:30 would run to 11:15
      '2026-02-03T15:00:00+01:00',
      '2026-02-03T15:30:00+01:00', // 15:30–16:15; 16:00 would run to 16:45
      '2026-02-05T09:00:00+01:00', // 09:00–09:45; 09:30 would run to 10:15
    ]);
  });

  it('a 15-minute grid offers quarter-hour starts', () => {
    const days = availableSlots(query({ stepMinutes: 15, days: 1 }));
    expect(starts(days)).toEqual(
      ['09:00', '09:15', '09:30', '09:45', '10:00', '10:15', '10:30'].map((t) => `2026-02-02T${t}:00+01:00`),
    );
  });

  it('an opening after a break lays its grid from its own start', () => {
    const h = hours({ weekly: [{ weekday: 1, start: '09:00', end: '10:00' }, { weekday: 1, start: '10:15', end: '11:15' }] });
    expect(starts(availableSlots(query({ hours: h, days: 1 })))).toEqual([
      '2026-02-02T09:00:00+01:00',
      '2026-02-02T09:30:00+01:00',
      '2026-02-02T10:15:00+01:00',
      '2026-02-02T10:45:00+01:00',
    ]);
    // A 45-minute slot never crosses the 10:00–10:15 break.
    expect(starts(availableSlots(query({ hours: h, days: 1, durationMinutes: 45 })))).toEqual([
      '2026-02-02T09:00:00+01:00',
      '2026-02-02T10:15:00+01:00',
    ]);
  });

  it('a slot may run from one opening into one that follows without a break', () => {
    const h = hours({ weekly: [{ weekday: 1, start: '09:00', end: '10:00' }, { weekday: 1, start: '10:00', end: '11:00' }] });
    expect(starts(availableSlots(query({ hours: h, days: 1, durationMinutes: 45 })))).toEqual([
      '2026-02-02T09:00:00+01:00',
      '2026-02-02T09:30:00+01:00', // 09:30–10:15 crosses 10:00, someone is on duty throughout
      '2026-02-02T10:00:00+01:00',
    ]);
  });

  it('the result does not depend on the order bookings arrive in', () => {
    const booked = [
      booking('2026-02-03T14:30:00Z', '2026-02-03T15:00:00Z'),
      booking('2026-02-02T08:00:00Z', '2026-02-02T08:30:00Z'),
      booking('2026-02-02T09:00:00Z', '2026-02-02T09:45:00Z'),
    ];
    expect(availableSlots(query({ booked: [...booked].reverse() }))).toEqual(availableSlots(query({ booked })));
  });
});

describe('minimum notice', () => {
  it('nothing within two hours of now, but a slot exactly two hours away is offered', () => {
    // Mon 2026-02-02 08:30 local = 07:30Z → earliest start 10:30 local
    const days = availableSlots(query({ now: new Date('2026-02-02T07:30:00Z'), days: 1 }));
    expect(starts(days)).toEqual(['2026-02-02T10:30:00+01:00']);
  });

  it('one minute later that slot is gone too, and the day disappears from the list', () => {
    // 08:31 local → earliest 10:31 local
    const days = availableSlots(query({ now: new Date('2026-02-02T07:31:00Z'), days: 2 }));
    expect(days.map((d) => d.date)).toEqual(['2026-02-03']);
  });

  it('a slot that has already started is never offered, even with no notice', () => {
    // Mon 09:10 local = 08:10Z
    const days = availableSlots(query({ now: new Date('2026-02-02T08:10:00Z'), minNoticeMinutes: 0, days: 1 }));
    expect(starts(days)).toEqual(['2026-02-02T09:30:00+01:00', '2026-02-02T10:00:00+01:00', '2026-02-02T10:30:00+01:00']);
  });

  it('without a readable clock nothing is offered', () => {
    expect(availableSlots(query({ now: new Date(Number.NaN) }))).toEqual([]);
    expect(availableSlots(query({ minNoticeMinutes: Number.NaN }))).toEqual([]);
  });
});

describe('when slots fill up', () => {
  it('a booked slot disappears for the next person', () => {
    // booking Mon 09:30–10:00 local = 08:30Z–09:00Z
    const booked = [booking('2026-02-02T08:30:00Z', '2026-02-02T09:00:00Z')];
    expect(starts(availableSlots(query({ booked, days: 1 })))).toEqual([
      '2026-02-02T09:00:00+01:00',
      '2026-02-02T10:00:00+01:00',
      '2026-02-02T10:30:00+01:00',
    ]);
  });

  it('the same slot is back, with one seat, when a second facilitator is on duty', () => {
    const booked = [booking('2026-02-02T08:30:00Z', '2026-02-02T09:00:00Z')];
    const h = hours({ weekly: [{ weekday: 1, start: '09:00', end: '11:00', capacity: 2 }] });
    expect(withFree(availableSlots(query({ hours: h, booked, days: 1 })))).toEqual([
      '2026-02-02T09:00:00+01:00 free=2',
      '2026-02-02T09:30:00+01:00 free=1',
      '2026-02-02T10:00:00+01:00 free=2',
      '2026-02-02T10:30:00+01:00 free=2',
    ]);
  });

  it('a 45-minute SPID slot is blocked by a 30-minute booking overlapping its end', () => {
    // booking Mon 10:00–10:30 local = 09:00Z–09:30Z
    const booked = [booking('2026-02-02T09:00:00Z', '2026-02-02T09:30:00Z')];
    expect(starts(availableSlots(query({ booked, durationMinutes: 45, days: 1 })))).toEqual([
      '2026-02-02T09:00:00+01:00', // 09:00–09:45 ends before the booking
      // 09:30–10:15 would overlap the booking's first quarter hour; 10:00 is the booking itself
    ]);
  });

  it('with two facilitators each slot shows two free seats, then one after a booking', () => {
    const h = hours({ weekly: [{ weekday: 1, start: '09:00', end: '10:00', capacity: 2 }] });
    expect(withFree(availableSlots(query({ hours: h, days: 1 })))).toEqual([
      '2026-02-02T09:00:00+01:00 free=2',
      '2026-02-02T09:30:00+01:00 free=2',
    ]);
    const booked = [booking('2026-02-02T08:00:00Z', '2026-02-02T08:30:00Z')];
    expect(withFree(availableSlots(query({ hours: h, booked, days: 1 })))).toEqual([
      '2026-02-02T09:00:00+01:00 free=1',
      '2026-02-02T09:30:00+01:00 free=2',
    ]);
    const both = [...booked, booking('2026-02-02T08:00:00Z', '2026-02-02T08:30:00Z')];
    expect(withFree(availableSlots(query({ hours: h, booked: both, days: 1 })))).toEqual(['2026-02-02T09:30:00+01:00 free=2']);
  });

  it('where a second facilitator arrives mid-morning, overlapping ranges add up', () => {
    // 09:00–11:00 one person, 10:00–11:00 a second one
    const h = hours({ weekly: [{ weekday: 1, start: '09:00', end: '11:00' }, { weekday: 1, start: '10:00', end: '11:00' }] });
    expect(withFree(availableSlots(query({ hours: h, days: 1 })))).toEqual([
      '2026-02-02T09:00:00+01:00 free=1',
      '2026-02-02T09:30:00+01:00 free=1',
      '2026-02-02T10:00:00+01:00 free=2',
      '2026-02-02T10:30:00+01:00 free=2',
    ]);
    // With a booking 10:00–10:30, a 45-minute slot from 09:30 is counted cautiously: fewest on duty
    // (1, before 10:00) minus most booked at once (1, after 10:00) leaves no seat, so it is not offered.
    const booked = [booking('2026-02-02T09:00:00Z', '2026-02-02T09:30:00Z')];
    expect(withFree(availableSlots(query({ hours: h, booked, days: 1, durationMinutes: 45 })))).toEqual([
      '2026-02-02T09:00:00+01:00 free=1',
      '2026-02-02T10:00:00+01:00 free=1',
    ]);
  });

  it('bookings for other days or with no length change nothing', () => {
    const booked = [
      booking('2026-01-26T08:00:00Z', '2026-01-26T08:30:00Z'),
      booking('2026-02-02T08:00:00Z', '2026-02-02T08:00:00Z'),
      { start: new Date(Number.NaN), end: new Date('2026-02-02T09:00:00Z') },
    ];
    expect(availableSlots(query({ booked }))).toEqual(availableSlots(query()));
  });
});

describe('holidays and one-off changes', () => {
  const mondays = (fromDate: string, days: number, over: Partial<PointHours> = {}) =>
    availableSlots(query({ hours: hours(over), fromDate, days, now: new Date('2026-01-01T00:00:00Z') })).map((d) => d.date);

  it('no slots on Easter Monday; the next Monday has them', () => {
    expect(mondays('2026-04-06', 8)).toEqual(['2026-04-07', '2026-04-09', '2026-04-13']);
  });

  it('an explicit opening on Easter Monday wins over the holiday', () => {
    const open = { date: '2026-04-06', kind: 'open' as const, ranges: [{ start: '10:00', end: '11:00' }] };
    const days = availableSlots(
      query({ hours: hours({ exceptions: [open] }), fromDate: '2026-04-06', days: 1, now: new Date('2026-01-01T00:00:00Z') }),
    );
    expect(starts(days)).toEqual(['2026-04-06T10:00:00+02:00', '2026-04-06T10:30:00+02:00']);
  });

  it('no slots in Perugia on San Costanzo (29 January), while Corciano books as usual', () => {
    // Thu 2026-01-29
    const perugia = availableSlots(query({ fromDate: '2026-01-29', days: 1, now: new Date('2026-01-01T00:00:00Z') }));
    expect(perugia).toEqual([]);
    const corciano = availableSlots(
      query({ hours: hours({ comuneIstat: CORCIANO }), fromDate: '2026-01-29', days: 1, now: new Date('2026-01-01T00:00:00Z') }),
    );
    expect(starts(corciano)).toEqual(['2026-01-29T09:00:00+01:00', '2026-01-29T09:30:00+01:00']);
  });

  it('a day closed by the point has no slots', () => {
    expect(mondays('2026-02-09', 1, { exceptions: [{ date: '2026-02-09', kind: 'closed' }] })).toEqual([]);
  });

  it('an extra Saturday opening with two facilitators is bookable', () => {
    const extra = { date: '2026-02-07', kind: 'open' as const, ranges: [{ start: '10:00', end: '11:00', capacity: 2 }] };
    const days = availableSlots(query({ hours: hours({ exceptions: [extra] }) }));
    expect(days.map((d) => d.date)).toEqual(['2026-02-02', '2026-02-03', '2026-02-05', '2026-02-07']);
    expect(withFree(days.slice(3))).toEqual(['2026-02-07T10:00:00+01:00 free=2', '2026-02-07T10:30:00+01:00 free=2']);
  });

  it('hours nobody has confirmed give no slots', () => {
    expect(availableSlots(query({ hours: hours({ known: false }) }))).toEqual([]);
  });
});

describe('slots keep their local time across daylight-saving changes', () => {
  const monday = hours({ weekly: [{ weekday: 1, start: '09:00', end: '10:00' }] });
  const utcStarts = (fromDate: string) =>
    availableSlots(query({ hours: monday, fromDate, days: 1, now: new Date('2026-01-01T00:00:00Z') })).flatMap((d) =>
      d.slots.map((s) => s.start.toISOString()),
    );

  it('Monday 09:00 is 08:00Z in winter, before 29 March 2026', () => {
    expect(utcStarts('2026-03-23')).toEqual(['2026-03-23T08:00:00.000Z', '2026-03-23T08:30:00.000Z']);
  });

  it('Monday 09:00 is 07:00Z in summer, after the clocks go forward', () => {
    expect(utcStarts('2026-03-30')).toEqual(['2026-03-30T07:00:00.000Z', '2026-03-30T07:30:00.000Z']);
    expect(utcStarts('2026-10-19')).toEqual(['2026-10-19T07:00:00.000Z', '2026-10-19T07:30:00.000Z']);
  });

  it('Monday 09:00 is 08:00Z again after the clocks go back on 25 October 2026', () => {
    expect(utcStarts('2026-10-26')).toEqual(['2026-10-26T08:00:00.000Z', '2026-10-26T08:30:00.000Z']);
  });

  it('one query spanning the spring change gives 09:00 local on both sides', () => {
    const days = availableSlots(query({ hours: monday, fromDate: '2026-03-23', days: 14, now: new Date('2026-03-20T00:00:00Z') }));
    expect(days.map((d) => d.slots[0] && rome(d.slots[0].start))).toEqual(['2026-03-23T09:00:00+01:00', '2026-03-30T09:00:00+02:00']);
  });

  /** Slots of a one-off 01:00–04:00 opening on the night the clocks change. */
  const nightOpening = (date: string) =>
    availableSlots(
      query({
        hours: hours({ exceptions: [{ date, kind: 'open', ranges: [{ start: '01:00', end: '04:00' }] }] }),
        fromDate: date,
        days: 1,
        now: new Date('2026-03-01T00:00:00Z'),
      }),
    );

  it('a night opening on 29 March offers nothing in the skipped hour', () => {
    expect(starts(nightOpening('2026-03-29'))).toEqual([
      '2026-03-29T01:00:00+01:00',
      '2026-03-29T01:30:00+01:00', // runs 30 real minutes, to 03:00 summer time
      '2026-03-29T03:00:00+02:00',
      '2026-03-29T03:30:00+02:00',
    ]);
  });

  it('a night opening on 25 October places the repeated hour on its second occurrence', () => {
    expect(starts(nightOpening('2026-10-25'))).toEqual([
      '2026-10-25T01:00:00+02:00',
      '2026-10-25T01:30:00+02:00',
      '2026-10-25T02:00:00+01:00',
      '2026-10-25T02:30:00+01:00',
      '2026-10-25T03:00:00+01:00',
      '2026-10-25T03:30:00+01:00',
    ]);
  });
});

describe('checking a chosen slot again before booking it', () => {
  const base = { hours: hours(), holidays, durationMinutes: 30, now: SUNDAY_NOON, minNoticeMinutes: 120, booked: [] };

  it('a free slot on the grid is confirmed with its end and free seats', () => {
    // Mon 2026-02-02 09:30 local = 08:30Z
    const slot = isSlotAvailable(base, new Date('2026-02-02T08:30:00Z'));
    expect(slot && [slot.start.toISOString(), slot.end.toISOString(), slot.free]).toEqual([
      '2026-02-02T08:30:00.000Z',
      '2026-02-02T09:00:00.000Z',
      1,
    ]);
  });

  it('a start off the grid, outside the opening, or on a holiday is refused', () => {
    expect(isSlotAvailable(base, new Date('2026-02-02T08:15:00Z'))).toBeUndefined(); // 09:15
    expect(isSlotAvailable(base, new Date('2026-02-02T10:00:00Z'))).toBeUndefined(); // 11:00, closing time
    expect(isSlotAvailable(base, new Date('2026-02-02T08:30:00.001Z'))).toBeUndefined();
    expect(isSlotAvailable({ ...base, now: new Date('2026-04-01T00:00:00Z') }, new Date('2026-04-06T07:00:00Z'))).toBeUndefined();
    expect(isSlotAvailable(base, new Date(Number.NaN))).toBeUndefined();
  });

  it('a slot taken meanwhile, or now too close, is refused', () => {
    const booked = [booking('2026-02-02T08:30:00Z', '2026-02-02T09:00:00Z')];
    expect(isSlotAvailable({ ...base, booked }, new Date('2026-02-02T08:30:00Z'))).toBeUndefined();
    // now Mon 08:00 local = 07:00Z: 09:30 is only 90 minutes away
    expect(isSlotAvailable({ ...base, now: new Date('2026-02-02T07:00:00Z') }, new Date('2026-02-02T08:30:00Z'))).toBeUndefined();
  });

  it('agrees with the list of available slots', () => {
    const booked = [booking('2026-02-03T14:30:00Z', '2026-02-03T15:00:00Z')];
    for (const day of availableSlots(query({ booked }))) {
      for (const s of day.slots) expect(isSlotAvailable({ ...base, booked }, s.start)).toEqual(s);
    }
  });

  it('refuses a duration or grid that is not a positive whole number of minutes', () => {
    expect(() => availableSlots(query({ durationMinutes: 0 }))).toThrow(RangeError);
    expect(() => availableSlots(query({ stepMinutes: 7.5 }))).toThrow(RangeError);
  });
});

describe('taking a seat', () => {
  it('picks the lowest seat nobody overlapping holds', () => {
    expect(freeSeat(2, [])).toBe(1);
    expect(freeSeat(3, [{ seat: 1 }, { seat: 3 }])).toBe(2);
    expect(freeSeat(3, [{ seat: 2 }])).toBe(1);
  });

  it('returns nothing when every seat is taken', () => {
    expect(freeSeat(2, [{ seat: 2 }, { seat: 1 }])).toBeUndefined();
    expect(freeSeat(1, [{ seat: 1 }])).toBeUndefined();
    expect(freeSeat(0, [])).toBeUndefined();
  });
});

describe('the caller’s data is left alone', () => {
  function deepFreeze<T>(value: T): T {
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const v of Object.values(value)) deepFreeze(v);
      Object.freeze(value);
    }
    return value;
  }

  it('works on frozen input and leaves it as it was', () => {
    const q = deepFreeze(
      query({
        hours: hours({
          weekly: [{ weekday: 1, start: '10:00', end: '11:00', capacity: 2 }, { weekday: 1, start: '09:00', end: '10:30' }],
          exceptions: [{ date: '2026-02-07', kind: 'open', ranges: [{ start: '11:00', end: '12:00' }, { start: '10:00', end: '11:00' }] }],
        }),
        booked: [booking('2026-02-02T09:00:00Z', '2026-02-02T09:30:00Z'), booking('2026-02-02T08:00:00Z', '2026-02-02T08:30:00Z')],
      }),
    );
    const before = JSON.stringify(q);
    const days = availableSlots(q);
    isSlotAvailable(q, new Date('2026-02-02T09:00:00Z'));
    expect(days.length).toBeGreaterThan(0);
    expect(JSON.stringify(q)).toBe(before);
  });
});

describe('bookings running at once', () => {
  const at = (hhmm: string) => new Date(`2026-11-24T${hhmm}:00Z`);
  it('counts the peak inside the interval, not every booking that touches it', () => {
    const b = [{ start: at('08:00'), end: at('08:30') }, { start: at('08:30'), end: at('09:00') }, { start: at('08:15'), end: at('08:45') }];
    expect(maxConcurrent(b, at('08:00'), at('09:00'))).toBe(2);
    expect(maxConcurrent(b.slice(0, 2), at('08:00'), at('09:00'))).toBe(1);
    expect(maxConcurrent(b, at('09:00'), at('10:00'))).toBe(0);
  });
});
