import { describe, expect, it } from 'vitest';
import { loadLocaleSources, DEFAULT_LOCALE } from '../../../src/locales/load.js';
import { createLocales } from '../../../src/render/translate.js';
import { directionsUrl, formatKm, pointWhere, renderNearest, renderPointCard, renderStatus, renderTown } from '../../../src/render/find.js';
import type { Point } from '../../../src/app/reference.js';
import { weekView } from '../../../src/domain/opening-hours.js';

const locales = createLocales(loadLocaleSources(), { defaultLocale: DEFAULT_LOCALE });
const it_ = locales.translator('it');
const en = locales.translator('en');

const point = (over: Partial<Point> = {}): Point => ({
  id: 1,
  slug: 'digipass-foligno',
  name: 'DigiPASS Foligno',
  comuneIstat: '054018',
  comuneName: 'Foligno',
  zoneNumber: 8,
  zoneName: 'Foligno',
  locality: null,
  address: 'Centro Studi Foligno, via dei Monasteri 19',
  kind: 'fixed',
  lat: 42.956,
  lon: 12.703,
  coordsApproximate: true,
  publishedHours: null,
  phone: null,
  email: null,
  sourceUrl: null,
  hours: { known: false, weekly: [], exceptions: [], comuneIstat: '054018' },
  demoHours: false,
  ...over,
});

describe('distances and places', () => {
  it('writes kilometres with one decimal in the person’s convention', () => {
    expect(formatKm(2.345, 'it')).toBe('2,3');
    expect(formatKm(2.345, 'en')).toBe('2.3');
    // Latin digits in every language, as the dates (Arabic readers here read them in Italian documents).
    expect(formatKm(12.34, 'ar')).toMatch(/^12[.,٫]3$/);
    expect(formatKm(0, 'it')).toBe('0,0');
  });
  it('does not repeat a locality that the address already names', () => {
    expect(pointWhere(point({ address: 'Ponte San Giovanni', locality: 'Ponte San Giovanni', comuneName: 'Perugia' }))).toBe('Ponte San Giovanni, Perugia');
    expect(pointWhere(point({ address: null }))).toBe('Foligno');
  });
  it('links directions to OpenStreetMap at the point', () => {
    expect(directionsUrl({ lat: 42.956, lon: 12.703 })).toBe('https://www.openstreetmap.org/?mlat=42.95600&mlon=12.70300#map=16/42.95600/12.70300');
  });
});

describe('open status', () => {
  const until = new Date('2026-11-24T12:00:00Z'); // 13:00 in Rome
  it('says open until a Rome time, closed with the next opening, or unknown', () => {
    expect(renderStatus(it_, 'it', { state: 'open', until })).toBe('🟢 Aperto ora, fino alle 13:00');
    expect(renderStatus(en, 'en', { state: 'unknown' })).toBe('⚪ Hours not published: ask the Comune');
    const next = { start: new Date('2026-11-25T08:00:00Z'), end: new Date('2026-11-25T12:00:00Z') };
    expect(renderStatus(it_, 'it', { state: 'closed', nextOpen: next })).toBe('🔴 Chiuso ora. Apre mercoledì 25 novembre alle 09:00');
  });
  it('names the holiday that closes a point today', () => {
    const next = { start: new Date('2026-01-30T08:00:00Z'), end: new Date('2026-01-30T12:00:00Z') };
    const s = renderStatus(it_, 'it', {
      state: 'closed',
      reason: 'holiday',
      holiday: { date: '2026-01-29', key: 'patron_saint', scope: 'comune', name: 'San Costanzo', comuneIstat: '054039' } as never,
      nextOpen: next,
    });
    expect(s).toBe('🔴 Chiuso oggi per festa (San Costanzo, patrono). Apre venerdì 30 gennaio alle 09:00');
  });
});

describe('lists and cards', () => {
  it('escapes hostile names from the database', () => {
    const text = renderNearest(it_, 'it', {
      outsideUmbria: false,
      results: [{ point: point({ name: '<b>Tom & "Jerry"</b>' }), km: 1.26, status: { state: 'unknown' } }],
    });
    expect(text).toContain('1. <b>&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;</b> — 1,3 km');
  });
  it('notes a location outside Umbria', () => {
    const text = renderNearest(en, 'en', { outsideUmbria: true, results: [{ point: point(), km: 402.4, status: { state: 'unknown' } }] });
    expect(text).toContain('DigiPASS points are in Umbria');
    expect(text).toContain('402.4 km');
  });
  it('says the position is indicative and the hours unpublished, never inventing them', () => {
    const text = renderPointCard(it_, 'it', { point: point(), status: { state: 'unknown' }, week: [], events: [], following: false });
    expect(text).toContain('(posizione indicativa: centro del comune)');
    expect(text).toContain('⚪ Orari non pubblicati. Chiedi al Comune.');
    expect(text).not.toContain('Orari di questa settimana');
  });
  it('lists the week with holidays and labels demo hours', () => {
    const hours = { known: true, weekly: [{ weekday: 1 as const, start: '09:00', end: '13:00' }], exceptions: [], comuneIstat: '054039' };
    const week = weekView(hours, '2026-04-06', 7, { patronDays: [] }); // Easter Monday
    const text = renderPointCard(it_, 'it', { point: point({ hours, demoHours: true }), status: { state: 'unknown' }, week, events: [], following: false });
    expect(text).toContain("lunedì 6 aprile: chiuso per festa (Lunedì dell'Angelo)");
    expect(text).toContain('(orari di prova: questa è una dimostrazione)');
  });
});

describe('a town without a point', () => {
  it('lists the nearest points, then the rest of its zone, escaped', () => {
    const comune = { istat: '054046', name: 'Scheggia e Pascelupo', province: 'PG', zoneNumber: 7, lat: 43.4, lon: 12.66 };
    const text = renderTown(it_, 'it', {
      kind: 'town',
      town: { id: '054046', name: 'Scheggia e Pascelupo', kind: 'comune', comuneId: '054046', comune, at: comune },
      inTown: [],
      nearby: [{ point: point({ name: 'DigiPASS Gubbio', comuneName: 'Gubbio', address: null }), km: 15.04, status: { state: 'unknown' } }],
      zonePoints: [point({ name: 'Punto <Sigillo>', comuneName: 'Sigillo', address: null })],
    });
    expect(text).toContain("A Scheggia e Pascelupo non c'è ancora un punto DigiPASS.");
    expect(text).toContain('1. <b>DigiPASS Gubbio</b> — 15,0 km');
    expect(text).toContain('Altri punti della zona sociale 7:');
    expect(text).toContain('• <b>Punto &lt;Sigillo&gt;</b> — Sigillo');
  });
});
