import { and, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { events } from '../db/schema/index.js';
import type { FeedEvent } from '../render/calendar-feed.js';
import type { ReferenceCache } from './reference.js';

export type FeedScope = { kind: 'all' } | { kind: 'point'; slug: string } | { kind: 'zone'; number: number } | { kind: 'event'; id: number };

/** The public calendar: published (and cancelled, so clients remove them) events, never drafts. */
export function calendarUseCases(deps: { db: Database; reference: ReferenceCache }) {
  return {
    /** Events for a feed, or undefined when the point, zone or event does not exist. */
    async feedEvents(scope: FeedScope): Promise<{ name: string; events: FeedEvent[]; lastChange: Date } | undefined> {
      const ref = await deps.reference.get();
      let where: SQL | undefined;
      let name = 'DigiPASS Umbria';
      if (scope.kind === 'point') {
        const p = ref.pointBySlug.get(scope.slug);
        if (!p) return undefined;
        where = eq(events.pointId, p.id);
        name = `DigiPASS Umbria — ${p.name}`;
      } else if (scope.kind === 'zone') {
        const z = ref.zoneByNumber.get(scope.number);
        if (!z) return undefined;
        const ids = ref.points.filter((p) => p.zoneNumber === z.number).map((p) => p.id);
        where = or(eq(events.zoneNumber, z.number), ids.length > 0 ? inArray(events.pointId, ids) : undefined);
        name = `DigiPASS Umbria — zona ${z.number} ${z.name}`;
      } else if (scope.kind === 'event') {
        where = eq(events.id, scope.id);
      }
      const rows = await deps.db
        .select()
        .from(events)
        .where(and(inArray(events.status, ['published', 'cancelled']), where))
        .orderBy(events.startsAt, events.id);
      if (scope.kind === 'event' && rows.length === 0) return undefined;
      if (scope.kind === 'event' && rows[0]) name = `DigiPASS Umbria — ${rows[0].title}`;
      return {
        name,
        lastChange: rows.reduce((a, e) => (e.updatedAt > a ? e.updatedAt : a), new Date(0)),
        events: rows.map((e) => {
          const point = e.pointId ? ref.pointById.get(e.pointId) : undefined;
          return {
            uid: `event-${e.id}@digipass-bot`,
            sequence: e.sequence,
            start: e.startsAt,
            end: e.endsAt,
            rrule: e.rrule,
            exdates: e.exdates,
            summary: e.title,
            description: e.description,
            location: feedLocation(e, point, e.zoneNumber === null ? undefined : ref.zoneByNumber.get(e.zoneNumber)),
            ...(e.online && e.onlineUrl ? { url: e.onlineUrl } : {}),
            cancelled: e.status === 'cancelled',
          };
        }),
      };
    },
  };
}
/** LOCATION: the point's address; "Online" and its address; or the zone, for an event across a whole zone. */
export function feedLocation(
  e: { online: boolean; onlineUrl: string | null },
  point: { name: string; address: string | null; comuneName: string } | undefined,
  zone: { number: number; name: string } | undefined,
): string {
  if (e.online) return e.onlineUrl ? `Online: ${e.onlineUrl}` : 'Online';
  if (point) return [point.name, point.address, point.comuneName].filter(Boolean).join(', ');
  if (zone) return `Zona sociale ${zone.number} ${zone.name}, Umbria`;
  return '';
}

export type CalendarUseCases = ReturnType<typeof calendarUseCases>;
