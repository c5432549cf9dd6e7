import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { loadReferenceData } from '../../src/db/seed/reference-data.js';
import { seedReferenceData } from '../../src/db/seed/seed.js';
import { bookings, openingRanges, people, points } from '../../src/db/schema/index.js';
import { DEFAULT_BOOKING_SETTINGS } from '../../src/app/booking.js';
import { directBooking } from '../support/use-cases.js';
import { AppError } from '../../src/app/errors.js';

/**
 * One person's limit (two future bookings) and "no overlap" span points, so the point's lock
 * alone does not serialize them: one person racing at two points at once through two connection
 * pools (two bot processes) must still get at most the limit. The race exists only on PostgreSQL.
 */
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const now = new Date('2026-11-23T08:00:00Z'); // Monday 09:00 in Rome

let t: TestDatabase;
let second: DatabaseHandle | undefined;
const pointIds: number[] = [];
let personId: number;

beforeAll(async () => {
  t = await createTestDatabase();
  await seedReferenceData(t.db, loadReferenceData());
  for (const slug of ['digipass-foligno', 'digipass-gubbio']) {
    const [p] = await t.db.select().from(points).where(eq(points.slug, slug));
    pointIds.push(p!.id);
    // Tuesdays 09:00–13:00, plenty of seats: only the person's own limit can refuse.
    await t.db.insert(openingRanges).values({ pointId: p!.id, weekday: 2, startTime: '09:00', endTime: '13:00', capacity: 5 });
  }
  const [row] = await t.db.insert(people).values({ telegramId: 700_001 }).returning({ id: people.id });
  personId = row!.id;
  if (onPostgres) second = await openDatabase({ kind: 'postgres', url: t.url! });
});
afterAll(async () => {
  await second?.close();
  await t?.close();
});

const useCases = (db: TestDatabase['db']) => directBooking(db, () => now).booking;

describe.skipIf(!onPostgres)('one person racing at two points (PostgreSQL)', () => {
  it('10 simultaneous attempts at different times and points give at most the per-person limit', async () => {
    const a = useCases(t.db);
    const b = useCases(second!.db);
    // Tuesday 24 November, 09:00, 09:30, … in Rome: ten different, non-overlapping 30-minute slots.
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 === 0 ? a : b).book({
          personId,
          pointId: pointIds[i % 2]!,
          serviceCode: 'cie',
          start: new Date(Date.UTC(2026, 10, 24, 8, 0) + Math.floor(i / 2) * 30 * 60_000),
          createdByPersonId: personId,
        }),
      ),
    );
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    for (const r of refused) expect((r.reason as AppError).code).toMatch(/^(TOO_MANY_BOOKINGS|OVERLAPPING_BOOKING)$/);
    const live = await t.db
      .select()
      .from(bookings)
      .where(and(eq(bookings.personId, personId), inArray(bookings.status, ['booked', 'confirmed'])));
    expect(live.length).toBeLessThanOrEqual(DEFAULT_BOOKING_SETTINGS.maxFutureBookings);
    expect(live.length).toBeGreaterThan(0);
    // Never two at once, whichever points they are at.
    const sorted = [...live].sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime());
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.startsAt >= sorted[i - 1]!.endsAt).toBe(true);
  });
});
