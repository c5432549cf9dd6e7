import { and, asc, count, countDistinct, eq, gte, inArray, isNotNull, lt, min, ne, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { DateTime } from 'luxon';
import type { Database } from '../db/client.js';
import { bookings, comuni, eventRegistrations, events, follows, news, points, publications, serviceRecords } from '../db/schema/index.js';
import {
  computeIndicators,
  PNRR_TARGETS,
  toRows,
  type BookingFact,
  type IndicatorRow,
  type Indicators,
  type Period,
  type ServiceRecordFact,
  type Targets,
} from '../domain/indicators.js';
import { operableZonesAndPoints, type Actor } from '../domain/policy.js';
import { expandOccurrences } from '../domain/recurrence.js';
import { ROME_ZONE } from '../domain/time.js';
import { toCsv } from '../render/opendata.js';
import { AppError } from './errors.js';
import type { ReferenceCache } from './reference.js';
import type { RoleUseCases } from './roles.js';

/** The periods staff can choose: this month, last month, this year, since the first activity. */
export const PERIOD_KEYS = ['month', 'prev', 'year', 'all'] as const;
export type PeriodKey = (typeof PERIOD_KEYS)[number];

/**
 * The half-open Rome-time period for a choice. Periods end with the current month, so a chart
 * never shows months still to come; "since the start" begins with the month of the first
 * activity (or this month, when there is none yet).
 */
export function periodFor(key: PeriodKey, now: Date, firstActivity?: Date | null): Period {
  const monthStart = DateTime.fromJSDate(now, { zone: ROME_ZONE }).startOf('month');
  const nextMonth = monthStart.plus({ months: 1 });
  switch (key) {
    case 'month':
      return { from: monthStart.toJSDate(), to: nextMonth.toJSDate() };
    case 'prev':
      return { from: monthStart.minus({ months: 1 }).toJSDate(), to: monthStart.toJSDate() };
    case 'year':
      return { from: monthStart.startOf('year').toJSDate(), to: nextMonth.toJSDate() };
    case 'all': {
      const first = firstActivity && firstActivity.getTime() < monthStart.toMillis() ? DateTime.fromJSDate(firstActivity, { zone: ROME_ZONE }).startOf('month') : monthStart;
      return { from: first.toJSDate(), to: nextMonth.toJSDate() };
    }
  }
}

/** Rome calendar month of an instant, 'YYYY-MM' (the same months the indicators use). */
export function romeMonth(d: Date): string {
  return DateTime.fromJSDate(d, { zone: ROME_ZONE }).toFormat('yyyy-MM');
}

/**
 * Services per month and category, for the stacked chart: every month of `months` (in that
 * order) with a count per category code. Records outside those months are ignored.
 */
export function servicesByMonthAndCategory(records: readonly Pick<ServiceRecordFact, 'serviceCode' | 'occurredAt'>[], months: readonly string[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>(months.map((m) => [m, new Map()]));
  for (const r of records) {
    const row = out.get(romeMonth(r.occurredAt));
    if (row) row.set(r.serviceCode, (row.get(r.serviceCode) ?? 0) + 1);
  }
  return out;
}

/**
 * What a person's statistics cover: the whole region, or some zones (every point in them)
 * plus single points. Zones here are only those seen whole (coordinators, a zone chosen by an
 * admin); a facilitator's zone is not among them.
 */
export type Area = { region: true } | { region: false; zones: number[]; points: number[] };

export interface PointInfo {
  id: number;
  slug: string;
  name: string;
  zoneNumber: number;
  active: boolean;
}

/** One occurrence of an event in the period, with its registrations (counts only). */
export interface EventOccurrenceFact {
  eventId: number;
  title: string;
  category: string;
  pointId: number | null;
  zoneNumber: number | null;
  online: boolean;
  status: string;
  capacity: number | null;
  start: Date;
  end: Date;
  partners: string[];
  /** Registrations not cancelled (registered or attended). */
  registrations: number;
}

export interface StatsFacts {
  area: Area;
  period: Period;
  points: PointInfo[];
  records: ServiceRecordFact[];
  bookings: BookingFact[];
  occurrences: EventOccurrenceFact[];
  postsPublished: number;
  postReactions: number;
  followers: number;
}

export interface StatsReport {
  area: Area;
  period: Period;
  indicators: Indicators;
  /** The published form: counts of 1–4 people and averages of under 5 answers are null. */
  rows: IndicatorRow[];
  /** month → category → services, in the order of `indicators.byMonth`. */
  byMonthAndCategory: Map<string, Map<string, number>>;
}

export interface ExportFiles {
  area: Area;
  period: Period;
  services: string;
  events: string;
  serviceRows: number;
  eventRows: number;
}

const uniq = (xs: readonly number[]) => [...new Set(xs)].sort((a, b) => a - b);
const romeDate = (d: Date) => DateTime.fromJSDate(d, { zone: ROME_ZONE }).toFormat('yyyy-MM-dd');
const romeClock = (d: Date) => DateTime.fromJSDate(d, { zone: ROME_ZONE }).toFormat('HH:mm');
/** Statuses of events that really happened or will: drafts were never public, cancelled ones did not take place. */
const LIVE_EVENT = new Set(['scheduled', 'published']);

/**
 * Indicators and exports for staff (/stats, /export) and for the open data. Every staff entry
 * point checks the policy for each part of the area; every query is filtered by point (or event)
 * and time on an index, and each table is read once whatever the size of the area.
 */
export function statsUseCases(deps: { db: Database; reference: ReferenceCache; roles: RoleUseCases; clock: () => Date; targets?: Targets }) {
  const { db } = deps;
  const targets = deps.targets ?? PNRR_TARGETS;

  /** Every point ever listed, active or not: old services at a closed point still count. */
  async function allPoints(): Promise<PointInfo[]> {
    return db
      .select({ id: points.id, slug: points.slug, name: points.name, zoneNumber: comuni.zoneNumber, active: points.active })
      .from(points)
      .innerJoin(comuni, eq(points.comuneIstat, comuni.istat))
      .orderBy(asc(points.id));
  }

  const inArea = (area: Area, p: PointInfo) => area.region || area.zones.includes(p.zoneNumber) || area.points.includes(p.id);

  /**
   * The area a person may see, checked with the policy: their whole scope, or one zone they
   * ask for (`zone` > 0). Refusals are audited and thrown as NOT_ALLOWED.
   */
  async function areaFor(actor: Actor, zone = 0): Promise<Area> {
    const ref = await deps.reference.get();
    if (zone > 0) {
      await deps.roles.authorize(actor, { kind: 'stats.view', scope: { kind: 'zone', zoneNumber: zone } });
      if (!ref.zoneByNumber.has(zone)) throw new AppError('NOT_FOUND');
      return { region: false, zones: [zone], points: [] };
    }
    const scope = operableZonesAndPoints(actor);
    if (scope.all || (scope.zones.length === 0 && scope.points.length === 0)) {
      // Admins see the region; anyone without a role is refused here (and the refusal audited).
      await deps.roles.authorize(actor, { kind: 'stats.view', scope: { kind: 'region' } });
      return { region: true };
    }
    const zones = uniq(scope.zones);
    for (const z of zones) await deps.roles.authorize(actor, { kind: 'stats.view', scope: { kind: 'zone', zoneNumber: z } });
    const pointsToCheck = uniq(scope.points).filter((id) => !zones.includes(ref.pointById.get(id)?.zoneNumber ?? -1));
    const all = pointsToCheck.length > 0 ? await allPoints() : [];
    for (const id of pointsToCheck) {
      const zoneNumber = all.find((p) => p.id === id)?.zoneNumber ?? 0;
      await deps.roles.authorize(actor, { kind: 'stats.view', scope: { kind: 'point', pointId: id, zoneNumber } });
    }
    return { region: false, zones, points: pointsToCheck };
  }

  /** The first activity in an area (a service, a booking), for "since the start". */
  async function firstActivity(pointIds: number[]): Promise<Date | null> {
    if (pointIds.length === 0) return null;
    const [r, b] = await Promise.all([
      db.select({ at: min(serviceRecords.occurredAt) }).from(serviceRecords).where(inArray(serviceRecords.pointId, pointIds)),
      db.select({ at: min(bookings.startsAt) }).from(bookings).where(inArray(bookings.pointId, pointIds)),
    ]);
    const times = [r[0]?.at, b[0]?.at].filter((d): d is Date => d instanceof Date).map((d) => d.getTime());
    return times.length > 0 ? new Date(Math.min(...times)) : null;
  }

  /** Reads everything the indicators and the exports need, one query per table. */
  async function collect(area: Area, key: PeriodKey): Promise<StatsFacts> {
    const now = deps.clock();
    const all = await allPoints();
    const areaPoints = all.filter((p) => inArea(area, p));
    const ids = areaPoints.map((p) => p.id);
    const zoneOf = new Map(all.map((p) => [p.id, p.zoneNumber]));
    const period = periodFor(key, now, key === 'all' ? await firstActivity(ids) : null);
    const { from, to } = period;
    const zones = area.region ? [] : area.zones;

    // Always by point, even for the region (every point ever listed), so the (point, time) indexes serve.
    const pointCond = (col: AnyPgColumn): SQL => (ids.length > 0 ? inArray(col, ids) : eq(col, -1));
    /** Events, news and follows of the area: at its points, or about its whole zones. */
    const placeOf = (pointCol: AnyPgColumn, zoneCol?: AnyPgColumn): SQL | undefined => {
      if (area.region) return undefined;
      const parts: SQL[] = [];
      if (ids.length > 0) parts.push(inArray(pointCol, ids));
      if (zoneCol && zones.length > 0) parts.push(inArray(zoneCol, zones));
      return parts.length > 0 ? or(...parts) : eq(pointCol, -1);
    };

    const [recordRows, bookingRows, eventRows, [posts], [followerCount]] = await Promise.all([
      db
        .select({
          pointId: serviceRecords.pointId,
          serviceCode: serviceRecords.serviceCode,
          citizenKey: serviceRecords.citizenKey,
          walkIn: serviceRecords.walkIn,
          occurredAt: serviceRecords.occurredAt,
          outcome: serviceRecords.outcome,
          ageBand: serviceRecords.ageBand,
          gender: serviceRecords.gender,
          firstVisit: serviceRecords.firstVisit,
          satisfaction: serviceRecords.satisfaction,
        })
        .from(serviceRecords)
        .where(and(pointCond(serviceRecords.pointId), gte(serviceRecords.occurredAt, from), lt(serviceRecords.occurredAt, to)))
        .orderBy(asc(serviceRecords.occurredAt), asc(serviceRecords.id)),
      db
        .select({ pointId: bookings.pointId, startsAt: bookings.startsAt, status: bookings.status, sourcePublicationId: bookings.sourcePublicationId })
        .from(bookings)
        .where(and(pointCond(bookings.pointId), gte(bookings.startsAt, from), lt(bookings.startsAt, to))),
      db
        .select()
        .from(events)
        // A recurring event may have begun long before the period; a one-off must overlap it.
        .where(and(placeOf(events.pointId, events.zoneNumber), ne(events.status, 'draft'), lt(events.startsAt, to), or(isNotNull(events.rrule), gte(events.endsAt, from))))
        .orderBy(asc(events.startsAt), asc(events.id)),
      db
        .select({ n: count(), reactions: sql<number>`coalesce(sum(${publications.reactions}), 0)` })
        .from(publications)
        .leftJoin(events, eq(publications.eventId, events.id))
        .leftJoin(news, eq(publications.newsId, news.id))
        .where(
          and(
            eq(publications.status, 'published'),
            gte(publications.publishedAt, from),
            lt(publications.publishedAt, to),
            area.region ? undefined : or(placeOf(events.pointId, events.zoneNumber), placeOf(news.pointId)),
          ),
        ),
      db
        .select({ n: countDistinct(follows.personId) })
        .from(follows)
        .where(and(lt(follows.createdAt, to), placeOf(follows.pointId, follows.zoneNumber))),
    ]);

    const occurrencesOf = eventRows.flatMap((e) =>
      expandOccurrences({ start: e.startsAt, end: e.endsAt, rrule: e.rrule, exdates: e.exdates }, { from, to })
        // An occurrence belongs to the period it starts in.
        .filter((o) => o.start.getTime() >= from.getTime())
        .map((o) => ({ e, o })),
    );
    const eventIds = uniq(occurrencesOf.map((x) => x.e.id));
    const registrationRows =
      eventIds.length === 0
        ? []
        : await db
            .select({ eventId: eventRegistrations.eventId, occurrenceStart: eventRegistrations.occurrenceStart, n: count() })
            .from(eventRegistrations)
            .where(and(inArray(eventRegistrations.eventId, eventIds), gte(eventRegistrations.occurrenceStart, from), lt(eventRegistrations.occurrenceStart, to), ne(eventRegistrations.status, 'cancelled')))
            .groupBy(eventRegistrations.eventId, eventRegistrations.occurrenceStart);
    const registered = new Map(registrationRows.map((r) => [`${r.eventId}@${r.occurrenceStart.getTime()}`, Number(r.n)]));

    return {
      area,
      period,
      points: areaPoints,
      records: recordRows.map((r) => ({ ...r, zoneNumber: zoneOf.get(r.pointId) ?? 0 })),
      bookings: bookingRows.map((b) => ({ ...b, zoneNumber: zoneOf.get(b.pointId) ?? 0 })),
      occurrences: occurrencesOf.map(({ e, o }) => ({
        eventId: e.id,
        title: e.title,
        category: e.category,
        pointId: e.pointId,
        zoneNumber: e.zoneNumber ?? (e.pointId !== null ? (zoneOf.get(e.pointId) ?? null) : null),
        online: e.online,
        status: e.status,
        capacity: e.capacity,
        start: o.start,
        end: o.end,
        partners: e.partners,
        registrations: registered.get(`${e.id}@${o.start.getTime()}`) ?? 0,
      })),
      postsPublished: Number(posts?.n ?? 0),
      postReactions: Number(posts?.reactions ?? 0),
      followers: Number(followerCount?.n ?? 0),
    };
  }

  function report(facts: StatsFacts): StatsReport {
    const now = deps.clock().getTime();
    const live = facts.occurrences.filter((o) => LIVE_EVENT.has(o.status));
    const indicators = computeIndicators(
      {
        records: facts.records,
        bookings: facts.bookings,
        activeCentres: facts.points.filter((p) => p.active).length,
        followers: facts.followers,
        // Participants of the events that have begun; registrations for later ones are not yet people who came.
        eventParticipants: live.filter((o) => o.start.getTime() <= now).reduce((n, o) => n + o.registrations, 0),
        postsPublished: facts.postsPublished,
        postReactions: facts.postReactions,
        partners: live.flatMap((o) => o.partners),
      },
      facts.period,
      targets,
    );
    return {
      area: facts.area,
      period: facts.period,
      indicators,
      rows: toRows(indicators),
      byMonthAndCategory: servicesByMonthAndCategory(facts.records, Object.keys(indicators.byMonth)),
    };
  }

  return {
    areaFor,
    collect,

    /** /stats: the indicators of an area the actor may see, for a period. */
    async stats(actor: Actor, key: PeriodKey, zone = 0): Promise<StatsReport> {
      const area = await areaFor(actor, zone);
      return report(await collect(area, key));
    },

    /**
     * /export: one CSV of services (a row per service record) and one of events (a row per
     * occurrence). No names or Telegram ids: a person is a code valid only within one file.
     */
    async exportCsv(actor: Actor, key: PeriodKey, zone: number, serviceName: (code: string) => string): Promise<ExportFiles> {
      const area = await areaFor(actor, zone);
      const facts = await collect(area, key);
      const pointById = new Map(facts.points.map((p) => [p.id, p]));
      const pseudonyms = new Map<string, string>();
      const pseudonym = (key: string) => {
        let p = pseudonyms.get(key);
        if (!p) {
          p = `C${pseudonyms.size + 1}`;
          pseudonyms.set(key, p);
        }
        return p;
      };
      const services = toCsv(
        SERVICE_COLUMNS,
        facts.records.map((r) => [
          romeDate(r.occurredAt),
          romeMonth(r.occurredAt),
          r.zoneNumber,
          pointById.get(r.pointId)?.slug ?? '',
          pointById.get(r.pointId)?.name ?? '',
          r.serviceCode,
          serviceName(r.serviceCode),
          r.walkIn ? 'walk_in' : 'booked',
          r.outcome,
          r.ageBand,
          r.gender,
          r.firstVisit,
          r.satisfaction,
          pseudonym(r.citizenKey),
        ]),
      );
      const eventsCsv = toCsv(
        EVENT_COLUMNS,
        [...facts.occurrences]
          .sort((a, b) => a.start.getTime() - b.start.getTime() || a.eventId - b.eventId)
          .map((o) => [
            o.eventId,
            romeDate(o.start),
            romeClock(o.start),
            romeClock(o.end),
            o.title,
            o.category,
            o.zoneNumber,
            o.pointId !== null ? (pointById.get(o.pointId)?.slug ?? '') : '',
            o.pointId !== null ? (pointById.get(o.pointId)?.name ?? '') : '',
            o.online,
            o.status,
            o.capacity,
            o.registrations,
            o.partners.join('; '),
          ]),
      );
      return { area, period: facts.period, services, events: eventsCsv, serviceRows: facts.records.length, eventRows: facts.occurrences.length };
    },

    /**
     * Open data: the region's indicators since the start, aggregated and with no count of fewer
     * than 5 people; points are named by slug.
     */
    async openDataCsv(): Promise<string> {
      const r = report(await collect({ region: true }, 'all'));
      const slugs = new Map((await allPoints()).map((p) => [String(p.id), p.slug]));
      const start = romeDate(r.period.from);
      const end = romeDate(new Date(r.period.to.getTime() - 1));
      return toCsv(
        INDICATOR_COLUMNS,
        r.rows.map((row) => [start, end, row.indicator, row.breakdown, row.breakdown === 'point' ? (slugs.get(row.key) ?? row.key) : row.key, row.value]),
      );
    },
  };
}
export type StatsUseCases = ReturnType<typeof statsUseCases>;

/** Columns of the services export (documented in the README and the file's caption). */
export const SERVICE_COLUMNS = ['date', 'month', 'zona_sociale', 'point', 'point_name', 'service', 'service_name', 'channel', 'outcome', 'age_band', 'gender', 'first_visit', 'satisfaction', 'citizen'] as const;
/** Columns of the events export: one row per occurrence in the period. */
export const EVENT_COLUMNS = ['event_id', 'date', 'start', 'end', 'title', 'category', 'zona_sociale', 'point', 'point_name', 'online', 'status', 'capacity', 'registrations', 'partners'] as const;
/** Columns of /opendata/indicators.csv (rows as in the domain's toRows). */
export const INDICATOR_COLUMNS = ['period_start', 'period_end', 'indicator', 'breakdown', 'key', 'value'] as const;
