import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import type { SimulatedPerson } from '../support/person.js';
import { bookings, people, points, roleGrants, serviceRecords } from '../../src/db/schema/index.js';
import { roleUseCases } from '../../src/app/roles.js';
import { referenceCache } from '../../src/app/reference.js';
import { statsUseCases } from '../../src/app/stats.js';
import { agendaUseCases } from '../../src/app/agenda.js';

// Tuesday 24 November 2026, 08:00 in Rome.
const now = new Date('2026-11-24T07:00:00Z');
let h: Harness;
let fabio: SimulatedPerson; // facilitator of DigiPASS Foligno
let anna: SimulatedPerson;
const pointIds: Record<string, number> = {};

async function personRow(p: SimulatedPerson) {
  const [row] = await h.db.db.select().from(people).where(eq(people.telegramId, p.id));
  return row!;
}
async function booking(code: string) {
  const [b] = await h.db.db.select().from(bookings).where(eq(bookings.code, code));
  return b!;
}

beforeAll(async () => {
  h = await harness({ clock: () => now });
  for (const slug of ['digipass-foligno', 'digipass-gubbio']) {
    const [p] = await h.db.db.select().from(points).where(eq(points.slug, slug));
    pointIds[slug] = p!.id;
  }
  fabio = await h.citizen({ firstName: 'Fabio' });
  anna = await h.citizen({ firstName: 'Anna' });
  for (const p of [fabio, anna]) await p.say('/start');
  await h.db.db.insert(roleGrants).values({ personId: (await personRow(fabio)).id, role: 'facilitator', pointId: pointIds['digipass-foligno']!, displayName: 'Fabio' });
  const annaId = (await personRow(anna)).id;
  const foligno = pointIds['digipass-foligno']!;
  await h.db.db.insert(bookings).values([
    { code: 'SVC001', personId: annaId, firstName: 'Anna', pointId: foligno, serviceCode: 'spid', startsAt: new Date('2026-11-24T08:00:00Z'), endsAt: new Date('2026-11-24T08:45:00Z'), seat: 1 },
    { code: 'SVC002', personId: annaId, firstName: 'Bruno', pointId: foligno, serviceCode: 'spid', startsAt: new Date('2026-11-24T09:00:00Z'), endsAt: new Date('2026-11-24T09:45:00Z'), seat: 1 },
    { code: 'SVC003', personId: annaId, firstName: 'Carla', pointId: foligno, serviceCode: 'cie', startsAt: new Date('2026-11-24T10:00:00Z'), endsAt: new Date('2026-11-24T10:30:00Z'), seat: 1 },
    { code: 'GUB001', personId: annaId, firstName: 'Dora', pointId: pointIds['digipass-gubbio']!, serviceCode: 'spid', startsAt: new Date('2026-11-24T10:00:00Z'), endsAt: new Date('2026-11-24T10:45:00Z'), seat: 1 },
  ]);
});
afterAll(async () => {
  await h?.close();
});

describe('the service actually given, after Arrived', () => {
  it('keeps the booked service with one tap', async () => {
    await fabio.say('/agenda');
    await fabio.press('✅ Arrivato 09:00');
    expect(fabio.lastText()).toBe('Che aiuto ha ricevuto Anna? Aveva prenotato: SPID (identità digitale).');
    expect(fabio.inlineButtons().map((b) => b.text)).toEqual(['✅ SPID (identità digitale)', 'Altro servizio…']);
    await fabio.press('✅ SPID (identità digitale)');
    expect(fabio.lastText()).toBe("Com'è andata con Anna (SPID (identità digitale))?");
    await fabio.press('Risolto in parte');
    expect(fabio.botMessages().at(-2)?.text).toBe('Registrato: Anna, SPID (identità digitale), Risolto in parte.');
    const b = await booking('SVC001');
    expect(b.status).toBe('arrived');
    expect(await h.db.db.select().from(serviceRecords).where(eq(serviceRecords.bookingId, b.id))).toMatchObject([{ serviceCode: 'spid', outcome: 'partly', walkIn: false }]);
    h.expectNoViolations();
  });

  it('records another service from the catalogue, and the indicators count it there', async () => {
    await fabio.say('/agenda');
    await fabio.press('✅ Arrivato 10:00');
    await fabio.press('Altro servizio…');
    expect(fabio.lastText()).toBe('Che aiuto ha ricevuto Bruno?');
    expect(fabio.inlineButtons()).toHaveLength(12);
    await fabio.press('Fascicolo sanitario (FSE): referti e ricette online');
    expect(fabio.lastText()).toBe("Com'è andata con Bruno (Fascicolo sanitario (FSE): referti e ricette online)?");
    await fabio.press('Risolto');
    expect(fabio.botMessages().at(-2)?.text).toBe('Registrato: Bruno, Fascicolo sanitario (FSE): referti e ricette online, Risolto.');
    expect(fabio.lastText()).toBe("Facoltativo, per le statistiche: la fascia d'età?");
    const b = await booking('SVC002');
    expect(b.status).toBe('arrived');
    expect(b.serviceCode).toBe('spid'); // the booking keeps what was asked for
    expect(await h.db.db.select().from(serviceRecords).where(eq(serviceRecords.bookingId, b.id))).toMatchObject([{ serviceCode: 'fse', outcome: 'resolved' }]);

    const roles = roleUseCases({ db: h.db.db, clock: () => now });
    const stats = statsUseCases({ db: h.db.db, reference: referenceCache(h.db.db), roles, clock: () => now });
    const report = await stats.stats(await roles.actorFor((await personRow(fabio)).id), 'month');
    expect(report.indicators.byCategory).toEqual({ fse: 1, spid: 1 });
    h.expectNoViolations();
  });

  it('ignores a forged service index, and another point’s booking stays untouched', async () => {
    const carla = await booking('SVC003');
    const msg = fabio.lastBotMessage().message_id;
    for (const data of [`agv:out:${carla.id.toString(36)}:c:0`, `agv:out:${carla.id.toString(36)}:-1:0`, `agv:svc:${carla.id.toString(36)}:1z:0`, `agv:out:${carla.id.toString(36)}:2:7`]) {
      await h.emulator.pressButton(h.token, fabio.id, msg, data, { forge: true });
      expect(h.emulator.callbackAnswers.at(-1)?.text).toBe('Questo pulsante non è più valido. Scrivi /start per ricominciare.');
    }
    const gub = await booking('GUB001');
    await h.emulator.pressButton(h.token, fabio.id, msg, `agv:out:${gub.id.toString(36)}:2:0`, { forge: true });
    expect(fabio.lastText()).toBe('Questa azione è per i facilitatori di DigiPASS Gubbio.');
    // The use case checks the code itself, whoever calls it.
    const roles = roleUseCases({ db: h.db.db, clock: () => now });
    const agenda = agendaUseCases({ db: h.db.db, clock: () => now, reference: referenceCache(h.db.db), roles });
    await expect(agenda.arrived(await roles.actorFor((await personRow(fabio)).id), carla.id, 'resolved', 'not-a-service')).rejects.toMatchObject({ code: 'BAD_INPUT' });
    for (const b of [carla, gub]) {
      expect((await booking(b.code)).status).toBe('booked');
      expect(await h.db.db.select().from(serviceRecords).where(eq(serviceRecords.bookingId, b.id))).toEqual([]);
    }
    h.expectNoViolations();
  });
});
