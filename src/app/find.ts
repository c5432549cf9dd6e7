import { and, asc, eq, gt, gte, inArray, isNotNull, lt, or } from 'drizzle-orm';
import { expandOccurrences } from '../domain/recurrence.js';
import type { Database } from '../db/client.js';
import { events, follows, mobileStops } from '../db/schema/index.js';
import { createNearestIndex, isInUmbria, nearestIn, type LatLon, type NearestIndex } from '../domain/geo.js';
import { createTownIndex, matchTown, type TownEntry, type TownIndex } from '../domain/towns.js';
import { suggestNames } from '../domain/suggest.js';
import { openStatus, weekView, type DayHours, type OpenStatus } from '../domain/opening-hours.js';
import { localDateInRome } from '../domain/time.js';
import { hasBookableOpening, type Comune, type Point, type ReferenceCache, type ReferenceData } from './reference.js';

export interface MobileStop {
  place: string | null;
  comuneName: string;
  lat: number;
  lon: number;
  startsAt: Date;
  endsAt: Date;
}

export interface PointAnswer {
  point: Point;
  km: number;
  status: OpenStatus;
  /** For a mobile unit: the stop this answer is about. */
  stop?: MobileStop;
}

/** Where a mobile unit stands at `now` or next, as an open status. */
export function stopStatus(stop: MobileStop, now: Date): OpenStatus {
  if (stop.startsAt <= now && now < stop.endsAt) return { state: 'open', until: stop.endsAt };
  return { state: 'closed', nextOpen: { start: stop.startsAt, end: stop.endsAt } };
}

const STOP_LOOKAHEAD_DAYS = 7;

export interface Town extends TownEntry {
  comune: Comune;
  /** Where the town is: the comune centre, or the frazione's point. */
  at: LatLon;
}

export type TownAnswer =
  | { kind: 'invalid' }
  | { kind: 'none'; query: string; suggestions: Comune[] }
  | { kind: 'several'; towns: Town[] }
  | { kind: 'town'; town: Town; inTown: PointAnswer[]; nearby: PointAnswer[]; zonePoints: Point[] };

export interface PointCard {
  point: Point;
  status: OpenStatus;
  week: DayHours[];
  events: { id: number; title: string; startsAt: Date }[];
  following: boolean;
  /** With unknown weekly hours: the openings staff announced from today on (a few). */
  announced: DayHours[];
  /** Whether "Book here" leads anywhere: weekly hours, or an announced opening ahead. */
  bookable: boolean;
}

/** How far ahead the card lists announced openings of a point without weekly hours. */
const ANNOUNCED_DAYS = 60;
const ANNOUNCED_MAX = 5;

/** Town codes carried in buttons: a comune's ISTAT code as a number, a frazione as minus its point id. */
export const townCode = (t: Town): number => (t.kind === 'comune' ? Number(t.comune.istat) : -Number(t.id.slice(4)));

/**
 * "Where do I go?": nearest points to a location, points for a typed town name, and the
 * point card. Indexes are built once per reference snapshot, so a question costs microseconds.
 */
export function findUseCases(deps: { db: Database; reference: ReferenceCache; clock: () => Date }) {
  let cachedFor: ReferenceData | undefined;
  let nearIndex: NearestIndex<Point>;
  let towns: TownIndex<Town>;

  async function indexes() {
    const ref = await deps.reference.get();
    if (ref !== cachedFor) {
      // A mobile unit has no place of its own until its stops are published.
      nearIndex = createNearestIndex(ref.points.filter((p) => p.kind === 'fixed'));
      const entries: Town[] = ref.comuni.map((c) => ({ id: c.istat, name: c.name, kind: 'comune', comuneId: c.istat, comune: c, at: c }));
      for (const p of ref.points) {
        if (!p.locality) continue;
        const comune = ref.comuneByIstat.get(p.comuneIstat)!;
        entries.push({ id: `loc:${p.id}`, name: p.locality, kind: 'frazione', comuneId: comune.istat, comune, at: p });
      }
      towns = createTownIndex(entries);
      cachedFor = ref;
    }
    return { ref, nearIndex, towns };
  }

  const answer = (ref: ReferenceData, hits: { item: Point; km: number }[], now: Date): PointAnswer[] =>
    hits.map((h) => ({ point: h.item, km: h.km, status: openStatus(h.item.hours, now, { patronDays: ref.patronDays }) }));

  /** Mobile units count at their stops of today and the next days (each unit once, at its nearest stop). */
  async function upcomingStops(ref: ReferenceData, now: Date): Promise<(MobileStop & { pointId: number })[]> {
    const rows = await deps.db
      .select()
      .from(mobileStops)
      .where(and(gt(mobileStops.endsAt, now), lt(mobileStops.startsAt, new Date(now.getTime() + STOP_LOOKAHEAD_DAYS * 86_400_000))))
      .orderBy(asc(mobileStops.startsAt));
    return rows.map((r) => ({
      pointId: r.pointId,
      place: r.place,
      comuneName: ref.comuneByIstat.get(r.comuneIstat)?.name ?? '',
      lat: r.lat,
      lon: r.lon,
      startsAt: r.startsAt,
      endsAt: r.endsAt,
    }));
  }

  return {
    async nearest(from: LatLon, k = 3): Promise<{ results: PointAnswer[]; outsideUmbria: boolean }> {
      const { ref, nearIndex } = await indexes();
      const now = deps.clock();
      const fixed = answer(ref, nearestIn(nearIndex, from, k), now);
      const stops = await upcomingStops(ref, now);
      const mobile: PointAnswer[] = [];
      for (const hit of nearestIn(createNearestIndex(stops), from, stops.length)) {
        const point = ref.pointById.get(hit.item.pointId);
        if (!point || mobile.some((m) => m.point.id === point.id)) continue;
        mobile.push({ point, km: hit.km, status: stopStatus(hit.item, now), stop: hit.item });
      }
      const results = [...fixed, ...mobile].sort((a, b) => a.km - b.km).slice(0, k);
      return { results, outsideUmbria: !isInUmbria(from) };
    },

    async searchTown(query: string): Promise<TownAnswer> {
      const { ref, nearIndex, towns } = await indexes();
      const q = query.trim();
      if (q.length === 0 || q.length > 100 || !/\p{L}/u.test(q)) return { kind: 'invalid' };
      const matches = matchTown(towns, q, { limit: 6 });
      const best = matches[0];
      if (!best) return { kind: 'none', query: q.slice(0, 60), suggestions: suggestNames(ref.comuni, (c) => c.name, q) };
      const exact = matches.filter((m) => m.kind === 'exact');
      const distinct = (exact.length > 0 ? exact : matches).filter(
        (m, i, all) => all.findIndex((o) => o.entry.id === m.entry.id) === i,
      );
      if (distinct.length > 1 && (exact.length !== 1)) return { kind: 'several', towns: distinct.map((m) => m.entry) };
      return this.town((exact[0] ?? best).entry);
    },

    async townByCode(code: number): Promise<TownAnswer | undefined> {
      const { towns } = await indexes();
      const t = towns.entries.find((e) => townCode(e) === code);
      return t ? this.town(t) : undefined;
    },

    async town(town: Town): Promise<TownAnswer> {
      const { ref, nearIndex } = await indexes();
      const now = deps.clock();
      const inComune = ref.points.filter((p) => p.comuneIstat === town.comune.istat && p.kind === 'fixed');
      const inTown = answer(
        ref,
        nearestIn(nearIndex, town.at, 50, (p) => p.comuneIstat === town.comune.istat),
        now,
      );
      const nearby = inComune.length > 0 ? [] : answer(ref, nearestIn(nearIndex, town.at, 3), now);
      const shown = new Set([...inTown, ...nearby].map((a) => a.point.id));
      const zonePoints = ref.points.filter((p) => p.zoneNumber === town.comune.zoneNumber && !shown.has(p.id));
      return { kind: 'town', town, inTown, nearby, zonePoints };
    },

    async card(pointId: number, personId: number | undefined): Promise<PointCard | undefined> {
      const ref = await deps.reference.get();
      const point = ref.pointById.get(pointId);
      if (!point) return undefined;
      const now = deps.clock();
      const ctx = { patronDays: ref.patronDays };
      const [upcoming, follow] = await Promise.all([
        deps.db
          .select({ id: events.id, title: events.title, startsAt: events.startsAt, endsAt: events.endsAt, rrule: events.rrule, exdates: events.exdates })
          .from(events)
          // Recurring events may have begun long ago: their next occurrences count.
          .where(and(eq(events.pointId, pointId), eq(events.status, 'published'), or(isNotNull(events.rrule), gte(events.endsAt, now))))
          .orderBy(asc(events.startsAt)),
        personId === undefined
          ? Promise.resolve([])
          : deps.db.select({ id: follows.id }).from(follows).where(and(eq(follows.personId, personId), eq(follows.pointId, pointId))),
      ]);
      const horizon = { from: now, to: new Date(now.getTime() + 90 * 86_400_000) };
      const next = upcoming
        .flatMap((e) => expandOccurrences({ start: e.startsAt, end: e.endsAt, rrule: e.rrule, exdates: e.exdates }, horizon).map((o) => ({ id: e.id, title: e.title, startsAt: o.start })))
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
        .slice(0, 3);
      const today = localDateInRome(now);
      const announced = point.hours.known
        ? []
        : weekView(point.hours, today, ANNOUNCED_DAYS, ctx)
            .filter((d) => d.exception === 'open' && d.ranges.length > 0)
            .slice(0, ANNOUNCED_MAX);
      return {
        point,
        status: openStatus(point.hours, now, ctx),
        week: weekView(point.hours, today, 7, ctx),
        events: next,
        following: follow.length > 0,
        announced,
        bookable: hasBookableOpening(point, today),
      };
    },

    async setFollow(personId: number, pointId: number, follow: boolean): Promise<void> {
      if (follow) {
        await deps.db.insert(follows).values({ personId, pointId }).onConflictDoNothing();
      } else {
        await deps.db.delete(follows).where(and(eq(follows.personId, personId), inArray(follows.pointId, [pointId])));
      }
    },

    /** What a person follows: points and whole zones, by name. */
    async followsOf(personId: number): Promise<Followed[]> {
      const ref = await deps.reference.get();
      const rows = await deps.db.select({ pointId: follows.pointId, zoneNumber: follows.zoneNumber }).from(follows).where(eq(follows.personId, personId)).orderBy(follows.id);
      return rows.flatMap((r): Followed[] => {
        if (r.pointId !== null) {
          const p = ref.pointById.get(r.pointId);
          return p ? [{ kind: 'point' as const, id: p.id, name: p.name }] : [];
        }
        const z = r.zoneNumber === null ? undefined : ref.zoneByNumber.get(r.zoneNumber);
        return z ? [{ kind: 'zone' as const, id: z.number, name: `${z.number} · ${z.name}` }] : [];
      });
    },

    /** Follows or stops following a whole zona sociale (news and events of all its points). */
    async setZoneFollow(personId: number, zoneNumber: number, follow: boolean): Promise<boolean> {
      if (!(await deps.reference.get()).zoneByNumber.has(zoneNumber)) return false;
      if (follow) await deps.db.insert(follows).values({ personId, zoneNumber }).onConflictDoNothing();
      else await deps.db.delete(follows).where(and(eq(follows.personId, personId), eq(follows.zoneNumber, zoneNumber)));
      return true;
    },

    async zones() {
      const ref = await deps.reference.get();
      return ref.zones.map((z) => ({ ...z, count: ref.points.filter((p) => p.zoneNumber === z.number).length }));
    },

    async pointBySlug(slug: string): Promise<Point | undefined> {
      return (await deps.reference.get()).pointBySlug.get(slug);
    },

    async pointsInZone(zoneNumber: number): Promise<Point[]> {
      const ref = await deps.reference.get();
      return ref.points.filter((p) => p.zoneNumber === zoneNumber);
    },
  };
}
export type FindUseCases = ReturnType<typeof findUseCases>;
export type Followed = { kind: 'point' | 'zone'; id: number; name: string };
