import { describe, expect, it } from 'vitest';
import { loadLocaleSources, DEFAULT_LOCALE } from '../../../src/locales/load.js';
import { createLocales } from '../../../src/render/translate.js';
import { directionsUrl, formatKm, pointWhere, renderDay, renderNearest, renderPointCard, renderPointList, renderStatus, renderTown } from '../../../src/render/find.js';
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
  services: [],
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
    const text = renderPointCard(it_, 'it', { point: point(), status: { state: 'unknown' }, week: [], events: [], following: false, announced: [], bookable: true });
    expect(text).toContain('(posizione indicativa: centro del comune)');
    expect(text).toContain('⚪ Orari non pubblicati. Chiedi al Comune.');
    expect(text).not.toContain('Orari di questa settimana');
  });
  it('lists the week with holidays and labels demo hours', () => {
    const hours = { known: true, weekly: [{ weekday: 1 as const, start: '09:00', end: '13:00' }], exceptions: [], comuneIstat: '054039' };
    const week = weekView(hours, '2026-04-06', 7, { patronDays: [] }); // Easter Monday
    const text = renderPointCard(it_, 'it', { point: point({ hours, demoHours: true }), status: { state: 'unknown' }, week, events: [], following: false, announced: [], bookable: true });
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

describe('exceptions on the card', () => {
  // Perugia, Monday–Friday 09:00–13:00; the week of 2 June (Festa della Repubblica, a Tuesday).
  const weekly = ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start: '09:00', end: '13:00' }));
  const hours = {
    known: true,
    weekly,
    comuneIstat: '054039',
    exceptions: [
      { date: '2026-06-01', kind: 'closed' as const },
      { date: '2026-06-02', kind: 'open' as const, ranges: [{ start: '09:00', end: '12:00' }] },
      { date: '2026-06-03', kind: 'open' as const, ranges: [{ start: '09:00', end: '11:00' }] },
      { date: '2026-06-04', kind: 'open' as const, ranges: [{ start: '14:00', end: '17:00' }] },
      { date: '2026-06-06', kind: 'open' as const, ranges: [{ start: '10:00', end: '12:00' }] },
    ],
  };
  const week = weekView(hours, '2026-06-01', 7, { patronDays: [] });

  it('marks a one-off closure, an opening on a holiday, reduced and changed hours, and an extra opening', () => {
    expect(week.map((d) => renderDay(it_, 'it', d))).toEqual([
      'lunedì 1 giugno: chiuso in via straordinaria',
      'martedì 2 giugno: 09:00–12:00 (apertura straordinaria nonostante la festa: Festa della Repubblica)',
      'mercoledì 3 giugno: 09:00–11:00 (orario ridotto)',
      'giovedì 4 giugno: 14:00–17:00 (orario modificato)',
      'venerdì 5 giugno: 09:00–13:00',
      'sabato 6 giugno: 10:00–12:00 (apertura straordinaria)',
      'domenica 7 giugno: chiuso',
    ]);
    expect(renderDay(en, 'en', week[1]!)).toContain('(extra opening despite the holiday: Republic Day)');
  });

  it('a holiday closed by an exception as well still names the holiday', () => {
    const [day] = weekView({ ...hours, exceptions: [{ date: '2026-06-02', kind: 'closed' }] }, '2026-06-02', 1, { patronDays: [] });
    expect(renderDay(it_, 'it', day!)).toBe('martedì 2 giugno: chiuso per festa (Festa della Repubblica)');
  });

  it('shows the marked week on the card', () => {
    const text = renderPointCard(it_, 'it', { point: point({ hours }), status: { state: 'unknown' }, week, events: [], following: false, announced: [], bookable: true });
    expect(text).toContain('lunedì 1 giugno: chiuso in via straordinaria');
    expect(text).toContain('sabato 6 giugno: 10:00–12:00 (apertura straordinaria)');
  });

  it('says why a point is closed today: a one-off closure, or changed hours', () => {
    const nextOpen = { start: new Date('2026-06-02T07:00:00Z'), end: new Date('2026-06-02T10:00:00Z') };
    expect(renderStatus(it_, 'it', { state: 'closed', reason: 'exception', exception: 'closed', nextOpen })).toBe(
      '🔴 Chiuso oggi in via straordinaria. Apre martedì 2 giugno alle 09:00',
    );
    expect(renderStatus(it_, 'it', { state: 'closed', reason: 'exception', exception: 'open', nextOpen })).toBe(
      "🔴 Chiuso ora: oggi l'orario è cambiato. Apre martedì 2 giugno alle 09:00",
    );
  });
});

describe('a point without weekly hours but with announced openings', () => {
  const hours = {
    known: false,
    weekly: [],
    comuneIstat: '054018',
    exceptions: [{ date: '2026-12-04', kind: 'open' as const, ranges: [{ start: '09:00', end: '12:00' }] }],
  };
  const announced = weekView(hours, '2026-11-30', 7, { patronDays: [] }).filter((d) => d.exception === 'open');
  const start = new Date('2026-12-04T08:00:00Z');

  it('keeps "hours not published" and names the next announced opening', () => {
    expect(renderStatus(it_, 'it', { state: 'unknown', announced: { start, end: new Date('2026-12-04T11:00:00Z') } })).toBe(
      '⚪ Orari non pubblicati. Prossima apertura annunciata: venerdì 4 dicembre alle 09:00',
    );
  });

  it('lists the announced openings on the card, and offers booking', () => {
    const text = renderPointCard(it_, 'it', { point: point({ hours }), status: { state: 'unknown', announced: { start, end: start } }, week: [], events: [], following: false, announced, bookable: true });
    expect(text).toContain('⚪ Orari non pubblicati. Chiedi al Comune.');
    expect(text).toContain('<b>Aperture straordinarie annunciate</b>\nvenerdì 4 dicembre: 09:00–12:00');
    expect(text).not.toContain('Le prenotazioni dal bot si aprono');
  });
});

describe('when nothing can be booked, the card says why', () => {
  const card = (over: Partial<Point>) => renderPointCard(it_, 'it', { point: point(over), status: { state: 'unknown' }, week: [], events: [], following: false, announced: [], bookable: false });
  it('points to the contacts when the point has some', () => {
    const text = card({ phone: '075 123456' });
    expect(text).toContain('📅 Le prenotazioni dal bot si aprono quando il punto pubblica gli orari: intanto puoi contattarlo ai recapiti qui sotto.');
    expect(text).toContain('☎️ 075 123456');
  });
  it('points to the Comune otherwise', () => {
    expect(card({})).toContain('intanto puoi chiedere informazioni al Comune di Foligno.');
  });
  it('says a mobile unit is not booked through the bot', () => {
    expect(card({ kind: 'mobile' })).toContain("📅 L'unità mobile non si prenota dal bot");
  });
  it('says nothing of the kind when the point can be booked', () => {
    const text = renderPointCard(it_, 'it', { point: point(), status: { state: 'unknown' }, week: [], events: [], following: false, announced: [], bookable: true });
    expect(text).not.toContain('📅');
  });
});

describe('services on the card', () => {
  const card = (services: string[], t = it_, locale = 'it') =>
    renderPointCard(t, locale, { point: point({ services }), status: { state: 'unknown' }, week: [], events: [], following: false, announced: [], bookable: true });
  it('lists the services a point declares, by name', () => {
    const text = card(['spid', 'cie']);
    expect(text).toContain('<b>Servizi</b>\n• SPID (identità digitale)\n• Carta d\'identità elettronica (CIE): attivazione, PIN e PUK');
    expect(text).not.toContain('Tutti i servizi della rete');
    expect(card(['spid', 'cie'], en, 'en')).toContain('• SPID');
  });
  it('a point that declares none offers the whole catalogue', () => {
    expect(card([])).toContain('Tutti i servizi della rete DigiPASS');
  });
});

describe('approximate positions in lists', () => {
  it('marks the points whose distance is measured from the town centre', () => {
    const text = renderPointList(it_, 'it', [
      { point: point({ coordsApproximate: true }), km: 2.3, status: { state: 'unknown' } },
      { point: point({ name: 'DigiPASS Spello', coordsApproximate: false, address: 'Piazza <Kennedy>', comuneName: 'Spello' }), km: 4.1, status: { state: 'unknown' } },
    ]);
    expect(text).toContain('— 2,3 km\nCentro Studi Foligno, via dei Monasteri 19 (posizione indicativa)\n');
    expect(text).toContain('Piazza &lt;Kennedy&gt;, Spello\n');
    expect(text.match(/posizione indicativa/g)).toHaveLength(1);
  });
});
