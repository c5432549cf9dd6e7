import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import type { SimulatedPerson } from '../support/person.js';
import { waitFor } from '../support/wait.js';
import { auditLog, bookings, jobs, openingRanges, people, points, waitlist } from '../../src/db/schema/index.js';
import { waitCb, waitDeclineCb } from '../../src/bot/features/booking/codec.js';
import { directBooking } from '../support/use-cases.js';

// Sunday 22 November 2026, 09:00 in Rome.
let now = new Date('2026-11-22T08:00:00Z');
let h: Harness;

beforeAll(async () => {
  h = await harness({ clock: () => now });
  const [foligno] = await h.db.db.select().from(points).where(eq(points.slug, 'digipass-foligno'));
  // Only Tuesday 09:00–10:00 with one facilitator: two 30-minute CIE slots.
  await h.db.db.insert(openingRanges).values({ pointId: foligno!.id, weekday: 2, startTime: '09:00', endTime: '10:00', capacity: 1 });
});
afterAll(async () => {
  await h?.close();
});

async function book(p: SimulatedPerson, time: string, day: RegExp = /^martedì 24 novembre/) {
  await p.say('/book');
  await p.say('Foligno');
  await p.press('DigiPASS Foligno');
  await p.press(/^Carta d'identità elettronica/);
  await p.press(day);
  await p.press(time);
  await p.press('Nessuna nota');
  await p.press('✅ Conferma');
  return /Codice: (\w+)/.exec(p.botMessages().at(-2)!.text!)![1]!;
}

describe('the waiting list', () => {
  let anna: SimulatedPerson;
  let bea: SimulatedPerson;
  let carla: SimulatedPerson;
  let dario: SimulatedPerson;
  let annaCode: string;
  let beaCode: string;

  it('offers a full day as "tell me if a place frees up"', async () => {
    anna = await h.citizen({ firstName: 'Anna' });
    bea = await h.citizen({ firstName: 'Bea' });
    carla = await h.citizen({ firstName: 'Carla' });
    dario = await h.citizen({ firstName: 'Dario' });
    annaCode = await book(anna, '09:00');
    beaCode = await book(bea, '09:30');
    for (const p of [carla, dario]) {
      await p.say('/book');
      await p.say('Foligno');
      await p.press('DigiPASS Foligno');
      await p.press(/^Carta d'identità elettronica/);
      // The next Tuesday is full; later ones are still offered.
      expect(p.inlineButtons().map((b) => b.text)).toContain('🔔 martedì 24 novembre: pieno, avvisami');
      expect(p.inlineButtons().map((b) => b.text)).toContain('martedì 1 dicembre (2)');
      await p.press('🔔 martedì 24 novembre: pieno, avvisami');
      expect(p.lastText()).toContain('se si libera un posto martedì 24 novembre a DigiPASS Foligno, ti scrivo subito');
    }
    expect(await h.db.db.select().from(waitlist)).toHaveLength(2);
    h.expectNoViolations();
  });

  it('gives the first in line a one-tap offer when someone cancels, and books it', async () => {
    await anna.say('/mybookings');
    await anna.press(`✖️ Annulla ${annaCode}`);
    await anna.press('Sì, annulla');
    const offer = await waitFor(() => carla.botMessages().find((m) => m.text?.startsWith('🎉 Si è liberato un posto')), 'the offer to Carla');
    expect(offer.text).toContain('martedì 24 novembre 2026 alle ore 09:00');
    expect(dario.botMessages().some((m) => m.text?.startsWith('🎉'))).toBe(false);
    // A double tap (two presses before either is answered) books once.
    await Promise.all([carla.press('✅ Sì, prenota'), carla.press('✅ Sì, prenota')]);
    const [carlaPerson] = await h.db.db.select().from(people).where(eq(people.telegramId, carla.id));
    const taken = await h.db.db.select().from(bookings).where(eq(bookings.personId, carlaPerson!.id));
    expect(taken).toHaveLength(1);
    expect(taken[0]!.startsAt.toISOString()).toBe('2026-11-24T08:00:00.000Z');
    // The same confirmation as a booking made step by step: code, place, time, what to bring, Cancel/Move, .ics.
    const confirmation = carla.botMessages().find((m) => m.text?.startsWith('✅ Prenotato!'));
    expect(confirmation?.text).toContain(`Codice: ${taken[0]!.code}`);
    expect(confirmation?.text).toContain('martedì 24 novembre 2026 alle ore 09:00');
    expect(confirmation?.text).toContain('Porta con te');
    const manage = (confirmation!.reply_markup as { inline_keyboard: { text: string }[][] }).inline_keyboard.flat().map((b) => b.text);
    expect(manage).toEqual([`🔁 Sposta ${taken[0]!.code}`, `✖️ Annulla ${taken[0]!.code}`]);
    const file = carla.botMessages().find((m) => m.document);
    expect(file?.document?.file_name).toBe(`digipass-${taken[0]!.code}.ics`);
    const ics = Buffer.from(h.emulator.file(file!.document!.file_id)!.bytes).toString('utf8');
    expect(ics).toContain('DTSTART;TZID=Europe/Rome:20261124T090000');
    expect(carla.botMessages().filter((m) => m.text?.startsWith('✅ Prenotato!'))).toHaveLength(1);
    h.expectNoViolations();
  });

  it('an offer not taken in 30 minutes expires and cannot be taken late', async () => {
    await bea.say('/mybookings');
    await bea.press(`✖️ Annulla ${beaCode}`);
    await bea.press('Sì, annulla');
    await waitFor(() => dario.botMessages().find((m) => m.text?.startsWith('🎉 Si è liberato un posto')), 'the offer to Dario');
    // While the offer stands, the freed 09:30 is Dario's: nobody else sees it or can book it.
    const elio = await h.citizen({ firstName: 'Elio' });
    await elio.say('/book');
    await elio.say('Foligno');
    await elio.press('DigiPASS Foligno');
    await elio.press(/^Carta d'identità elettronica/);
    expect(elio.inlineButtons().map((b) => b.text)).toContain('🔔 martedì 24 novembre: pieno, avvisami');
    await elio.press('✖️ Annulla');
    const uc = directBooking(h.db.db, () => now).booking;
    const [elioPerson] = await h.db.db.select().from(people).where(eq(people.telegramId, elio.id));
    await expect(
      uc.book({ personId: elioPerson!.id, pointId: (await foligno()).id, serviceCode: 'cie', start: new Date('2026-11-24T08:30:00Z'), createdByPersonId: elioPerson!.id }),
    ).rejects.toMatchObject({ code: 'SLOT_TAKEN' });
    now = new Date(now.getTime() + 31 * 60_000);
    const [darioPerson] = await h.db.db.select().from(people).where(eq(people.telegramId, dario.id));
    await waitFor(async () => (await h.db.db.select().from(waitlist).where(eq(waitlist.personId, darioPerson!.id)))[0]?.status === 'expired', 'the offer to expire');
    await dario.press('✅ Sì, prenota');
    expect(dario.lastText()).toBe('Mi dispiace, l\'offerta è scaduta oppure il posto è già stato preso.');
    expect(await h.db.db.select().from(bookings).where(eq(bookings.personId, darioPerson!.id))).toEqual([]);
    // The offer lapsed: the time is free for anyone again.
    await elio.say('/book');
    await elio.say('Foligno');
    await elio.press('DigiPASS Foligno');
    await elio.press(/^Carta d'identità elettronica/);
    await elio.press('martedì 24 novembre (1)');
    expect(elio.inlineButtons().map((b) => b.text)).toContain('09:30');
    await elio.press('09:30');
    await elio.press('Nessuna nota');
    await elio.press('✅ Conferma');
    const [elioBooking] = await h.db.db.select().from(bookings).where(eq(bookings.personId, elioPerson!.id));
    expect(elioBooking?.startsAt.toISOString()).toBe('2026-11-24T08:30:00.000Z');
    h.expectNoViolations();
  });
});

async function foligno() {
  return (await h.db.db.select().from(points).where(eq(points.slug, 'digipass-foligno')))[0]!;
}

describe('confirm or release', () => {
  it('frees an unconfirmed booking two hours before at a point that asks for confirmation', async () => {
    now = new Date('2026-11-22T08:00:00Z');
    await h.db.db.update(points).set({ releaseUnconfirmed: true }).where(eq(points.slug, 'digipass-foligno'));
    const enzo = await h.citizen({ firstName: 'Enzo' });
    const gino = await h.citizen({ firstName: 'Gino' });
    const flavia = await h.citizen({ firstName: 'Flavia' });
    const bookDec1 = (p: SimulatedPerson, time: string) => book(p, time, /^martedì 1 dicembre/);
    const enzoCode = await bookDec1(enzo, '09:00');
    await bookDec1(gino, '09:30');
    await flavia.say('/book');
    await flavia.say('Foligno');
    await flavia.press('DigiPASS Foligno');
    await flavia.press(/^Carta d'identità elettronica/);
    await flavia.press('🔔 martedì 1 dicembre: pieno, avvisami');

    // Monday 30 November, 09:30 in Rome: both day-before reminders are due, with Confirm.
    now = new Date('2026-11-30T08:30:00Z');
    await waitFor(() => gino.botMessages().find((m) => m.text?.startsWith('🔔 Promemoria')), "Gino's reminder");
    await waitFor(() => enzo.botMessages().find((m) => m.text?.startsWith('🔔 Promemoria')), "Enzo's reminder");
    await gino.press('✅ Confermo, vengo');
    expect(gino.lastText()).toContain('confermata: ti aspettiamo');

    // Tuesday 1 December, 08:00 in Rome: two hours before Enzo's 09:00 and Gino's 09:30... nearly.
    now = new Date('2026-12-01T06:45:00Z');
    const released = await waitFor(() => enzo.botMessages().find((m) => m.text?.startsWith('Non hai confermato')), "Enzo's release");
    expect(released.text).toContain(enzoCode);
    await waitFor(() => flavia.botMessages().find((m) => m.text?.startsWith('🎉 Si è liberato un posto')), 'the offer to Flavia');
    const statuses = await h.db.db.select({ status: bookings.status, startsAt: bookings.startsAt }).from(bookings).where(eq(bookings.pointId, (await h.db.db.select().from(points).where(eq(points.slug, 'digipass-foligno')))[0]!.id));
    const dec1 = statuses.filter((b) => b.startsAt >= new Date('2026-12-01T00:00:00Z')).map((b) => b.status).sort();
    expect(dec1).toEqual(['confirmed', 'released']);
    h.expectNoViolations();
  });
});

describe('confirm or release, for a booking made less than a day ahead', () => {
  it('is never released: nobody asked the person to confirm it', async () => {
    // Monday 14 December, 10:00 in Rome: the day-before ask for Tuesday 09:00 is already past.
    now = new Date('2026-12-14T09:00:00Z');
    const ida = await h.citizen({ firstName: 'Ida' });
    const code = await book(ida, '09:00', /^martedì 15 dicembre/);
    const [row] = await h.db.db.select().from(bookings).where(eq(bookings.code, code));
    const queued = await h.db.db.select({ kind: jobs.kind, dedupeKey: jobs.dedupeKey }).from(jobs);
    expect(queued.filter((j) => j.dedupeKey?.startsWith(`booking:${row!.id}:`)).map((j) => j.kind)).toEqual(['booking.remind2']);
    // Tuesday 07:30 in Rome: past two hours before, the reminder arrives and the booking stands.
    now = new Date('2026-12-15T06:30:00Z');
    await waitFor(() => ida.botMessages().find((m) => m.text?.startsWith('🔔 Tra poco')), "Ida's two-hours reminder");
    expect(ida.botMessages().some((m) => m.text?.startsWith('Non hai confermato'))).toBe(false);
    const [after] = await h.db.db.select().from(bookings).where(eq(bookings.id, row!.id));
    expect(after?.status).toBe('booked');
    h.expectNoViolations();
  });
});

describe('"No, grazie" on an offer', () => {
  const OFFER = '🎉 Si è liberato un posto';
  const RELEASED = /^Va bene, grazie per avercelo detto\. Il posto a DigiPASS Foligno \(martedì 22 dicembre 2026 alle ore 09:00\) è stato liberato/;
  const offersTo = (p: SimulatedPerson) => p.botMessages().filter((m) => m.text?.startsWith(OFFER));
  const entryOf = async (p: SimulatedPerson) => {
    const [person] = await h.db.db.select().from(people).where(eq(people.telegramId, p.id));
    return (await h.db.db.select().from(waitlist).where(eq(waitlist.personId, person!.id)))[0]!;
  };
  let ugo: SimulatedPerson;
  let wanda: SimulatedPerson;
  let xeno: SimulatedPerson;
  let yara: SimulatedPerson;

  it('the first in line declines: the next gets the offer at once, and a double tap releases once', async () => {
    // Wednesday 16 December, 10:00 in Rome; Tuesday 22 is filled, then three people wait for it.
    now = new Date('2026-12-16T09:00:00Z');
    ugo = await h.citizen({ firstName: 'Ugo' });
    const vera = await h.citizen({ firstName: 'Vera' });
    wanda = await h.citizen({ firstName: 'Wanda' });
    xeno = await h.citizen({ firstName: 'Xeno' });
    yara = await h.citizen({ firstName: 'Yara' });
    const ugoCode = await book(ugo, '09:00', /^martedì 22 dicembre/);
    await book(vera, '09:30', /^martedì 22 dicembre/);
    for (const p of [wanda, xeno, yara]) {
      await p.say('/book');
      await p.say('Foligno');
      await p.press('DigiPASS Foligno');
      await p.press(/^Carta d'identità elettronica/);
      await p.press('🔔 martedì 22 dicembre: pieno, avvisami');
    }
    await ugo.say('/mybookings');
    await ugo.press(`✖️ Annulla ${ugoCode}`);
    await ugo.press('Sì, annulla');
    const offer = await waitFor(() => offersTo(wanda)[0], 'the offer to Wanda');
    expect((offer.reply_markup as { inline_keyboard: { text: string }[][] }).inline_keyboard.flat().map((b) => b.text)).toEqual(['✅ Sì, prenota', 'No, grazie']);

    // Two presses before either is answered: one release, one kind word.
    await Promise.all([wanda.press('No, grazie'), wanda.press('No, grazie')]);
    const edited = wanda.botMessages().find((m) => m.message_id === offer.message_id)!;
    expect(edited.text).toMatch(RELEASED);
    expect(edited.text).toContain("Puoi prenotare un'altra volta quando vuoi.");
    expect(edited.reply_markup).toBeUndefined();
    expect(wanda.botMessages().filter((m) => m.text?.startsWith('Hai già lasciato questo posto'))).toHaveLength(1);
    expect((await entryOf(wanda)).status).toBe('cancelled');

    // The clock does not move: the seat goes to the next in line right away, once.
    const next = await waitFor(() => offersTo(xeno)[0], 'the offer to Xeno');
    expect(next.text).toContain('martedì 22 dicembre 2026 alle ore 09:00');
    expect((await entryOf(xeno)).status).toBe('offered');
    expect(offersTo(yara)).toEqual([]);
    const wandaExpiry = await h.db.db.select({ status: jobs.status }).from(jobs).where(eq(jobs.dedupeKey, `waitlist:${(await entryOf(wanda)).id}:expire`));
    expect(wandaExpiry.map((j) => j.status)).toEqual(['cancelled']);
    // Still held for Xeno: nobody else can take it meanwhile.
    expect(await h.db.db.select().from(bookings).where(and(eq(bookings.startsAt, new Date('2026-12-22T08:00:00Z')), eq(bookings.status, 'booked')))).toEqual([]);
    h.expectNoViolations();
  });

  it("a forged decline of someone else's offer changes nothing, and is recorded as refused", async () => {
    const xenoEntry = await entryOf(xeno);
    await h.emulator.pressButton(h.token, yara.id, yara.lastBotMessage().message_id, waitDeclineCb.pack({ entry: xenoEntry.id }), { forge: true });
    expect(yara.lastText()).toBe('Non trovo quello che cerchi. Forse è stato cancellato.');
    expect((await entryOf(xeno)).status).toBe('offered');
    expect((await entryOf(yara)).status).toBe('waiting');
    const [yaraPerson] = await h.db.db.select().from(people).where(eq(people.telegramId, yara.id));
    const refused = await h.db.db.select().from(auditLog).where(and(eq(auditLog.action, 'access.refused'), eq(auditLog.subject, 'waitlist.decline'), eq(auditLog.actorPersonId, yaraPerson!.id)));
    expect(refused).toHaveLength(1);
    expect(refused[0]!.detail).toMatchObject({ reason: 'not_yours', entryId: xenoEntry.id });
    // Taking someone else's offer with a forged button books nothing, and is recorded too.
    await h.emulator.pressButton(h.token, yara.id, yara.lastBotMessage().message_id, waitCb.pack({ entry: xenoEntry.id }), { forge: true });
    expect(yara.lastText()).toBe('Non trovo quello che cerchi. Forse è stato cancellato.');
    expect((await entryOf(xeno)).status).toBe('offered');
    expect(await h.db.db.select().from(bookings).where(eq(bookings.personId, yaraPerson!.id))).toEqual([]);
    const refusedTake = await h.db.db.select().from(auditLog).where(and(eq(auditLog.action, 'access.refused'), eq(auditLog.subject, 'waitlist.take'), eq(auditLog.actorPersonId, yaraPerson!.id)));
    expect(refusedTake.map((r) => r.detail)).toEqual([expect.objectContaining({ reason: 'not_yours', entryId: xenoEntry.id })]);
    expect(offersTo(yara)).toEqual([]);
    h.expectNoViolations();
  });

  it('declining after the offer expired changes nothing and gets a kind word', async () => {
    now = new Date(now.getTime() + 31 * 60_000);
    await waitFor(async () => (await entryOf(xeno)).status === 'expired', "Xeno's offer to expire");
    // The expiry passed the seat on to Yara, exactly as a decline does.
    await waitFor(() => offersTo(yara)[0], 'the offer to Yara');
    await xeno.press('No, grazie');
    expect(xeno.lastText()).toBe("Nessun problema: questa offerta non era più valida, quindi non c'è niente da liberare. Puoi prenotare un'altra volta quando vuoi.");
    expect((await entryOf(xeno)).status).toBe('expired');
    expect((await entryOf(yara)).status).toBe('offered');
    expect(offersTo(yara)).toHaveLength(1);
    h.expectNoViolations();
  });
});
