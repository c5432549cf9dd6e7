/**
 * Network indicators for the region's reports (PNRR measure 1.7.2).
 *
 * Pure: the caller loads plain rows from the database and passes them in;
 * nothing here reads the clock, a file or the network, and no input is
 * mutated. Months are calendar months in Europe/Rome, because that is how
 * the region counts them, whatever the zone of the machine.
 *
 * People are counted through `citizenKey`, a random identifier per person
 * that survives the erasure of their personal data: erasing someone must not
 * change numbers already reported, and the key alone identifies nobody.
 */
import { DateTime } from 'luxon';
import { ROME_ZONE } from './time.js';

/** One help session, as stored in `service_records` joined to the point's zone. */
export interface ServiceRecordFact {
  pointId: number;
  zoneNumber: number;
  serviceCode: string;
  citizenKey: string;
  walkIn: boolean;
  occurredAt: Date;
  outcome: 'resolved' | 'partly' | 'referred';
  ageBand: '18-29' | '30-54' | '55+' | null;
  gender: 'f' | 'm' | 'x' | null;
  firstVisit: boolean | null;
  satisfaction: number | null;
}

/** One booking, as stored in `bookings` joined to the point's zone. */
export interface BookingFact {
  pointId: number;
  zoneNumber: number;
  startsAt: Date;
  status: 'booked' | 'confirmed' | 'arrived' | 'no_show' | 'cancelled' | 'released';
  sourcePublicationId: number | null;
}

/** What the region committed to reach. */
export interface Targets {
  centres: number;
  uniqueCitizens: number;
  services: number;
}

/** Umbria's PNRR 1.7.2 targets: 42 centres, 33,000 unique citizens, 49,500 services. */
export const PNRR_TARGETS: Targets = Object.freeze({
  centres: 42,
  uniqueCitizens: 33_000,
  services: 49_500,
});

/** A half-open interval of instants, [from, to). */
export interface Period {
  from: Date;
  to: Date;
}

export interface IndicatorInput {
  records: readonly ServiceRecordFact[];
  bookings: readonly BookingFact[];
  /** Centres open in the period; counted by the caller, who knows the points' lifecycle. */
  activeCentres: number;
  followers: number;
  eventParticipants: number;
  postsPublished: number;
  /** Reactions counted on those posts (Telegram gives bots no view counts). */
  postReactions?: number;
  partners: readonly string[];
}

/** Services and distinct people within one slice (a point, a zone, a month). */
export interface SliceCount {
  services: number;
  uniqueCitizens: number;
}

export interface Progress {
  value: number;
  target: number;
  /** value / target, rounded to 3 decimals; null when the target is not positive. */
  ratio: number | null;
}

export type AgeBandKey = '18-29' | '30-54' | '55+' | 'unknown';
export type GenderKey = 'f' | 'm' | 'x' | 'unknown';
export type FirstVisitKey = 'yes' | 'no' | 'unknown';
export type OutcomeKey = ServiceRecordFact['outcome'];
export type BookingStatus = BookingFact['status'];

export interface Indicators {
  period: { from: Date; to: Date };
  /** Distinct citizenKey among the period's records. */
  uniqueCitizens: number;
  /** Service records in the period. */
  services: number;
  /** serviceCode → services, keys in order of count descending, then code. */
  byCategory: Record<string, number>;
  /** pointId → slice, keys ascending; only points with services in the period appear. */
  byPoint: Record<number, SliceCount>;
  /** zone number → slice, keys ascending; only zones with services in the period appear. */
  byZone: Record<number, SliceCount>;
  /** Rome 'YYYY-MM' → slice, for every month the period touches (zeros included), chronological. */
  byMonth: Record<string, SliceCount>;
  /** Services that followed a booking vs services given to people who walked in. */
  bookedVsWalkIn: { booked: number; walkIn: number };
  /** Bookings starting in the period, by status. */
  bookingsByStatus: Record<BookingStatus, number>;
  /** no_show / (arrived + no_show), 3 decimals; null when nobody was expected to come. */
  noShowRate: number | null;
  /** Services by outcome. */
  outcomes: Record<OutcomeKey, number>;
  /** Distinct people by age band (their latest known band in the period). */
  ageBands: Record<AgeBandKey, number>;
  /** Distinct people by gender (their latest known value in the period). */
  genders: Record<GenderKey, number>;
  /** Distinct people whose first ever visit fell in the period ('yes'), or not ('no'). */
  firstVisit: Record<FirstVisitKey, number>;
  /** Average of the 1–5 answers, 2 decimals, null without answers; answers = services rated. */
  satisfaction: { average: number | null; answers: number };
  eventParticipants: number;
  postsPublished: number;
  postReactions: number;
  followers: number;
  /** Partner names, trimmed, deduplicated ignoring case, sorted the Italian way. */
  partners: string[];
  /** Bookings starting in the period that came through a channel post, any status. */
  bookingsFromPosts: { total: number; byPublication: Record<number, number> };
  progress: { centres: Progress; uniqueCitizens: Progress; services: Progress };
}

function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round((value + Number.EPSILON) * f) / f;
}

function requireCount(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${String(value)}`);
  }
  return value;
}

function requirePeriod(period: Period): { from: number; to: number } {
  const from = period.from.getTime();
  const to = period.to.getTime();
  if (Number.isNaN(from) || Number.isNaN(to)) throw new RangeError('Invalid period date');
  if (from > to) throw new RangeError('Period starts after it ends');
  return { from, to };
}

/** Rome calendar month of an instant, 'YYYY-MM'. */
function romeMonth(instant: Date | number): string {
  const dt =
    typeof instant === 'number'
      ? DateTime.fromMillis(instant, { zone: ROME_ZONE })
      : DateTime.fromJSDate(instant, { zone: ROME_ZONE });
  return dt.toFormat('yyyy-MM');
}

/**
 * Every Rome month the half-open period overlaps, so a month with no
 * activity is reported as zero rather than silently missing.
 */
function monthsOf(from: number, to: number): string[] {
  if (from >= to) return [];
  const months: string[] = [];
  let cursor = DateTime.fromMillis(from, { zone: ROME_ZONE }).startOf('month');
  const last = romeMonth(to - 1);
  for (;;) {
    const key = cursor.toFormat('yyyy-MM');
    months.push(key);
    if (key === last) break;
    cursor = cursor.plus({ months: 1 });
  }
  return months;
}

class Slices<K> {
  private readonly services = new Map<K, number>();
  private readonly people = new Map<K, Set<string>>();

  seed(key: K): void {
    if (!this.services.has(key)) {
      this.services.set(key, 0);
      this.people.set(key, new Set());
    }
  }

  add(key: K, citizenKey: string): void {
    this.seed(key);
    this.services.set(key, (this.services.get(key) ?? 0) + 1);
    this.people.get(key)?.add(citizenKey);
  }

  entries(): [K, SliceCount][] {
    return [...this.services.entries()].map(([k, services]) => [
      k,
      { services, uniqueCitizens: this.people.get(k)?.size ?? 0 },
    ]);
  }
}

function sortedNumericRecord<V>(entries: [number, V][]): Record<number, V> {
  const out: Record<number, V> = {};
  for (const [k, v] of [...entries].sort((a, b) => a[0] - b[0])) out[k] = v;
  return out;
}

/** Trimmed, whitespace-collapsed, first spelling kept, sorted with Italian collation. */
function normalisePartners(partners: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const raw of partners) {
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name === '') continue;
    const key = name.toLocaleLowerCase('it');
    if (!seen.has(key)) seen.set(key, name);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'it', { sensitivity: 'base' }));
}

function progress(value: number, target: number): Progress {
  return { value, target, ratio: target > 0 ? roundTo(value / target, 3) : null };
}

interface PersonDetails {
  ageBand: ServiceRecordFact['ageBand'];
  ageAt: number;
  gender: ServiceRecordFact['gender'];
  genderAt: number;
  firstVisit: boolean | null;
}

/**
 * Computes the report for one period.
 *
 * Records count when `occurredAt` is in [from, to); bookings when `startsAt`
 * is. Person breakdowns (age, gender, first visit) count each person once,
 * so they always add up to `uniqueCitizens`: a person's latest non-null age
 * band or gender in the period wins (a band can change on a birthday, and a
 * later answer is a correction); first visit is 'yes' if any record says so,
 * 'no' if the known answers all say no, 'unknown' otherwise.
 *
 * @throws RangeError for an inverted or invalid period, or a negative count.
 */
export function computeIndicators(
  input: IndicatorInput,
  period: Period,
  targets: Targets = PNRR_TARGETS,
): Indicators {
  const { from, to } = requirePeriod(period);
  const activeCentres = requireCount('activeCentres', input.activeCentres);
  const followers = requireCount('followers', input.followers);
  const eventParticipants = requireCount('eventParticipants', input.eventParticipants);
  const postsPublished = requireCount('postsPublished', input.postsPublished);
  const postReactions = requireCount('postReactions', input.postReactions ?? 0);

  const inPeriod = (d: Date): boolean => {
    const t = d.getTime();
    return t >= from && t < to;
  };
  const records = input.records.filter((r) => inPeriod(r.occurredAt));
  const bookings = input.bookings.filter((b) => inPeriod(b.startsAt));

  const citizens = new Set<string>();
  const categories = new Map<string, number>();
  const byPoint = new Slices<number>();
  const byZone = new Slices<number>();
  const byMonth = new Slices<string>();
  for (const m of monthsOf(from, to)) byMonth.seed(m);
  const channel = { booked: 0, walkIn: 0 };
  const outcomes: Record<OutcomeKey, number> = { resolved: 0, partly: 0, referred: 0 };
  const people = new Map<string, PersonDetails>();
  let satisfactionSum = 0;
  let answers = 0;

  for (const r of records) {
    const at = r.occurredAt.getTime();
    citizens.add(r.citizenKey);
    categories.set(r.serviceCode, (categories.get(r.serviceCode) ?? 0) + 1);
    byPoint.add(r.pointId, r.citizenKey);
    byZone.add(r.zoneNumber, r.citizenKey);
    byMonth.add(romeMonth(r.occurredAt), r.citizenKey);
    if (r.walkIn) channel.walkIn += 1;
    else channel.booked += 1;
    outcomes[r.outcome] += 1;
    if (r.satisfaction !== null) {
      satisfactionSum += r.satisfaction;
      answers += 1;
    }

    const p = people.get(r.citizenKey) ?? {
      ageBand: null,
      ageAt: -Infinity,
      gender: null,
      genderAt: -Infinity,
      firstVisit: null,
    };
    const next: PersonDetails = { ...p };
    if (r.ageBand !== null && at >= p.ageAt) {
      next.ageBand = r.ageBand;
      next.ageAt = at;
    }
    if (r.gender !== null && at >= p.genderAt) {
      next.gender = r.gender;
      next.genderAt = at;
    }
    if (r.firstVisit === true) next.firstVisit = true;
    else if (r.firstVisit === false && p.firstVisit === null) next.firstVisit = false;
    people.set(r.citizenKey, next);
  }

  const ageBands: Record<AgeBandKey, number> = { '18-29': 0, '30-54': 0, '55+': 0, unknown: 0 };
  const genders: Record<GenderKey, number> = { f: 0, m: 0, x: 0, unknown: 0 };
  const firstVisit: Record<FirstVisitKey, number> = { yes: 0, no: 0, unknown: 0 };
  for (const p of people.values()) {
    ageBands[p.ageBand ?? 'unknown'] += 1;
    genders[p.gender ?? 'unknown'] += 1;
    firstVisit[p.firstVisit === null ? 'unknown' : p.firstVisit ? 'yes' : 'no'] += 1;
  }

  const byCategory: Record<string, number> = {};
  for (const [code, n] of [...categories.entries()].sort(
    (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  )) {
    byCategory[code] = n;
  }

  const monthRecord: Record<string, SliceCount> = {};
  for (const [m, s] of byMonth.entries().sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    monthRecord[m] = s;
  }

  const bookingsByStatus: Record<BookingStatus, number> = {
    booked: 0,
    confirmed: 0,
    arrived: 0,
    no_show: 0,
    cancelled: 0,
    released: 0,
  };
  const fromPosts = new Map<number, number>();
  for (const b of bookings) {
    bookingsByStatus[b.status] += 1;
    if (b.sourcePublicationId !== null) {
      fromPosts.set(b.sourcePublicationId, (fromPosts.get(b.sourcePublicationId) ?? 0) + 1);
    }
  }
  const expected = bookingsByStatus.arrived + bookingsByStatus.no_show;

  const uniqueCitizens = citizens.size;
  const services = records.length;

  return {
    period: { from: new Date(from), to: new Date(to) },
    uniqueCitizens,
    services,
    byCategory,
    byPoint: sortedNumericRecord(byPoint.entries()),
    byZone: sortedNumericRecord(byZone.entries()),
    byMonth: monthRecord,
    bookedVsWalkIn: channel,
    bookingsByStatus,
    noShowRate: expected === 0 ? null : roundTo(bookingsByStatus.no_show / expected, 3),
    outcomes,
    ageBands,
    genders,
    firstVisit,
    satisfaction: {
      average: answers === 0 ? null : roundTo(satisfactionSum / answers, 2),
      answers,
    },
    eventParticipants,
    postsPublished,
    postReactions,
    followers,
    partners: normalisePartners(input.partners),
    bookingsFromPosts: {
      total: [...fromPosts.values()].reduce((a, b) => a + b, 0),
      byPublication: sortedNumericRecord([...fromPosts.entries()]),
    },
    progress: {
      centres: progress(activeCentres, targets.centres),
      uniqueCitizens: progress(uniqueCitizens, targets.uniqueCitizens),
      services: progress(services, targets.services),
    },
  };
}

/** The smallest group of people open data may show; smaller cells could single someone out. */
export const MIN_PUBLISHED_CELL = 5;

/**
 * Primary suppression for open data: a count of 1 to `minimum - 1` people
 * becomes null. Zero stays zero — "nobody" singles out no one — and larger
 * counts pass through. Returns a new object in the same key order.
 */
export function suppressSmallCells<T extends Record<string, number>>(
  counts: T,
  minimum = MIN_PUBLISHED_CELL,
): Record<keyof T, number | null> {
  if (!Number.isInteger(minimum) || minimum < 1) {
    throw new RangeError(`minimum must be a positive integer, got ${String(minimum)}`);
  }
  const out = {} as Record<keyof T, number | null>;
  for (const key of Object.keys(counts) as (keyof T & string)[]) {
    const v = counts[key] as number;
    out[key] = v > 0 && v < minimum ? null : v;
  }
  return out;
}

/**
 * Secondary suppression for a breakdown that partitions a published total:
 * if exactly one cell was hidden, it could be recovered by subtraction, so
 * the smallest other non-zero cell is hidden too.
 */
function protectPartition<K extends string>(
  suppressed: Record<K, number | null>,
  totalPublished: boolean,
): Record<K, number | null> {
  const keys = Object.keys(suppressed) as K[];
  const hidden = keys.filter((k) => suppressed[k] === null);
  if (!totalPublished || hidden.length !== 1) return suppressed;
  let pick: K | undefined;
  for (const k of keys) {
    const v = suppressed[k];
    if (v === null || v === 0) continue;
    const best = pick === undefined ? undefined : suppressed[pick];
    if (best === undefined || best === null || v < best) pick = k;
  }
  if (pick === undefined) return suppressed;
  return { ...suppressed, [pick]: null };
}

export interface IndicatorRow {
  indicator: string;
  breakdown: string;
  key: string;
  value: number | null;
}

/**
 * Flattens indicators into one table, the shape of the open-data CSV.
 *
 * Every count of people with 1–4 members is published as null: the total of
 * unique citizens (also in its progress row), per point, zone and month, and
 * the age, gender and first-visit breakdowns. The last three add up to the
 * total, so when only one of their cells is hidden a second one is hidden as
 * well. The satisfaction average is hidden under 5 answers, since it would
 * reveal what a few people said. Service counts are not counts of people and
 * are published as they are.
 */
export function toRows(ind: Indicators, minimum = MIN_PUBLISHED_CELL): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  const push = (indicator: string, breakdown: string, key: string, value: number | null): void => {
    rows.push({ indicator, breakdown, key, value });
  };
  const people = (n: number): number | null => suppressSmallCells({ n }, minimum).n;
  const citizensTotal = people(ind.uniqueCitizens);

  push('unique_citizens', 'total', '', citizensTotal);
  push('services', 'total', '', ind.services);
  for (const [code, n] of Object.entries(ind.byCategory)) push('services', 'category', code, n);

  const slices = (breakdown: string, entries: [string, SliceCount][]): void => {
    const citizens = suppressSmallCells(
      Object.fromEntries(entries.map(([k, s]) => [k, s.uniqueCitizens])),
      minimum,
    );
    for (const [k, s] of entries) {
      push('services', breakdown, k, s.services);
      push('unique_citizens', breakdown, k, citizens[k] ?? null);
    }
  };
  slices('point', Object.entries(ind.byPoint));
  slices('zone', Object.entries(ind.byZone));
  slices('month', Object.entries(ind.byMonth));

  push('services', 'channel', 'booked', ind.bookedVsWalkIn.booked);
  push('services', 'channel', 'walk_in', ind.bookedVsWalkIn.walkIn);
  for (const [k, n] of Object.entries(ind.outcomes)) push('services', 'outcome', k, n);

  const partition = (breakdown: string, counts: Record<string, number>): void => {
    const safe = protectPartition(suppressSmallCells(counts, minimum), citizensTotal !== null);
    for (const [k, v] of Object.entries(safe)) push('unique_citizens', breakdown, k, v);
  };
  partition('age_band', ind.ageBands);
  partition('gender', ind.genders);
  partition('first_visit', ind.firstVisit);

  push(
    'satisfaction',
    'average',
    '',
    ind.satisfaction.answers < minimum ? null : ind.satisfaction.average,
  );
  push('satisfaction', 'answers', '', ind.satisfaction.answers);

  for (const [k, n] of Object.entries(ind.bookingsByStatus)) push('bookings', 'status', k, n);
  push('no_show_rate', 'total', '', ind.noShowRate);
  push('bookings_from_posts', 'total', '', ind.bookingsFromPosts.total);
  for (const [k, n] of Object.entries(ind.bookingsFromPosts.byPublication)) {
    push('bookings_from_posts', 'publication', k, n);
  }

  push('event_participants', 'total', '', ind.eventParticipants);
  push('posts_published', 'total', '', ind.postsPublished);
  push('post_reactions', 'total', '', ind.postReactions);
  push('followers', 'total', '', ind.followers);
  push('partners', 'total', '', ind.partners.length);

  const progressRows = (breakdown: string, p: Progress, hide: boolean): void => {
    push('progress', breakdown, 'value', hide ? null : p.value);
    push('progress', breakdown, 'target', p.target);
    push('progress', breakdown, 'ratio', hide ? null : p.ratio);
  };
  progressRows('centres', ind.progress.centres, false);
  progressRows('unique_citizens', ind.progress.uniqueCitizens, citizensTotal === null);
  progressRows('services', ind.progress.services, false);
  return rows;
}
