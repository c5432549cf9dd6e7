import type { ReferenceCache } from '../app/reference.js';
import { escapeHtml } from '../render/html.js';
import { pointsCsv, pointsGeoJson } from '../render/opendata.js';
import type { Route } from './server.js';

/**
 * Open data: the points as GeoJSON and CSV (with sources and the approximate flag), the
 * region's indicators as CSV when `indicators` is given (aggregated, no cell under 5 people),
 * and an index page.
 */
export function openDataRoute(deps: { reference: ReferenceCache; licence: string; indicators?: { openDataCsv(): Promise<string> } }): Route {
  return async (req, res, url) => {
    if (!url.pathname.startsWith('/opendata')) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const ref = await deps.reference.get();
    const send = (type: string, body: string, filename?: string) => {
      res.writeHead(200, {
        'content-type': type,
        'content-length': Buffer.byteLength(body),
        'cache-control': 'public, max-age=3600',
        ...(filename ? { 'content-disposition': `inline; filename="${filename}"` } : {}),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    switch (url.pathname) {
      case '/opendata/points.geojson':
        send('application/geo+json; charset=utf-8', pointsGeoJson(ref.points, deps.licence), 'digipass-points.geojson');
        return true;
      case '/opendata/points.csv':
        send('text/csv; charset=utf-8', pointsCsv(ref.points), 'digipass-points.csv');
        return true;
      case '/opendata/indicators.csv':
        if (!deps.indicators) return false;
        send('text/csv; charset=utf-8', await deps.indicators.openDataCsv(), 'digipass-indicators.csv');
        return true;
      case '/opendata':
      case '/opendata/':
        send(
          'text/html; charset=utf-8',
          `<!doctype html><html lang="it"><meta charset="utf-8"><title>DigiPASS Umbria — dati aperti</title>
<h1>DigiPASS Umbria — dati aperti</h1>
<p>Licenza: ${escapeHtml(deps.licence)}. Le posizioni segnate come approssimative sono il centro del comune.</p>
<ul>
<li><a href="/opendata/points.geojson">Punti DigiPASS (GeoJSON)</a></li>
<li><a href="/opendata/points.csv">Punti DigiPASS (CSV, UTF-8 con BOM, separatore virgola)</a></li>
${deps.indicators ? '<li><a href="/opendata/indicators.csv">Indicatori della rete dall\'inizio (CSV, UTF-8 con BOM, separatore virgola; vuote le celle con meno di 5 persone)</a></li>\n' : ''}<li><a href="/opendata/events.ics">Calendario pubblico degli eventi (iCalendar)</a></li>
</ul></html>`,
        );
        return true;
      default:
        return false;
    }
  };
}
