import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import type { SimulatedPerson } from '../support/person.js';
import { openingExceptions, openingRanges, people, points, roleGrants } from '../../src/db/schema/index.js';
import { directBooking } from '../support/use-cases.js';
import { hoursUseCases } from '../../src/app/hours.js';

// Monday 23 November 2026, 09:00 in Rome.
const now = new Date('2026-11-23T08:00:00Z');
const ADMIN_ID = 434_343;
const CIE = "Carta d'identità elettronica (CIE): attivazione, PIN e PUK";
let h: Harness;
let fabio: SimulatedPerson; // facilitator of DigiPASS Foligno
let ugo: SimulatedPerson; // facilitator of DigiPASS Gubbio
let ciro: SimulatedPerson; // a citizen
let admin: SimulatedPerson;
const ids: Record<string, number> = {};

async function personId(p: SimulatedPerson): Promise<number> {
  const [row] = await h.db.db.select().from(people).where(eq(people.telegramId, p.id));
  return row!.id;
}

/** Use cases on the same database, as another part of the bot would call them. */
function direct() {
  const { booking, reference, roles } = directBooking(h.db.db, () => now);
  return { booking, roles, hours: hoursUseCases({ db: h.db.db, reference, roles }) };
}

/** The day buttons a citizen sees when booking help for a CIE at DigiPASS Foligno (the conversation is left open). */
async function citizenDays(p: SimulatedPerson): Promise<string[]> {
  await p.say('/book');
  await p.say('Foligno');
  await p.press('DigiPASS Foligno');
  await p.press(CIE);
  return p.inlineButtons().map((b) => b.text).filter((t) => / \(\d+\)$/.test(t));
}

beforeAll(async () => {
  h = await harness({ clock: () => now, env: { ADMIN_TELEGRAM_IDS: String(ADMIN_ID) } });
  for (const slug of ['digipass-foligno', 'digipass-gubbio']) {
    const [p] = await h.db.db.select().from(points).where(eq(points.slug, slug));
    ids[slug] = p!.id;
  }
  fabio = await h.citizen({ firstName: 'Fabio' });
  ugo = await h.citizen({ firstName: 'Ugo' });
  ciro = await h.citizen({ firstName: 'Ciro' });
  admin = await h.citizen({ id: ADMIN_ID, firstName: 'Alessia' });
  for (const p of [fabio, ugo, ciro, admin]) await p.say('/start');
  await h.db.db.insert(roleGrants).values([
    { personId: await personId(fabio), role: 'facilitator', pointId: ids['digipass-foligno']!, displayName: 'Fabio' },
    { personId: await personId(ugo), role: 'facilitator', pointId: ids['digipass-gubbio']!, displayName: 'Ugo' },
  ]);
});
afterAll(async () => {
  await h?.close();
});

describe('a facilitator edits the whole schedule with /hours', () => {
  it('adds hours valid from one date to another, with Back and a check of the dates; citizens can book only then', async () => {
    await fabio.say('/hours');
    expect(fabio.lastText()).toBe('Orari di DigiPASS Foligno\nNessun orario inserito.\n\n🔕 Conferma-o-libera: spento. Le prenotazioni restano anche senza conferma.');
    await fabio.press('➕ Aggiungi un orario');
    await fabio.press('martedì');
    await fabio.say('9-13');
    await fabio.press('2');
    expect(fabio.lastText()).toBe("Vale sempre, da una data o fino a una data (per esempio l'orario estivo)?");
    await fabio.press('Da una data');
    await fabio.say('1/12');
    expect(fabio.lastText()).toBe('Vale da martedì 1 dicembre. E fino a quando?');
    // Back to the start date, and on again.
    await fabio.press('↩️ Indietro');
    expect(fabio.lastText()).toBe('Da quale giorno vale? Scrivi la data, per esempio 1/4.');
    await fabio.say('1/12');
    await fabio.press('Fino a una data');
    await fabio.say('30/11/2026');
    expect(fabio.lastText()).toBe("La fine deve venire dopo l'inizio (martedì 1 dicembre). Scrivi un'altra data.");
    await fabio.say('31/12');
    expect(fabio.lastText()).toBe('Aggiungo: martedì 09:00–13:00, 2 facilitatori. Va bene?\nVale da martedì 1 dicembre a giovedì 31 dicembre compreso.');
    await fabio.press('💾 Salva');
    expect(fabio.botMessages().at(-2)?.text).toBe('Fatto, salvato.');
    expect(fabio.lastText()).toContain('• martedì 09:00–13:00 (2 facilitatori) · dal 01/12/2026 al 31/12/2026');
    await fabio.press('✅ Fine');

    const [row] = await h.db.db.select().from(openingRanges).where(eq(openingRanges.pointId, ids['digipass-foligno']!));
    expect(row).toMatchObject({ weekday: 2, startTime: '09:00:00', endTime: '13:00:00', capacity: 2, validFrom: '2026-12-01', validTo: '2026-12-31', source: 'staff' });
    // Not Tuesday 24 November (before the start), not 8 December (a holiday), not after the end.
    expect(await citizenDays(ciro)).toEqual(['martedì 1 dicembre (8)', 'martedì 15 dicembre (8)', 'martedì 22 dicembre (8)']);
    await ciro.press('✖️ Annulla');
    h.expectNoViolations();
  });

  it('cancels half-way without changing anything', async () => {
    await fabio.say('/hours');
    await fabio.press('➕ Aggiungi un orario');
    await fabio.press('giovedì');
    await fabio.press('✖️ Annulla');
    expect(fabio.botMessages().at(-2)?.text).toBe('Va bene, non ho cambiato niente.');
    expect(fabio.lastText()).toContain('Orari di DigiPASS Foligno');
    await fabio.press('✅ Fine');
    expect(await h.db.db.select().from(openingRanges).where(eq(openingRanges.pointId, ids['digipass-foligno']!))).toHaveLength(1);
    h.expectNoViolations();
  });

  it('adds a special day with two ranges and two facilitators; citizens see it and two can book the same time', async () => {
    await fabio.say('/hours');
    await fabio.press('📅 Orario speciale per un giorno');
    await fabio.say('28/11');
    expect(fabio.lastText()).toBe("Che orari ci sono sabato 28 novembre? Puoi scriverne più di uno, per esempio 9-12, 15-18. Sostituiscono l'orario solito di quel giorno.");
    await fabio.say('9-11, 10-12');
    expect(fabio.lastText()).toBe('Non ho capito gli orari. Scrivi per esempio 9-12 oppure 9-12, 15-18 (senza sovrapposizioni).');
    await fabio.say('9-11, 15-17');
    expect(fabio.lastText()).toBe("Quanti facilitatori ci sono in quell'orario?");
    await fabio.press('↩️ Indietro');
    expect(fabio.lastText()).toContain('Che orari ci sono sabato 28 novembre?');
    await fabio.say('15-17 e 9-11');
    await fabio.press('2');
    expect(fabio.lastText()).toBe("DigiPASS Foligno, sabato 28 novembre: aperto 09:00–11:00, 15:00–17:00 (al posto dell'orario solito), 2 facilitatori. Va bene?");
    await fabio.press('💾 Salva');
    const overview = fabio.lastText();
    expect(overview).toContain('Giorni speciali\n• sabato 28 novembre: 09:00–11:00, 15:00–17:00 (2 facilitatori)');
    await fabio.press('✅ Fine');
    const [ex] = await h.db.db.select().from(openingExceptions).where(eq(openingExceptions.pointId, ids['digipass-foligno']!));
    expect(ex).toMatchObject({ date: '2026-11-28', kind: 'open', ranges: [{ start: '09:00', end: '11:00', capacity: 2 }, { start: '15:00', end: '17:00', capacity: 2 }] });

    // Citizens: the Saturday comes first, with both ranges.
    expect((await citizenDays(ciro))[0]).toBe('sabato 28 novembre (8)');
    await ciro.press('sabato 28 novembre (8)');
    expect(ciro.inlineButtons().map((b) => b.text).slice(0, 8)).toEqual(['09:00', '09:30', '10:00', '10:30', '15:00', '15:30', '16:00', '16:30']);
    await ciro.press('✖️ Annulla');

    // Two facilitators: two people can take 09:00, a third cannot, and then 09:00 is no longer offered.
    const { booking } = direct();
    const start = new Date('2026-11-28T08:00:00Z');
    const others = await h.db.db.insert(people).values([{ telegramId: 700_001 }, { telegramId: 700_002 }, { telegramId: 700_003 }]).returning({ id: people.id });
    for (const p of others.slice(0, 2)) await booking.book({ personId: p.id, pointId: ids['digipass-foligno']!, serviceCode: 'cie', start, createdByPersonId: p.id });
    await expect(booking.book({ personId: others[2]!.id, pointId: ids['digipass-foligno']!, serviceCode: 'cie', start, createdByPersonId: others[2]!.id })).rejects.toMatchObject({ code: 'SLOT_TAKEN' });
    expect((await citizenDays(ciro))[0]).toBe('sabato 28 novembre (7)');
    await ciro.press('sabato 28 novembre (7)');
    expect(ciro.inlineButtons().map((b) => b.text)).not.toContain('09:00');
    await ciro.press('✖️ Annulla');
    h.expectNoViolations();
  });

  it('turns confirm-or-release on after a preview; the preview of the hours shows it; unconfirmed bookings are then released', async () => {
    const { booking } = direct();
    const me = await personId(ciro);
    const b = await booking.book({ personId: me, pointId: ids['digipass-foligno']!, serviceCode: 'cie', start: new Date('2026-12-01T09:00:00Z'), createdByPersonId: me });
    // Off: an unconfirmed booking stays.
    expect(await booking.releaseIfUnconfirmed(b.id)).toBeUndefined();

    await fabio.say('/hours');
    expect(fabio.lastText()).toContain('🔕 Conferma-o-libera: spento.');
    await fabio.press('🔔 Attiva conferma-o-libera');
    expect(fabio.lastText()).toBe("Attivo conferma-o-libera per DigiPASS Foligno: chi non conferma entro 2 ore prima dell'appuntamento perde il posto, che va a chi è in lista d'attesa. Va bene?");
    await fabio.press('💾 Salva');
    expect(fabio.lastText()).toContain("🔔 Conferma-o-libera: attivo. Chi non conferma entro 2 ore prima dell'appuntamento");
    expect(fabio.inlineButtons().map((x) => x.text)).toContain('🔕 Spegni conferma-o-libera');
    // Turning it off again, then cancelling: it stays on.
    await fabio.press('🔕 Spegni conferma-o-libera');
    await fabio.press('✖️ Annulla');
    expect(fabio.botMessages().at(-2)?.text).toBe('Va bene, non ho cambiato niente.');
    expect(fabio.lastText()).toContain('Conferma-o-libera: attivo');
    await fabio.press('✅ Fine');
    const [p] = await h.db.db.select().from(points).where(eq(points.id, ids['digipass-foligno']!));
    expect(p?.releaseUnconfirmed).toBe(true);

    expect((await booking.releaseIfUnconfirmed(b.id))?.status).toBe('released');
    h.expectNoViolations();
  });

  it('removes a special day: the usual hours apply again', async () => {
    await fabio.say('/hours');
    await fabio.press('🗑 Togli un orario');
    expect(fabio.inlineButtons().map((b) => b.text)).toEqual(['martedì 09:00–13:00', '📅 sabato 28 novembre', '✖️ Annulla']);
    await fabio.press('📅 sabato 28 novembre');
    expect(fabio.lastText()).not.toContain('Giorni speciali');
    await fabio.press('✅ Fine');
    expect(await h.db.db.select().from(openingExceptions).where(eq(openingExceptions.pointId, ids['digipass-foligno']!))).toEqual([]);
    h.expectNoViolations();
  });
});

describe('who may change hours', () => {
  it('a facilitator sees only his own point and cannot touch another one, even with a forged button', async () => {
    await ugo.say('/hours');
    expect(ugo.lastText()).toContain('Orari di DigiPASS Gubbio');
    await ugo.press('🗑 Togli un orario');
    const [folignoRange] = await h.db.db.select().from(openingRanges).where(eq(openingRanges.pointId, ids['digipass-foligno']!));
    const msg = ugo.botMessages().at(-1)!;
    await h.emulator.pressButton(h.token, ugo.id, msg.message_id, `hr:rmid:${folignoRange!.id.toString(36)}`, { forge: true });
    // Nothing was removed: back to Gubbio's hours.
    expect(ugo.botMessages().at(-2)?.message_id).toBe(msg.message_id);
    expect(ugo.lastText()).toContain('Orari di DigiPASS Gubbio');
    await ugo.press('✅ Fine');
    expect(ugo.lastText()).toBe('Orari aggiornati. I cittadini li vedono subito.');
    expect(await h.db.db.select().from(openingRanges).where(eq(openingRanges.id, folignoRange!.id))).toHaveLength(1);
    // The use cases check again, whatever the screens offered.
    const { hours, roles } = direct();
    const actor = await roles.actorFor(await personId(ugo));
    await expect(hours.specialDay(actor, ids['digipass-foligno']!, '2026-12-05', [{ start: '09:00', end: '12:00', capacity: 1 }])).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    await expect(hours.setReleaseUnconfirmed(actor, ids['digipass-foligno']!, false)).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    await expect(hours.removeException(actor, 999_999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    h.expectNoViolations();
  });

  it('citizens have no /hours; only regional admins import', async () => {
    await ciro.say('/hours');
    expect(ciro.lastText()).toBe('Questo comando è per chi lavora nei punti DigiPASS.');
    await fabio.say('/importhours');
    expect(fabio.lastText()).toBe('Questa azione è per gli amministratori regionali.');
    await ciro.say('/importhours');
    expect(ciro.lastText()).toBe('Questo comando è per chi lavora nei punti DigiPASS.');
    h.expectNoViolations();
  });
});

describe('importing hours with validity dates (regional admins)', () => {
  const send = (csv: string) => h.emulator.sendDocument(h.token, admin.id, { fileName: 'orari.csv', mimeType: 'text/csv', bytes: Buffer.from(csv) });
  const gubbio = () =>
    h.db.db
      .select()
      .from(openingRanges)
      .where(and(eq(openingRanges.pointId, ids['digipass-gubbio']!), eq(openingRanges.demo, false)))
      .orderBy(openingRanges.weekday);

  it('reads valid_from / valid_to, and names a bad date', async () => {
    await admin.say('/importhours');
    expect(admin.lastText()).toContain('valid_from,valid_to');
    await send('point,weekday,start,end,facilitators,valid_from,valid_to\ndigipass-gubbio,lun,9,13,1,1 dicembre,\n');
    expect(admin.lastText()).toBe('Il file ha errori, non ho importato niente. Righe da correggere: 2 (valid_from "1 dicembre")');
    await admin.say('/importhours');
    await send('point,weekday,start,end,facilitators,valid_from,valid_to\ndigipass-gubbio,lun,9,13,1,2026-12-01,\ndigipass-gubbio,mer,15,18,2,,31/03/2027\n');
    expect(admin.lastText()).toBe('Nel file: 2 orari per 1 punti. Li importo?');
    await admin.press('📥 Importa');
    expect(admin.lastText()).toBe('Fatto: importati 2 orari per 1 punti.');
    expect((await gubbio()).map((r) => [r.weekday, r.startTime, r.capacity, r.validFrom, r.validTo])).toEqual([
      [1, '09:00:00', 1, '2026-12-01', null],
      [3, '15:00:00', 2, null, '2027-03-31'],
    ]);
    h.expectNoViolations();
  });

  it('without the date columns, hours already there keep their dates; the facilitator sees them', async () => {
    await admin.say('/importhours');
    await send('point,weekday,start,end,facilitators\ndigipass-gubbio,lunedì,9:00,13:00,2\ndigipass-gubbio,ven,9,12,1\n');
    await admin.press('📥 Importa');
    expect((await gubbio()).map((r) => [r.weekday, r.startTime, r.capacity, r.validFrom, r.validTo])).toEqual([
      [1, '09:00:00', 2, '2026-12-01', null],
      [5, '09:00:00', 1, null, null],
    ]);
    await ugo.say('/hours');
    expect(ugo.lastText()).toContain('• lunedì 09:00–13:00 (2 facilitatori) · dal 01/12/2026\n• venerdì 09:00–12:00 (1 facilitatore)\n');
    await ugo.press('✅ Fine');
    h.expectNoViolations();
  });
});
