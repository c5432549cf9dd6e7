import { and, asc, eq, gt, inArray, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { waitlist } from '../db/schema/index.js';
import { auditRepository } from '../db/repositories/audit.js';
import { capacityRangesOn } from '../domain/opening-hours.js';
import { addDays, localDateInRome, type LocalDate } from '../domain/time.js';
import { cancelJobs, enqueue } from '../jobs/queue.js';
import type { BookingUseCases } from './booking.js';
import { AppError } from './errors.js';
import type { ReferenceCache } from './reference.js';

export const OFFER_MINUTES = 30;
/** People on the waiting list are ready to come: a freed slot may be offered until shortly before it. */
export const OFFER_NOTICE_MINUTES = 45;
export type WaitlistRow = typeof waitlist.$inferSelect;

/**
 * A declined offer: the person gave up that day's place in line. The schema's status column has
 * no 'declined'; 'cancelled' (set by nothing else) says the same, and needs no migration.
 */
const DECLINED = 'cancelled' as const;

export type DeclineOutcome = { kind: 'declined'; entry: WaitlistRow } | { kind: 'already' } | { kind: 'taken' } | { kind: 'gone' };

/**
 * Ends an open offer (expired, or declined) with a conditional update and, in the same
 * transaction, queues the offer of the seat to the next in line: one path for both.
 */
async function release(tx: Database, now: Date, entryId: number, status: 'expired' | typeof DECLINED, also: SQL[]): Promise<WaitlistRow | undefined> {
  const [row] = await tx
    .update(waitlist)
    .set({ status })
    .where(and(eq(waitlist.id, entryId), eq(waitlist.status, 'offered'), ...also))
    .returning();
  if (row) {
    await enqueue(tx, { kind: 'waitlist.offer', runAt: now, dedupeKey: `waitlist:reoffer:${entryId}`, payload: { pointId: row.pointId, day: row.day } });
  }
  return row;
}

/**
 * "Tell me if a slot frees": people wait for a full day at a point; when a booking there is
 * cancelled, the first in line gets a one-tap offer for 30 minutes, then the next.
 */
export function waitlistUseCases(deps: { db: Database; clock: () => Date; reference: ReferenceCache; booking: BookingUseCases }) {
  const { db, clock } = deps;
  return {
    /** Days in the booking window when the point opens but every slot for this service is taken. */
    async fullDays(pointId: number, serviceCode: string): Promise<LocalDate[]> {
      const ref = await deps.reference.get();
      const point = ref.pointById.get(pointId);
      if (!point) return [];
      const free = new Set((await deps.booking.daysWithSlots(pointId, serviceCode)).map((d) => d.date));
      const today = localDateInRome(clock());
      const out: LocalDate[] = [];
      for (let i = 1; i <= deps.booking.settings.dayChoices; i++) {
        const day = addDays(today, i);
        if (!free.has(day) && capacityRangesOn(point.hours, day, { patronDays: ref.patronDays }).length > 0) out.push(day);
      }
      return out;
    },

    async join(personId: number, pointId: number, serviceCode: string, day: LocalDate): Promise<'joined' | 'already'> {
      const existing = await db
        .select({ id: waitlist.id })
        .from(waitlist)
        .where(and(eq(waitlist.personId, personId), eq(waitlist.pointId, pointId), eq(waitlist.day, day), inArray(waitlist.status, ['waiting', 'offered'])));
      if (existing.length > 0) return 'already';
      await db.insert(waitlist).values({ personId, pointId, serviceCode, day, createdAt: clock() });
      return 'joined';
    },

    /**
     * Offers a freed slot to the first person waiting for that day whose service fits one.
     * Returns what to send, or nothing when nobody is waiting or nothing is free.
     */
    async offerNext(pointId: number, day: LocalDate): Promise<{ entry: WaitlistRow; start: Date } | undefined> {
      const waiting = await db
        .select()
        .from(waitlist)
        .where(and(eq(waitlist.pointId, pointId), eq(waitlist.day, day), eq(waitlist.status, 'waiting')))
        .orderBy(asc(waitlist.createdAt), asc(waitlist.id));
      for (const entry of waiting) {
        const slot = (await deps.booking.slotsOn(pointId, entry.serviceCode, day, OFFER_NOTICE_MINUTES + OFFER_MINUTES))[0];
        if (!slot) continue;
        const now = clock();
        const expires = new Date(now.getTime() + OFFER_MINUTES * 60_000);
        const claimed = await db
          .update(waitlist)
          .set({ status: 'offered', offeredStartsAt: slot.start, offerExpiresAt: expires })
          .where(and(eq(waitlist.id, entry.id), eq(waitlist.status, 'waiting')))
          .returning();
        if (claimed[0]) {
          await enqueue(db, { kind: 'waitlist.expire', runAt: expires, dedupeKey: `waitlist:${entry.id}:expire`, payload: { entryId: entry.id } });
          return { entry: claimed[0], start: slot.start };
        }
      }
      return undefined;
    },

    /**
     * The person taps the offer: book the offered time if the offer still stands. The offer is
     * claimed by a conditional update in the booking's own transaction, so a double tap (or two
     * processes) books once, and a booking that fails leaves the offer as it was.
     */
    async take(personId: number, entryId: number, firstName: string | null) {
      const [entry] = await db.select().from(waitlist).where(eq(waitlist.id, entryId));
      if (!entry || entry.personId !== personId) {
        // Someone else's offer, or none: refused like every forged button, and recorded.
        await auditRepository(db).record({ at: clock(), actorPersonId: personId, action: 'access.refused', subject: 'waitlist.take', detail: { reason: entry ? 'not_yours' : 'not_found', entryId } });
        throw new AppError('NOT_FOUND');
      }
      if (entry.status !== 'offered' || !entry.offeredStartsAt || !entry.offerExpiresAt || entry.offerExpiresAt <= clock()) {
        throw new AppError('OFFER_EXPIRED');
      }
      return deps.booking.book({
        personId,
        pointId: entry.pointId,
        serviceCode: entry.serviceCode,
        start: entry.offeredStartsAt,
        firstName,
        createdByPersonId: personId,
        minNoticeMinutes: OFFER_NOTICE_MINUTES,
        before: async (tx, now) => {
          const claimed = await tx
            .update(waitlist)
            .set({ status: 'taken' })
            .where(and(eq(waitlist.id, entry.id), eq(waitlist.personId, personId), eq(waitlist.status, 'offered'), gt(waitlist.offerExpiresAt, now)))
            .returning({ id: waitlist.id });
          if (claimed.length === 0) throw new AppError('OFFER_EXPIRED');
        },
      });
    },

    /** An offer not taken in time goes to the next person. */
    async expire(entryId: number): Promise<{ pointId: number; day: LocalDate } | undefined> {
      return db.transaction(async (tx) => {
        const row = await release(tx, clock(), entryId, 'expired', []);
        return row ? { pointId: row.pointId, day: row.day } : undefined;
      });
    },

    /**
     * "No, thanks": the person gives the offered seat back at once instead of holding it for
     * 30 minutes, and the next in line gets it exactly as on expiry. Only the person's own open
     * offer is released (one conditional update, so a double tap releases once); a forged id is
     * refused and audited; anything else (already declined, lapsed, taken) changes nothing.
     */
    async decline(personId: number, entryId: number): Promise<DeclineOutcome> {
      const now = clock();
      const out = await db.transaction(async (tx): Promise<DeclineOutcome | { kind: 'not_yours' } | { kind: 'not_found' }> => {
        const row = await release(tx, now, entryId, DECLINED, [eq(waitlist.personId, personId), gt(waitlist.offerExpiresAt, now)]);
        if (row) {
          // Its expiry has nothing left to do.
          await cancelJobs(tx, [`waitlist:${entryId}:expire`]);
          return { kind: 'declined', entry: row };
        }
        const [entry] = await tx.select().from(waitlist).where(eq(waitlist.id, entryId));
        if (!entry) return { kind: 'not_found' };
        if (entry.personId !== personId) return { kind: 'not_yours' };
        if (entry.status === DECLINED) return { kind: 'already' };
        if (entry.status === 'taken') return { kind: 'taken' };
        return { kind: 'gone' };
      });
      if (out.kind === 'not_yours' || out.kind === 'not_found') {
        await auditRepository(db).record({ at: now, actorPersonId: personId, action: 'access.refused', subject: 'waitlist.decline', detail: { reason: out.kind, entryId } });
        throw new AppError('NOT_FOUND');
      }
      return out;
    },
  };
}
export type WaitlistUseCases = ReturnType<typeof waitlistUseCases>;
