import { randomInt } from 'node:crypto';
import type { Database } from '../db/client.js';
import { bookingsRepository, type BookingRow } from '../db/repositories/bookings.js';
import { isUniqueViolation } from '../db/errors.js';
import { bookings, points, services } from '../db/schema/index.js';
import { availableSlots, freeSeat, isSlotAvailable, maxConcurrent, type Slot } from '../domain/availability.js';
import { isServiceCode } from '../domain/services.js';
import { hoursBefore, sameTimeDaysBefore } from '../domain/schedule.js';
import { addDays, localDateInRome, type LocalDate } from '../domain/time.js';
import type { Actor } from '../domain/policy.js';
import { cancelJobs, enqueue } from '../jobs/queue.js';
import { AppError } from './errors.js';
import { servicesOf, type Point, type ReferenceCache } from './reference.js';
import type { RoleUseCases } from './roles.js';
import type { FindUseCases } from './find.js';
import { and, eq } from 'drizzle-orm';

export interface BookingSettings {
  /** No slot can be booked sooner than this. */
  minNoticeMinutes: number;
  /** Days ahead a person can book. */
  horizonDays: number;
  /** Days shown when choosing a day. */
  dayChoices: number;
  maxFutureBookings: number;
  /** Cancelling or moving is possible until this many hours before. */
  cancelUntilHours: number;
}
export const DEFAULT_BOOKING_SETTINGS: BookingSettings = { minNoticeMinutes: 120, horizonDays: 30, dayChoices: 14, maxFutureBookings: 2, cancelUntilHours: 2 };

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** A code a person can read over the phone: no 0/O or 1/I. */
export function bookingCode(): string {
  let s = '';
  for (let i = 0; i < 6; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return s;
}

/** Reminder job keys carry the start, so a moved booking gets fresh reminders. */
export const reminderKeys = (b: Pick<BookingRow, 'id' | 'startsAt'>) => [
  `booking:${b.id}:remind24:${b.startsAt.toISOString()}`,
  `booking:${b.id}:remind2:${b.startsAt.toISOString()}`,
  `booking:${b.id}:release:${b.startsAt.toISOString()}`,
];

/** A freed slot: offer it to whoever waits for that day (a job, so it commits with the change). */
export async function enqueueWaitlistOffer(tx: Database, b: Pick<BookingRow, 'id' | 'pointId' | 'startsAt'>, now: Date): Promise<void> {
  await enqueue(tx, {
    kind: 'waitlist.offer',
    runAt: now,
    dedupeKey: `waitlist:offer:${b.id}:${b.startsAt.toISOString()}`,
    payload: { pointId: b.pointId, day: localDateInRome(b.startsAt) },
  });
}

export function bookingUseCases(deps: {
  db: Database;
  clock: () => Date;
  reference: ReferenceCache;
  roles: RoleUseCases;
  find: FindUseCases;
  settings?: Partial<BookingSettings>;
}) {
  const settings = { ...DEFAULT_BOOKING_SETTINGS, ...deps.settings };
  const { db, clock } = deps;
  const repo = bookingsRepository(db);

  async function pointAndDuration(pointId: number, serviceCode: string): Promise<{ point: Point; duration: number }> {
    const ref = await deps.reference.get();
    const point = ref.pointById.get(pointId);
    // Only a service the point offers can be booked there, whatever a button claims.
    if (!point || point.kind !== 'fixed' || !isServiceCode(serviceCode) || !servicesOf(point).includes(serviceCode)) throw new AppError('NOT_FOUND');
    const [service] = await db.select({ d: services.durationMinutes }).from(services).where(eq(services.code, serviceCode));
    if (!service) throw new AppError('NOT_FOUND');
    return { point, duration: service.d };
  }

  async function slotsFor(pointId: number, serviceCode: string, fromDate: LocalDate, days: number, minNoticeMinutes = settings.minNoticeMinutes, personId: number | null = null) {
    const { point, duration } = await pointAndDuration(pointId, serviceCode);
    const ref = await deps.reference.get();
    const now = clock();
    const until = new Date(now.getTime() + (settings.horizonDays + 2) * 86_400_000);
    const booked = await repo.liveAt(pointId, now, until);
    // A seat offered to someone on the waiting list is theirs until the offer lapses.
    const held = await repo.heldAt(pointId, now, until, now, personId);
    return availableSlots({
      hours: point.hours,
      holidays: { patronDays: ref.patronDays },
      durationMinutes: duration,
      fromDate,
      days,
      now,
      minNoticeMinutes,
      booked: [...booked.map((b) => ({ start: b.startsAt, end: b.endsAt })), ...held],
    });
  }

  return {
    settings,

    /** The next days (up to `dayChoices`) that still have a free slot. */
    async daysWithSlots(pointId: number, serviceCode: string, personId: number | null = null): Promise<{ date: LocalDate; slots: Slot[] }[]> {
      const today = localDateInRome(clock());
      const days = await slotsFor(pointId, serviceCode, today, settings.horizonDays, undefined, personId);
      return days.slice(0, settings.dayChoices);
    },

    /** Free slots on one day; a waiting-list offer may pass a shorter notice (the person is ready to come). */
    async slotsOn(pointId: number, serviceCode: string, date: LocalDate, minNoticeMinutes?: number, personId: number | null = null): Promise<Slot[]> {
      const today = localDateInRome(clock());
      if (date < today || date > addDays(today, settings.horizonDays)) return [];
      return (await slotsFor(pointId, serviceCode, date, 1, minNoticeMinutes, personId))[0]?.slots ?? [];
    },

    /**
     * Books a slot. The person's row, then the point's, are locked for the transaction (the
     * per-person limit and overlap span points), the slot is checked again against the bookings
     * committed so far and the waiting-list offers still open, a free seat is taken, and a
     * unique index on (point, start, seat) backs it: the database, not this code, makes
     * overbooking impossible. Reminders are enqueued in the same transaction.
     */
    async book(input: {
      personId: number | null;
      pointId: number;
      serviceCode: string;
      start: Date;
      note?: string | null;
      /** The citizen's first name, shown in the facilitator's agenda. */
      firstName?: string | null;
      bookedFor?: { initials: string; phone?: string | null };
      createdByPersonId: number | null;
      sourcePublicationId?: number | null;
      /** When moving: the booking being replaced, released in the same transaction. */
      replacing?: BookingRow;
      /** Shorter notice for a waiting-list offer. */
      minNoticeMinutes?: number;
      /** Runs first in the booking's transaction (taking a waiting-list offer claims it here); throwing rolls all back. */
      before?: (tx: Database, now: Date) => Promise<void>;
    }): Promise<BookingRow> {
      const { point, duration } = await pointAndDuration(input.pointId, input.serviceCode);
      const ref = await deps.reference.get();
      const now = clock();
      const note = input.note?.trim().slice(0, 200) || null;
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          return await db.transaction(async (tx) => {
            const r = bookingsRepository(tx);
            if (input.before) await input.before(tx, now);
            if (input.personId !== null) await r.lockPerson(input.personId);
            await r.lockPoint(point.id);
            if (input.personId !== null) {
              const mine = (await r.upcomingOf(input.personId, now)).filter((b) => b.id !== input.replacing?.id);
              if (mine.length >= settings.maxFutureBookings) throw new AppError('TOO_MANY_BOOKINGS', { max: settings.maxFutureBookings });
              const end = new Date(input.start.getTime() + duration * 60_000);
              if (mine.some((b) => b.startsAt < end && b.endsAt > input.start)) throw new AppError('OVERLAPPING_BOOKING');
            }
            const dayStart = new Date(input.start.getTime() - 86_400_000);
            const dayEnd = new Date(input.start.getTime() + 86_400_000);
            const live = (await r.liveAt(point.id, dayStart, dayEnd)).filter((b) => b.id !== input.replacing?.id);
            const held = await r.heldAt(point.id, dayStart, dayEnd, now, input.personId);
            const slot = isSlotAvailable(
              {
                hours: point.hours,
                holidays: { patronDays: ref.patronDays },
                durationMinutes: duration,
                now,
                minNoticeMinutes: input.minNoticeMinutes ?? settings.minNoticeMinutes,
                booked: [...live.map((b) => ({ start: b.startsAt, end: b.endsAt })), ...held],
              },
              input.start,
            );
            if (!slot) throw new AppError('SLOT_TAKEN');
            const overlapping = live.filter((b) => b.startsAt < slot.end && b.endsAt > slot.start);
            const capacity = slot.free + maxConcurrent([...overlapping.map((b) => ({ start: b.startsAt, end: b.endsAt })), ...held], slot.start, slot.end);
            const seat = freeSeat(capacity, overlapping);
            if (seat === undefined) throw new AppError('SLOT_TAKEN');
            if (input.replacing) {
              await r.setStatus(input.replacing.id, 'cancelled', now);
              await cancelJobs(tx, reminderKeys(input.replacing));
              await enqueueWaitlistOffer(tx, input.replacing, now);
            }
            const booking = await r.insert({
              code: bookingCode(),
              personId: input.personId,
              pointId: point.id,
              serviceCode: input.serviceCode,
              startsAt: slot.start,
              endsAt: slot.end,
              seat,
              note,
              firstName: input.firstName?.slice(0, 64) ?? null,
              bookedForInitials: input.bookedFor?.initials.slice(0, 10) ?? null,
              bookedForPhone: input.bookedFor?.phone?.slice(0, 30) ?? null,
              createdByPersonId: input.createdByPersonId,
              sourcePublicationId: input.sourcePublicationId ?? null,
              createdAt: now,
              updatedAt: now,
            });
            const [k24, k2, kRelease] = reminderKeys(booking);
            const remind24 = sameTimeDaysBefore(booking.startsAt, 1);
            const remind2 = hoursBefore(booking.startsAt, 2);
            if (remind24 > now) await enqueue(tx, { kind: 'booking.remind24', runAt: remind24, dedupeKey: k24!, payload: { bookingId: booking.id } });
            if (remind2 > now) await enqueue(tx, { kind: 'booking.remind2', runAt: remind2, dedupeKey: k2!, payload: { bookingId: booking.id } });
            // Confirm-or-release, where the point uses it: unconfirmed two hours before, the slot is
            // freed. Only when the day-before "Confermi?" will be asked: a booking made later was
            // never asked, so nobody may take it away for not answering.
            if (input.personId !== null && remind24 > now && remind2 > now) {
              await enqueue(tx, { kind: 'booking.release', runAt: remind2, dedupeKey: kRelease!, payload: { bookingId: booking.id } });
            }
            return booking;
          });
        } catch (err) {
          // Two people took the same seat at the same moment: look again (the loser sees "taken").
          if (isUniqueViolation(err) && attempt < 2) continue;
          throw err;
        }
      }
      throw new AppError('SLOT_TAKEN');
    },

    /** The point of a person's most recent booking, to offer "same as last time". */
    async lastPointOf(personId: number): Promise<number | undefined> {
      return repo.lastPointOf(personId);
    },

    /** Points with published hours for a typed town: its own, or the nearest ones. */
    async pointsForTown(query: string): Promise<number[]> {
      const answer = await deps.find.searchTown(query);
      let list: { point: Point }[] = [];
      if (answer.kind === 'town') list = answer.inTown.length > 0 ? answer.inTown : answer.nearby;
      if (answer.kind === 'several') {
        const first = answer.towns[0];
        const a = first ? await deps.find.town(first) : undefined;
        if (a?.kind === 'town') list = a.inTown.length > 0 ? a.inTown : a.nearby;
      }
      return list.filter((x) => x.point.kind === 'fixed').map((x) => x.point.id).slice(0, 6);
    },

    async upcoming(personId: number): Promise<BookingRow[]> {
      return repo.upcomingOf(personId, clock());
    },

    /** The booking, if this actor may act on it (owner or staff of its point). */
    async forActor(actor: Actor, bookingId: number): Promise<BookingRow> {
      const b = await repo.byId(bookingId);
      if (!b) throw new AppError('NOT_FOUND');
      const point = (await deps.reference.get()).pointById.get(b.pointId);
      await deps.roles.authorize(actor, { kind: 'booking.act', ownerPersonId: b.personId, scope: { kind: 'point', pointId: b.pointId, zoneNumber: point?.zoneNumber ?? 0 } });
      return b;
    },

    /** The person confirms they will come (the answer to the day-before reminder). */
    async confirm(actor: Actor, bookingId: number): Promise<BookingRow> {
      const b = await this.forActor(actor, bookingId);
      if (b.status !== 'booked' && b.status !== 'confirmed') throw new AppError('NOT_FOUND');
      await repo.setStatus(b.id, 'confirmed', clock());
      return { ...b, status: 'confirmed' };
    },

    /**
     * Frees an unconfirmed booking two hours before, at points that ask for confirmation.
     * Returns the booking when it was released (the caller tells the person; the slot goes to the waiting list).
     */
    async releaseIfUnconfirmed(bookingId: number): Promise<BookingRow | undefined> {
      const b = await repo.byId(bookingId);
      if (!b || b.status !== 'booked') return undefined;
      // Made after the day-before ask was due: nobody asked, so nobody is released (a job queued before that rule).
      if (b.createdAt >= sameTimeDaysBefore(b.startsAt, 1)) return undefined;
      const [p] = await db.select({ on: points.releaseUnconfirmed }).from(points).where(eq(points.id, b.pointId));
      if (!p?.on) return undefined;
      const now = clock();
      return db.transaction(async (tx) => {
        const rows = await tx.update(bookings).set({ status: 'released', updatedAt: now }).where(and(eq(bookings.id, b.id), eq(bookings.status, 'booked'))).returning();
        if (rows.length === 0) return undefined;
        await enqueueWaitlistOffer(tx, b, now);
        return rows[0];
      });
    },

    /** A live booking this actor may still cancel or move (the owner: until N hours before; staff: always). */
    async changeable(actor: Actor, bookingId: number): Promise<BookingRow> {
      const b = await this.forActor(actor, bookingId);
      if (b.status !== 'booked' && b.status !== 'confirmed') throw new AppError('NOT_FOUND');
      if (b.personId === actor.personId && b.startsAt.getTime() - clock().getTime() < settings.cancelUntilHours * 3_600_000) {
        throw new AppError('TOO_LATE_TO_CANCEL', { hours: settings.cancelUntilHours });
      }
      return b;
    },

    async cancel(actor: Actor, bookingId: number): Promise<BookingRow> {
      const b = await this.changeable(actor, bookingId);
      const now = clock();
      await db.transaction(async (tx) => {
        await bookingsRepository(tx).setStatus(b.id, 'cancelled', now);
        await cancelJobs(tx, reminderKeys(b));
        await enqueueWaitlistOffer(tx, b, now);
      });
      return { ...b, status: 'cancelled' };
    },

    /** Moves a booking: the old slot is released only in the transaction that secures the new one. */
    async move(actor: Actor, bookingId: number, newStart: Date): Promise<BookingRow> {
      const b = await this.changeable(actor, bookingId);
      return this.book({
        personId: b.personId,
        pointId: b.pointId,
        serviceCode: b.serviceCode,
        start: newStart,
        note: b.note,
        firstName: b.firstName,
        createdByPersonId: actor.personId,
        replacing: b,
        ...(b.bookedForInitials ? { bookedFor: { initials: b.bookedForInitials, phone: b.bookedForPhone } } : {}),
      });
    },
  };
}
export type BookingUseCases = ReturnType<typeof bookingUseCases>;
