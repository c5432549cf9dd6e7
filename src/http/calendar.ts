import { createHash } from 'node:crypto';
import type { CalendarUseCases } from '../app/calendar.js';
import type { FeedScope } from '../app/calendar.js';
import { calendarFeed } from '../render/calendar-feed.js';
import { sendJson, type Route } from './server.js';

/** /calendar.ics (also /opendata/events.ics), /calendar/points/<slug>.ics, /calendar/zones/<n>.ics, /calendar/events/<id>.ics — with ETag and 304. */
export function calendarRoute(deps: { calendar: CalendarUseCases }): Route {
  return async (req, res, url) => {
    const scope = scopeOf(url.pathname);
    if (!scope) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { error: 'method not allowed' });
      return true;
    }
    const feed = await deps.calendar.feedEvents(scope);
    if (!feed) {
      sendJson(res, 404, { error: 'no such calendar' });
      return true;
    }
    // The stamp is the latest change, not "now", so an unchanged calendar keeps its ETag.
    const body = calendarFeed(feed.events, { name: feed.name, stamp: feed.lastChange });
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    const headers = { etag, 'cache-control': 'public, max-age=300' };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    res.writeHead(200, { ...headers, 'content-type': 'text/calendar; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}

function scopeOf(path: string): FeedScope | undefined {
  // The public calendar is also listed among the open data, under its own name.
  if (path === '/calendar.ics' || path === '/opendata/events.ics') return { kind: 'all' };
  let m = /^\/calendar\/points\/([a-z0-9-]{1,60})\.ics$/.exec(path);
  if (m) return { kind: 'point', slug: m[1]! };
  m = /^\/calendar\/zones\/(\d{1,2})\.ics$/.exec(path);
  if (m) return { kind: 'zone', number: Number(m[1]) };
  m = /^\/calendar\/events\/(\d{1,9})\.ics$/.exec(path);
  if (m) return { kind: 'event', id: Number(m[1]) };
  return undefined;
}
