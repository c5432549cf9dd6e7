import { describe, expect, it } from 'vitest';
import {
  computeIndicators,
  PNRR_TARGETS,
  suppressSmallCells,
  toRows,
  type BookingFact,
  type IndicatorInput,
  type Period,
  type ServiceRecordFact,
} from '../../../src/domain/indicators.js';

/*
 * Hand-built data set. Points 1 and 2 are in zone 1, point 3 in zone 2.
 * Period: January and February 2026 in Rome time, i.e.
 * [2025-12-31T23:00Z, 2026-02-28T23:00Z) (Rome is UTC+1 in winter).
 *
 * Citizens A–H. A visits points 1 and 2 in both months. G's data was erased
 * after their second visit: the records keep G's random citizenKey, so G is
 * still one person. C and H never gave some details.
 */
type R = ServiceRecordFact;
const rec = (
  _label: string, // the name used in the comments, for the reader
  pointId: number,
  serviceCode: string,
  citizenKey: string,
  occurredAt: string,
  more: Partial<R> = {},
): R => ({
  pointId,
  zoneNumber: pointId === 3 ? 2 : 1,
  serviceCode,
  citizenKey,
  walkIn: false,
  occurredAt: new Date(occurredAt),
  outcome: 'resolved',
  ageBand: null,
  gender: null,
  firstVisit: null,
  satisfaction: null,
  ...more,
});

const A = 'a0000000-0000-4000-8000-00000000000a';
const B = 'b0000000-0000-4000-8000-00000000000b';
const C = 'c0000000-0000-4000-8000-00000000000c';
const D = 'd0000000-0000-4000-8000-00000000000d';
const E = 'e0000000-0000-4000-8000-00000000000e';
const F = 'f0000000-0000-4000-8000-00000000000f';
const G = '90000000-0000-4000-8000-000000000009'; // person later erased; the key stays
const H = '80000000-0000-4000-8000-000000000008';

const records: R[] = [
  // R1  p1 Jan  A spid   55+ f first=yes  sat 5
  rec('R1', 1, 'spid', A, '2026-01-10T09:00:00Z', { ageBand: '55+', gender: 'f', firstVisit: true, satisfaction: 5 }),
  // R2  p1 Jan  B spid   WALK-IN 30-54 m first=no sat 4
  rec('R2', 1, 'spid', B, '2026-01-12T10:00:00Z', { walkIn: true, ageBand: '30-54', gender: 'm', firstVisit: false, satisfaction: 4 }),
  // R3  p2 Jan  A cie    partly, 55+ f first=no
  rec('R3', 2, 'cie', A, '2026-01-20T10:00:00Z', { outcome: 'partly', ageBand: '55+', gender: 'f', firstVisit: false }),
  // R4  p3 Jan  C fse    all details null
  rec('R4', 3, 'fse', C, '2026-01-22T10:00:00Z'),
  // R15 p3 Jan  H device WALK-IN, age unknown, f
  rec('R15', 3, 'device', H, '2026-01-15T10:00:00Z', { walkIn: true, gender: 'f' }),
  // R16 p3 Jan  G safety 55+ m first=yes (before G's erasure)
  rec('R16', 3, 'safety', G, '2026-01-25T10:00:00Z', { ageBand: '55+', gender: 'm', firstVisit: true }),
  // R5  p3 2026-01-31T23:30Z = 00:30 on 1 February in Rome → FEBRUARY. D spid referred 18-29 x first=yes sat 3
  rec('R5', 3, 'spid', D, '2026-01-31T23:30:00Z', { outcome: 'referred', ageBand: '18-29', gender: 'x', firstVisit: true, satisfaction: 3 }),
  // R6  p1 Feb  A cup    55+ f first=no sat 4
  rec('R6', 1, 'cup', A, '2026-02-03T10:00:00Z', { ageBand: '55+', gender: 'f', firstVisit: false, satisfaction: 4 }),
  // R7  p2 Feb  E spid   30-54 f first=yes sat 5
  rec('R7', 2, 'spid', E, '2026-02-05T10:00:00Z', { ageBand: '30-54', gender: 'f', firstVisit: true, satisfaction: 5 }),
  // R8  p2 Feb  E pagopa details null (E's earlier answers still count)
  rec('R8', 2, 'pagopa', E, '2026-02-06T10:00:00Z'),
  // R9  p3 Feb  F cie    partly 18-29 m first=yes sat 2
  rec('R9', 3, 'cie', F, '2026-02-10T10:00:00Z', { outcome: 'partly', ageBand: '18-29', gender: 'm', firstVisit: true, satisfaction: 2 }),
  // R10 p3 Feb  G spid   55+ m first=no sat 5 (G erased afterwards: this row is unchanged)
  rec('R10', 3, 'spid', G, '2026-02-12T10:00:00Z', { ageBand: '55+', gender: 'm', firstVisit: false, satisfaction: 5 }),
  // R11 p1 Feb  B cie    30-54 m first=no
  rec('R11', 1, 'cie', B, '2026-02-14T10:00:00Z', { ageBand: '30-54', gender: 'm', firstVisit: false }),
  // R12 p2 Feb  C fse    referred, 55+ given now, gender still null, sat 3
  rec('R12', 2, 'fse', C, '2026-02-20T10:00:00Z', { outcome: 'referred', ageBand: '55+', satisfaction: 3 }),
  // R13 OUT: 2026-02-28T23:30Z is 00:30 on 1 March in Rome (still February in UTC)
  rec('R13', 1, 'spid', A, '2026-02-28T23:30:00Z', { satisfaction: 1 }),
  // R14 OUT: 2025-12-31T22:30Z is 23:30 on 31 December in Rome
  rec('R14', 1, 'spid', B, '2025-12-31T22:30:00Z', { satisfaction: 1 }),
];

const book = (pointId: number, startsAt: string, status: BookingFact['status'], sourcePublicationId: number | null = null): BookingFact => ({
  pointId,
  zoneNumber: pointId === 3 ? 2 : 1,
  startsAt: new Date(startsAt),
  status,
  sourcePublicationId,
});

const bookings: BookingFact[] = [
  book(1, '2026-01-10T09:00:00Z', 'arrived'), //            b1
  book(1, '2026-01-11T09:00:00Z', 'no_show', 7), //         b2 from post 7
  book(2, '2026-02-02T09:00:00Z', 'arrived', 7), //         b3 from post 7
  book(2, '2026-02-03T09:00:00Z', 'arrived', 9), //         b4 from post 9
  book(3, '2026-02-04T09:00:00Z', 'cancelled', 7), //       b5 from post 7 (still reach)
  book(3, '2026-02-05T09:00:00Z', 'no_show'), //            b6
  book(3, '2026-02-06T09:00:00Z', 'booked'), //             b7
  book(1, '2026-02-07T09:00:00Z', 'released'), //           b8
  book(1, '2026-03-02T09:00:00Z', 'no_show', 9), //         b9 OUT (March)
];

const period: Period = {
  from: new Date('2025-12-31T23:00:00Z'), // 1 Jan 2026 00:00 Rome
  to: new Date('2026-02-28T23:00:00Z'), //   1 Mar 2026 00:00 Rome
};

const input = (over: Partial<IndicatorInput> = {}): IndicatorInput => ({
  records,
  bookings,
  activeCentres: 40,
  followers: 1234,
  eventParticipants: 87,
  postsPublished: 15,
  partners: [],
  ...over,
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('computeIndicators on the hand-built data set', () => {
  const ind = computeIndicators(input(), period);

  it('counts services and distinct people in the period only', () => {
    // In period: R1–R12, R15, R16 = 14 records. R13 and R14 fall outside in Rome time.
    expect(ind.services).toBe(14);
    // A, B, C, D, E, F, G, H: A (3 records), B (2), C (2), E (2), G (2) count once each.
    expect(ind.uniqueCitizens).toBe(8);
  });

  it('orders categories by count, then code', () => {
    // spid R1 R2 R5 R7 R10 = 5; cie R3 R9 R11 = 3; fse R4 R12 = 2; then the singletons alphabetically.
    expect(ind.byCategory).toEqual({ spid: 5, cie: 3, fse: 2, cup: 1, device: 1, pagopa: 1, safety: 1 });
    expect(Object.keys(ind.byCategory)).toEqual(['spid', 'cie', 'fse', 'cup', 'device', 'pagopa', 'safety']);
  });

  it('slices by point and zone, with a person counted once per slice', () => {
    // p1: R1 A, R2 B, R6 A, R11 B → 4 services, {A,B}
    // p2: R3 A, R7 E, R8 E, R12 C → 4 services, {A,E,C}
    // p3: R4 C, R5 D, R9 F, R10 G, R15 H, R16 G → 6 services, {C,D,F,G,H}
    expect(ind.byPoint).toEqual({
      1: { services: 4, uniqueCitizens: 2 },
      2: { services: 4, uniqueCitizens: 3 },
      3: { services: 6, uniqueCitizens: 5 },
    });
    // zone 1 = p1 + p2: 8 services, {A,B,E,C}; A is in both points but counts once.
    expect(ind.byZone).toEqual({
      1: { services: 8, uniqueCitizens: 4 },
      2: { services: 6, uniqueCitizens: 5 },
    });
  });

  it('uses Rome months: 2026-01-31T23:30Z is February', () => {
    // Jan: R1 A, R2 B, R3 A, R4 C, R15 H, R16 G → 6 services, {A,B,C,H,G}
    // Feb: R5 D (boundary), R6 A, R7 E, R8 E, R9 F, R10 G, R11 B, R12 C → 8 services, 7 people
    expect(ind.byMonth).toEqual({
      '2026-01': { services: 6, uniqueCitizens: 5 },
      '2026-02': { services: 8, uniqueCitizens: 7 },
    });
    expect(Object.keys(ind.byMonth)).toEqual(['2026-01', '2026-02']);
  });

  it('splits booked from walk-in services and counts outcomes', () => {
    // walk-ins: R2, R15
    expect(ind.bookedVsWalkIn).toEqual({ booked: 12, walkIn: 2 });
    // partly R3 R9; referred R5 R12; the other 10 resolved
    expect(ind.outcomes).toEqual({ resolved: 10, partly: 2, referred: 2 });
  });

  it('counts each person once in the age, gender and first-visit breakdowns', () => {
    // Latest known age band: A 55+, B 30-54, C 55+ (given only in R12), D 18-29, E 30-54
    // (R8 null does not erase R7), F 18-29, G 55+, H never → unknown.
    expect(ind.ageBands).toEqual({ '18-29': 2, '30-54': 2, '55+': 3, unknown: 1 });
    // f: A E H; m: B F G; x: D; unknown: C
    expect(ind.genders).toEqual({ f: 3, m: 3, x: 1, unknown: 1 });
    // yes: A (R1), D, E, F, G (R16 yes, R10 no → yes); no: B; unknown: C, H
    expect(ind.firstVisit).toEqual({ yes: 5, no: 1, unknown: 2 });
    const sum = (o: Record<string, number>): number => Object.values(o).reduce((a, b) => a + b, 0);
    expect(sum(ind.ageBands)).toBe(ind.uniqueCitizens);
    expect(sum(ind.genders)).toBe(ind.uniqueCitizens);
    expect(sum(ind.firstVisit)).toBe(ind.uniqueCitizens);
  });

  it('averages satisfaction over the answers given', () => {
    // R1 5, R2 4, R5 3, R6 4, R7 5, R9 2, R10 5, R12 3 → 31 / 8 = 3.875 → 3.88
    // (R13 and R14 answered 1 but are outside the period)
    expect(ind.satisfaction).toEqual({ average: 3.88, answers: 8 });
  });

  it('computes the no-show rate over bookings starting in the period', () => {
    // b1 b3 b4 arrived, b2 b6 no-show → 2 / 5; b9 (no-show in March) is outside
    expect(ind.noShowRate).toBe(0.4);
    expect(ind.bookingsByStatus).toEqual({
      booked: 1,
      confirmed: 0,
      arrived: 3,
      no_show: 2,
      cancelled: 1,
      released: 1,
    });
  });

  it('counts bookings that came from channel posts, per publication', () => {
    // post 7: b2 b3 b5; post 9: b4 (b9 is outside)
    expect(ind.bookingsFromPosts).toEqual({ total: 4, byPublication: { 7: 3, 9: 1 } });
  });

  it('passes through reach figures', () => {
    expect(ind.eventParticipants).toBe(87);
    expect(ind.postsPublished).toBe(15);
    expect(ind.followers).toBe(1234);
  });

  it('measures progress against the PNRR targets by default', () => {
    expect(PNRR_TARGETS).toEqual({ centres: 42, uniqueCitizens: 33000, services: 49500 });
    // 40 / 42 = 0.95238 → 0.952; 8 / 33000 = 0.00024 → 0; 14 / 49500 = 0.00028 → 0
    expect(ind.progress).toEqual({
      centres: { value: 40, target: 42, ratio: 0.952 },
      uniqueCitizens: { value: 8, target: 33000, ratio: 0 },
      services: { value: 14, target: 49500, ratio: 0 },
    });
  });
});

describe('computeIndicators, other cases', () => {
  it('measures progress against custom targets, 3 decimals', () => {
    const ind = computeIndicators(input({ activeCentres: 3 }), period, {
      centres: 3,
      uniqueCitizens: 12,
      services: 21,
    });
    // 3/3 = 1; 8/12 = 0.6667 → 0.667; 14/21 = 0.6667 → 0.667
    expect(ind.progress.centres.ratio).toBe(1);
    expect(ind.progress.uniqueCitizens.ratio).toBe(0.667);
    expect(ind.progress.services.ratio).toBe(0.667);
    expect(computeIndicators(input(), period, { centres: 0, uniqueCitizens: 1, services: 1 }).progress.centres.ratio).toBeNull();
  });

  it('rounds the no-show rate to 3 decimals and is null when nobody was expected', () => {
    const b = [
      book(1, '2026-01-10T09:00:00Z', 'no_show'),
      book(1, '2026-01-10T10:00:00Z', 'arrived'),
      book(1, '2026-01-10T11:00:00Z', 'arrived'),
    ];
    expect(computeIndicators(input({ bookings: b }), period).noShowRate).toBe(0.333);
    const onlyCancelled = [book(1, '2026-01-10T09:00:00Z', 'cancelled'), book(1, '2026-01-10T10:00:00Z', 'booked')];
    expect(computeIndicators(input({ bookings: onlyCancelled }), period).noShowRate).toBeNull();
  });

  it('deduplicates partners ignoring case and spacing, and sorts them', () => {
    const ind = computeIndicators(
      input({
        partners: [
          'Comune di Perugia',
          ' comune di perugia ',
          'Università per Stranieri',
          'ANCI Umbria',
          'Anci umbria',
          'Biblioteca  San Matteo',
          '   ',
        ],
      }),
      period,
    );
    // first spelling wins; inner spaces collapsed; blank names dropped
    expect(ind.partners).toEqual([
      'ANCI Umbria',
      'Biblioteca San Matteo',
      'Comune di Perugia',
      'Università per Stranieri',
    ]);
  });

  it('is unaffected by a person erasing their data: the records keep the citizenKey', () => {
    const before = computeIndicators(input(), period);
    // Erasure deletes the person row and unlinks bookings; the service_records rows of G,
    // and therefore these facts, stay exactly as they were.
    const afterErasure = records.map((r) => ({ ...r }));
    const after = computeIndicators(input({ records: afterErasure }), period);
    expect(after).toEqual(before);
    // G's two visits (January at point 3, February at point 3) are still one person.
    const onlyG = computeIndicators(input({ records: records.filter((r) => r.citizenKey === G) }), period);
    expect(onlyG.uniqueCitizens).toBe(1);
    expect(onlyG.services).toBe(2);
  });

  it('does not mutate frozen inputs', () => {
    const frozen = deepFreeze(input({ partners: ['b', 'A', 'a'] }));
    const snapshot = JSON.stringify(frozen);
    const frozenPeriod = deepFreeze({ ...period });
    expect(() => computeIndicators(frozen, frozenPeriod)).not.toThrow();
    expect(JSON.stringify(frozen)).toBe(snapshot);
    expect(computeIndicators(frozen, frozenPeriod).services).toBe(14);
    expect(Object.isFrozen(PNRR_TARGETS)).toBe(true);
  });

  it('returns zeros and nulls for an empty period', () => {
    const at = new Date('2026-01-15T00:00:00Z');
    const ind = computeIndicators(input(), { from: at, to: at });
    expect(ind.services).toBe(0);
    expect(ind.uniqueCitizens).toBe(0);
    expect(ind.byCategory).toEqual({});
    expect(ind.byPoint).toEqual({});
    expect(ind.byMonth).toEqual({});
    expect(ind.noShowRate).toBeNull();
    expect(ind.satisfaction).toEqual({ average: null, answers: 0 });
    expect(ind.ageBands).toEqual({ '18-29': 0, '30-54': 0, '55+': 0, unknown: 0 });
    expect(ind.bookingsFromPosts).toEqual({ total: 0, byPublication: {} });
    expect(ind.progress.services).toEqual({ value: 0, target: 49500, ratio: 0 });
  });

  it('lists a month of the period with no activity as zero', () => {
    // April 2026 in Rome: [2026-03-31T22:00Z, 2026-04-30T22:00Z) (UTC+2 in summer)
    const ind = computeIndicators(input(), {
      from: new Date('2026-03-31T22:00:00Z'),
      to: new Date('2026-04-30T22:00:00Z'),
    });
    expect(ind.byMonth).toEqual({ '2026-04': { services: 0, uniqueCitizens: 0 } });
  });

  it('rejects an inverted period and negative counts', () => {
    expect(() => computeIndicators(input(), { from: period.to, to: period.from })).toThrow(RangeError);
    expect(() => computeIndicators(input({ followers: -1 }), period)).toThrow(RangeError);
  });
});

describe('suppressSmallCells', () => {
  it('hides counts of 1 to 4 people, keeps zero and 5 or more, in the same key order', () => {
    const counts = deepFreeze({ a: 0, b: 1, c: 4, d: 5, e: 120 });
    const out = suppressSmallCells(counts);
    expect(out).toEqual({ a: 0, b: null, c: null, d: 5, e: 120 });
    expect(Object.keys(out)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(counts).toEqual({ a: 0, b: 1, c: 4, d: 5, e: 120 });
  });

  it('takes another threshold', () => {
    expect(suppressSmallCells({ a: 9, b: 10 }, 10)).toEqual({ a: null, b: 10 });
    expect(() => suppressSmallCells({ a: 1 }, 0)).toThrow(RangeError);
  });
});

describe('toRows', () => {
  const value = (rows: ReturnType<typeof toRows>, indicator: string, breakdown: string, key = ''): number | null | undefined =>
    rows.find((r) => r.indicator === indicator && r.breakdown === breakdown && r.key === key)?.value;

  it('flattens the indicators and suppresses small person counts', () => {
    const rows = toRows(computeIndicators(input(), period));
    expect(value(rows, 'unique_citizens', 'total')).toBe(8);
    expect(value(rows, 'services', 'total')).toBe(14);
    expect(value(rows, 'services', 'category', 'spid')).toBe(5);
    // points: p1 2 people → null, p2 3 → null, p3 5 → 5; services are not hidden
    expect(value(rows, 'unique_citizens', 'point', '1')).toBeNull();
    expect(value(rows, 'unique_citizens', 'point', '2')).toBeNull();
    expect(value(rows, 'unique_citizens', 'point', '3')).toBe(5);
    expect(value(rows, 'services', 'point', '1')).toBe(4);
    // zones: 4 → null, 5 → 5; months: 5 and 7 stay
    expect(value(rows, 'unique_citizens', 'zone', '1')).toBeNull();
    expect(value(rows, 'unique_citizens', 'zone', '2')).toBe(5);
    expect(value(rows, 'unique_citizens', 'month', '2026-01')).toBe(5);
    expect(value(rows, 'unique_citizens', 'month', '2026-02')).toBe(7);
    // every age and gender cell is under 5 → null; first visit yes 5 stays, no 1 and unknown 2 hidden
    for (const k of ['18-29', '30-54', '55+', 'unknown']) expect(value(rows, 'unique_citizens', 'age_band', k)).toBeNull();
    for (const k of ['f', 'm', 'x', 'unknown']) expect(value(rows, 'unique_citizens', 'gender', k)).toBeNull();
    expect(value(rows, 'unique_citizens', 'first_visit', 'yes')).toBe(5);
    expect(value(rows, 'unique_citizens', 'first_visit', 'no')).toBeNull();
    expect(value(rows, 'unique_citizens', 'first_visit', 'unknown')).toBeNull();
    // 8 answers: the average is published
    expect(value(rows, 'satisfaction', 'average')).toBe(3.88);
    expect(value(rows, 'no_show_rate', 'total')).toBe(0.4);
    expect(value(rows, 'bookings_from_posts', 'publication', '7')).toBe(3);
    expect(value(rows, 'progress', 'centres', 'ratio')).toBe(0.952);
    expect(value(rows, 'progress', 'unique_citizens', 'value')).toBe(8);
    // no duplicate rows
    const ids = rows.map((r) => `${r.indicator}|${r.breakdown}|${r.key}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('hides a second cell when only one would be hidden, so it cannot be recovered from the total', () => {
    // 7 people: 6 women, 1 man. Hiding only m=1 would leave it as 7 − 6.
    const people = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'];
    const recs = people.map((k, i) =>
      rec(k, 1, 'spid', k, `2026-01-1${i}T10:00:00Z`, { gender: i === 6 ? 'm' : 'f', satisfaction: i < 4 ? 5 : null }),
    );
    const rows = toRows(computeIndicators(input({ records: recs }), period));
    expect(value(rows, 'unique_citizens', 'total')).toBe(7);
    expect(value(rows, 'unique_citizens', 'gender', 'm')).toBeNull();
    expect(value(rows, 'unique_citizens', 'gender', 'f')).toBeNull();
    expect(value(rows, 'unique_citizens', 'gender', 'x')).toBe(0);
    // 4 answers only: the average would tell what those few people said
    expect(value(rows, 'satisfaction', 'average')).toBeNull();
    expect(value(rows, 'satisfaction', 'answers')).toBe(4);
  });

  it('hides the total and its progress when fewer than 5 people were helped', () => {
    const recs = records.filter((r) => r.citizenKey === A || r.citizenKey === B);
    const rows = toRows(computeIndicators(input({ records: recs }), period));
    expect(value(rows, 'unique_citizens', 'total')).toBeNull();
    expect(value(rows, 'progress', 'unique_citizens', 'value')).toBeNull();
    expect(value(rows, 'progress', 'unique_citizens', 'ratio')).toBeNull();
    expect(value(rows, 'progress', 'unique_citizens', 'target')).toBe(33000);
    // A: R1 R3 R6, B: R2 R11 (R13, R14 outside) → 5 services, still published
    expect(value(rows, 'services', 'total')).toBe(5);
  });

  it('publishes zeros for an empty period', () => {
    const at = new Date('2026-01-15T00:00:00Z');
    const rows = toRows(computeIndicators(input(), { from: at, to: at }));
    expect(value(rows, 'unique_citizens', 'total')).toBe(0);
    expect(value(rows, 'unique_citizens', 'gender', 'f')).toBe(0);
    expect(value(rows, 'no_show_rate', 'total')).toBeNull();
  });
});
