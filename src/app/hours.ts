import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { bookings, openingExceptions, openingRanges, points } from '../db/schema/index.js';
import type { Actor } from '../domain/policy.js';
import { addDays, isLocalDate, parseClock, romeInstant, type LocalDate } from '../domain/time.js';
import { keepValidity, type ImportedRange } from '../domain/hours-input.js';
import { AppError } from './errors.js';
import type { ReferenceCache } from './reference.js';
import type { RoleUseCases } from './roles.js';

export interface RangeInput {
  weekday: number;
  start: string;
  end: string;
  capacity: number;
}

/** One range of a special day, with the facilitators on duty. */
export interface DayRangeInput {
  start: string;
  end: string;
  capacity: number;
}

/** A point's schedule as staff review it: weekly ranges, special days from today on, confirm-or-release. */
export interface HoursOverview {
  ranges: { id: number; weekday: number; start: string; end: string; capacity: number; validFrom: LocalDate | null; validTo: LocalDate | null }[];
  exceptions: { id: number; date: LocalDate; kind: 'closed' | 'open'; ranges: DayRangeInput[] }[];
  releaseUnconfirmed: boolean;
}

const okCapacity = (n: number) => Number.isInteger(n) && n >= 1 && n <= 9;
const okRange = (r: { start: string; end: string }) => {
  const a = parseClock(r.start);
  const b = parseClock(r.end);
  return a !== undefined && b !== undefined && a < b;
};
const okValidity = (from: LocalDate | undefined, to: LocalDate | undefined) =>
  (from === undefined || isLocalDate(from)) && (to === undefined || isLocalDate(to)) && (from === undefined || to === undefined || from <= to);

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
    /** Everything /hours shows before and after a change; special days already past are left out. */
    async overview(pointId: number, today: LocalDate): Promise<HoursOverview> {
      const ranges = await db.select().from(openingRanges).where(and(eq(openingRanges.pointId, pointId), eq(openingRanges.demo, false))).orderBy(asc(openingRanges.weekday), asc(openingRanges.startTime));
      const exceptions = await db
        .select()
        .from(openingExceptions)
        .where(and(eq(openingExceptions.pointId, pointId), eq(openingExceptions.demo, false), gte(openingExceptions.date, today)))
        .orderBy(asc(openingExceptions.date));
      const [point] = await db.select({ release: points.releaseUnconfirmed }).from(points).where(eq(points.id, pointId));
      return {
        ranges: ranges.map((r) => ({ id: r.id, weekday: r.weekday, start: r.startTime.slice(0, 5), end: r.endTime.slice(0, 5), capacity: r.capacity, validFrom: r.validFrom, validTo: r.validTo })),
        exceptions: exceptions.map((e) => ({ id: e.id, date: e.date, kind: e.kind, ranges: (e.ranges ?? []).map((x) => ({ start: x.start, end: x.end, capacity: x.capacity ?? 1 })) })),
        releaseUnconfirmed: point?.release ?? false,
      };
    },
    async addRange(actor: Actor, pointId: number, r: RangeInput & { validFrom?: LocalDate; validTo?: LocalDate }): Promise<void> {
      await authorize(actor, pointId);
      if (!Number.isInteger(r.weekday) || r.weekday < 1 || r.weekday > 7 || !okCapacity(r.capacity) || !okRange(r) || !okValidity(r.validFrom, r.validTo)) {
        throw new AppError('BAD_INPUT');
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
    /** Takes back a special day (closed or with its own hours): the weekly hours apply again. */
    async removeException(actor: Actor, exceptionId: number): Promise<void> {
      const [row] = await db.select().from(openingExceptions).where(eq(openingExceptions.id, exceptionId));
      if (!row) throw new AppError('NOT_FOUND');
      await authorize(actor, row.pointId);
      await db.delete(openingExceptions).where(eq(openingExceptions.id, exceptionId));
      await deps.reference.refresh();
    },
    /** Confirm-or-release for the point: on, an unconfirmed booking is freed two hours before (for bookings made from now on). */
    async setReleaseUnconfirmed(actor: Actor, pointId: number, on: boolean): Promise<void> {
      await authorize(actor, pointId);
      await db.update(points).set({ releaseUnconfirmed: on }).where(eq(points.id, pointId));
      await deps.reference.refresh();
    },
    /**
     * Replaces the weekly hours of every point named in the file, in one transaction. Without
     * valid_from / valid_to columns, hours that were already there keep their validity.
     */
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
          const before = await tx.select().from(openingRanges).where(and(eq(openingRanges.pointId, pointId), eq(openingRanges.demo, false)));
          const validity = keepValidity(
            list,
            before.map((r) => ({ weekday: r.weekday, start: r.startTime.slice(0, 5), end: r.endTime.slice(0, 5), validFrom: r.validFrom, validTo: r.validTo })),
          );
          await tx.delete(openingRanges).where(eq(openingRanges.pointId, pointId));
          await tx.insert(openingRanges).values(
            list.map((r, i) => ({ pointId, weekday: r.weekday, startTime: r.start, endTime: r.end, capacity: r.capacity, validFrom: validity[i]!.validFrom, validTo: validity[i]!.validTo, source: 'import' })),
          );
        }
      });
      await deps.reference.refresh();
      return { points: byPoint.size, ranges: ranges.length };
    },

    /**
     * One day with its own hours (an extra opening, reduced or split hours), each range with its
     * facilitators on duty: they replace that day's weekly ones.
     */
    async specialDay(actor: Actor, pointId: number, date: LocalDate, dayRanges: readonly DayRangeInput[]): Promise<void> {
      await authorize(actor, pointId);
      const sorted = [...dayRanges].sort((a, b) => a.start.localeCompare(b.start));
      const overlapping = sorted.some((r, i) => i > 0 && r.start < sorted[i - 1]!.end);
      if (!isLocalDate(date) || sorted.length === 0 || overlapping || !sorted.every((r) => okRange(r) && okCapacity(r.capacity))) throw new AppError('BAD_INPUT');
      const ranges = sorted.map((r) => ({ start: r.start, end: r.end, capacity: r.capacity }));
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
