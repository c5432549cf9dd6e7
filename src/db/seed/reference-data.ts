import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from './csv.js';

export interface ZoneRow {
  number: number;
  name: string;
  capofilaIstat: string;
  verification: 'verified' | 'partial' | 'capofila_only';
}
export interface ComuneRow {
  istat: string;
  name: string;
  province: string;
  zoneNumber: number;
  isCapofila: boolean;
  lat: number;
  lon: number;
  source: string;
}
export interface PointRow {
  slug: string;
  name: string;
  comuneIstat: string;
  locality: string | null;
  address: string | null;
  kind: 'fixed' | 'mobile';
  lat: number;
  lon: number;
  coordsApproximate: boolean;
  coordsSource: string;
  publishedHours: string | null;
  phone: string | null;
  email: string | null;
  sourceUrl: string | null;
  notes: string | null;
  /** Weekly ranges when the source states them in a plain form (e.g. "Fri 09:00-13:00"). */
  ranges: { weekday: number; start: string; end: string }[];
}
export interface PatronDayRow {
  comuneIstat: string;
  month: number;
  day: number;
  name: string;
  source: string;
}
export interface ReferenceData {
  zones: ZoneRow[];
  comuni: ComuneRow[];
  points: PointRow[];
  patronDays: PatronDayRow[];
}

/** A URL-safe identifier for a point, stable across runs (used in deep links and feeds). */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** The citizen-facing address: the source's text without editorial remarks in brackets. */
export function displayAddress(raw: string): string | null {
  const cleaned = raw
    .replace(/\([^)]*(not stated|truncated|frazione of|mobile|itinerant)[^)]*\)/gi, '')
    .replace(/\[\.\.\.\]/g, '…')
    .replace(/\s+-\s+first floor of the palazzina/i, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/[\s,]+$/g, '')
    .trim();
  return cleaned.length > 0 ? cleaned : null;
}

const ZONE_TAG = /zona:Z-(VERIFIED|PARTIAL|CAPOFILA-ONLY)/;

/** Reads the reference CSVs (copied from the shared data, sources in the folder's README). */
export function loadReferenceData(dir = path.resolve('src/db/reference')): ReferenceData {
  const read = (f: string) => parseCsv(readFileSync(path.join(dir, f), 'utf8'));
  const comuniCsv = read('umbria_comuni.csv');
  const comuni: ComuneRow[] = comuniCsv.map((r) => ({
    istat: req(r, 'istat_code'),
    name: req(r, 'name'),
    province: req(r, 'province'),
    zoneNumber: Number(req(r, 'zona_sociale_number')),
    isCapofila: r.is_capofila === 'true',
    lat: Number(req(r, 'lat')),
    lon: Number(req(r, 'lon')),
    source: req(r, 'source'),
  }));
  const zonesByNumber = new Map<number, ZoneRow>();
  for (const r of comuniCsv) {
    const n = Number(r.zona_sociale_number);
    const tag = ZONE_TAG.exec(r.source ?? '')?.[1];
    const verification =
      tag === 'VERIFIED' ? 'verified' : tag === 'PARTIAL' ? 'partial' : 'capofila_only';
    const existing = zonesByNumber.get(n);
    if (!existing) {
      zonesByNumber.set(n, { number: n, name: req(r, 'zona_sociale_name'), capofilaIstat: '', verification });
    }
    if (r.is_capofila === 'true') zonesByNumber.get(n)!.capofilaIstat = req(r, 'istat_code');
  }
  const zones = [...zonesByNumber.values()].sort((a, b) => a.number - b.number);

  const byName = new Map(comuni.map((c) => [c.name, c]));
  const points: PointRow[] = read('digipass_points.csv').map((r) => {
    const comune = byName.get(req(r, 'comune'));
    if (!comune) throw new Error(`Point "${r.name}" names an unknown comune "${r.comune}"`);
    const hasCoords = r.lat !== '' && r.lon !== '';
    const mobile = /mobile/i.test(r.name ?? '');
    return {
      slug: slugify(req(r, 'name')),
      name: req(r, 'name'),
      comuneIstat: comune.istat,
      locality: r.locality || null,
      address: mobile ? null : displayAddress(r.address ?? ''),
      kind: mobile ? 'mobile' : 'fixed',
      lat: hasCoords ? Number(r.lat) : comune.lat,
      lon: hasCoords ? Number(r.lon) : comune.lon,
      coordsApproximate: !hasCoords,
      coordsSource: hasCoords ? (r.source_url ?? 'source') : `comune-centre:${comune.istat}`,
      publishedHours: r.opening_hours || null,
      phone: r.phone || null,
      email: r.email || null,
      sourceUrl: r.source_url || null,
      notes: [r.address, r.notes].filter(Boolean).join(' | ') || null,
      ranges: parsePublishedHours(r.opening_hours ?? ''),
    };
  });

  const patronDays: PatronDayRow[] = read('patron_days.csv').map((r) => ({
    comuneIstat: req(r, 'comune_istat'),
    month: Number(req(r, 'month')),
    day: Number(req(r, 'day')),
    name: req(r, 'patron'),
    source: req(r, 'source'),
  }));
  return { zones, comuni, points, patronDays };
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * Reads opening hours only when the source states them plainly as desk hours, like
 * "Fri 09:00-13:00" or "Mon-Fri 09:00-13:00 and 15:00-18:00" (anything after ";" is a remark).
 * Anything else ("40 hours/week", call-centre hours) gives no ranges: hours are never guessed.
 */
export function parsePublishedHours(text: string): { weekday: number; start: string; end: string }[] {
  const head = text.split(';')[0]!.trim();
  const m = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:-(Mon|Tue|Wed|Thu|Fri|Sat|Sun))? (\d{2}:\d{2}-\d{2}:\d{2}(?: and \d{2}:\d{2}-\d{2}:\d{2})*)$/.exec(head);
  if (!m) return [];
  const from = DAYS.indexOf(m[1]!) + 1;
  const to = m[2] ? DAYS.indexOf(m[2]) + 1 : from;
  if (to < from) return [];
  const times = m[3]!.split(' and ').map((r) => r.split('-') as [string, string]);
  const out: { weekday: number; start: string; end: string }[] = [];
  for (let d = from; d <= to; d++) for (const [start, end] of times) out.push({ weekday: d, start, end });
  return out;
}

function req(r: Record<string, string>, key: string): string {
  const v = r[key];
  if (v === undefined || v === '') throw new Error(`Reference data: missing "${key}" in ${JSON.stringify(r).slice(0, 120)}`);
  return v;
}
