import { describe, expect, it } from 'vitest';
import { backoffMs, FloodGate, TELEGRAM_RATES } from '../../../src/domain/flood.js';
import { hoursBefore, isoWeekKey, nextWeekly, sameTimeDaysBefore } from '../../../src/domain/schedule.js';

describe('reminder times in Europe/Rome', () => {
  it('the day before at the same time stays 10:00 across the spring change (2026-03-29)', () => {
    const start = new Date('2026-03-30T08:00:00Z'); // Monday 10:00 CEST
    expect(sameTimeDaysBefore(start, 1).toISOString()).toBe('2026-03-29T08:00:00.000Z'); // Sunday 10:00 CEST
    expect(sameTimeDaysBefore(new Date('2026-03-29T08:00:00Z'), 1).toISOString()).toBe('2026-03-28T09:00:00.000Z'); // Sat 10:00 CET
  });
  it('and across the autumn change (2026-10-25)', () => {
    const start = new Date('2026-10-26T09:00:00Z'); // Monday 10:00 CET
    expect(sameTimeDaysBefore(start, 1).toISOString()).toBe('2026-10-25T09:00:00.000Z'); // Sunday 10:00 CET
    expect(sameTimeDaysBefore(new Date('2026-10-25T09:00:00Z'), 1).toISOString()).toBe('2026-10-24T08:00:00.000Z'); // Sat 10:00 CEST
  });
  it('two hours before is two real hours', () => {
    expect(hoursBefore(new Date('2026-03-29T08:00:00Z'), 2).toISOString()).toBe('2026-03-29T06:00:00.000Z');
  });
  it('the weekly digest is next Monday at 08:00 in Rome', () => {
    expect(nextWeekly(new Date('2026-11-23T06:59:00Z'), 1, 8).toISOString()).toBe('2026-11-23T07:00:00.000Z'); // Monday 07:59 → today 08:00
    expect(nextWeekly(new Date('2026-11-23T07:00:00Z'), 1, 8).toISOString()).toBe('2026-11-30T07:00:00.000Z');
    expect(nextWeekly(new Date('2026-03-25T12:00:00Z'), 1, 8).toISOString()).toBe('2026-03-30T06:00:00.000Z'); // after the change: 08:00 CEST
    expect(isoWeekKey(new Date('2026-11-23T07:00:00Z'))).toBe('2026-W48');
  });
});

describe('flood gate', () => {
  it('paces one chat to about one message a second and everyone to under 30 a second', () => {
    const g = new FloodGate(TELEGRAM_RATES, 0);
    expect(g.pacedWait(1, 'private', 0)).toBe(0);
    g.take(1, 'private', 0);
    expect(g.pacedWait(1, 'private', 0)).toBeGreaterThan(1000);
    let sent = 0;
    for (let chat = 100; chat < 200; chat++) {
      if (g.pacedWait(chat, 'private', 0) === 0) {
        g.take(chat, 'private', 0);
        sent++;
      }
    }
    expect(sent).toBe(27); // 28 tokens at 95 % of 30, one already used
  });
  it('channels get 20 a minute', () => {
    const g = new FloodGate(TELEGRAM_RATES, 0);
    g.take(-100, 'group', 0);
    expect(g.pacedWait(-100, 'group', 0)).toBeGreaterThanOrEqual(3000);
  });
  it('waits out retry_after for that chat and for all bulk traffic', () => {
    const g = new FloodGate(TELEGRAM_RATES, 0);
    g.retryAfter(7, 3, 1000);
    expect(g.pauseWait(7, 1000)).toBe(3000);
    expect(g.pacedWait(8, 'private', 1000)).toBe(3000);
    expect(g.pauseWait(7, 4000)).toBe(0);
  });
  it('backs off exponentially, with a cap', () => {
    expect([1, 2, 3, 4].map((a) => backoffMs(a))).toEqual([1000, 2000, 4000, 8000]);
    expect(backoffMs(30)).toBe(300_000);
  });
});
