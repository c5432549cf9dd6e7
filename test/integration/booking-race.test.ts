import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { loadReferenceData } from '../../src/db/seed/reference-data.js';
import { seedReferenceData } from '../../src/db/seed/seed.js';
import { bookings, jobs, openingRanges, people, points } from '../../src/db/schema/index.js';
import { bookingUseCases } from '../../src/app/booking.js';
import { referenceCache } from '../../src/app/reference.js';
import { roleUseCases } from '../../src/app/roles.js';
import { findUseCases } from '../../src/app/find.js';
import { AppError } from '../../src/app/errors.js';

/**
 * Overbooking is prevented by the database, not by JavaScript: 50 people try the same
 * capacity-2 slot at once through two independent connection pools (as two bot processes
 * would). PGlite runs every statement on one connection, so the race exists only on PostgreSQL.
 */
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const now = new Date('2026-11-23T08:00:00Z'); // Monday 09:00 in Rome

let t: TestDatabase;
let second: DatabaseHandle | undefined;
let pointId: number;
let personIds: number[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db, loadReferenceData());
  const [p] = await t.db.select().from(points).where(eq(points.slug, 'digipass-foligno'));
  pointId = p!.id;
  // Tuesdays 09:00–13:00 with two facilitators on duty.
  await t.db.insert(openingRanges).values({ pointId, weekday: 2, startTime: '09:00', endTime: '13:00', capacity: 2 });
  // 50 racers, and 5 more people for the rule tests (who did not race).
  const rows = await t.db
    .insert(people)
    .values(Array.from({ length: 55 }, (_, i) => ({ telegramId: 600_000 + i })))
    .returning({ id: people.id });
  personIds = rows.map((r) => r.id);
  if (onPostgres) second = await openDatabase({ kind: 'postgres', url: t.url! });
});
afterAll(async () => {
  await second?.close();
  await t?.close();
});

function useCases(db: TestDatabase['db']) {
  const roles = roleUseCases({ db, clock: () => now });
  const reference = referenceCache(db);
  return bookingUseCases({ db, clock: () => now, reference, roles, find: findUseCases({ db, reference, clock: () => now }) });
}

describe.skipIf(!onPostgres)('no overbooking under concurrency (PostgreSQL)', () => {
  it('50 simultaneous attempts on a capacity-2 slot give exactly 2 bookings', async () => {
    const a = useCases(t.db);
    const b = useCases(second!.db);
    const start = new Date('2026-11-24T08:00:00Z'); // Tuesday 09:00 in Rome
    const results = await Promise.allSettled(
      personIds.slice(0, 50).map((personId, i) =>
        (i % 2 === 0 ? a : b).book({ personId, pointId, serviceCode: 'cie', start, createdByPersonId: personId }),
      ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(2);
    expect(refused).toHaveLength(48);
    for (const r of refused) expect((r.reason as AppError).code).toBe('SLOT_TAKEN');
    const live = await t.db
      .select()
      .from(bookings)
      .where(and(eq(bookings.pointId, pointId), eq(bookings.startsAt, start), inArray(bookings.status, ['booked', 'confirmed'])));
    expect(live.map((x) => x.seat).sort()).toEqual([1, 2]);
    // Reminders exist for the two bookings only (the day-before one is already past: two-hours-before only).
    const reminders = await t.db.select().from(jobs).where(inArray(jobs.kind, ['booking.remind24', 'booking.remind2']));
    expect(reminders.map((r) => r.kind)).toEqual(['booking.remind2', 'booking.remind2']);
  });
});

describe('booking rules (both databases)', () => {
  it('refuses a third future booking and an overlapping one, kindly coded', async () => {
    const uc = useCases(t.db);
    const me = personIds[50]!;
    await uc.book({ personId: me, pointId, serviceCode: 'cie', start: new Date('2026-11-24T10:00:00Z'), createdByPersonId: me });
    await expect(uc.book({ personId: me, pointId, serviceCode: 'cie', start: new Date('2026-11-24T10:00:00Z'), createdByPersonId: me })).rejects.toMatchObject({ code: 'OVERLAPPING_BOOKING' });
    await uc.book({ personId: me, pointId, serviceCode: 'cie', start: new Date('2026-12-01T10:00:00Z'), createdByPersonId: me });
    await expect(uc.book({ personId: me, pointId, serviceCode: 'cie', start: new Date('2026-12-08T10:00:00Z'), createdByPersonId: me })).rejects.toMatchObject({ code: 'TOO_MANY_BOOKINGS' });
  });

  it('never books off the grid, in the past, or within the minimum notice', async () => {
    const uc = useCases(t.db);
    const me = personIds[51]!;
    for (const start of [new Date('2026-11-24T08:10:00Z'), new Date('2026-11-17T08:00:00Z'), new Date('2026-11-23T09:00:00Z')]) {
      await expect(uc.book({ personId: me, pointId, serviceCode: 'cie', start, createdByPersonId: me })).rejects.toMatchObject({ code: 'SLOT_TAKEN' });
    }
  });

  it('moves a booking: the new slot is secured and the old one released together', async () => {
    const uc = useCases(t.db);
    const me = personIds[52]!;
    const first = await uc.book({ personId: me, pointId, serviceCode: 'cie', start: new Date('2026-12-15T09:00:00Z'), createdByPersonId: me });
    const actor = { personId: me, grants: [] };
    const moved = await uc.move(actor, first.id, new Date('2026-12-15T10:30:00Z'));
    const [old] = await t.db.select().from(bookings).where(eq(bookings.id, first.id));
    expect(old?.status).toBe('cancelled');
    expect(moved.startsAt.toISOString()).toBe('2026-12-15T10:30:00.000Z');
    const oldReminders = await t.db.select().from(jobs).where(inArray(jobs.dedupeKey, [`booking:${first.id}:remind24:${first.startsAt.toISOString()}`]));
    expect(oldReminders[0]?.status).toBe('cancelled');
    // Someone else cannot cancel it.
    await expect(uc.cancel({ personId: personIds[53]!, grants: [] }, moved.id)).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    await uc.cancel(actor, moved.id);
  });
});
