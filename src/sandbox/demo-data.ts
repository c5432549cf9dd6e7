import { and, eq, inArray, notExists } from 'drizzle-orm';
import type { Database, DatabaseTarget } from '../db/client.js';
import { addDays, localDateInRome, romeInstant } from '../domain/time.js';
import { events, openingRanges, people, points, roleGrants } from '../db/schema/index.js';

/**
 * Demo people the web chat lets you "be", and every row they own is marked or named as demo.
 * Their Telegram ids are made up, but any id of this size may belong to a real account: the
 * admin grant below would make that person a regional admin. So demo data goes into the
 * embedded database freely, and into a PostgreSQL database only when someone confirms that it
 * is not a production one (see `demoSeedRefusal`).
 */
export const DEMO_PERSONAS = {
  facilitator: { telegramId: 8_990_000_001, firstName: 'Fabio (facilitatore demo)', pointSlug: 'digipass-foligno' },
  coordinator: { telegramId: 8_990_000_002, firstName: 'Carla (coordinatrice demo)', zoneNumber: 8 },
  admin: { telegramId: 8_990_000_003, firstName: 'Alessia (regione, demo)' },
} as const;

/** The command-line flag and the environment variable that confirm a PostgreSQL database is not production. */
export const DEMO_SEED_FLAG = '--i-know-this-is-not-production';
export const DEMO_SEED_ENV = 'DEMO_SEED_CONFIRM';

/**
 * Why demo data must not be written to this database, or undefined when it may: the embedded
 * database (a local folder or memory) always may; a PostgreSQL server only with `DEMO_SEED_FLAG`
 * on the command line or `DEMO_SEED_CONFIRM=1` in the environment.
 */
export function demoSeedRefusal(target: DatabaseTarget, confirm: { argv: readonly string[]; env: Readonly<Record<string, string | undefined>> }): string | undefined {
  if (target.kind === 'pglite') return undefined;
  if (confirm.argv.includes(DEMO_SEED_FLAG) || confirm.env[DEMO_SEED_ENV] === '1') return undefined;
  return [
    'Demo data was NOT written: DATABASE_URL names a PostgreSQL database, which may be a production one.',
    'The demo people include a regional admin whose made-up Telegram id could belong to a real account,',
    'and the demo events and opening hours would be shown to real citizens.',
    `If this database is only for trying the bot, confirm it: add ${DEMO_SEED_FLAG} (npm run db:seed:demo -- ${DEMO_SEED_FLAG})`,
    `or set ${DEMO_SEED_ENV}=1. Without DATABASE_URL the demo uses its own embedded database and needs nothing.`,
    `I dati demo NON sono stati scritti: DATABASE_URL indica un database PostgreSQL, forse di produzione. Per confermare: ${DEMO_SEED_ENV}=1.`,
  ].join('\n');
}

/** Demo weekly hours: mornings Mon/Wed/Fri, afternoons Tue/Thu — never real, flagged demo. */
const DEMO_WEEK = [
  { weekday: 1, start: '09:00', end: '13:00' },
  { weekday: 2, start: '15:00', end: '18:00' },
  { weekday: 3, start: '09:00', end: '13:00' },
  { weekday: 4, start: '15:00', end: '18:00' },
  { weekday: 5, start: '09:00', end: '13:00' },
];

export interface DemoSeedResult {
  pointsWithDemoHours: number;
  personas: number;
  events: number;
}

/**
 * Adds clearly labelled demo data to any database: hours for points that publish none,
 * one facilitator, one coordinator and one admin, and a few events. Running it again
 * replaces the previous demo data and touches nothing real.
 */
export async function seedDemoData(db: Database, now: Date = new Date()): Promise<DemoSeedResult> {
  return db.transaction(async (tx) => {
    await tx.delete(openingRanges).where(eq(openingRanges.demo, true));
    const withoutHours = await tx
      .select({ id: points.id })
      .from(points)
      .where(
        and(
          eq(points.kind, 'fixed'),
          notExists(tx.select({ id: openingRanges.id }).from(openingRanges).where(eq(openingRanges.pointId, points.id))),
        ),
      );
    if (withoutHours.length > 0) {
      await tx.insert(openingRanges).values(
        withoutHours.flatMap((p) =>
          DEMO_WEEK.map((r) => ({ pointId: p.id, weekday: r.weekday, startTime: r.start, endTime: r.end, demo: true, source: 'demo' })),
        ),
      );
    }

    const ids: Record<keyof typeof DEMO_PERSONAS, number> = { facilitator: 0, coordinator: 0, admin: 0 };
    for (const key of Object.keys(DEMO_PERSONAS) as (keyof typeof DEMO_PERSONAS)[]) {
      const tg = DEMO_PERSONAS[key].telegramId;
      const [row] = await tx
        .insert(people)
        .values({ telegramId: tg, language: 'it' })
        .onConflictDoUpdate({ target: people.telegramId, set: { language: 'it' } })
        .returning({ id: people.id });
      ids[key] = row!.id;
    }
    await tx.delete(roleGrants).where(inArray(roleGrants.personId, Object.values(ids)));
    const [foligno] = await tx
      .select({ id: points.id })
      .from(points)
      .where(eq(points.slug, DEMO_PERSONAS.facilitator.pointSlug));
    await tx.insert(roleGrants).values([
      ...(foligno ? [{ personId: ids.facilitator, role: 'facilitator' as const, pointId: foligno.id, displayName: DEMO_PERSONAS.facilitator.firstName }] : []),
      { personId: ids.coordinator, role: 'coordinator' as const, zoneNumber: DEMO_PERSONAS.coordinator.zoneNumber, displayName: DEMO_PERSONAS.coordinator.firstName },
      { personId: ids.admin, role: 'admin' as const, displayName: DEMO_PERSONAS.admin.firstName },
    ]);

    await tx.delete(events).where(eq(events.demo, true));
    const today = localDateInRome(now);
    const day = (offset: number, hour: number) => romeInstant(addDays(today, offset), hour * 60);
    const demoEvents = foligno
      ? [
          {
            title: 'SPID in un’ora (demo)',
            description: 'Evento dimostrativo: come attivare SPID passo per passo.',
            category: 'course' as const,
            offset: 3,
          },
          {
            title: 'Truffe online: come riconoscerle (demo)',
            description: 'Evento dimostrativo sulla sicurezza in rete.',
            category: 'seminar' as const,
            offset: 8,
          },
        ]
      : [];
    for (const e of demoEvents) {
      await tx.insert(events).values({
        title: e.title,
        description: e.description,
        pointId: foligno!.id,
        category: e.category,
        startsAt: day(e.offset, 10),
        endsAt: day(e.offset, 12),
        status: 'published',
        demo: true,
        createdByPersonId: ids.facilitator,
      });
    }
    return { pointsWithDemoHours: withoutHours.length, personas: 3, events: demoEvents.length };
  });
}
