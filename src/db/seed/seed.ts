import type { Database } from '../client.js';
import { and, count, eq } from 'drizzle-orm';
import { comuni, openingRanges, patronDays, points, services, zones } from '../schema/index.js';
import { SERVICE_CATALOGUE } from '../../domain/services.js';
import type { ReferenceData } from './reference-data.js';

export interface SeedResult {
  zones: number;
  comuni: number;
  pointsInserted: number;
  services: number;
  patronDays: number;
}

/**
 * Loads the reference data. Idempotent: zones and comuni follow the files; points and
 * services are only inserted when missing, so edits made in the bot are never overwritten.
 */
export async function seedReferenceData(db: Database, data: ReferenceData): Promise<SeedResult> {
  return db.transaction(async (tx) => {
    for (const z of data.zones) {
      await tx
        .insert(zones)
        .values(z)
        .onConflictDoUpdate({
          target: zones.number,
          set: { name: z.name, capofilaIstat: z.capofilaIstat, verification: z.verification },
        });
    }
    for (const c of data.comuni) {
      await tx
        .insert(comuni)
        .values(c)
        .onConflictDoUpdate({
          target: comuni.istat,
          set: {
            name: c.name,
            province: c.province,
            zoneNumber: c.zoneNumber,
            isCapofila: c.isCapofila,
            lat: c.lat,
            lon: c.lon,
            source: c.source,
          },
        });
    }
    let pointsInserted = 0;
    for (const { ranges, ...p } of data.points) {
      const res = await tx
        .insert(points)
        .values(p)
        .onConflictDoNothing({ target: points.slug })
        .returning({ id: points.id });
      pointsInserted += res.length;
      if (ranges.length === 0) continue;
      const [point] = await tx.select({ id: points.id }).from(points).where(eq(points.slug, p.slug));
      if (!point) continue;
      const [existing] = await tx
        .select({ n: count() })
        .from(openingRanges)
        .where(and(eq(openingRanges.pointId, point.id), eq(openingRanges.demo, false)));
      if ((existing?.n ?? 0) > 0) continue;
      await tx.insert(openingRanges).values(
        ranges.map((r) => ({
          pointId: point.id,
          weekday: r.weekday,
          startTime: r.start,
          endTime: r.end,
          source: p.sourceUrl,
        })),
      );
    }
    for (const [i, s] of SERVICE_CATALOGUE.entries()) {
      await tx
        .insert(services)
        .values({ code: s.code, durationMinutes: s.durationMinutes, sort: i + 1 })
        .onConflictDoNothing();
    }
    for (const d of data.patronDays) {
      await tx
        .insert(patronDays)
        .values(d)
        .onConflictDoUpdate({
          target: [patronDays.comuneIstat, patronDays.month, patronDays.day],
          set: { name: d.name, source: d.source },
        });
    }
    return {
      zones: data.zones.length,
      comuni: data.comuni.length,
      pointsInserted,
      services: SERVICE_CATALOGUE.length,
      patronDays: data.patronDays.length,
    };
  });
}
