import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import type { SimulatedPerson } from '../support/person.js';
import { auditLog, bookings, eventRegistrations, events, follows, news, people, points, publications, roleGrants, serviceRecords } from '../../src/db/schema/index.js';
import { parseCsv } from '../../src/db/seed/csv.js';
import { EVENT_COLUMNS, INDICATOR_COLUMNS, SERVICE_COLUMNS } from '../../src/app/stats.js';

/*
 * Hand-counted data set (Rome time; "now" is Tuesday 24 November 2026).
 *
 *   DigiPASS Foligno (zone 8)          November: 7 services to K1–K5 (K1 three times):
 *                                        spid ×4, cie ×2, fse ×1; 2 walk-ins; 5 ratings 5,4,4,5,3 → 4.2
 *                                      October: 2 services (K6, K7)
 *                                      bookings in November: 3 arrived, 1 no-show → 25%
 *                                      an event on 10 November: 6 registrations (+1 cancelled), 2 partners,
 *                                        published once in the channel; 2 followers
 *   DigiPASS Città di Castello (zone 1) November: 3 services (K8–K10) → fewer than 5 people
 *   Punto DigiPASS Umbertide (zone 1)  November: 4 services (K11–K14)
 *   DigiPASS Gubbio (zone 7)           a news post published in November (not Foligno's)
 */
const now = new Date('2026-11-24T09:00:00Z');
let h: Harness;
let fabio: SimulatedPerson; // facilitator of DigiPASS Foligno
let carla: SimulatedPerson; // coordinator of zone 1
let alessia: SimulatedPerson; // regional admin
let ciro: SimulatedPerson; // citizen
const ids: Record<string, number> = {};
const key = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

async function person(p: SimulatedPerson) {
  const [row] = await h.db.db.select().from(people).where(eq(people.telegramId, p.id));
  return row!;
}

beforeAll(async () => {
  h = await harness({ clock: () => now });
  for (const slug of ['digipass-foligno', 'digipass-gubbio', 'digipass-citta-di-castello', 'punto-digipass-umbertide-fabbrica-moderna-fa-mo']) {
    const [p] = await h.db.db.select().from(points).where(eq(points.slug, slug));
    if (!p) throw new Error(`no point ${slug}`);
    ids[slug] = p.id;
  }
  fabio = await h.citizen({ firstName: 'Fabio' });
  carla = await h.citizen({ firstName: 'Carla' });
  alessia = await h.citizen({ firstName: 'Alessia' });
  ciro = await h.citizen({ firstName: 'Ciro' });
  for (const p of [fabio, carla, alessia, ciro]) await p.say('/start');
  await h.db.db.insert(roleGrants).values([
    { personId: (await person(fabio)).id, role: 'facilitator', pointId: ids['digipass-foligno']!, displayName: 'Fabio' },
    { personId: (await person(carla)).id, role: 'coordinator', zoneNumber: 1, displayName: 'Carla' },
    { personId: (await person(alessia)).id, role: 'admin', displayName: 'Alessia' },
  ]);

  const foligno = ids['digipass-foligno']!;
  const rec = (pointId: number, citizen: number, serviceCode: string, at: string, more: Partial<typeof serviceRecords.$inferInsert> = {}) => ({
    pointId,
    citizenKey: key(citizen),
    serviceCode,
    occurredAt: new Date(at),
    outcome: 'resolved' as const,
    ...more,
  });
  await h.db.db.insert(serviceRecords).values([
    rec(foligno, 1, 'spid', '2026-11-02T09:00:00Z', { satisfaction: 5, ageBand: '55+' }),
    rec(foligno, 1, 'cie', '2026-11-03T09:00:00Z', { satisfaction: 4 }),
    rec(foligno, 1, 'spid', '2026-11-04T09:00:00Z', { walkIn: true }),
    rec(foligno, 2, 'spid', '2026-11-05T09:00:00Z', { satisfaction: 4 }),
    rec(foligno, 3, 'cie', '2026-11-06T09:00:00Z', { satisfaction: 5 }),
    rec(foligno, 4, 'spid', '2026-11-09T09:00:00Z', { satisfaction: 3, walkIn: true }),
    rec(foligno, 5, 'fse', '2026-11-10T09:00:00Z'),
    rec(foligno, 6, 'spid', '2026-10-12T09:00:00Z'),
    rec(foligno, 7, 'spid', '2026-10-13T09:00:00Z'),
    rec(ids['digipass-citta-di-castello']!, 8, 'cie', '2026-11-02T10:00:00Z'),
    rec(ids['digipass-citta-di-castello']!, 9, 'cie', '2026-11-03T10:00:00Z'),
    rec(ids['digipass-citta-di-castello']!, 10, 'cie', '2026-11-04T10:00:00Z'),
    ...[11, 12, 13, 14].map((k) => rec(ids['punto-digipass-umbertide-fabbrica-moderna-fa-mo']!, k, 'pagopa', '2026-11-05T10:00:00Z')),
  ]);
  const anna = await person(ciro);
  await h.db.db.insert(bookings).values(
    (['arrived', 'arrived', 'arrived', 'no_show'] as const).map((status, i) => ({
      code: `ST${i}`,
      personId: anna.id,
      firstName: 'Annabella',
      pointId: foligno,
      serviceCode: 'spid',
      startsAt: new Date(`2026-11-1${i}T09:00:00Z`),
      endsAt: new Date(`2026-11-1${i}T09:45:00Z`),
      seat: 1,
      status,
    })),
  );
  const [event] = await h.db.db
    .insert(events)
    .values({ title: 'Corso SPID per tutti', category: 'course', pointId: foligno, startsAt: new Date('2026-11-10T14:00:00Z'), endsAt: new Date('2026-11-10T16:00:00Z'), status: 'published', registration: true, capacity: 20, partners: ['Scuola Media Gentile', 'Associazione Anziani Foligno'] })
    .returning();
  await h.db.db.insert(eventRegistrations).values([
    ...[1, 2, 3, 4, 5, 6].map((seat) => ({ eventId: event!.id, occurrenceStart: event!.startsAt, seat, personId: seat === 1 ? anna.id : null })),
    { eventId: event!.id, occurrenceStart: event!.startsAt, seat: 7, status: 'cancelled' as const },
  ]);
  const [gubbioNews] = await h.db.db.insert(news).values({ pointId: ids['digipass-gubbio']!, text: 'Novità', status: 'published' }).returning();
  await h.db.db.insert(publications).values([
    { kind: 'event', eventId: event!.id, chatId: h.channelId, messageId: 10, status: 'published', publishedAt: new Date('2026-11-05T08:00:00Z') },
    { kind: 'news', newsId: gubbioNews!.id, chatId: h.channelId, messageId: 11, status: 'published', publishedAt: new Date('2026-11-06T08:00:00Z') },
  ]);
  await h.db.db.insert(follows).values([
    { personId: anna.id, pointId: foligno },
    { personId: (await person(carla)).id, pointId: foligno },
    { personId: (await person(carla)).id, pointId: ids['digipass-gubbio']! },
  ]);
});
afterAll(async () => {
  await h?.close();
});

const photos = (p: SimulatedPerson) => p.botMessages().filter((m) => m.photo);

describe('/stats', () => {
  it("shows a facilitator only his point's numbers, as a chart and a summary", async () => {
    await fabio.say('/stats');
    expect(fabio.lastText()).toBe('Statistiche · DigiPASS Foligno\nDi quale periodo?');
    expect(fabio.inlineButtons().map((b) => b.text)).toEqual(['Questo mese', 'Mese scorso', "Quest'anno", "Dall'inizio"]);
    await fabio.press('Questo mese');

    const [photo, summary] = fabio.botMessages().slice(-2);
    expect(photo!.caption).toBe('Servizi per mese e traguardi · DigiPASS Foligno');
    const largest = photo!.photo!.at(-1)!;
    expect([largest.width, largest.height]).toEqual([1000, 720]);
    const png = Buffer.from(h.emulator.file(largest.file_id)!.bytes);
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1000, 720]);

    expect(summary!.text).toBe(
      [
        'Statistiche · DigiPASS Foligno',
        'Questo mese, dal 01/11/2026 al 30/11/2026',
        '',
        '👥 Persone aiutate: 5',
        '🧾 Servizi dati: 7 (con prenotazione 5, senza prenotazione 2)',
        "📅 Non venuti all'appuntamento: 25% (1 su 4)",
        '🎓 Partecipanti agli eventi: 6',
        '📣 Post pubblicati nel canale: 1 (reazioni: 0)',
        '🔔 Persone che seguono i punti: 2',
        '🤝 Partner: 2: Associazione Anziani Foligno, Scuola Media Gentile',
        '⭐ Soddisfazione: 4,2 su 5 (5 risposte)',
        '',
        "Traguardi PNRR 1.7.2 dell'Umbria: il contributo di quest'area",
        '• Centri attivi: 1 su 42 · 2,4%',
        '• Persone aiutate: 5 su 33.000 · 0%',
        '• Servizi dati: 7 su 49.500 · 0%',
        '',
        'Per proteggere la privacy non mostriamo i numeri di meno di 5 persone.',
      ].join('\n'),
    );
    h.expectNoViolations();
  });

  it('changes period with the buttons under the summary', async () => {
    await fabio.press('Mese scorso');
    expect(fabio.lastText()).toContain('Mese scorso, dal 01/10/2026 al 31/10/2026');
    expect(fabio.lastText()).toContain('👥 Persone aiutate: meno di 5 persone');
    expect(fabio.lastText()).toContain('🧾 Servizi dati: 2 (con prenotazione 2, senza prenotazione 0)');
    expect(fabio.lastText()).toContain('⭐ Soddisfazione: troppo poche risposte per mostrarla');
    await fabio.press("Dall'inizio");
    expect(fabio.lastText()).toContain("Dall'inizio, dal 01/10/2026 al 30/11/2026");
    expect(fabio.lastText()).toContain('👥 Persone aiutate: 7');
    expect(fabio.lastText()).toContain('🧾 Servizi dati: 9 (');
    h.expectNoViolations();
  });

  it('shows a coordinator the whole of her zone and nothing else', async () => {
    await carla.say('/stats');
    expect(carla.lastText()).toBe('Statistiche · zona 1 (Alta Valle del Tevere)\nDi quale periodo?');
    await carla.press('Questo mese');
    const text = carla.lastText();
    expect(text).toContain('👥 Persone aiutate: 7');
    expect(text).toContain('🧾 Servizi dati: 7 (con prenotazione 7, senza prenotazione 0)');
    expect(text).toContain('🎓 Partecipanti agli eventi: 0');
    expect(text).toContain('• Centri attivi: 2 su 42');
    expect(photos(carla)).toHaveLength(1);
    h.expectNoViolations();
  });

  it('shows an admin the region, or one zone she chooses', async () => {
    await alessia.say('/stats');
    expect(alessia.lastText()).toContain("Statistiche · tutta l'Umbria");
    await alessia.press('Questo mese');
    expect(alessia.lastText()).toContain('🧾 Servizi dati: 14 (');
    expect(alessia.lastText()).toContain('👥 Persone aiutate: 12');
    expect(alessia.lastText()).toContain('📣 Post pubblicati nel canale: 2');
    expect(alessia.lastText()).toContain("Traguardi PNRR 1.7.2 dell'Umbria\n");
    await alessia.press('🗺 Scegli una zona');
    await alessia.press('Zona 8 · Foligno');
    expect(alessia.lastText()).toBe('Statistiche · zona 8 (Foligno)\nDi quale periodo?');
    await alessia.press('Questo mese');
    expect(alessia.lastText()).toContain('🧾 Servizi dati: 7 (');
    h.expectNoViolations();
  });

  it('refuses a citizen kindly, and audits it', async () => {
    const refusals = async () =>
      (await h.db.db.select().from(auditLog).where(and(eq(auditLog.action, 'access.refused'), eq(auditLog.actorPersonId, (await person(ciro)).id), eq(auditLog.subject, 'stats.view')))).length;
    const before = await refusals();
    await ciro.say('/stats');
    expect(ciro.lastText()).toBe('Questo comando è per chi lavora nei punti DigiPASS.');
    await ciro.say('/export');
    expect(ciro.lastText()).toBe('Questo comando è per chi lavora nei punti DigiPASS.');
    expect(await refusals()).toBe(before + 2);
    h.expectNoViolations();
  });

  it('a forged button changes nothing: no chart, no file, only a kind refusal', async () => {
    const msg = ciro.lastBotMessage().message_id;
    for (const data of ['stp:month:0', 'stp:all:8', 'sxp:year:0', 'stz:stats:0', 'stz:export:8']) {
      await h.emulator.pressButton(h.token, ciro.id, msg, data, { forge: true });
      expect(ciro.lastText()).toBe('Questo comando è per chi lavora nei punti DigiPASS.');
    }
    expect(ciro.botMessages().filter((m) => m.photo || m.document)).toEqual([]);

    // A facilitator cannot reach another zone, nor his own zone as a whole.
    const fabioPhotos = photos(fabio).length;
    for (const data of ['stp:month:1', 'sxp:month:1', 'stz:stats:1']) {
      await h.emulator.pressButton(h.token, fabio.id, fabio.lastBotMessage().message_id, data, { forge: true });
      expect(fabio.lastText()).toBe('Questa azione è per i coordinatori della zona 1 (Alta Valle del Tevere).');
    }
    await h.emulator.pressButton(h.token, fabio.id, fabio.lastBotMessage().message_id, 'stp:month:8', { forge: true });
    expect(fabio.lastText()).toBe('Questa azione è per i coordinatori della zona 8 (Foligno).');
    // Data that does not parse is ignored.
    await h.emulator.pressButton(h.token, fabio.id, fabio.lastBotMessage().message_id, 'stp:decade:0', { forge: true });
    expect(photos(fabio)).toHaveLength(fabioPhotos);
    expect(fabio.botMessages().filter((m) => m.document)).toEqual([]);
    h.expectNoViolations();
  });
});

describe('/export', () => {
  it('sends the services and events of his point as CSV files with a BOM, and no names', async () => {
    await fabio.say('/export');
    expect(fabio.lastText()).toBe('Scarica i dati · DigiPASS Foligno\nDi quale periodo? Ricevi due file CSV: i servizi e gli eventi.');
    await fabio.press('Questo mese');
    const [servicesMsg, eventsMsg] = fabio.botMessages().slice(-2);
    expect(servicesMsg!.document!.file_name).toBe('digipass-servizi-2026-11-01_2026-11-30.csv');
    expect(eventsMsg!.document!.file_name).toBe('digipass-eventi-2026-11-01_2026-11-30.csv');
    expect(servicesMsg!.caption).toContain('separatore virgola');
    expect(servicesMsg!.caption).toContain('7 righe');
    expect(eventsMsg!.caption).toContain('1 riga, una per ogni data di un evento');

    const read = (m: typeof servicesMsg) => Buffer.from(h.emulator.file(m!.document!.file_id)!.bytes);
    const servicesBytes = read(servicesMsg);
    const eventsBytes = read(eventsMsg);
    for (const bytes of [servicesBytes, eventsBytes]) expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

    const services = parseCsv(new TextDecoder().decode(servicesBytes));
    expect(Object.keys(services[0]!)).toEqual([...SERVICE_COLUMNS]);
    expect(services).toHaveLength(7);
    expect(new Set(services.map((r) => r.point))).toEqual(new Set(['digipass-foligno']));
    expect(services[0]).toMatchObject({ date: '2026-11-02', month: '2026-11', zona_sociale: '8', point_name: 'DigiPASS Foligno', service: 'spid', service_name: 'SPID (identità digitale)', channel: 'booked', outcome: 'resolved', age_band: '55+', satisfaction: '5' });
    expect(services.filter((r) => r.channel === 'walk_in')).toHaveLength(2);
    // People are codes valid only in this file: 5 people, K1 three times.
    expect(services.map((r) => r.citizen)).toEqual(['C1', 'C1', 'C1', 'C2', 'C3', 'C4', 'C5']);

    const eventRows = parseCsv(new TextDecoder().decode(eventsBytes));
    expect(Object.keys(eventRows[0]!)).toEqual([...EVENT_COLUMNS]);
    expect(eventRows).toEqual([
      expect.objectContaining({ date: '2026-11-10', start: '15:00', end: '17:00', title: 'Corso SPID per tutti', category: 'course', zona_sociale: '8', point: 'digipass-foligno', status: 'published', capacity: '20', registrations: '6', partners: 'Scuola Media Gentile; Associazione Anziani Foligno' }),
    ]);

    // Nothing that names or identifies a person.
    const all = new TextDecoder().decode(Buffer.concat([servicesBytes, eventsBytes]));
    for (const p of [fabio, carla, alessia, ciro]) expect(all).not.toContain(String(p.id));
    expect(all).not.toMatch(/Annabella|Fabio|Ciro/);
    expect(all).not.toContain(key(1));
    expect(all).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    h.expectNoViolations();
  });

  it("sends a coordinator her zone's services", async () => {
    await carla.say('/export');
    await carla.press('Questo mese');
    const servicesMsg = carla.botMessages().at(-2)!;
    const rows = parseCsv(new TextDecoder().decode(Buffer.from(h.emulator.file(servicesMsg.document!.file_id)!.bytes)));
    expect(rows).toHaveLength(7);
    expect(new Set(rows.map((r) => r.zona_sociale))).toEqual(new Set(['1']));
    h.expectNoViolations();
  });
});

describe('GET /opendata/indicators.csv', () => {
  // The service's own HTTP server, as the region's open-data portal would fetch it.
  const server = { get url() { return h.service.http.url; } };

  it('publishes the region since the start, with no cell under 5 people and no names', async () => {
    const res = await fetch(`${server.url}/opendata/indicators.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes));
    expect(Object.keys(rows[0]!)).toEqual([...INDICATOR_COLUMNS]);
    expect(new Set(rows.map((r) => `${r.period_start}–${r.period_end}`))).toEqual(new Set(['2026-10-01–2026-11-30']));
    const value = (indicator: string, breakdown: string, k = '') => rows.find((r) => r.indicator === indicator && r.breakdown === breakdown && r.key === k)?.value;
    expect(value('services', 'total')).toBe('16');
    expect(value('unique_citizens', 'total')).toBe('14');
    expect(value('services', 'point', 'digipass-citta-di-castello')).toBe('3');
    expect(value('unique_citizens', 'point', 'digipass-citta-di-castello')).toBe(''); // 3 people: hidden
    expect(value('unique_citizens', 'zone', '1')).toBe('7');
    expect(value('unique_citizens', 'month', '2026-10')).toBe(''); // 2 people: hidden
    expect(value('unique_citizens', 'month', '2026-11')).toBe('12');
    expect(value('event_participants', 'total')).toBe('6');
    expect(value('posts_published', 'total')).toBe('2');
    for (const r of rows.filter((x) => x.indicator === 'unique_citizens' || x.breakdown === 'age_band')) {
      expect(r.value === '' || r.value === '0' || Number(r.value) >= 5, `${r.breakdown} ${r.key} = ${r.value}`).toBe(true);
    }
    const text = new TextDecoder().decode(bytes);
    for (const p of [fabio, carla, alessia, ciro]) expect(text).not.toContain(String(p.id));
    expect(text).not.toMatch(/Annabella|[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('is listed with its licence', async () => {
    const html = await (await fetch(`${server.url}/opendata`)).text();
    expect(html).toContain('Licenza: CC BY 4.0');
    expect(html).toContain('/opendata/indicators.csv');
  });
});

describe('after someone erases their data', () => {
  it('the services, the people helped and the event participants stay counted', async () => {
    const csv = async () => parseCsv(new TextDecoder().decode(Buffer.from(await (await fetch(`${h.service.http.url}/opendata/indicators.csv`)).arrayBuffer())));
    const before = await csv();
    await ciro.say('/forgetme');
    await ciro.press('Sì, cancella tutto');
    expect(ciro.lastText()).toContain('Abbiamo cancellato i tuoi dati');
    expect(await h.db.db.select().from(people).where(eq(people.telegramId, ciro.id))).toEqual([]);
    const after = await csv();
    // Only what the person really withdrew changes: the points they followed.
    const keyOf = (r: Record<string, string>) => `${r.indicator}|${r.breakdown}|${r.key}`;
    const changed = after.filter((r) => before.find((b) => keyOf(b) === keyOf(r))?.value !== r.value).map(keyOf);
    expect(changed.every((k) => k.startsWith('followers|'))).toBe(true);
    const value = (rows: Record<string, string>[], indicator: string) => rows.find((r) => r.indicator === indicator && r.breakdown === 'total')?.value;
    for (const indicator of ['services', 'unique_citizens', 'event_participants', 'no_show_rate', 'partners', 'posts_published']) {
      expect(value(after, indicator), indicator).toBe(value(before, indicator));
    }
    expect(value(before, 'services')).toBe('16');
  });
});
