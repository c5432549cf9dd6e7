import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { loadReferenceData } from '../../src/db/seed/reference-data.js';
import { seedReferenceData } from '../../src/db/seed/seed.js';
import { bookings, jobs, openingRanges, people, points } from '../../src/db/schema/index.js';
import { directBooking } from '../support/use-cases.js';
import { AppError } from '../../src/app/errors.js';
import { SimulatedPerson } from '../support/person.js';
import { killQuietly, startFleet, type BotProcess, type Fleet } from '../support/children.js';
import { waitFor } from '../support/wait.js';
import { watchViolations } from '../support/violations.js';

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

const useCases = (db: TestDatabase['db']) => directBooking(db, () => now).booking;

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

/**
 * The same race through the real bot: two bot processes (`node src/main.ts`, webhook mode) on one
 * PostgreSQL database. Telegram gives each bot one webhook, so each process is its own bot
 * identity: half the people talk to the first, half to the second. Everyone walks the booking
 * conversation up to the summary; then all 50 press "Conferma" at once.
 */
const RACERS = 50;
const FIRST_RACER = 650_000_000;
const TAKEN = "Questo orario è appena stato preso da un'altra persona. Scegli un altro orario.";

describe.skipIf(!onPostgres)(
  'two bot processes, 50 people confirming the same slot at once (PostgreSQL only — set TEST_DATABASE_URL: PGlite is an embedded, single-process database that two processes cannot share)',
  () => {
    let fleet: Fleet | undefined;
    const procs: BotProcess[] = [];
    afterAll(async () => {
      for (const p of procs) killQuietly(p);
      await fleet?.close();
    });

    it('books exactly the capacity; everyone else is told kindly the time was just taken', async () => {
      fleet = await startFleet({ admin: 515_000_303, scale: 50, bots: 2 });
      const { emu, db, tokens } = fleet;
      watchViolations(emu);
      // Reference data and the hours exist before the processes start (they load them once).
      await seedReferenceData(db.db, loadReferenceData());
      const [foligno] = await db.db.select().from(points).where(eq(points.slug, 'digipass-foligno'));
      await db.db.insert(openingRanges).values(
        ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ pointId: foligno!.id, weekday, startTime: '09:00', endTime: '13:00', capacity: 2 })),
      );
      // One after the other: each migrates and seeds at start (no-ops by then).
      for (const token of tokens) procs.push(await fleet.bot(token));

      const racers = Array.from({ length: RACERS }, (_, i) => {
        const id = FIRST_RACER + i;
        emu.addUser({ id, firstName: `Persona${i}`, languageCode: 'it' });
        return new SimulatedPerson(emu, tokens[i % 2]!, id);
      });
      // The second day offered (never today): its 10:00 stays bookable however long the test takes.
      const first = racers[0]!;
      await first.say('/book');
      await first.say('Foligno');
      await first.press('DigiPASS Foligno');
      await first.press('SPID (identità digitale)');
      const days = first.inlineButtons().map((b) => b.text).filter((t) => / \(\d+\)$/.test(t));
      const day = days[1]!.replace(/ \(\d+\)$/, '');
      const dayButton = new RegExp(`^${day} \\(\\d+\\)$`);

      // Everyone up to the summary, all at the same time.
      await Promise.all(
        racers.map(async (p) => {
          if (p !== first) {
            await p.say('/book');
            await p.say('Foligno');
            await p.press('DigiPASS Foligno');
            await p.press('SPID (identità digitale)');
          }
          await p.press(dayButton);
          await p.press('10:00');
          await p.press('Nessuna nota');
          expect(p.lastText()).toContain('Controlla la tua prenotazione');
        }),
      );
      const before = new Map(racers.map((p) => [p.id, p.botMessages().length]));

      // All 50 confirmations released at once, 25 to each process.
      await Promise.all(racers.map((p) => p.press('✅ Conferma')));
      const answers = await waitFor(() => {
        const got = racers.map((p) => p.botMessages().slice(before.get(p.id)!).map((m) => m.text ?? m.caption ?? ''));
        return got.every((texts) => texts.some((t) => t.includes('Prenotato! Codice:') || t === TAKEN)) ? got : undefined;
      }, 'an answer to every confirmation');

      const winners = racers.filter((_, i) => answers[i]!.some((t) => t.includes('Prenotato! Codice:')));
      const refused = racers.filter((_, i) => answers[i]!.includes(TAKEN));
      expect(winners).toHaveLength(2);
      expect(refused).toHaveLength(RACERS - 2);
      for (const i of racers.keys()) {
        expect(answers[i]!.filter((t) => t === TAKEN).length + answers[i]!.filter((t) => t.includes('Prenotato! Codice:')).length).toBe(1);
      }
      // The refused are offered the times still free (10:00 no longer among them).
      for (const p of refused) {
        expect(p.lastText()).toMatch(/^A che ora\?/);
        expect(p.inlineButtons().map((b) => b.text)).not.toContain('10:00');
      }

      // The database holds exactly the capacity for that slot: the two winners, seats 1 and 2.
      const live = await db.db
        .select({ seat: bookings.seat, telegramId: people.telegramId, startsAt: bookings.startsAt })
        .from(bookings)
        .innerJoin(people, eq(people.id, bookings.personId))
        .where(and(eq(bookings.pointId, foligno!.id), inArray(bookings.status, ['booked', 'confirmed'])));
      expect(live.map((b) => b.seat).sort()).toEqual([1, 2]);
      expect(new Set(live.map((b) => b.startsAt.toISOString())).size).toBe(1);
      expect(live.map((b) => b.telegramId).sort()).toEqual(winners.map((w) => w.id).sort());

      expect(emu.violations.map((v) => `${v.method}: ${v.kind}: ${v.detail}`)).toEqual([]);
      for (const p of procs) expect(p.logs()).not.toMatch(/"level":50/);
    }, 120_000);
  },
);
