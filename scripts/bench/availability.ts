/**
 * Benchmark for "which slots are free?": availability for every fixed point
 * of the network over the booking horizon, as a busy morning would ask it.
 *
 * Run: npx tsx scripts/bench/availability.ts
 * Synthetic data from a seeded PRNG, so figures are comparable between runs.
 * The 30 days from 16 March 2026 cross the spring clock change and Easter,
 * so the slow paths (transition day, holidays) are part of the figure.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { availableSlots, type SlotQuery } from '../../src/domain/availability.js';
import type { PatronDay } from '../../src/domain/holidays.js';
import type { HoursException, PointHours, StaffedRange, WeeklyRange } from '../../src/domain/opening-hours.js';
import { addDays, formatClock, type IsoWeekday, type LocalDate } from '../../src/domain/time.js';
import { measure, prng } from './util.js';

const POINTS = 70;
const DAYS = 30;
const RUNS = 50;
const WARMUP = 5;
const BOOKED_SHARE = 0.3;
const GOAL_MS = 20;
const FROM: LocalDate = '2026-03-16';
/** Mon 16 March 2026 07:00 local: the whole horizon is ahead. */
const NOW = new Date('2026-03-16T06:00:00Z');
const COMUNI = ['054039', '054015', '054024', '055032', '054051', '054018', '055004'];
const PATRONS: readonly PatronDay[] = [
  { comuneIstat: '054039', month: 1, day: 29, name: 'San Costanzo' },
  { comuneIstat: '055032', month: 2, day: 14, name: 'San Valentino' },
  { comuneIstat: '054024', month: 3, day: 19, name: 'San Giuseppe (synthetic)' },
  { comuneIstat: '054051', month: 4, day: 2, name: 'Synthetic patron' },
];


const between = (rnd: () => number, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
const range = (start: number, end: number, capacity: number): StaffedRange => ({
  start: formatClock(start),
  end: formatClock(end),
  ...(capacity === 1 ? {} : { capacity }),
});

/**
 * 2–4 ranges on a day: a morning split in one or two, an afternoon on some
 * days, sometimes a second facilitator overlapping part of the morning.
 */
function dayRanges(rnd: () => number): StaffedRange[] {
  const out: StaffedRange[] = [];
  const open = 8 * 60 + 30 * between(rnd, 1, 2); // 09:00 or 09:30
  const close = 12 * 60 + 30 * between(rnd, 1, 3); // 12:30–13:30
  const split = open + 60 * between(rnd, 1, 2);
  out.push(range(open, split, between(rnd, 1, 2)), range(split, close, between(rnd, 1, 2)));
  if (rnd() < 0.5) out.push(range(15 * 60, 15 * 60 + 30 * between(rnd, 4, 7), 1));
  if (out.length < 4 && rnd() < 0.3) out.push(range(open + 60, close - 30, 1)); // second facilitator mid-morning
  return out;
}

function pointHours(rnd: () => number, i: number): PointHours {
  const weekly: WeeklyRange[] = [];
  const weekdays: IsoWeekday[] = rnd() < 0.2 ? [1, 2, 3, 4, 5, 6] : rnd() < 0.5 ? [1, 2, 3, 4, 5] : [1, 3, 5];
  for (const weekday of weekdays) for (const r of dayRanges(rnd)) weekly.push({ weekday, ...r });
  const exceptions: HoursException[] = [];
  for (let k = between(rnd, 0, 3); k > 0; k--) {
    const date = addDays(FROM, between(rnd, 0, DAYS - 1));
    exceptions.push(rnd() < 0.6 ? { date, kind: 'closed' } : { date, kind: 'open', ranges: dayRanges(rnd) });
  }
  return { known: rnd() > 0.05, weekly, exceptions, comuneIstat: COMUNI[i % COMUNI.length] as string };
}

type Scenario = Omit<SlotQuery, 'booked'> & { booked: { start: Date; end: Date }[] };

/** A point with about 30% of its seat-slots already taken by bookings of either length. */
function scenario(rnd: () => number, i: number): Scenario {
  const q: Scenario = {
    hours: pointHours(rnd, i),
    holidays: { patronDays: PATRONS },
    durationMinutes: rnd() < 0.7 ? 30 : 45,
    fromDate: FROM,
    days: DAYS,
    now: NOW,
    minNoticeMinutes: 120,
    booked: [],
  };
  for (const day of availableSlots({ ...q, durationMinutes: 30 })) {
    for (const s of day.slots) {
      for (let seat = 0; seat < s.free; seat++) {
        if (rnd() >= BOOKED_SHARE) continue;
        const minutes = rnd() < 0.8 ? 30 : 45;
        q.booked.push({ start: s.start, end: new Date(s.start.getTime() + minutes * 60_000) });
      }
    }
  }
  return q;
}


export type AvailabilityBenchResult = { mean: number; p95: number; goal: number; summary: string };

/** Runs the benchmark, prints the figures and returns them for an aggregating script. */
export function run(log: (line: string) => void = console.log): AvailabilityBenchResult {
  const rnd = prng(20260329);
  const scenarios = Array.from({ length: POINTS }, (_, i) => scenario(rnd, i));
  const bookings = scenarios.reduce((n, s) => n + s.booked.length, 0);

  let slots = 0;
  const once = () => {
    slots = 0;
    for (const q of scenarios) for (const d of availableSlots(q)) slots += d.slots.length;
  };
  const { mean, p95 } = measure(once, RUNS, WARMUP);

  log(`availability: ${POINTS} points × ${DAYS} days from ${FROM}, ${bookings} bookings, ${slots} free slots offered`);
  log(`  ${RUNS} runs: mean=${mean.toFixed(2)}ms p95=${p95.toFixed(2)}ms goal <${GOAL_MS}ms ${p95 < GOAL_MS ? 'OK' : 'MISSED'}`);
  const summary = `bench availability: ${POINTS} points × ${DAYS} days mean=${mean.toFixed(2)}ms p95=${p95.toFixed(2)}ms (goal <${GOAL_MS})`;
  log(summary);
  return { mean, p95, goal: GOAL_MS, summary };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) run();
