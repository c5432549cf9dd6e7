import { randomUUID } from 'node:crypto';
import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { bookings, people, serviceRecords } from '../db/schema/index.js';
import { AGE_BANDS, SERVICE_OUTCOMES } from '../db/schema/activity.js';
import type { Actor } from '../domain/policy.js';
import { addDays, romeInstant, type LocalDate } from '../domain/time.js';
import { AppError } from './errors.js';
import { enqueue } from '../jobs/queue.js';

/** The question comes a little after the visit, not while the person is still at the desk. */
export const FEEDBACK_DELAY_MS = 60 * 60_000;
import { isServiceCode } from '../domain/services.js';
import type { ReferenceCache } from './reference.js';
import type { RoleUseCases } from './roles.js';

export type Outcome = (typeof SERVICE_OUTCOMES)[number];
export type AgeBand = (typeof AGE_BANDS)[number];

export interface AgendaItem {
  id: number;
  pointId: number;
  startsAt: Date;
  serviceCode: string;
  firstName: string | null;
  initials: string | null;
  note: string | null;
  status: string;
}

/** A facilitator's day: the bookings at the points they work at, and what happened at each. */
export function agendaUseCases(deps: { db: Database; clock: () => Date; reference: ReferenceCache; roles: RoleUseCases }) {
  const { db, clock } = deps;

  const operable = (actor: Actor) => deps.roles.operablePointIds(actor, deps.reference);

  async function bookingAtOperablePoint(actor: Actor, bookingId: number) {
    const [b] = await db.select().from(bookings).where(eq(bookings.id, bookingId));
    if (!b) throw new AppError('NOT_FOUND');
    const point = (await deps.reference.get()).pointById.get(b.pointId);
    await deps.roles.authorize(actor, { kind: 'point.operate', scope: { kind: 'point', pointId: b.pointId, zoneNumber: point?.zoneNumber ?? 0 } });
    return b;
  }

  return {
    /** Bookings of one local day at every point the actor operates (staff only). */
    async day(actor: Actor, date: LocalDate): Promise<AgendaItem[]> {
      const ids = await operable(actor);
      if (ids.length === 0) return [];
      return db
        .select({
          id: bookings.id,
          pointId: bookings.pointId,
          startsAt: bookings.startsAt,
          serviceCode: bookings.serviceCode,
          firstName: bookings.firstName,
          initials: bookings.bookedForInitials,
          note: bookings.note,
          status: bookings.status,
        })
        .from(bookings)
        .where(
          and(
            inArray(bookings.pointId, ids),
            inArray(bookings.status, ['booked', 'confirmed', 'arrived', 'no_show']),
            gte(bookings.startsAt, romeInstant(date, 0)),
            lt(bookings.startsAt, romeInstant(addDays(date, 1), 0)),
          ),
        )
        .orderBy(asc(bookings.startsAt), asc(bookings.pointId));
    },

    /** One booking of the actor's points (refused, and audited, for anyone else's). */
    async item(actor: Actor, bookingId: number): Promise<AgendaItem> {
      const b = await bookingAtOperablePoint(actor, bookingId);
      return { id: b.id, pointId: b.pointId, startsAt: b.startsAt, serviceCode: b.serviceCode, firstName: b.firstName, initials: b.bookedForInitials, note: b.note, status: b.status };
    },

    /**
     * The person came: the booking is marked and one service is recorded, pseudonymously. The
     * service is the one actually given, which may differ from the one booked (the region counts
     * services delivered); it defaults to the booked one.
     */
    async arrived(actor: Actor, bookingId: number, outcome: Outcome, serviceCode?: string): Promise<number> {
      if (serviceCode !== undefined && !isServiceCode(serviceCode)) throw new AppError('BAD_INPUT');
      const b = await bookingAtOperablePoint(actor, bookingId);
      if (b.status !== 'booked' && b.status !== 'confirmed') throw new AppError('NOT_FOUND');
      const now = clock();
      return db.transaction(async (tx) => {
        const [person] = b.personId ? await tx.select({ key: people.citizenKey }).from(people).where(eq(people.id, b.personId)) : [];
        await tx.update(bookings).set({ status: 'arrived', updatedAt: now }).where(eq(bookings.id, b.id));
        const [record] = await tx.insert(serviceRecords).values({
          pointId: b.pointId,
          serviceCode: serviceCode ?? b.serviceCode,
          bookingId: b.id,
          // Someone booked by a facilitator has no account: a fresh random key counts them once.
          citizenKey: person?.key ?? randomUUID(),
          walkIn: false,
          occurredAt: now,
          outcome,
          recordedByPersonId: actor.personId,
        }).returning({ id: serviceRecords.id });
        // One question afterwards, "How did it go?", to people who have the bot.
        if (b.personId) {
          await enqueue(tx, { kind: 'feedback.ask', runAt: new Date(now.getTime() + FEEDBACK_DELAY_MS), dedupeKey: `feedback:${record!.id}`, payload: { recordId: record!.id } });
        }
        return record!.id;
      });
    },

    /**
     * The optional PNRR details of a service (age band, gender, first visit): each may be
     * skipped, none has a name, and only staff of the record's point may set them.
     */
    async recordDetails(actor: Actor, recordId: number, patch: { ageBand?: AgeBand; gender?: 'f' | 'm' | 'x'; firstVisit?: boolean }): Promise<void> {
      const [rec] = await db.select({ pointId: serviceRecords.pointId }).from(serviceRecords).where(eq(serviceRecords.id, recordId));
      if (!rec) throw new AppError('NOT_FOUND');
      const point = (await deps.reference.get()).pointById.get(rec.pointId);
      await deps.roles.authorize(actor, { kind: 'point.operate', scope: { kind: 'point', pointId: rec.pointId, zoneNumber: point?.zoneNumber ?? 0 } });
      await db.update(serviceRecords).set(patch).where(eq(serviceRecords.id, recordId));
    },

    /** The person's 1–5 answer, stored on their service record (once; only by them). */
    async rate(personId: number, recordId: number, score: number): Promise<boolean> {
      if (!Number.isInteger(score) || score < 1 || score > 5) return false;
      const [rec] = await db
        .select({ id: serviceRecords.id, booking: bookings.personId, satisfaction: serviceRecords.satisfaction })
        .from(serviceRecords)
        .innerJoin(bookings, eq(bookings.id, serviceRecords.bookingId))
        .where(eq(serviceRecords.id, recordId));
      if (!rec || rec.booking !== personId || rec.satisfaction !== null) return false;
      await db.update(serviceRecords).set({ satisfaction: score }).where(eq(serviceRecords.id, recordId));
      return true;
    },

    /** A service given without a booking. Someone not identified counts once, under a fresh random key. */
    async walkIn(actor: Actor, input: { pointId: number; serviceCode: string; outcome: Outcome }): Promise<void> {
      const point = (await deps.reference.get()).pointById.get(input.pointId);
      if (!point || !isServiceCode(input.serviceCode)) throw new AppError('NOT_FOUND');
      await deps.roles.authorize(actor, { kind: 'point.operate', scope: { kind: 'point', pointId: point.id, zoneNumber: point.zoneNumber } });
      await db.insert(serviceRecords).values({
        pointId: point.id,
        serviceCode: input.serviceCode,
        citizenKey: randomUUID(),
        walkIn: true,
        occurredAt: clock(),
        outcome: input.outcome,
        recordedByPersonId: actor.personId,
      });
    },

    /** Points this actor works at, for choosing one. */
    operablePoints: operable,

    async noShow(actor: Actor, bookingId: number): Promise<void> {
      const b = await bookingAtOperablePoint(actor, bookingId);
      if (b.status !== 'booked' && b.status !== 'confirmed') throw new AppError('NOT_FOUND');
      await db.update(bookings).set({ status: 'no_show', updatedAt: clock() }).where(eq(bookings.id, b.id));
    },
  };
}
export type AgendaUseCases = ReturnType<typeof agendaUseCases>;
