import type { Database } from '../client.js';
import { comuni, patronDays, points, services, zones } from '../schema/index.js';
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
    for (const p of data.points) {
      const res = await tx
        .insert(points)
        .values(p)
        .onConflictDoNothing({ target: points.slug })
        .returning({ id: points.id });
      pointsInserted += res.length;
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
