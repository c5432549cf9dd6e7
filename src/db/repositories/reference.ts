import { asc, eq } from 'drizzle-orm';
import type { Database } from '../client.js';
import { comuni, openingExceptions, openingRanges, patronDays, pointServices, points, services, zones } from '../schema/index.js';

/** Reads all reference data in a few queries (no N+1), for the in-memory cache. */
export async function readReferenceSnapshot(db: Database) {
  const [zoneRows, comuneRows, pointRows, rangeRows, exceptionRows, patronRows, serviceRows] = await Promise.all([
    db.select().from(zones).orderBy(asc(zones.number)),
    db.select().from(comuni).orderBy(asc(comuni.name)),
    db.select().from(points).where(eq(points.active, true)).orderBy(asc(points.name)),
    db.select().from(openingRanges).orderBy(asc(openingRanges.pointId), asc(openingRanges.weekday), asc(openingRanges.startTime)),
    db.select().from(openingExceptions).orderBy(asc(openingExceptions.date)),
    db.select().from(patronDays),
    // Services each point declares, in catalogue order; retired services are left out.
    db
      .select({ pointId: pointServices.pointId, serviceCode: pointServices.serviceCode })
      .from(pointServices)
      .innerJoin(services, eq(services.code, pointServices.serviceCode))
      .where(eq(services.active, true))
      .orderBy(asc(pointServices.pointId), asc(services.sort), asc(services.code)),
  ]);
  return { zoneRows, comuneRows, pointRows, rangeRows, exceptionRows, patronRows, serviceRows };
}
export type ReferenceSnapshot = Awaited<ReturnType<typeof readReferenceSnapshot>>;
