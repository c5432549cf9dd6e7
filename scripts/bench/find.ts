/**
 * Benchmark for the two lookups behind "find a help point near me":
 * nearest points to a location and town-name matching.
 *
 * Run: npx tsx scripts/bench/find.ts
 * Synthetic data from a seeded PRNG, so figures are comparable between runs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createNearestIndex, nearestIn } from '../../src/domain/geo.js';
import { createTownIndex, matchTown, type TownEntry } from '../../src/domain/towns.js';
import { prng } from './util.js';

const POINTS = 3_000;
const TOWNS = 8_000;
const QUERIES = 20_000;
const GOAL_NEAREST_MS = 0.1;
const GOAL_TOWNS_MS = 1;
/** The project's own copy of the reference data (resolved from the working directory, like the seed). */
const COMUNI_CSV = path.resolve('src/db/reference/umbria_comuni.csv');


function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

/** Comune names from the reference CSV (second column; names contain no commas). */
function realComuni(): string[] {
  return readFileSync(COMUNI_CSV, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(',')[1] ?? '')
    .filter((name) => name !== '');
}

const SYLLABLES = ['ca', 'sa', 'to', 'ri', 'mon', 'ter', 'na', 'pe', 'gia', 'lo', 've', 'ra', 'ci', 'no', 'ba', 'gu', 'bio', 'spo', 'le', 'fo', 'li', 'gno', 'tra', 'vi', 'co', 'rio', 'mar', 'sci', 'an', 'del'];
const PREFIXES = ['', '', '', '', 'San ', 'Santa ', 'Monte ', 'Ponte ', 'Castel ', 'Villa ', 'Colle ', 'Pian di '];
const SUFFIXES = ['', '', '', '', ' Umbro', ' sul Trasimeno', ' di Sopra', ' di Sotto', ' Alto', ' Scalo', " dell'Umbria", ' in Teverina'];

function syntheticName(rnd: () => number): string {
  const n = 2 + Math.floor(rnd() * 3);
  let core = '';
  for (let i = 0; i < n; i++) core += pick(rnd, SYLLABLES);
  core = core.charAt(0).toUpperCase() + core.slice(1);
  return `${pick(rnd, PREFIXES)}${core}${pick(rnd, SUFFIXES)}`;
}

function buildTowns(rnd: () => number): TownEntry[] {
  const comuni = realComuni();
  const entries: TownEntry[] = comuni.map((name, i) => ({ id: `c${i}`, name, kind: 'comune', comuneId: `c${i}` }));
  while (entries.length < TOWNS) {
    const i = entries.length;
    entries.push({ id: `f${i}`, name: syntheticName(rnd), kind: 'frazione', comuneId: `c${Math.floor(rnd() * comuni.length)}` });
  }
  return entries;
}

function typo(rnd: () => number, s: string): string {
  if (s.length < 2) return s;
  const at = 1 + Math.floor(rnd() * (s.length - 1));
  switch (Math.floor(rnd() * 4)) {
    case 0:
      return s.slice(0, at) + s.slice(at + 1); // missing letter
    case 1:
      return s.slice(0, at) + pick(rnd, [...'aeiourtn']) + s.slice(at); // extra letter
    case 2:
      return s.slice(0, at - 1) + s.charAt(at) + s.charAt(at - 1) + s.slice(at + 1); // swap
    default:
      return s.slice(0, at) + pick(rnd, [...'aeiourtn']) + s.slice(at + 1); // wrong letter
  }
}

function townQueries(rnd: () => number, towns: readonly TownEntry[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const name = pick(rnd, towns).name;
    const r = rnd();
    if (r < 0.3) out.push(name);
    else if (r < 0.55) out.push(typo(rnd, name));
    else if (r < 0.7) out.push(name.replace(/^(Santa|Santo|Sant'|San) ?/, 'S. ').replace(/^Monte /, 'M. '));
    else if (r < 0.8) out.push(name.slice(0, 3 + Math.floor(rnd() * 4)).toLowerCase());
    else out.push(syntheticName(rnd) + pick(rnd, ['x', 'qz', ' zzz', 'k'])); // almost certainly a miss
  }
  return out;
}

function stats(samples: Float64Array): { mean: number; p99: number } {
  const sorted = Float64Array.from(samples).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return { mean: sum / sorted.length, p99: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0 };
}

function time<Q>(queries: readonly Q[], fn: (q: Q) => unknown): Float64Array {
  const warm = Math.min(2_000, queries.length);
  for (let i = 0; i < warm; i++) fn(queries[i] as Q);
  const samples = new Float64Array(queries.length);
  for (let i = 0; i < queries.length; i++) {
    const t0 = performance.now();
    fn(queries[i] as Q);
    samples[i] = performance.now() - t0;
  }
  return samples;
}

const fmt = (ms: number) => `${ms < 0.01 ? ms.toFixed(4) : ms.toFixed(3)}ms`;

export type FindBenchResult = {
  nearest: { mean: number; p99: number; goal: number };
  towns: { mean: number; p99: number; goal: number };
  summary: string;
};

/** Runs both benchmarks, prints the figures and returns them for an aggregating script. */
export function run(log: (line: string) => void = console.log): FindBenchResult {
  const rnd = prng(20260329);

  // Italy's bounding box, roughly 36.6–47.1 N, 6.6–18.5 E.
  const points = Array.from({ length: POINTS }, (_, i) => ({ id: i, lat: 36.6 + rnd() * 10.5, lon: 6.6 + rnd() * 11.9 }));
  let t0 = performance.now();
  const geoIndex = createNearestIndex(points);
  const geoBuild = performance.now() - t0;
  const locations = Array.from({ length: QUERIES }, () => ({ lat: 36.6 + rnd() * 10.5, lon: 6.6 + rnd() * 11.9 }));
  const nearest = stats(time(locations, (from) => nearestIn(geoIndex, from, 5)));
  log(`nearest: ${POINTS} points, ${QUERIES} queries (k=5), index built in ${fmt(geoBuild)}`);
  log(`  mean=${fmt(nearest.mean)} p99=${fmt(nearest.p99)} goal <${GOAL_NEAREST_MS}ms ${nearest.p99 < GOAL_NEAREST_MS ? 'OK' : 'MISSED'}`);

  const towns = buildTowns(rnd);
  t0 = performance.now();
  const townIndex = createTownIndex(towns);
  const townBuild = performance.now() - t0;
  const queries = townQueries(rnd, towns);
  const townStats = stats(time(queries, (q) => matchTown(townIndex, q)));
  const found = queries.filter((q) => matchTown(townIndex, q).length > 0).length;
  log(`towns: ${towns.length} names, ${QUERIES} queries (exact/typo/abbrev/prefix/miss), index built in ${fmt(townBuild)}`);
  log(`  mean=${fmt(townStats.mean)} p99=${fmt(townStats.p99)} goal <${GOAL_TOWNS_MS}ms ${townStats.p99 < GOAL_TOWNS_MS ? 'OK' : 'MISSED'} (${found} of ${QUERIES} found something)`);

  const summary =
    `bench find: nearest mean=${fmt(nearest.mean)} p99=${fmt(nearest.p99)} (goal <${GOAL_NEAREST_MS}) | ` +
    `towns mean=${fmt(townStats.mean)} p99=${fmt(townStats.p99)} (goal <${GOAL_TOWNS_MS})`;
  log(summary);
  return {
    nearest: { ...nearest, goal: GOAL_NEAREST_MS },
    towns: { ...townStats, goal: GOAL_TOWNS_MS },
    summary,
  };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) run();
