import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import type { SimulatedPerson } from '../support/person.js';
import { waitFor } from '../support/wait.js';
import { bookings, follows, openingRanges, people, points, roleGrants, serviceRecords } from '../../src/db/schema/index.js';
import { broadcastUseCases } from '../../src/app/broadcast.js';
import { roleUseCases } from '../../src/app/roles.js';
import { referenceCache } from '../../src/app/reference.js';

// Tuesday 24 November 2026, 08:00 in Rome.
let now = new Date('2026-11-24T07:00:00Z');
let h: Harness;
let fabio: SimulatedPerson; // facilitator of DigiPASS Foligno
let citizen: SimulatedPerson;
let annaFollower: SimulatedPerson;
let gubbioFollower: SimulatedPerson;
const ids: Record<string, number> = {};

async function personId(p: SimulatedPerson) {
  const [row] = await h.db.db.select().from(people).where(eq(people.telegramId, p.id));
  return row!;
}

beforeAll(async () => {
  h = await harness({ clock: () => now });
  for (const slug of ['digipass-foligno', 'digipass-gubbio']) {
    const [p] = await h.db.db.select().from(points).where(eq(points.slug, slug));
    ids[slug] = p!.id;
  }
  fabio = await h.citizen({ firstName: 'Fabio' });
  citizen = await h.citizen({ firstName: 'Ciro' });
  annaFollower = await h.citizen({ firstName: 'Anna' });
  gubbioFollower = await h.citizen({ firstName: 'Ugo' });
  for (const p of [fabio, citizen, annaFollower, gubbioFollower]) await p.say('/start');
  await h.db.db.insert(roleGrants).values({ personId: (await personId(fabio)).id, role: 'facilitator', pointId: ids['digipass-foligno']!, displayName: 'Fabio' });
  const anna = await personId(annaFollower);
  await h.db.db.insert(follows).values([
    { personId: anna.id, pointId: ids['digipass-foligno']! },
    { personId: (await personId(gubbioFollower)).id, pointId: ids['digipass-gubbio']! },
  ]);
  await h.db.db.insert(openingRanges).values({ pointId: ids['digipass-foligno']!, weekday: 4, startTime: '09:00', endTime: '13:00' });
  await h.db.db.insert(bookings).values([
    { code: 'FOL001', personId: anna.id, firstName: 'Anna', pointId: ids['digipass-foligno']!, serviceCode: 'spid', startsAt: new Date('2026-11-24T08:00:00Z'), endsAt: new Date('2026-11-24T08:45:00Z'), seat: 1, note: 'porto il <passaporto>' },
    { code: 'GUB001', personId: anna.id, firstName: 'Anna', pointId: ids['digipass-gubbio']!, serviceCode: 'cie', startsAt: new Date('2026-11-24T13:00:00Z'), endsAt: new Date('2026-11-24T13:30:00Z'), seat: 1 },
  ]);
});
afterAll(async () => {
  await h?.close();
});

describe("a facilitator's day", () => {
  it('shows only the bookings of his own point, with name and note', async () => {
    await fabio.say('/agenda');
    const text = fabio.lastText();
    expect(text).toContain('Agenda di martedì 24 novembre');
    expect(text).toContain('09:00 · Anna · SPID (identità digitale) · DigiPASS Foligno · nota: «porto il <passaporto>» — da confermare');
    expect(text).not.toContain('Gubbio');
    h.expectNoViolations();
  });

  it('records an arrival with its outcome, pseudonymously', async () => {
    await fabio.press('✅ Arrivato 09:00');
    expect(fabio.lastText()).toBe('Che aiuto ha ricevuto Anna? Aveva prenotato: SPID (identità digitale).');
    await fabio.press('✅ SPID (identità digitale)');
    expect(fabio.lastText()).toBe('Com\'è andata con Anna (SPID (identità digitale))?');
    await fabio.press('Risolto');
    expect(fabio.botMessages().at(-2)?.text).toBe('Registrato: Anna, SPID (identità digitale), Risolto.');
    // The optional PNRR details, one tap each (or Skip).
    expect(fabio.lastText()).toBe("Facoltativo, per le statistiche: la fascia d'età?");
    await fabio.press('55 e più');
    await fabio.press('Salta');
    await fabio.press('Sì, la prima');
    expect(fabio.lastText()).toBe('Grazie, registrato.');
    const [b] = await h.db.db.select().from(bookings).where(eq(bookings.code, 'FOL001'));
    expect(b?.status).toBe('arrived');
    const records = await h.db.db.select().from(serviceRecords).where(eq(serviceRecords.bookingId, b!.id));
    expect(records).toMatchObject([{ outcome: 'resolved', serviceCode: 'spid', citizenKey: (await personId(annaFollower)).citizenKey, ageBand: '55+', gender: null, firstVisit: true }]);
    h.expectNoViolations();
  });

  it('asks the citizen "How did it go?" an hour later; one tap records it, once', async () => {
    now = new Date(now.getTime() + 61 * 60_000);
    const ask = await waitFor(() => annaFollower.botMessages().find((m) => m.text?.startsWith('Oggi sei stato aiutato')), 'the feedback question');
    expect(ask.text).toContain('DigiPASS Foligno');
    await annaFollower.press('4');
    expect(h.emulator.callbackAnswers.at(-1)?.text).toBe('Grazie! La tua risposta aiuta a migliorare i punti DigiPASS.');
    const [rec] = await h.db.db.select().from(serviceRecords).where(eq(serviceRecords.walkIn, false));
    expect(rec?.satisfaction).toBe(4);
    // Someone else pressing a forged rating changes nothing.
    await h.emulator.pressButton(h.token, citizen.id, citizen.lastBotMessage().message_id, `rt:${rec!.id.toString(36)}:1`, { forge: true });
    const [again] = await h.db.db.select().from(serviceRecords).where(eq(serviceRecords.id, rec!.id));
    expect(again?.satisfaction).toBe(4);
    h.expectNoViolations();
  });

  it('marks a no-show', async () => {
    const [p] = await h.db.db.insert(bookings).values({ code: 'FOL002', personId: (await personId(annaFollower)).id, firstName: 'Anna', pointId: ids['digipass-foligno']!, serviceCode: 'cie', startsAt: new Date('2026-11-24T10:00:00Z'), endsAt: new Date('2026-11-24T10:30:00Z'), seat: 1 }).returning();
    await fabio.say('/agenda');
    await fabio.press('❌ Non venuto 11:00');
    expect(fabio.lastText()).toBe('Segnato come non venuto: Anna alle 11:00.');
    const [after] = await h.db.db.select().from(bookings).where(eq(bookings.id, p!.id));
    expect(after?.status).toBe('no_show');
    h.expectNoViolations();
  });

  it("cannot touch another point's booking, even with a forged button", async () => {
    const [gub] = await h.db.db.select().from(bookings).where(eq(bookings.code, 'GUB001'));
    for (const data of [`aga:noshow:${gub!.id.toString(36)}`, `aga:resolved:${gub!.id.toString(36)}`]) {
      await h.emulator.pressButton(h.token, fabio.id, fabio.lastBotMessage().message_id, data, { forge: true });
      expect(fabio.lastText()).toBe('Questa azione è per i facilitatori di DigiPASS Gubbio.');
    }
    const [after] = await h.db.db.select().from(bookings).where(eq(bookings.code, 'GUB001'));
    expect(after?.status).toBe('booked');
    expect(await h.db.db.select().from(serviceRecords).where(eq(serviceRecords.bookingId, gub!.id))).toEqual([]);
    h.expectNoViolations();
  });

  it('records help given without a booking (walk-in)', async () => {
    await fabio.say('/walkin');
    expect(fabio.lastText()).toBe('Che aiuto hai dato?');
    await fabio.press('Fascicolo sanitario (FSE): referti e ricette online');
    await fabio.press('Indirizzato ad altri uffici');
    expect(fabio.lastText()).toBe('Registrato: Fascicolo sanitario (FSE): referti e ricette online a DigiPASS Foligno, Indirizzato ad altri uffici. Grazie!');
    const records = await h.db.db.select().from(serviceRecords).where(eq(serviceRecords.walkIn, true));
    expect(records).toMatchObject([{ pointId: ids['digipass-foligno'], serviceCode: 'fse', outcome: 'referred', bookingId: null }]);
    // A forged walk-in for another point is refused.
    await h.emulator.pressButton(h.token, fabio.id, fabio.lastBotMessage().message_id, `wk:out:${ids['digipass-gubbio']!.toString(36)}:0:0`, { forge: true });
    expect(fabio.lastText()).toBe('Questa azione è per i facilitatori di DigiPASS Gubbio.');
    expect(await h.db.db.select().from(serviceRecords).where(eq(serviceRecords.walkIn, true))).toHaveLength(1);
    h.expectNoViolations();
  });

  it('books for someone without Telegram; the reminders go to the facilitator', async () => {
    await fabio.say('/bookfor');
    await fabio.say('Mario Rossi, 80 anni');
    expect(fabio.lastText()).toContain('Scrivi solo le iniziali');
    await fabio.say('M.X.');
    // Back on the phone step goes to the initials, and on the point step to the phone.
    await fabio.press('↩️ Indietro');
    expect(fabio.lastText()).toContain('Per chi prenoti?');
    await fabio.say('M.R.');
    await fabio.press('Nessun telefono');
    await fabio.press('↩️ Indietro');
    expect(fabio.lastText()).toContain('Un numero di telefono');
    await fabio.say('333 1234567');
    expect(fabio.botMessages().at(-2)?.text).toBe('Prenotazione per M.R. — i promemoria arriveranno a te.');
    await fabio.press('DigiPASS Foligno');
    await fabio.press('PagoPA e pagamenti online');
    await fabio.press(/^giovedì 26 novembre/);
    await fabio.press('10:00');
    await fabio.press('Nessuna nota');
    await fabio.press('✅ Conferma');
    expect(fabio.botMessages().at(-2)?.text).toContain('Prenotato!');
    const [b] = await h.db.db.select().from(bookings).where(eq(bookings.bookedForInitials, 'M.R.'));
    expect(b).toMatchObject({ personId: null, bookedForInitials: 'M.R.', bookedForPhone: '333 1234567', createdByPersonId: (await personId(fabio)).id, serviceCode: 'pagopa' });
    // Wednesday 25 November, 10:00 in Rome: the day-before reminder reaches Fabio and says for whom.
    const before = now;
    now = new Date('2026-11-25T09:00:00Z');
    const reminder = await waitFor(() => fabio.botMessages().find((m) => m.text?.startsWith('🔔 Promemoria')), "the reminder for M.R.'s booking");
    expect(reminder.text).toContain('giovedì 26 novembre 2026 alle ore 10:00');
    expect(reminder.text).toContain('👤 Per M.R., tel. 333 1234567');
    now = before;
    h.expectNoViolations();
  });

  it('does not book for someone once the facilitator’s role is gone, even mid-conversation', async () => {
    const gina = await h.citizen({ firstName: 'Gina' });
    await gina.say('/start');
    const [grant] = await h.db.db
      .insert(roleGrants)
      .values({ personId: (await personId(gina)).id, role: 'facilitator', pointId: ids['digipass-foligno']!, displayName: 'Gina' })
      .returning();
    await gina.say('/bookfor');
    await gina.say('G.B.');
    await gina.press('Nessun telefono');
    await gina.press('DigiPASS Foligno');
    await gina.press('PagoPA e pagamenti online');
    await gina.press(/^giovedì 26 novembre/);
    await gina.press('11:00');
    await gina.press('Nessuna nota');
    await h.db.db.delete(roleGrants).where(eq(roleGrants.id, grant!.id));
    await gina.press('✅ Conferma');
    expect(gina.lastText()).toBe('Questa azione è per i facilitatori di DigiPASS Foligno.');
    expect(await h.db.db.select().from(bookings).where(eq(bookings.bookedForInitials, 'G.B.'))).toEqual([]);
    h.expectNoViolations();
  });

  it('changes the point’s hours with a preview; citizens see them at once', async () => {
    await fabio.say('/hours');
    expect(fabio.lastText()).toContain('Orari di DigiPASS Foligno');
    expect(fabio.lastText()).toContain('• giovedì 09:00–13:00 (1 facilitatore)');
    await fabio.press('➕ Aggiungi un orario');
    await fabio.press('lunedì');
    await fabio.say('alle nove');
    expect(fabio.lastText()).toContain('Non ho capito l\'orario');
    await fabio.say('9-12');
    await fabio.press('2');
    await fabio.press('Fino a una data');
    await fabio.say('31/12');
    expect(fabio.lastText()).toBe('Aggiungo: lunedì 09:00–12:00, 2 facilitatori. Va bene?\nVale fino a giovedì 31 dicembre compreso.');
    await fabio.press('💾 Salva');
    expect(fabio.lastText()).toContain('• lunedì 09:00–12:00 (2 facilitatori)');
    await fabio.press('🚫 Chiudi un giorno');
    await fabio.say('26/11');
    // Someone booked on that day earlier in this file (for M.R.): the facilitator is warned.
    expect(fabio.lastText()).toBe('DigiPASS Foligno sarà chiuso giovedì 26 novembre. Va bene?\n⚠️ Quel giorno c\'è 1 prenotazione: avvisa la persona (la trovi in /agenda).');
    await fabio.press('💾 Salva');
    await fabio.press('📅 Orario speciale per un giorno');
    await fabio.say('28/11');
    await fabio.say('10-12');
    await fabio.press('1');
    expect(fabio.lastText()).toBe('DigiPASS Foligno, sabato 28 novembre: aperto 10:00–12:00 (al posto dell\'orario solito), 1 facilitatore. Va bene?');
    await fabio.press('💾 Salva');
    await fabio.press('✅ Fine');
    expect(fabio.lastText()).toBe('Orari aggiornati. I cittadini li vedono subito.');
    await citizen.say('Foligno');
    await citizen.press('1. DigiPASS Foligno');
    expect(citizen.lastText()).toContain('lunedì 30 novembre: 09:00–12:00');
    expect(citizen.lastText()).toContain('giovedì 26 novembre: chiuso');
    expect(citizen.lastText()).toContain('sabato 28 novembre: 10:00–12:00');
    h.expectNoViolations();
  });

  it('a citizen has no agenda and cannot post news', async () => {
    await citizen.say('/agenda');
    expect(citizen.lastText()).toBe('Questo comando è per chi lavora nei punti DigiPASS.');
    await citizen.say('/news');
    expect(citizen.lastText()).toBe('Questo comando è per chi lavora nei punti DigiPASS.');
    await citizen.say('/walkin');
    expect(citizen.lastText()).toBe('Questo comando è per chi lavora nei punti DigiPASS.');
    await citizen.say('/bookfor');
    expect(citizen.lastText()).toBe('Questo comando è per chi lavora nei punti DigiPASS.');
    await citizen.say('/hours');
    expect(citizen.lastText()).toBe('Questo comando è per chi lavora nei punti DigiPASS.');
  });
});

describe('news of a point', () => {
  it('goes to the channel, escaped, and to that point’s followers only', async () => {
    await fabio.say('/news');
    expect(fabio.lastText()).toContain('Scrivi la notizia di DigiPASS Foligno');
    await fabio.say('Giovedì corso <b>SPID</b> & "CIE" alle 10');
    expect(fabio.lastText()).toBe('Vuoi aggiungere una foto? Mandala ora, oppure tocca «Senza foto».');
    await fabio.press('Senza foto');
    expect(fabio.lastText()).toBe('DigiPASS Foligno\n\nGiovedì corso <b>SPID</b> & "CIE" alle 10');
    await fabio.press('📢 Pubblica ora');
    await waitFor(() => fabio.lastText().startsWith('Invio finito.'), 'the broadcast report', 20_000);
    const post = h.emulator.messages(h.token, h.channelId).at(-1)!;
    expect(post.text).toBe('DigiPASS Foligno\n\nGiovedì corso <b>SPID</b> & "CIE" alle 10');
    expect(post.entities?.filter((e) => e.type === 'bold')).toHaveLength(1); // the point's name only
    expect(annaFollower.lastText()).toContain('Notizie da DigiPASS Foligno, che segui');
    expect(gubbioFollower.botMessages().some((m) => m.text?.includes('Giovedì corso'))).toBe(false);
    h.expectNoViolations();
  });

  it('cannot be published for another point, and the refusal is recorded', async () => {
    const roles = roleUseCases({ db: h.db.db, clock: () => now });
    const uc = broadcastUseCases({ db: h.db.db, clock: () => now, roles, reference: referenceCache(h.db.db), channelId: h.channelId });
    const actor = await roles.actorFor((await personId(fabio)).id);
    await expect(uc.newsToFollowers(actor, { pointId: ids['digipass-gubbio']!, text: 'non mio' })).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
  });
});
