import { and, asc, eq, inArray, isNull, like, ne, or } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { isUniqueViolation } from '../db/errors.js';
import { eventRegistrations, events, follows, jobs, publications } from '../db/schema/index.js';
import { expandOccurrences, type Occurrence } from '../domain/recurrence.js';
import { sameTimeDaysBefore } from '../domain/schedule.js';
import { cancelJobs, enqueue } from '../jobs/queue.js';
import type { ReferenceCache } from './reference.js';

export type EventRow = typeof events.$inferSelect;

/** How far ahead a card looks for dates, and how many it offers. */
const HORIZON_DAYS = 400;
export const DATES_SHOWN = 6;

/** One date of an event as one person sees it. */
export interface CardOccurrence extends Occurrence {
  /** Seats still free; null when there is no limit (or no sign-up at all). */
  seatsLeft: number | null;
  registered: boolean;
  reminded: boolean;
}

export interface EventCard {
  event: EventRow;
  /** open: dates to come; cancelled: the whole event is; over: no date left. */
  state: 'open' | 'cancelled' | 'over';
  occurrences: CardOccurrence[];
  /** What "Follow" follows: the event's point, or its zone for zone-wide events. */
  follow: { kind: 'point'; pointId: number; name: string; following: boolean } | { kind: 'zone'; zoneNumber: number; name: string; following: boolean } | undefined;
}

/** Why a sign-up or a reminder did not happen: a closed set the bot turns into kind words. */
export type DateProblem = 'not_found' | 'event_cancelled' | 'date_cancelled' | 'past' | 'no_registration';

export type RegisterResult =
  | { kind: 'registered'; start: Date; registrationId: number; title: string }
  | { kind: 'already'; start: Date }
  | { kind: 'full'; start: Date }
  | { kind: DateProblem };

export type RemindResult = { kind: 'set'; start: Date; at: Date } | { kind: 'already'; start: Date } | { kind: 'soon'; start: Date } | { kind: DateProblem };

export type UnregisterResult = { kind: 'cancelled'; start: Date } | { kind: 'not_registered' } | { kind: DateProblem };

/** One reminder per person, event and date, whether asked for or given with a sign-up. */
export const eventReminderKey = (eventId: number, personId: number, start: Date) => `event:${eventId}:remind:${personId}:${start.toISOString()}`;

/**
 * Enqueues the day-before reminder (same wall-clock time in Rome): 'soon' when that moment has
 * passed. `locale` is the language the person was using, for people who never chose one.
 */
export async function enqueueEventReminder(tx: Database, input: { eventId: number; personId: number; start: Date; locale?: string | undefined }, now: Date): Promise<'set' | 'already' | 'soon'> {
  const at = sameTimeDaysBefore(input.start, 1);
  if (at.getTime() <= now.getTime()) return 'soon';
  const id = await enqueue(tx, {
    kind: 'event.remind',
    runAt: at,
    dedupeKey: eventReminderKey(input.eventId, input.personId, input.start),
    payload: { eventId: input.eventId, personId: input.personId, occurrence: input.start.toISOString(), ...(input.locale ? { locale: input.locale } : {}) },
  });
  return id === undefined ? 'already' : 'set';
}

/** The occurrence of `e` that starts exactly at `start`, if the series has it and it was not cancelled. */
export function occurrenceAt(e: Pick<EventRow, 'startsAt' | 'endsAt' | 'rrule' | 'exdates'>, start: Date): Occurrence | undefined {
  return expandOccurrences({ start: e.startsAt, end: e.endsAt, rrule: e.rrule, exdates: e.exdates }, { from: start, to: new Date(start.getTime() + 1) }).find(
    (o) => o.start.getTime() === start.getTime(),
  );
}

/** Checks a date a citizen picked (a button can be old or forged): the problem, or the occurrence. */
function checkDate(e: EventRow | undefined, start: Date, now: Date): { problem: DateProblem } | { occurrence: Occurrence; event: EventRow } {
  if (!e || (e.status !== 'published' && e.status !== 'cancelled')) return { problem: 'not_found' };
  if (e.status === 'cancelled') return { problem: 'event_cancelled' };
  if (e.exdates.some((x) => Date.parse(x) === start.getTime())) return { problem: 'date_cancelled' };
  const occurrence = occurrenceAt(e, start);
  if (!occurrence) return { problem: 'not_found' };
  if (occurrence.start.getTime() <= now.getTime()) return { problem: 'past' };
  return { occurrence, event: e };
}

/**
 * Citizens and events: the card behind a channel post's deep link, sign-up for a date with
 * its capacity enforced by the database, "remind me", and following the point.
 */
export function eventRegistrationUseCases(deps: { db: Database; clock: () => Date; reference: ReferenceCache }) {
  const { db, clock } = deps;

  async function load(eventId: number): Promise<EventRow | undefined> {
    const [row] = await db.select().from(events).where(eq(events.id, eventId));
    return row;
  }

  /** A publication id from a deep link counts only if it is a post of this event (or a digest). */
  async function validPublication(tx: Database, eventId: number, publicationId: number | undefined): Promise<number | null> {
    if (!publicationId) return null;
    const [p] = await tx
      .select({ id: publications.id })
      .from(publications)
      .where(and(eq(publications.id, publicationId), or(eq(publications.eventId, eventId), eq(publications.kind, 'digest'))));
    return p?.id ?? null;
  }

  return {
    /** The card of a published (or cancelled) event for one person; undefined for drafts and unknown ids. */
    async card(eventId: number, personId: number | undefined): Promise<EventCard | undefined> {
      const e = await load(eventId);
      if (!e || (e.status !== 'published' && e.status !== 'cancelled')) return undefined;
      const now = clock();
      const ref = await deps.reference.get();
      const point = e.pointId === null ? undefined : ref.pointById.get(e.pointId);
      const zone = !point && e.zoneNumber !== null ? ref.zoneByNumber.get(e.zoneNumber) : undefined;
      const followRows =
        personId === undefined || (!point && !zone)
          ? []
          : await db
              .select({ id: follows.id })
              .from(follows)
              .where(and(eq(follows.personId, personId), point ? eq(follows.pointId, point.id) : eq(follows.zoneNumber, zone!.number)));
      const following = followRows.length > 0;
      const follow = point
        ? { kind: 'point' as const, pointId: point.id, name: point.name, following }
        : zone
          ? { kind: 'zone' as const, zoneNumber: zone.number, name: zone.name, following }
          : undefined;
      if (e.status === 'cancelled') return { event: e, state: 'cancelled', occurrences: [], follow };

      const dates = expandOccurrences(
        { start: e.startsAt, end: e.endsAt, rrule: e.rrule, exdates: e.exdates },
        { from: now, to: new Date(now.getTime() + HORIZON_DAYS * 86_400_000) },
        DATES_SHOWN + 10,
      )
        // A date already under way cannot be signed up for any more.
        .filter((o) => o.start.getTime() > now.getTime())
        .slice(0, DATES_SHOWN);
      if (dates.length === 0) return { event: e, state: 'over', occurrences: [], follow };

      const starts = dates.map((d) => d.start);
      const live = await db
        .select({ start: eventRegistrations.occurrenceStart, personId: eventRegistrations.personId })
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.eventId, e.id), inArray(eventRegistrations.occurrenceStart, starts), ne(eventRegistrations.status, 'cancelled')));
      const reminders =
        personId === undefined
          ? []
          : await db
              .select({ key: jobs.dedupeKey })
              .from(jobs)
              .where(and(eq(jobs.kind, 'event.remind'), eq(jobs.status, 'pending'), like(jobs.dedupeKey, `event:${e.id}:remind:${personId}:%`)));
      const reminded = new Set(reminders.map((r) => r.key));
      return {
        event: e,
        state: 'open',
        follow,
        occurrences: dates.map((o) => {
          const here = live.filter((r) => r.start.getTime() === o.start.getTime());
          return {
            ...o,
            seatsLeft: e.registration && e.capacity !== null ? Math.max(0, e.capacity - here.length) : null,
            registered: personId !== undefined && here.some((r) => r.personId === personId),
            reminded: personId !== undefined && reminded.has(eventReminderKey(e.id, personId, o.start)),
          };
        }),
      };
    },

    /**
     * Signs a person up for one date. The event's row is locked for the transaction, the seats
     * taken so far are read again, and a partial unique index on (event, date, seat) backs the
     * chosen seat: two people pressing at once for the last seat cannot both get it, and one
     * person pressing twice is signed up once. The day-before reminder commits with it.
     */
    async register(input: { personId: number; eventId: number; start: Date; publicationId?: number | undefined; locale?: string }): Promise<RegisterResult> {
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          return await db.transaction(async (tx): Promise<RegisterResult> => {
            const now = clock();
            const [locked] = await tx.select().from(events).where(eq(events.id, input.eventId)).for('update');
            const checked = checkDate(locked, input.start, now);
            if ('problem' in checked) return { kind: checked.problem };
            const e = checked.event;
            if (!e.registration) return { kind: 'no_registration' };
            const start = checked.occurrence.start;
            const taken = await tx
              .select({ seat: eventRegistrations.seat, personId: eventRegistrations.personId })
              .from(eventRegistrations)
              .where(and(eq(eventRegistrations.eventId, e.id), eq(eventRegistrations.occurrenceStart, start), ne(eventRegistrations.status, 'cancelled')));
            if (taken.some((r) => r.personId === input.personId)) return { kind: 'already', start };
            const seats = new Set(taken.map((r) => r.seat));
            let seat = 1;
            while (seats.has(seat)) seat++;
            if (e.capacity !== null && seat > e.capacity) return { kind: 'full', start };
            const [row] = await tx
              .insert(eventRegistrations)
              .values({
                eventId: e.id,
                occurrenceStart: start,
                personId: input.personId,
                seat,
                status: 'registered',
                sourcePublicationId: await validPublication(tx, e.id, input.publicationId),
                createdAt: now,
              })
              .returning({ id: eventRegistrations.id });
            await enqueueEventReminder(tx, { eventId: e.id, personId: input.personId, start, locale: input.locale }, now);
            return { kind: 'registered', start, registrationId: row!.id, title: e.title };
          });
        } catch (err) {
          // Another process took that seat in the same instant (the row lock makes this rare): look again.
          if (isUniqueViolation(err) && attempt < 2) continue;
          throw err;
        }
      }
      return { kind: 'full', start: input.start };
    },

    /** Cancels one's own sign-up for a date (and its reminder): the seat is free again at once. */
    async unregister(input: { personId: number; eventId: number; start: Date }): Promise<UnregisterResult> {
      return db.transaction(async (tx): Promise<UnregisterResult> => {
        const rows = await tx
          .update(eventRegistrations)
          .set({ status: 'cancelled' })
          .where(
            and(
              eq(eventRegistrations.eventId, input.eventId),
              eq(eventRegistrations.personId, input.personId),
              eq(eventRegistrations.occurrenceStart, input.start),
              eq(eventRegistrations.status, 'registered'),
            ),
          )
          .returning({ id: eventRegistrations.id });
        if (rows.length === 0) return { kind: 'not_registered' };
        await cancelJobs(tx, [eventReminderKey(input.eventId, input.personId, input.start)]);
        return { kind: 'cancelled', start: input.start };
      });
    },

    /** "Remind me": a message the day before at the same time (Rome), once per person and date. */
    async remind(input: { personId: number; eventId: number; start: Date; locale?: string }): Promise<RemindResult> {
      const now = clock();
      const checked = checkDate(await load(input.eventId), input.start, now);
      if ('problem' in checked) return { kind: checked.problem };
      const start = checked.occurrence.start;
      const r = await enqueueEventReminder(db, { eventId: input.eventId, personId: input.personId, start, locale: input.locale }, now);
      return r === 'set' ? { kind: 'set', start, at: sameTimeDaysBefore(start, 1) } : { kind: r, start };
    },

    /** Follows (or stops following) the event's point, or its zone for a zone-wide event. */
    async setFollow(personId: number, eventId: number, on: boolean): Promise<EventCard['follow']> {
      const card = await this.card(eventId, personId);
      const target = card?.follow;
      if (!target) return undefined;
      const where =
        target.kind === 'point'
          ? and(eq(follows.personId, personId), eq(follows.pointId, target.pointId))
          : and(eq(follows.personId, personId), eq(follows.zoneNumber, target.zoneNumber), isNull(follows.pointId));
      if (on) {
        await db
          .insert(follows)
          .values(target.kind === 'point' ? { personId, pointId: target.pointId } : { personId, zoneNumber: target.zoneNumber })
          .onConflictDoNothing();
      } else {
        await db.delete(follows).where(where);
      }
      return { ...target, following: on };
    },

    /** A person's live sign-ups for an event's dates still to come (for "cancel my registration"). */
    async mine(personId: number, eventId: number): Promise<Date[]> {
      const rows = await db
        .select({ start: eventRegistrations.occurrenceStart })
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.personId, personId), eq(eventRegistrations.status, 'registered')))
        .orderBy(asc(eventRegistrations.occurrenceStart));
      const now = clock().getTime();
      return rows.map((r) => r.start).filter((s) => s.getTime() > now);
    },
  };
}
export type EventRegistrationUseCases = ReturnType<typeof eventRegistrationUseCases>;
