import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../support/harness.js';
import { parseCsv } from '../../src/db/seed/csv.js';

let h: Harness;
beforeAll(async () => {
  h = await harness();
});
afterAll(async () => {
  await h?.close();
});

describe('open data', () => {
  it('publishes the points as valid GeoJSON with the approximate flag and the source', async () => {
    const res = await fetch(`${h.service.http.url}/opendata/points.geojson`);
    expect(res.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');
    const geo = (await res.json()) as { type: string; features: { type: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[] };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(20); // the 21 points but the mobile unit, which has no place
    for (const f of geo.features) {
      expect(f.type).toBe('Feature');
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates;
      expect(lon).toBeGreaterThan(11.8);
      expect(lon).toBeLessThan(13.3); // longitude first, inside Umbria
      expect(lat).toBeGreaterThan(42.3);
      expect(lat).toBeLessThan(43.7);
      expect(f.properties.position_approximate).toBe(true);
      expect(String(f.properties.source_url)).toMatch(/^https?:\/\//);
    }
    const gubbio = geo.features.find((f) => f.properties.name === 'DigiPASS Gubbio');
    expect(gubbio?.properties.address).toBe('Complesso di Santo Spirito, via Gioia 6');
  });

  it('publishes the points as CSV that a CSV parser reads, with a BOM for spreadsheets', async () => {
    const res = await fetch(`${h.service.http.url}/opendata/points.csv`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes));
    expect(rows).toHaveLength(21);
    expect(Object.keys(rows[0]!)).toEqual(['slug', 'name', 'comune', 'istat', 'zona_sociale', 'locality', 'address', 'kind', 'lat', 'lon', 'position_approximate', 'published_hours', 'source_url']);
    const castello = rows.find((r) => r.slug === 'digipass-citta-di-castello');
    expect(castello?.comune).toBe('Città di Castello');
    // No personal data: no Telegram ids, no people.
    expect(new TextDecoder().decode(bytes)).not.toMatch(/telegram|citizen/i);
  });

  it('lists the files with their licence', async () => {
    const html = await (await fetch(`${h.service.http.url}/opendata`)).text();
    expect(html).toContain('Licenza: CC BY 4.0');
    expect(html).toContain('/opendata/points.geojson');
    expect(html).toContain('/opendata/events.ics');
  });

  it('publishes the public calendar as /opendata/events.ics, the same feed as /calendar.ics', async () => {
    const res = await fetch(`${h.service.http.url}/opendata/events.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const body = await res.text();
    expect(body.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(body).toBe(await (await fetch(`${h.service.http.url}/calendar.ics`)).text());
  });
});
