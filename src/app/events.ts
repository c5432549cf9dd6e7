import { and, eq, gte, isNotNull, lt, or } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { events, follows, type EventCategory } from '../db/schema/index.js';
import { expandOccurrences } from '../domain/recurrence.js';
import type { ReferenceCache } from './reference.js';

export interface UpcomingEvent {
  id: number;
  title: string;
  start: Date;
  end: Date;
  pointId: number | null;
  /** The event's zone (its point's, or the zone of an online or zone-wide event); null: the whole region. */
  zoneNumber: number | null;
  online: boolean;
}

/** Which events a citizen asked for: near what they follow (default), a zone, or a kind. */
export type EventFilter = { kind: 'default' } | { kind: 'zone'; zoneNumber: number } | { kind: 'category'; category: EventCategory };

export const EVENTS_PAGE = 8;

/** What citizens see of the calendar: upcoming occurrences, at followed points first; by zone or kind; a page at a time. */
export function eventUseCases(deps: { db: Database; clock: () => Date; reference: ReferenceCache }) {
  return {
    async upcoming(
      personId: number | undefined,
      opts: { filter?: EventFilter; page?: number; days?: number } = {},
    ): Promise<{ followedOnly: boolean; items: UpcomingEvent[]; more: boolean }> {
      const filter = opts.filter ?? { kind: 'default' };
      const page = Math.max(0, opts.page ?? 0);
      const now = deps.clock();
      const to = new Date(now.getTime() + (opts.days ?? 30) * 86_400_000);
      // What the person follows: points, and whole zones (whose events are every event in the zone).
      const followed =
        personId === undefined || filter.kind !== 'default'
          ? []
          : await deps.db.select({ pointId: follows.pointId, zoneNumber: follows.zoneNumber }).from(follows).where(eq(follows.personId, personId));
      const followedPoints = followed.flatMap((f) => (f.pointId === null ? [] : [f.pointId]));
      const followedZones = followed.flatMap((f) => (f.zoneNumber === null ? [] : [f.zoneNumber]));
      const ref = await deps.reference.get();
      const zoneOf = (e: { pointId: number | null; zoneNumber: number | null }) => (e.pointId !== null ? ref.pointById.get(e.pointId)?.zoneNumber : e.zoneNumber) ?? null;
      const rows = (
        await deps.db
          .select()
          .from(events)
          // A recurring event may have started long ago; one-offs must end in the window.
          .where(and(eq(events.status, 'published'), lt(events.startsAt, to), or(isNotNull(events.rrule), gte(events.endsAt, now))))
      ).filter((e) => (filter.kind === 'zone' ? zoneOf(e) === filter.zoneNumber : filter.kind === 'category' ? e.category === filter.category : true));
      const isFollowed = (e: (typeof rows)[number]) => (e.pointId !== null && followedPoints.includes(e.pointId)) || followedZones.includes(zoneOf(e) ?? -1);
      const expand = (onlyFollowed: boolean) =>
        rows
          .filter((e) => !onlyFollowed || isFollowed(e))
          .flatMap((e) =>
            expandOccurrences({ start: e.startsAt, end: e.endsAt, rrule: e.rrule, exdates: e.exdates }, { from: now, to }).map((o) => ({
              id: e.id,
              title: e.title,
              start: o.start,
              end: o.end,
              pointId: e.pointId,
              zoneNumber: zoneOf(e),
              online: e.online,
            })),
          )
          .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id - b.id);
      const mine = followed.length > 0 ? expand(true) : [];
      const all = mine.length > 0 ? mine : expand(false);
      return { followedOnly: mine.length > 0, items: all.slice(page * EVENTS_PAGE, (page + 1) * EVENTS_PAGE), more: all.length > (page + 1) * EVENTS_PAGE };
    },
  };
}
export type EventUseCases = ReturnType<typeof eventUseCases>;
