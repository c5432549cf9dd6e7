import { describe, expect, it } from 'vitest';
import { periodFor, servicesByMonthAndCategory } from '../../../src/app/stats.js';

const iso = (p: { from: Date; to: Date }) => [p.from.toISOString(), p.to.toISOString()];

describe('stats periods (Rome months, ending with the current month)', () => {
  // Tuesday 24 November 2026, 10:00 in Rome (UTC+1).
  const now = new Date('2026-11-24T09:00:00Z');

  it('this month and last month', () => {
    expect(iso(periodFor('month', now))).toEqual(['2026-10-31T23:00:00.000Z', '2026-11-30T23:00:00.000Z']);
    // October ends on the day summer time ends: 1 October starts at 00:00 CEST (UTC+2).
    expect(iso(periodFor('prev', now))).toEqual(['2026-09-30T22:00:00.000Z', '2026-10-31T23:00:00.000Z']);
  });

  it('last month across the new year', () => {
    expect(iso(periodFor('prev', new Date('2026-01-01T00:30:00Z')))).toEqual(['2025-11-30T23:00:00.000Z', '2025-12-31T23:00:00.000Z']);
  });

  it('this year stops at the end of this month: no bars for months to come', () => {
    expect(iso(periodFor('year', now))).toEqual(['2025-12-31T23:00:00.000Z', '2026-11-30T23:00:00.000Z']);
  });

  it('since the start begins with the month of the first activity, or this month', () => {
    expect(iso(periodFor('all', now, new Date('2025-03-10T12:00:00Z')))).toEqual(['2025-02-28T23:00:00.000Z', '2026-11-30T23:00:00.000Z']);
    expect(iso(periodFor('all', now, null))).toEqual(iso(periodFor('month', now)));
    expect(iso(periodFor('all', now, new Date('2027-01-01T00:00:00Z')))).toEqual(iso(periodFor('month', now)));
  });
});

describe('services by month and category', () => {
  it('counts each record in its Rome month, zeros kept, other months ignored', () => {
    const rec = (serviceCode: string, at: string) => ({ serviceCode, occurredAt: new Date(at) });
    const out = servicesByMonthAndCategory(
      [
        rec('spid', '2026-10-05T10:00:00Z'),
        rec('spid', '2026-10-31T23:30:00Z'), // 00:30 on 1 November in Rome
        rec('cie', '2026-11-02T10:00:00Z'),
        rec('cie', '2026-12-02T10:00:00Z'), // outside the months asked for
      ],
      ['2026-09', '2026-10', '2026-11'],
    );
    expect([...out.entries()].map(([m, c]) => [m, Object.fromEntries(c)])).toEqual([
      ['2026-09', {}],
      ['2026-10', { spid: 1 }],
      ['2026-11', { spid: 1, cie: 1 }],
    ]);
  });
});
