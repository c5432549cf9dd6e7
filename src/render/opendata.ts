import type { Point } from '../app/reference.js';

/** One CSV field, quoted when needed (RFC 4180). */
export function csvField(v: string | number | boolean | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a BOM so spreadsheet programs read the accents right; comma separated, CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

const POINT_COLUMNS = ['slug', 'name', 'comune', 'istat', 'zona_sociale', 'locality', 'address', 'kind', 'lat', 'lon', 'position_approximate', 'published_hours', 'source_url'] as const;

export function pointsCsv(points: readonly Point[]): string {
  return toCsv(
    POINT_COLUMNS,
    points.map((p) => [p.slug, p.name, p.comuneName, p.comuneIstat, p.zoneNumber, p.locality, p.address, p.kind, p.lat, p.lon, p.coordsApproximate, p.publishedHours, p.sourceUrl]),
  );
}

/** GeoJSON (RFC 7946): longitude first; the approximate flag travels with every point. */
export function pointsGeoJson(points: readonly Point[], licence: string): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    licence,
    features: points
      .filter((p) => p.kind === 'fixed')
      .map((p) => ({
        type: 'Feature',
        id: p.slug,
        geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
        properties: {
          name: p.name,
          comune: p.comuneName,
          istat: p.comuneIstat,
          zona_sociale: p.zoneNumber,
          locality: p.locality,
          address: p.address,
          position_approximate: p.coordsApproximate,
          published_hours: p.publishedHours,
          source_url: p.sourceUrl,
        },
      })),
  });
}
