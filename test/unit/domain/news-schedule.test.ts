import { describe, expect, it } from 'vitest';
import { NEWS_SCHEDULE_MAX_DAYS, publishAtProblem, publishAtSuggestions, readPublishAt } from '../../../src/domain/news-schedule.js';

// Tuesday 24 November 2026, 08:00 in Rome (UTC+1).
const now = new Date('2026-11-24T07:00:00Z');
const iso = (r: { at: Date } | { problem: string }) => ('at' in r ? r.at.toISOString() : r.problem);

describe('when a scheduled news goes out, as a facilitator types it', () => {
  it('reads days and times in Rome', () => {
    expect(iso(readPublishAt('domani 10', now))).toBe('2026-11-25T09:00:00.000Z'); // 10:00 Rome
    expect(iso(readPublishAt('lunedì alle 9', now))).toBe('2026-11-30T08:00:00.000Z'); // 09:00 Rome
    expect(iso(readPublishAt('12/12 15:30', now))).toBe('2026-12-12T14:30:00.000Z'); // 15:30 Rome
    expect(iso(readPublishAt('oggi 8:01', now))).toBe('2026-11-24T07:01:00.000Z');
  });

  it('keeps 9:00 at 9:00 across the change to summer time', () => {
    const saturday = new Date('2027-03-27T09:00:00Z'); // 10:00 in Rome, UTC+1
    expect(iso(readPublishAt('domani 9', saturday))).toBe('2027-03-28T07:00:00.000Z'); // 09:00 Rome, UTC+2
  });

  it('refuses the past, this very minute, too far ahead, and what it cannot read', () => {
    expect(iso(readPublishAt('oggi 7', now))).toBe('past');
    expect(iso(readPublishAt('oggi 8:00', now))).toBe('past');
    expect(iso(readPublishAt('15/3 10', now))).toBe('too-far'); // next March
    expect(iso(readPublishAt('22/1 10', now))).toBe('2027-01-22T09:00:00.000Z'); // 59 days ahead is fine
    expect(iso(readPublishAt('23/1 10', now))).toBe('too-far'); // 60 days and 2 hours
    expect(iso(readPublishAt('boh', now))).toBe('unreadable');
    expect(iso(readPublishAt('domani', now))).toBe('unreadable');
    expect(iso(readPublishAt('31/2 10', now))).toBe('unreadable');
  });

  it('checks an instant the same way on the server', () => {
    expect(publishAtProblem(new Date(now.getTime() + 60_000), now)).toBeUndefined();
    expect(publishAtProblem(now, now)).toBe('past');
    expect(publishAtProblem(new Date(now.getTime() + NEWS_SCHEDULE_MAX_DAYS * 86_400_000), now)).toBeUndefined();
    expect(publishAtProblem(new Date(now.getTime() + NEWS_SCHEDULE_MAX_DAYS * 86_400_000 + 1), now)).toBe('too-far');
  });

  it('suggests tomorrow morning and afternoon and next Monday morning, without repeats', () => {
    expect(publishAtSuggestions(now).map((d) => d.toISOString())).toEqual([
      '2026-11-25T08:00:00.000Z', // Wednesday 09:00
      '2026-11-25T16:00:00.000Z', // Wednesday 17:00
      '2026-11-30T08:00:00.000Z', // Monday 09:00
    ]);
    const sunday = new Date('2026-11-29T20:00:00Z');
    expect(publishAtSuggestions(sunday).map((d) => d.toISOString())).toEqual(['2026-11-30T08:00:00.000Z', '2026-11-30T16:00:00.000Z']);
    const monday = new Date('2026-11-30T10:00:00Z');
    expect(publishAtSuggestions(monday).map((d) => d.toISOString())).toEqual(['2026-12-01T08:00:00.000Z', '2026-12-01T16:00:00.000Z', '2026-12-07T08:00:00.000Z']);
  });

  it('does not change the instant it is given', () => {
    const copy = new Date(now);
    readPublishAt('domani 10', copy);
    publishAtSuggestions(copy);
    expect(copy.getTime()).toBe(now.getTime());
  });
});
