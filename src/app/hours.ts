import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { bookings, openingExceptions, openingRanges } from '../db/schema/index.js';
import type { Actor } from '../domain/policy.js';
import { addDays, isLocalDate, romeInstant, type LocalDate } from '../domain/time.js';
import type { ImportedRange } from '../domain/hours-input.js';
import { AppError } from './errors.js';
import type { ReferenceCache } from './reference.js';
import type { RoleUseCases } from './roles.js';

export interface RangeInput {
  weekday: number;
  start: string;
  end: string;
  capacity: number;
}

/** A point's opening hours as staff edit them; every change is authorized and refreshes the cache. */
export function hoursUseCases(deps: { db: Database; reference: ReferenceCache; roles: RoleUseCases }) {
  const { db } = deps;
  async function authorize(actor: Actor, pointId: number) {
    const point = (await deps.reference.get()).pointById.get(pointId);
    if (!point) throw new AppError('NOT_FOUND');
    await deps.roles.authorize(actor, { kind: 'point.operate', scope: { kind: 'point', pointId, zoneNumber: point.zoneNumber } });
    return point;
  }
  return {
    async ranges(pointId: number) {
      return db.select().from(openingRanges).where(eq(openingRanges.pointId, pointId)).orderBy(asc(openingRanges.weekday), asc(openingRanges.startTime));
    },
    async addRange(actor: Actor, pointId: number, r: RangeInput & { validFrom?: LocalDate; validTo?: LocalDate }): Promise<void> {
      await authorize(actor, pointId);
      if (!Number.isInteger(r.weekday) || r.weekday < 1 || r.weekday > 7 || !Number.isInteger(r.capacity) || r.capacity < 1 || r.capacity > 9) {
        throw new AppError('NOT_FOUND');
      }
      // Real hours replace demo ones: once staff enter hours, nothing demo is shown for the point.
      await db.transaction(async (tx) => {
        await tx.delete(openingRanges).where(and(eq(openingRanges.pointId, pointId), eq(openingRanges.demo, true)));
        await tx.insert(openingRanges).values({ pointId, weekday: r.weekday, startTime: r.start, endTime: r.end, capacity: r.capacity, validFrom: r.validFrom ?? null, validTo: r.validTo ?? null, source: 'staff' });
      });
      await deps.reference.refresh();
    },
    async removeRange(actor: Actor, rangeId: number): Promise<void> {
      const [row] = await db.select().from(openingRanges).where(eq(openingRanges.id, rangeId));
      if (!row) throw new AppError('NOT_FOUND');
      await authorize(actor, row.pointId);
      await db.delete(openingRanges).where(eq(openingRanges.id, rangeId));
      await deps.reference.refresh();
    },
    /** Replaces the (non-demo) weekly hours of every point named in the file, in one transaction. */
    async importRanges(actor: Actor, ranges: readonly ImportedRange[]): Promise<{ points: number; ranges: number }> {
      await deps.roles.authorize(actor, { kind: 'hours.import' });
      const ref = await deps.reference.get();
      const byPoint = new Map<number, ImportedRange[]>();
      for (const r of ranges) {
        const p = ref.pointBySlug.get(r.pointSlug);
        if (!p) throw new AppError('NOT_FOUND');
        byPoint.set(p.id, [...(byPoint.get(p.id) ?? []), r]);
      }
      await db.transaction(async (tx) => {
        for (const [pointId, list] of byPoint) {
          await tx.delete(openingRanges).where(eq(openingRanges.pointId, pointId));
          await tx.insert(openingRanges).values(list.map((r) => ({ pointId, weekday: r.weekday, startTime: r.start, endTime: r.end, capacity: r.capacity, source: 'import' })));
        }
      });
      await deps.reference.refresh();
      return { points: byPoint.size, ranges: ranges.length };
    },

    /** One day with its own hours (an extra opening, or shorter hours): they replace that day's weekly ones. */
    async specialDay(actor: Actor, pointId: number, date: LocalDate, range: { start: string; end: string; capacity: number }): Promise<void> {
      await authorize(actor, pointId);
      if (!isLocalDate(date)) throw new AppError('NOT_FOUND');
      const ranges = [{ start: range.start, end: range.end, capacity: range.capacity }];
      await db
        .insert(openingExceptions)
        .values({ pointId, date, kind: 'open', ranges })
        .onConflictDoUpdate({ target: [openingExceptions.pointId, openingExceptions.date], set: { kind: 'open', ranges } });
      await deps.reference.refresh();
    },

    /** Live bookings on a day, so staff closing it know whom to tell. */
    async bookingsOn(pointId: number, date: LocalDate): Promise<number> {
      const rows = await db
        .select({ id: bookings.id })
        .from(bookings)
        .where(and(eq(bookings.pointId, pointId), inArray(bookings.status, ['booked', 'confirmed']), gte(bookings.startsAt, romeInstant(date, 0)), lt(bookings.startsAt, romeInstant(addDays(date, 1), 0))));
      return rows.length;
    },

    async closeDay(actor: Actor, pointId: number, date: LocalDate, note: string | null): Promise<void> {
      await authorize(actor, pointId);
      if (!isLocalDate(date)) throw new AppError('NOT_FOUND');
      await db
        .insert(openingExceptions)
        .values({ pointId, date, kind: 'closed', note })
        .onConflictDoUpdate({ target: [openingExceptions.pointId, openingExceptions.date], set: { kind: 'closed', ranges: null, note } });
      await deps.reference.refresh();
    },
  };
}
export type HoursUseCases = ReturnType<typeof hoursUseCases>;
