import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, count, eq, sql } from 'drizzle-orm';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { createTestDatabase, type TestDatabase } from '../../support/db.js';
import { loadReferenceData, displayAddress, parsePublishedHours, slugify } from '../../../src/db/seed/reference-data.js';
import { seedReferenceData } from '../../../src/db/seed/seed.js';
import { comuni, openingRanges, patronDays, points, services, zones } from '../../../src/db/schema/index.js';
import { SERVICE_CATALOGUE } from '../../../src/domain/services.js';
import { MAIN_PART, loadLocaleFiles } from '../../../src/locales/load.js';

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
    expect(before.zones).toHaveLength(12);
    expect(before.comuni).toHaveLength(92);
    expect(before.services).toHaveLength(SERVICE_CATALOGUE.length);
    await seedReferenceData(t.db, loadReferenceData());
    // Every row, every column: not one value moved, no row added or lost.
    expect(await snapshot()).toEqual(before);

    await t.db.update(points).set({ phone: '075 000000' }).where(eq(points.slug, 'digipass-foligno'));
    await t.db.update(services).set({ durationMinutes: 50 }).where(eq(services.code, 'spid'));
    await seedReferenceData(t.db, loadReferenceData());
    const edited = await snapshot();
    expect(edited.points.find((p) => p.slug === 'digipass-foligno')?.phone).toBe('075 000000');
    expect(edited.services.find((r) => r.code === 'spid')?.durationMinutes).toBe(50);
    // Apart from those two edits, the same rows as before.
    const undo = {
      ...edited,
      points: edited.points.map((p) => (p.slug === 'digipass-foligno' ? { ...p, phone: before.points.find((b) => b.slug === p.slug)?.phone ?? null } : p)),
      services: edited.services.map((r) => (r.code === 'spid' ? { ...r, durationMinutes: before.services.find((b) => b.code === 'spid')!.durationMinutes } : r)),
    };
    expect(undo).toEqual(before);
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

describe('the service catalogue', () => {
  const citizenLocales = ['it', 'en', 'ro', 'sq', 'ar', 'uk', 'es'];
  const files = loadLocaleFiles();
  const bundles = new Map(
    citizenLocales.map((locale) => {
      const bundle = new FluentBundle(locale, { useIsolating: false });
      bundle.addResource(new FluentResource(files[locale]?.[MAIN_PART] ?? ''));
      return [locale, bundle] as const;
    }),
  );
  const text = (locale: string, key: string): string => {
    const bundle = bundles.get(locale)!;
    const value = bundle.getMessage(key)?.value;
    return value ? bundle.formatPattern(value).trim() : '';
  };

  it('covers the help the issue lists, each with a plausible duration', () => {
    expect(SERVICE_CATALOGUE.map((s) => s.code)).toEqual(
      expect.arrayContaining(['spid', 'cie', 'fse', 'cup', 'pagopa', 'appio', 'school', 'inps', 'anagrafe', 'pec', 'safety', 'device']),
    );
    for (const s of SERVICE_CATALOGUE) {
      expect(s.durationMinutes, s.code).toBeGreaterThanOrEqual(15);
      expect(s.durationMinutes, s.code).toBeLessThanOrEqual(120);
    }
  });

  it.each(citizenLocales)('has a name and a "what to bring" checklist for every service in %s', (locale) => {
    for (const { code } of SERVICE_CATALOGUE) {
      const name = text(locale, `service-${code}`);
      const bring = text(locale, `service-${code}-bring`);
      expect(name, `service-${code} in ${locale}`).not.toBe('');
      expect(bring, `service-${code}-bring in ${locale}`).not.toBe('');
    }
    // Outside Italian, the checklists are translated, not copied.
    if (locale !== 'it') {
      const copied = SERVICE_CATALOGUE.filter(({ code }) => text(locale, `service-${code}-bring`) === text('it', `service-${code}-bring`));
      expect(copied.map((s) => s.code)).toEqual([]);
    }
  });

  it("SPID's checklist names the identity document, the health card, a phone for SMS and an e-mail", () => {
    expect(text('it', 'service-spid-bring')).toMatch(/documento d'identità.*tessera sanitaria.*telefono.*SMS.*e-mail/);
    expect(text('en', 'service-spid-bring')).toMatch(/identity document.*health card.*phone.*(SMS|text messages).*e-mail/);
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

/** Whole rows of every reference table, in a stable order. */
async function snapshot() {
  return {
    zones: await t.db.select().from(zones).orderBy(asc(zones.number)),
    comuni: await t.db.select().from(comuni).orderBy(asc(comuni.istat)),
    points: await t.db.select().from(points).orderBy(asc(points.id)),
    services: await t.db.select().from(services).orderBy(asc(services.code)),
    patronDays: await t.db.select().from(patronDays).orderBy(asc(patronDays.comuneIstat), asc(patronDays.month), asc(patronDays.day), asc(patronDays.name)),
    openingRanges: await t.db.select().from(openingRanges).orderBy(asc(openingRanges.id)),
  };
}

function rowsOf(res: unknown): unknown[] {
  return Array.isArray(res) ? res : ((res as { rows: unknown[] }).rows ?? []);
}
