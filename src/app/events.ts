import { and, eq, gte, isNotNull, lt, or } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { events, follows } from '../db/schema/index.js';
import { expandOccurrences } from '../domain/recurrence.js';
import type { ReferenceCache } from './reference.js';

export interface UpcomingEvent {
  id: number;
  title: string;
  start: Date;
  end: Date;
  pointId: number | null;
  online: boolean;
}

/** What citizens see of the calendar: upcoming occurrences, at followed points first. */
export function eventUseCases(deps: { db: Database; clock: () => Date; reference: ReferenceCache }) {
  return {
    async upcoming(personId: number | undefined, days = 30, limit = 8): Promise<{ followedOnly: boolean; items: UpcomingEvent[] }> {
      const now = deps.clock();
      const to = new Date(now.getTime() + days * 86_400_000);
      const followed = personId === undefined ? [] : (await deps.db.select({ pointId: follows.pointId }).from(follows).where(and(eq(follows.personId, personId), isNotNull(follows.pointId)))).map((f) => f.pointId!);
      const rows = await deps.db
        .select()
        .from(events)
        // A recurring event may have started long ago; one-offs must end in the window.
        .where(and(eq(events.status, 'published'), lt(events.startsAt, to), or(isNotNull(events.rrule), gte(events.endsAt, now))));
      const expand = (only: number[] | undefined) =>
        rows
          .filter((e) => !only || (e.pointId !== null && only.includes(e.pointId)))
          .flatMap((e) =>
            expandOccurrences({ start: e.startsAt, end: e.endsAt, rrule: e.rrule, exdates: e.exdates }, { from: now, to }).map((o) => ({
              id: e.id,
              title: e.title,
              start: o.start,
              end: o.end,
              pointId: e.pointId,
              online: e.online,
            })),
          )
          .sort((a, b) => a.start.getTime() - b.start.getTime() || a.id - b.id)
          .slice(0, limit);
      const mine = followed.length > 0 ? expand(followed) : [];
      return mine.length > 0 ? { followedOnly: true, items: mine } : { followedOnly: false, items: expand(undefined) };
    },
  };
}
export type EventUseCases = ReturnType<typeof eventUseCases>;
