import type { Database } from '../db/client.js';
import { readReferenceSnapshot } from '../db/repositories/reference.js';
import type { PatronDay } from '../domain/holidays.js';
import type { HoursException, PointHours, WeeklyRange } from '../domain/opening-hours.js';
import { SERVICE_CODES, isServiceCode, type ServiceCode } from '../domain/services.js';
import type { IsoWeekday, LocalDate } from '../domain/time.js';

export interface Zone {
  number: number;
  name: string;
}
export interface Comune {
  istat: string;
  name: string;
  province: string;
  zoneNumber: number;
  lat: number;
  lon: number;
}
export interface Point {
  id: number;
  slug: string;
  name: string;
  comuneIstat: string;
  comuneName: string;
  zoneNumber: number;
  zoneName: string;
  locality: string | null;
  address: string | null;
  kind: 'fixed' | 'mobile';
  lat: number;
  lon: number;
  coordsApproximate: boolean;
  publishedHours: string | null;
  phone: string | null;
  email: string | null;
  /** Where the point's facts come from. */
  sourceUrl: string | null;
  hours: PointHours;
  /** True when any of its hours are demo data (the card says so). */
  demoHours: boolean;
  /** Service codes the point declares, in catalogue order; empty means the whole catalogue. */
  services: string[];
}

/** The services a point can be booked for: those it declares, or the whole catalogue when it declares none. */
export function servicesOf(point: Pick<Point, 'services'>): ServiceCode[] {
  const declared = point.services.filter(isServiceCode);
  return declared.length > 0 ? declared : [...SERVICE_CODES];
}

/**
 * Whether a citizen can book at the point from `today` on: a fixed point with weekly hours,
 * or one whose staff announced an opening (with someone on duty) today or later.
 */
export function hasBookableOpening(point: Pick<Point, 'kind' | 'hours'>, today: LocalDate): boolean {
  if (point.kind !== 'fixed') return false;
  const staffed = (r: { capacity?: number }) => r.capacity === undefined || r.capacity >= 1;
  if (point.hours.known && point.hours.weekly.some(staffed)) return true;
  return point.hours.exceptions.some((e) => e.kind === 'open' && e.date >= today && e.ranges.some(staffed));
}

export interface ReferenceData {
  zones: readonly Zone[];
  comuni: readonly Comune[];
  points: readonly Point[];
  patronDays: readonly PatronDay[];
  pointById: ReadonlyMap<number, Point>;
  pointBySlug: ReadonlyMap<string, Point>;
  comuneByIstat: ReadonlyMap<string, Comune>;
  zoneByNumber: ReadonlyMap<number, Zone>;
}

const hhmm = (t: string) => t.slice(0, 5);

/**
 * Reference data (zones, comuni, points with their hours, patron days) kept in memory: every
 * citizen question reads it, and it changes only when staff edit hours or points — then call refresh().
 */
export function referenceCache(db: Database) {
  let current: ReferenceData | undefined;
  let loading: Promise<ReferenceData> | undefined;

  async function load(): Promise<ReferenceData> {
    const s = await readReferenceSnapshot(db);
    const zonesList: Zone[] = s.zoneRows.map((z) => ({ number: z.number, name: z.name }));
    const zoneByNumber = new Map(zonesList.map((z) => [z.number, z]));
    const comuniList: Comune[] = s.comuneRows.map((c) => ({
      istat: c.istat,
      name: c.name,
      province: c.province,
      zoneNumber: c.zoneNumber,
      lat: c.lat,
      lon: c.lon,
    }));
    const comuneByIstat = new Map(comuniList.map((c) => [c.istat, c]));
    const rangesByPoint = new Map<number, typeof s.rangeRows>();
    for (const r of s.rangeRows) rangesByPoint.set(r.pointId, [...(rangesByPoint.get(r.pointId) ?? []), r]);
    const exceptionsByPoint = new Map<number, HoursException[]>();
    for (const e of s.exceptionRows) {
      const ex: HoursException =
        e.kind === 'closed'
          ? { date: e.date, kind: 'closed' }
          : { date: e.date, kind: 'open', ranges: (e.ranges ?? []).map((r) => ({ start: r.start, end: r.end, capacity: r.capacity ?? 1 })) };
      exceptionsByPoint.set(e.pointId, [...(exceptionsByPoint.get(e.pointId) ?? []), ex]);
    }
    const servicesByPoint = new Map<number, string[]>();
    for (const r of s.serviceRows) servicesByPoint.set(r.pointId, [...(servicesByPoint.get(r.pointId) ?? []), r.serviceCode]);
    const pointsList: Point[] = s.pointRows.map((p) => {
      const comune = comuneByIstat.get(p.comuneIstat)!;
      const ranges = rangesByPoint.get(p.id) ?? [];
      const weekly: WeeklyRange[] = ranges.map((r) => ({
        weekday: r.weekday as IsoWeekday,
        start: hhmm(r.startTime),
        end: hhmm(r.endTime),
        capacity: r.capacity,
        ...(r.validFrom ? { validFrom: r.validFrom } : {}),
        ...(r.validTo ? { validTo: r.validTo } : {}),
      }));
      return {
        id: p.id,
        slug: p.slug,
        name: p.name,
        comuneIstat: p.comuneIstat,
        comuneName: comune.name,
        zoneNumber: comune.zoneNumber,
        zoneName: zoneByNumber.get(comune.zoneNumber)?.name ?? String(comune.zoneNumber),
        locality: p.locality,
        address: p.address,
        kind: p.kind,
        lat: p.lat,
        lon: p.lon,
        coordsApproximate: p.coordsApproximate,
        publishedHours: p.publishedHours,
        phone: p.phone,
        email: p.email,
        sourceUrl: p.sourceUrl,
        hours: { known: weekly.length > 0, weekly, exceptions: exceptionsByPoint.get(p.id) ?? [], comuneIstat: p.comuneIstat },
        demoHours: ranges.some((r) => r.demo),
        services: servicesByPoint.get(p.id) ?? [],
      };
    });
    return {
      zones: zonesList,
      comuni: comuniList,
      points: pointsList,
      patronDays: s.patronRows.map((d) => ({ comuneIstat: d.comuneIstat, month: d.month, day: d.day, name: d.name })),
      pointById: new Map(pointsList.map((p) => [p.id, p])),
      pointBySlug: new Map(pointsList.map((p) => [p.slug, p])),
      comuneByIstat,
      zoneByNumber,
    };
  }

  return {
    async get(): Promise<ReferenceData> {
      if (current) return current;
      loading ??= load().then((d) => {
        current = d;
        loading = undefined;
        return d;
      });
      return loading;
    },
    /** Reloads after a change to points, hours or holidays. */
    async refresh(): Promise<ReferenceData> {
      current = await load();
      return current;
    },
  };
}
export type ReferenceCache = ReturnType<typeof referenceCache>;
