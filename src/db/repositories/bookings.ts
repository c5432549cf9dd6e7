import { and, asc, desc, eq, gt, gte, inArray, lt, ne } from 'drizzle-orm';
import type { Database } from '../client.js';
import { bookings, people, points, services, waitlist } from '../schema/index.js';

export const LIVE_STATUSES = ['booked', 'confirmed', 'arrived'] as const;
export type BookingRow = typeof bookings.$inferSelect;

export function bookingsRepository(db: Database) {
  return {
    /** Live bookings at a point overlapping [from, to): what availability subtracts. */
    async liveAt(pointId: number, from: Date, to: Date): Promise<Pick<BookingRow, 'id' | 'startsAt' | 'endsAt' | 'seat'>[]> {
      return db
        .select({ id: bookings.id, startsAt: bookings.startsAt, endsAt: bookings.endsAt, seat: bookings.seat })
        .from(bookings)
        .where(and(eq(bookings.pointId, pointId), inArray(bookings.status, [...LIVE_STATUSES]), lt(bookings.startsAt, to), gt(bookings.endsAt, from)));
    },
    /**
     * Waiting-list offers still open at a point: each holds a seat for its 30 minutes, for
     * everyone but the person it was offered to. Bounds are on the start (offers are short).
     */
    async heldAt(pointId: number, from: Date, to: Date, now: Date, exceptPersonId: number | null): Promise<{ start: Date; end: Date }[]> {
      const rows = await db
        .select({ start: waitlist.offeredStartsAt, minutes: services.durationMinutes })
        .from(waitlist)
        .innerJoin(services, eq(services.code, waitlist.serviceCode))
        .where(
          and(
            eq(waitlist.pointId, pointId),
            eq(waitlist.status, 'offered'),
            gt(waitlist.offerExpiresAt, now),
            lt(waitlist.offeredStartsAt, to),
            ...(exceptPersonId === null ? [] : [ne(waitlist.personId, exceptPersonId)]),
          ),
        );
      return rows.flatMap((r) => {
        if (!r.start) return [];
        const end = new Date(r.start.getTime() + r.minutes * 60_000);
        return end > from ? [{ start: r.start, end }] : [];
      });
    },
    /**
     * Serializes one person's bookings (limit and overlap span points). Always taken before
     * the point's lock, so two transactions never wait on each other in opposite orders.
     */
    async lockPerson(personId: number): Promise<boolean> {
      const rows = await db.select({ id: people.id }).from(people).where(eq(people.id, personId)).for('update');
      return rows.length === 1;
    },
    /** Serializes bookings at one point: the row lock is held until the transaction ends. */
    async lockPoint(pointId: number): Promise<boolean> {
      const rows = await db.select({ id: points.id }).from(points).where(eq(points.id, pointId)).for('update');
      return rows.length === 1;
    },
    async upcomingOf(personId: number, now: Date): Promise<BookingRow[]> {
      return db
        .select()
        .from(bookings)
        .where(and(eq(bookings.personId, personId), inArray(bookings.status, ['booked', 'confirmed']), gte(bookings.endsAt, now)))
        .orderBy(asc(bookings.startsAt));
    },
    async lastPointOf(personId: number): Promise<number | undefined> {
      const [row] = await db.select({ pointId: bookings.pointId }).from(bookings).where(eq(bookings.personId, personId)).orderBy(desc(bookings.createdAt)).limit(1);
      return row?.pointId;
    },
    async byId(id: number): Promise<BookingRow | undefined> {
      const [row] = await db.select().from(bookings).where(eq(bookings.id, id));
      return row;
    },
    async insert(values: typeof bookings.$inferInsert): Promise<BookingRow> {
      const [row] = await db.insert(bookings).values(values).returning();
      return row!;
    },
    async setStatus(id: number, status: BookingRow['status'], now: Date): Promise<void> {
      await db.update(bookings).set({ status, updatedAt: now }).where(eq(bookings.id, id));
    },
  };
}
