import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../support/harness.js';
import type { SimulatedPerson } from '../support/person.js';
import { mobileStops, openingExceptions, points, pointServices } from '../../src/db/schema/index.js';
import { addDays, localDateInRome } from '../../src/domain/time.js';

let h: Harness;
let anna: SimulatedPerson;
/** In three days: the opening Terni's staff announce, though its weekly hours are unknown. */
const announcedDay = addDays(localDateInRome(new Date()), 3);

beforeAll(async () => {
  h = await harness();
  // Before the bot first reads the reference data (it keeps it in memory from then on).
  const db = h.db.db;
  const pointNamed = async (name: string) => (await db.query.points.findFirst({ where: (p, { eq }) => eq(p.name, name) }))!;
  // Ten more points in Cascia, so that zone 6 (Valnerina) needs two pages.
  await db.insert(points).values(
    Array.from({ length: 10 }, (_, i) => {
      const n = String(i + 1).padStart(2, '0');
      return { slug: `punto-prova-cascia-${n}`, name: `Punto prova Cascia ${n}`, comuneIstat: '054007', lat: 42.718195, lon: 13.01356, coordsSource: 'test' };
    }),
  );
  await db.insert(pointServices).values([
    { pointId: (await pointNamed('Punto Digitale Facile Allerona')).id, serviceCode: 'spid' },
    { pointId: (await pointNamed('Punto Digitale Facile Allerona')).id, serviceCode: 'cie' },
  ]);
  await db.insert(openingExceptions).values({ pointId: (await pointNamed('DigiPASS Terni')).id, date: announcedDay, kind: 'open', ranges: [{ start: '09:00', end: '12:00', capacity: 1 }] });
  anna = await h.citizen({ firstName: 'Anna', languageCode: 'it' });
  await anna.say('/start');
});
afterAll(async () => {
  await h?.close();
});

/** The first point named in the last list the bot sent. */
const firstListed = (text: string) => /1\. (.+?) — /.exec(text)?.[1];

describe('finding the nearest point by location', () => {
  it.each([
    ['Perugia', 43.111831, 12.388538, /^DigiPASS Perugia/],
    ['Terni', 42.560739, 12.646782, /^DigiPASS Terni$/],
    ['Gubbio', 43.352975, 12.579303, /^DigiPASS Gubbio$/],
    ['Allerona (a small comune)', 42.8125, 11.9749, /^Punto Digitale Facile Allerona$/],
  ])('from %s the right point comes first', async (_place, lat, lon, expected) => {
    await anna.press('📍 Manda la mia posizione', { latitude: lat, longitude: lon });
    const list = anna.botMessages().at(-2)!;
    expect(list.text).toContain('I punti DigiPASS più vicini a te');
    expect(firstListed(list.text!)).toMatch(expected);
    // Three points, each with a distance, and a venue for the nearest.
    expect(list.text!.match(/ km\n/g)).toHaveLength(3);
    const venue = anna.lastBotMessage();
    expect(venue.venue?.title).toMatch(expected);
    h.expectNoViolations();
  });

  it('from 0,0 in the ocean, through the menu button, still answers with the note that the service is in Umbria', async () => {
    await anna.press('📍 Manda la mia posizione', { latitude: 0, longitude: 0 });
    const text = anna.botMessages().at(-2)!.text!;
    expect(text).toContain('I punti DigiPASS sono in Umbria');
    expect(text.match(/ km\n/g)).toHaveLength(3);
    expect(anna.lastBotMessage().venue).toBeDefined();
    h.expectNoViolations();
  });

  it('marks the distances measured from a town centre as indicative', async () => {
    await anna.shareLocation(42.560739, 12.646782); // Terni
    const text = anna.botMessages().at(-2)!.text!;
    expect(text).toMatch(/1\. DigiPASS Terni — [\d,]+ km\nTerni \(posizione indicativa\)\n/);
    h.expectNoViolations();
  });

  it('from Milan still answers, with distances and a note that the service is in Umbria', async () => {
    await anna.shareLocation(45.4642, 9.19);
    const text = anna.botMessages().at(-2)!.text!;
    expect(text).toContain('I punti DigiPASS sono in Umbria');
    const km = Number(/1\. .+? — ([\d,]+) km/.exec(text)![1]!.replace(',', '.'));
    expect(km).toBeGreaterThan(250);
    expect(km).toBeLessThan(400);
    h.expectNoViolations();
  });
});

describe('a mobile unit', () => {
  it('counts at its next stop: a location near the stop lists it with place and time', async () => {
    const ref = await h.db.db.query.points.findFirst({ where: (p, { eq }) => eq(p.kind, 'mobile') });
    const start = new Date(Date.now() + 26 * 3_600_000);
    // Mantignana, a frazione of Corciano: far from every fixed point's (approximate) position.
    await h.db.db.insert(mobileStops).values({ pointId: ref!.id, comuneIstat: '054015', place: 'Piazza di Mantignana', lat: 43.1418, lon: 12.2493, startsAt: start, endsAt: new Date(start.getTime() + 3 * 3_600_000) });
    await anna.shareLocation(43.1418, 12.2493);
    const text = anna.botMessages().at(-2)!.text!;
    expect(firstListed(text)).toBe('DigiPASS mobile - Zona Sociale 2');
    expect(text).toMatch(/🚐 Piazza di Mantignana, Corciano · [^,\n]+, \d\d:\d\d–\d\d:\d\d/);
    expect(text).toContain('🔴 Chiuso ora. Apre');
    expect(anna.lastBotMessage().venue).toMatchObject({ title: 'DigiPASS mobile - Zona Sociale 2', address: 'Piazza di Mantignana, Corciano' });
    await h.db.db.delete(mobileStops);
    h.expectNoViolations();
  });
});

describe('finding a point by the name of a town', () => {
  it('understands a name typed without accents', async () => {
    await anna.say('citta di castello');
    expect(anna.lastText()).toContain('Punti DigiPASS a Città di Castello');
    expect(firstListed(anna.lastText())).toBe('DigiPASS Città di Castello');
    h.expectNoViolations();
  });

  it('understands "S." for San in a frazione', async () => {
    await anna.say('Ponte S. Giovanni');
    expect(anna.lastText()).toContain('Punti DigiPASS a Ponte San Giovanni');
    expect(firstListed(anna.lastText())).toBe('DigiPASS Perugia - Ponte San Giovanni');
  });

  it('forgives a typo, and offers the nearest points and the zone when the town has none', async () => {
    await anna.say('gualdo tadno');
    const text = anna.lastText();
    expect(text).toContain('A Gualdo Tadino non c\'è ancora un punto DigiPASS');
    // Gubbio, the one point of Gualdo Tadino's zone, is among the nearest.
    expect(text).toContain('DigiPASS Gubbio');
  });

  it('offers a choice when several places match', async () => {
    await anna.say('San');
    expect(anna.lastText()).toBe('Ho trovato più posti con questo nome. Quale intendi?');
    const labels = anna.inlineButtons().map((b) => b.text);
    expect(labels.length).toBeGreaterThan(1);
    expect(labels.every((l) => l.startsWith('San'))).toBe(true);
    await anna.press(labels[0]!);
    expect(anna.lastText()).toMatch(/Punti DigiPASS a San|non c'è ancora un punto DigiPASS/);
    h.expectNoViolations();
  });

  it('answers an unknown town kindly, with suggestions when a name is close', async () => {
    await anna.say('Xyzzyville');
    expect(anna.lastText()).toContain('Non conosco il comune «Xyzzyville»');
    expect(anna.lastText()).toContain('manda la tua posizione');
    expect(anna.replyKeyboard()).toContain('📍 Manda la mia posizione');
    await anna.say('Spolet0x');
    expect(anna.lastText()).toContain('Forse intendevi:');
    expect(anna.inlineButtons().map((b) => b.text)).toContain('Spoleto');
    // The suggestions take the inline keyboard; the location button stays on screen.
    expect(anna.replyKeyboard()).toContain('📍 Manda la mia posizione');
    await anna.press('📍 Manda la mia posizione', { latitude: 42.7343, longitude: 12.7375 }); // Spoleto
    expect(firstListed(anna.botMessages().at(-2)!.text!)).toBe('DigiPASS Spoleto');
    h.expectNoViolations();
  });

  it.each([['😀😀😀'], ['مرحبا بكم'], ['x'.repeat(3000)], ['...!?']])('answers odd text kindly: %#', async (text) => {
    const before = anna.botMessages().length;
    await anna.say(text);
    expect(anna.botMessages().length).toBe(before + 1);
    expect(anna.lastText()).toMatch(/Scrivi il nome di un comune|Non conosco il comune/);
    h.expectNoViolations();
  });
});

describe('starting a search', () => {
  it('/find and the menu button ask for a town or a location, with the location button', async () => {
    for (const start of ['/find', '🔎 Trova un punto']) {
      if (start.startsWith('/')) await anna.say(start);
      else await anna.press(start);
      expect(anna.lastText()).toContain('Scrivi il nome del tuo comune o della frazione');
      expect(anna.lastText()).toContain('Oppure tocca «📍 Manda la mia posizione»');
      expect(anna.replyKeyboard()).toContain('📍 Manda la mia posizione');
    }
    h.expectNoViolations();
  });
});

describe('the point card', () => {
  it('shows an approximate position and says the hours are not published', async () => {
    await anna.say('Gubbio');
    await anna.press('1. DigiPASS Gubbio');
    const card = anna.lastText();
    expect(card).toContain('DigiPASS Gubbio');
    expect(card).toContain('Complesso di Santo Spirito, via Gioia 6, Gubbio');
    expect(card).toContain('(posizione indicativa: centro del comune)');
    expect(card).toContain('Orari non pubblicati');
    expect(card).toContain('Zona sociale 7');
    const urls = anna.inlineButtons().filter((b) => b.url);
    expect(urls[0]?.url).toMatch(/^https:\/\/www\.openstreetmap\.org\/\?mlat=43\.35/);
    h.expectNoViolations();
  });

  it('without hours to book, says why instead of offering "Book here"', async () => {
    await anna.say('Gubbio');
    await anna.press('1. DigiPASS Gubbio');
    expect(anna.lastText()).toContain('📅 Le prenotazioni dal bot si aprono quando il punto pubblica gli orari');
    expect(anna.lastText()).toContain('Tutti i servizi della rete DigiPASS');
    expect(anna.inlineButtons().map((b) => b.text)).not.toContain('📅 Prenota qui');
    h.expectNoViolations();
  });

  it('with unknown weekly hours lists the opening staff announced, and offers booking it', async () => {
    await anna.say('Terni');
    await anna.press('1. DigiPASS Terni');
    const card = anna.lastText();
    expect(card).toContain('Orari non pubblicati');
    expect(card).toMatch(/Aperture straordinarie annunciate\n\S+ \d+ \S+: 09:00–12:00\n/);
    expect(card).toMatch(/Prossima apertura annunciata: \S+ \d+ \S+ alle 09:00/);
    expect(card).not.toContain('Le prenotazioni dal bot si aprono');
    // The announced morning is what can be booked.
    await anna.press('📅 Prenota qui');
    await anna.press(/^SPID/);
    expect(anna.lastText()).toContain('Questi giorni hanno orari liberi a DigiPASS Terni');
    // One day, with its number of free times: "<day> (n)".
    expect(anna.inlineButtons().filter((b) => /\(\d+\)$/.test(b.text))).toHaveLength(1);
    await anna.press('✖️ Annulla');
    h.expectNoViolations();
  });

  it('lists the services a point declares, and "Book here" starts booking at that point', async () => {
    await anna.say('Allerona');
    await anna.press('1. Punto Digitale Facile Allerona');
    expect(anna.lastText()).toContain("<b>Servizi</b>\n• SPID (identità digitale)\n• Carta d'identità elettronica (CIE): attivazione, PIN e PUK\n".replace(/<\/?b>/g, ''));
    expect(anna.lastText()).not.toContain('Tutti i servizi della rete DigiPASS');
    await anna.press('📅 Prenota qui');
    expect(anna.lastText()).toContain('Per che cosa ti serve aiuto?');
    await anna.press(/^SPID/);
    expect(anna.lastText()).toMatch(/a Punto Digitale Facile Allerona/);
    await anna.press('✖️ Annulla');
    expect(anna.lastText()).toBe('Va bene, non ho prenotato niente.');
    h.expectNoViolations();
  });

  it('"Back" returns to the town results the card was opened from', async () => {
    await anna.say('citta di castello');
    await anna.press('1. DigiPASS Città di Castello');
    await anna.press('↩️ Indietro');
    expect(anna.lastText()).toContain('Punti DigiPASS a Città di Castello');
    expect(anna.inlineButtons().map((b) => b.text)).toContain('1. DigiPASS Città di Castello');
    h.expectNoViolations();
  });

  it('"Back" returns to the list for the location the card was opened from', async () => {
    await anna.shareLocation(43.352975, 12.579303); // Gubbio
    await anna.press('1. DigiPASS Gubbio');
    await anna.press('↩️ Indietro');
    expect(anna.lastText()).toContain('I punti DigiPASS più vicini a te');
    expect(firstListed(anna.lastText())).toBe('DigiPASS Gubbio');
    h.expectNoViolations();
  });

  it('shows published hours as the week, and follows the point on request', async () => {
    await anna.say('Allerona');
    await anna.press('1. Punto Digitale Facile Allerona');
    expect(anna.lastText()).toContain('Orari di questa settimana');
    expect(anna.lastText()).toMatch(/venerdì \d+ \w+: 09:00–13:00/);
    await anna.press('🔔 Segui questo punto');
    expect(h.emulator.callbackAnswers.at(-1)?.text).toContain('Ora segui Punto Digitale Facile Allerona');
    expect(anna.inlineButtons().map((b) => b.text)).toContain('🔕 Non seguire più');
    h.expectNoViolations();
  });

  it('browses the zones with /points', async () => {
    await anna.say('/points');
    expect(anna.lastText()).toContain('Le 12 zone sociali');
    expect(anna.inlineButtons()).toHaveLength(12);
    await anna.press(/^2 · Perugia/);
    expect(anna.lastText()).toContain('Zona sociale 2 · Perugia');
    expect(anna.inlineButtons().map((b) => b.text)).toContain('DigiPASS Corciano');
    await anna.press('↩️ Tutte le zone');
    expect(anna.inlineButtons()).toHaveLength(12);
    h.expectNoViolations();
  });

  it('pages a zone with many points, and "Back" on a card returns to its page', async () => {
    await anna.say('/points');
    await anna.press('6 · Valnerina (11)');
    let labels = anna.inlineButtons().map((b) => b.text);
    expect(labels).toContain('DigiPASS Norcia');
    expect(labels).toContain('Avanti ▶️');
    expect(labels).not.toContain('◀️ Indietro');
    expect(labels).not.toContain('Punto prova Cascia 10');
    await anna.press('Avanti ▶️');
    labels = anna.inlineButtons().map((b) => b.text);
    expect(labels).toEqual(['Punto prova Cascia 08', 'Punto prova Cascia 09', 'Punto prova Cascia 10', '◀️ Indietro', '↩️ Tutte le zone']);
    await anna.press('Punto prova Cascia 09');
    expect(anna.lastText()).toContain('Punto prova Cascia 09');
    await anna.press('↩️ Indietro');
    expect(anna.lastText()).toContain('Zona sociale 6 · Valnerina');
    expect(anna.inlineButtons().map((b) => b.text)).toContain('Punto prova Cascia 10');
    await anna.press('◀️ Indietro');
    expect(anna.inlineButtons().map((b) => b.text)).toContain('DigiPASS Norcia');
    h.expectNoViolations();
  });
});
