import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../support/db.js';
import { loadReferenceData, displayAddress, parsePublishedHours, slugify } from '../../../src/db/seed/reference-data.js';
import { seedReferenceData } from '../../../src/db/seed/seed.js';
import { comuni, openingRanges, patronDays, points, services, zones } from '../../../src/db/schema/index.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

describe('reference data seed', () => {
  it('loads the 12 zone sociali, the 92 comuni and every point on a real comune', async () => {
    const data = loadReferenceData();
    const res = await seedReferenceData(t.db, data);
    expect(res.zones).toBe(12);
    expect(res.comuni).toBe(92);

    const [z] = await t.db.select({ n: count() }).from(zones);
    const [c] = await t.db.select({ n: count() }).from(comuni);
    expect(z?.n).toBe(12);
    expect(c?.n).toBe(92);
    const byProvince = await t.db
      .select({ province: comuni.province, n: count() })
      .from(comuni)
      .groupBy(comuni.province)
      .orderBy(comuni.province);
    expect(byProvince).toEqual([
      { province: 'PG', n: 59 },
      { province: 'TR', n: 33 },
    ]);

    // Every point sits on a comune of Umbria, and its zone has at least one point.
    const orphans = await t.db.execute(
      sql`select p.slug from points p left join comuni c on c.istat = p.comune_istat where c.istat is null`,
    );
    expect(rowsOf(orphans)).toEqual([]);
    const zonesWithPoints = await t.db
      .selectDistinct({ zone: comuni.zoneNumber })
      .from(points)
      .innerJoin(comuni, eq(points.comuneIstat, comuni.istat));
    expect(zonesWithPoints.map((r) => r.zone).sort((a, b) => a - b)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    const [p] = await t.db.select({ n: count() }).from(points);
    expect(p?.n).toBe(data.points.length);
    expect(data.points.length).toBe(21);
  });

  it('never presents a guessed position or invented hours as real', async () => {
    const gubbio = await t.db.query.points.findFirst({ where: eq(points.slug, 'digipass-gubbio') });
    const gubbioComune = await t.db.query.comuni.findFirst({ where: eq(comuni.istat, '054024') });
    expect(gubbio).toMatchObject({
      address: 'Complesso di Santo Spirito, via Gioia 6',
      coordsApproximate: true,
      coordsSource: 'comune-centre:054024',
      publishedHours: null,
    });
    expect([gubbio?.lat, gubbio?.lon]).toEqual([gubbioComune?.lat, gubbioComune?.lon]);
    const allerona = await t.db.query.points.findFirst({
      where: eq(points.slug, 'punto-digitale-facile-allerona'),
    });
    expect(allerona?.publishedHours).toBe('Fri 09:00-13:00; also by appointment');
    // The only plainly published desk hours become real opening ranges; nobody else gets any.
    const ranges = await t.db.select().from(openingRanges);
    expect(ranges).toMatchObject([
      { pointId: allerona?.id, weekday: 5, startTime: '09:00:00', endTime: '13:00:00', demo: false },
    ]);
    const mobile = await t.db.query.points.findFirst({ where: eq(points.kind, 'mobile') });
    expect(mobile?.address).toBeNull();
  });

  it('changes nothing when run again, and keeps edits made since', async () => {
    const before = await snapshot();
    await t.db.update(points).set({ phone: '075 000000' }).where(eq(points.slug, 'digipass-foligno'));
    await seedReferenceData(t.db, loadReferenceData());
    const after = await snapshot();
    expect(after.counts).toEqual(before.counts);
    const foligno = await t.db.query.points.findFirst({ where: eq(points.slug, 'digipass-foligno') });
    expect(foligno?.phone).toBe('075 000000');
  });

  it('loads the service catalogue and the sourced patron-saint days', async () => {
    const codes = (await t.db.select({ code: services.code }).from(services).orderBy(services.sort)).map(
      (r) => r.code,
    );
    expect(codes).toContain('spid');
    expect(codes).toContain('fse');
    const perugia = await t.db.select().from(patronDays).where(eq(patronDays.comuneIstat, '054039'));
    expect(perugia).toMatchObject([{ month: 1, day: 29, name: 'San Costanzo' }]);
  });
});

describe('display helpers for reference rows', () => {
  it('reads plainly published desk hours and nothing else', () => {
    expect(parsePublishedHours('Fri 09:00-13:00; also by appointment')).toEqual([
      { weekday: 5, start: '09:00', end: '13:00' },
    ]);
    expect(parsePublishedHours('Mon-Tue 09:00-13:00 and 15:00-18:00')).toHaveLength(4);
    expect(parsePublishedHours('40 hours/week, extending library opening hours')).toEqual([]);
    expect(parsePublishedHours('Call center Mon-Fri 09:00-13:00 and 15:00-19:00')).toEqual([]);
    expect(parsePublishedHours('')).toEqual([]);
  });
  it('strips editorial remarks from addresses but keeps the place', () => {
    expect(displayAddress('Ponte San Giovanni (street address not stated in source)')).toBe('Ponte San Giovanni');
    expect(displayAddress('')).toBeNull();
    expect(displayAddress('(mobile / itinerant unit)')).toBeNull();
  });
  it('makes stable ASCII slugs', () => {
    expect(slugify('DigiPASS Città di Castello')).toBe('digipass-citta-di-castello');
    expect(slugify("Punto DigiPASS Umbertide (Fabbrica Moderna - FA.MO)")).toBe(
      'punto-digipass-umbertide-fabbrica-moderna-fa-mo',
    );
  });
});

async function snapshot() {
  const tables = [zones, comuni, points, services, patronDays, openingRanges] as const;
  const counts: number[] = [];
  for (const tbl of tables) {
    const [r] = await t.db.select({ n: count() }).from(tbl);
    counts.push(r?.n ?? -1);
  }
  return { counts };
}

function rowsOf(res: unknown): unknown[] {
  return Array.isArray(res) ? res : ((res as { rows: unknown[] }).rows ?? []);
}
