/**
 * Benchmark for the calendar feeds: rendering the region's calendar with 1,000 events (a mix
 * of one-off events and weekly, fortnightly and monthly series with cancelled dates), as
 * /calendar.ics does on a cache miss. Goal from #8: p95 < 50 ms.
 *
 * Run: npx tsx scripts/bench/feed.ts
 * Synthetic data from a seeded PRNG, so figures are comparable between runs.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { calendarFeed, type FeedEvent } from '../../src/render/calendar-feed.js';
import { everyTwoWeeks, monthlyOnWeekday, weeklyOn } from '../../src/domain/recurrence.js';
import { measure, prng } from './util.js';

const EVENTS = 1000;
const RUNS = 50;
const WARMUP = 5;
const GOAL_MS = 50;

function events(): FeedEvent[] {
  const rnd = prng(20261025);
  const day = (d: number) => 1 + Math.floor(rnd() * d);
  return Array.from({ length: EVENTS }, (_, i) => {
    // Starts between March and November 2026, so series cross both clock changes.
    const start = new Date(Date.UTC(2026, 2 + Math.floor(rnd() * 8), day(28), 7 + Math.floor(rnd() * 9), rnd() < 0.5 ? 0 : 30));
    const end = new Date(start.getTime() + (60 + 30 * Math.floor(rnd() * 4)) * 60_000);
    const kind = rnd();
    const weekday = ((start.getUTCDay() + 6) % 7) + 1;
    const rrule =
      kind < 0.4 ? null : kind < 0.7 ? weeklyOn([weekday as 1], { count: 4 + Math.floor(rnd() * 10) }) : kind < 0.85 ? everyTwoWeeks(weekday as 1, { count: 6 }) : monthlyOnWeekday(2, weekday as 1, { until: '2027-06-30' });
    return {
      uid: `event-${i}@digipass.umbria.it`,
      sequence: Math.floor(rnd() * 4),
      start,
      end,
      rrule,
      exdates: rrule && rnd() < 0.3 ? [new Date(start.getTime() + 7 * 86_400_000).toISOString()] : [],
      summary: `Corso ${i}: SPID, CIE & app IO per tutti`,
      description: 'Porta il telefono, la tessera sanitaria e un documento. Posti limitati; iscrizione dal bot.',
      location: 'DigiPASS Foligno, Centro Studi Foligno, via dei Monasteri 19, Foligno',
      url: `https://t.me/DigiPassUmbriaBot?start=ev_${i}`,
      cancelled: rnd() < 0.05,
    };
  });
}


export type FeedBenchResult = { mean: number; p95: number; goal: number; summary: string };

/** Runs the benchmark, prints the figures and returns them for an aggregating script. */
export function run(log: (line: string) => void = console.log): FeedBenchResult {
  const list = events();
  let bytes = 0;
  const once = () => {
    bytes = calendarFeed(list, { name: 'DigiPASS Umbria', stamp: new Date('2026-11-23T08:00:00Z') }).length;
  };
  const { mean, p95 } = measure(once, RUNS, WARMUP);
  log(`feed: ${EVENTS} events (${list.filter((e) => e.rrule).length} series), ${(bytes / 1024).toFixed(0)} KiB of iCalendar`);
  log(`  ${RUNS} runs: mean=${mean.toFixed(2)}ms p95=${p95.toFixed(2)}ms goal <${GOAL_MS}ms ${p95 < GOAL_MS ? 'OK' : 'MISSED'}`);
  const summary = `bench feed: ${EVENTS} events mean=${mean.toFixed(2)}ms p95=${p95.toFixed(2)}ms (goal <${GOAL_MS})`;
  log(summary);
  return { mean, p95, goal: GOAL_MS, summary };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) run();
