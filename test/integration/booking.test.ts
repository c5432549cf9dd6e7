import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import type { SimulatedPerson } from '../support/person.js';
import { waitFor } from '../support/wait.js';
import { bookings, jobs, openingRanges, people, points, pointServices, roleGrants } from '../../src/db/schema/index.js';
import { bookCb } from '../../src/bot/features/booking/codec.js';
import { SERVICE_CODES } from '../../src/domain/services.js';

// Sunday 22 November 2026, 09:00 in Rome.
let now = new Date('2026-11-22T08:00:00Z');
let h: Harness;
let anna: SimulatedPerson;

beforeAll(async () => {
  // Three seconds of silence end a conversation here (30 minutes in production).
  h = await harness({ clock: () => now, env: { CONVERSATION_TIMEOUT_MINUTES: '0.05' } });
  const [foligno] = await h.db.db.select().from(points).where(eq(points.slug, 'digipass-foligno'));
  // Tuesdays and Thursdays 09:00–13:00, one facilitator.
  await h.db.db.insert(openingRanges).values([
    { pointId: foligno!.id, weekday: 2, startTime: '09:00', endTime: '13:00', capacity: 1 },
    { pointId: foligno!.id, weekday: 4, startTime: '09:00', endTime: '13:00', capacity: 1 },
  ]);
  // Foligno declares three services: only these can be booked there.
  await h.db.db.insert(pointServices).values(['spid', 'cie', 'appio'].map((serviceCode) => ({ pointId: foligno!.id, serviceCode })));
  anna = await h.citizen({ firstName: 'Anna' });
  await anna.say('/start');
});
afterAll(async () => {
  await h?.close();
});

async function annaBookings() {
  const [p] = await h.db.db.select().from(people).where(eq(people.telegramId, anna.id));
  return h.db.db.select().from(bookings).where(eq(bookings.personId, p!.id)).orderBy(bookings.id);
}

describe('a citizen books help', () => {
  it('goes from the menu to a confirmed booking with what to bring and a calendar file', async () => {
    await anna.press('📅 Prenota un aiuto');
    expect(anna.lastText()).toContain('Dove vuoi andare?');
    await anna.say('Foligno');
    expect(anna.lastText()).toBe('Scegli il punto:');
    await anna.press('DigiPASS Foligno');
    expect(anna.lastText()).toBe('Per che cosa ti serve aiuto?');
    await anna.press('SPID (identità digitale)');
    const texts = anna.botMessages().slice(-2).map((m) => m.text);
    expect(texts[0]).toContain('Porta con te: un documento d\'identità valido, la tessera sanitaria');
    expect(texts[1]).toContain('Che giorno? Questi giorni hanno orari liberi a DigiPASS Foligno');
    // Tuesday and Thursday, 45-minute SPID slots every 30 minutes from 09:00 to 12:00: 7 each.
    expect(anna.inlineButtons().map((b) => b.text).slice(0, 2)).toEqual(['martedì 24 novembre (7)', 'giovedì 26 novembre (7)']);
    await anna.press('martedì 24 novembre (7)');
    expect(anna.inlineButtons().map((b) => b.text).slice(0, 7)).toEqual(['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '12:00']);
    await anna.say('boh');
    // Bad input: a kind word, then the same question again.
    expect(anna.botMessages().at(-2)?.text).toContain('Per favore scegli uno dei pulsanti');
    expect(anna.lastText()).toBe('A che ora? martedì 24 novembre:');
    await anna.press('09:00');
    expect(anna.lastText()).toContain('Vuoi lasciare una nota');
    await anna.say('x'.repeat(201));
    expect(anna.lastText()).toContain('La nota è troppo lunga');
    await anna.say('Vengo con mia figlia <Maria>');
    expect(anna.lastText()).toContain('Controlla la tua prenotazione');
    expect(anna.lastText()).toContain('📝 Vengo con mia figlia <Maria>');
    await anna.press('✅ Conferma');
    const [confirmation, file] = anna.botMessages().slice(-2);
    const [booking] = await annaBookings();
    expect(confirmation!.text).toContain(`Prenotato! Codice: ${booking!.code}`);
    expect(confirmation!.text).toContain('martedì 24 novembre 2026 alle ore 09:00');
    const manage = (confirmation!.reply_markup as { inline_keyboard: { text: string }[][] }).inline_keyboard.flat().map((b) => b.text);
    expect(manage).toEqual([`🔁 Sposta ${booking!.code}`, `✖️ Annulla ${booking!.code}`]);
    expect(file!.document?.file_name).toBe(`digipass-${booking!.code}.ics`);
    const ics = Buffer.from(h.emulator.file(file!.document!.file_id)!.bytes).toString('utf8');
    expect(ics).toContain('DTSTART;TZID=Europe/Rome:20261124T090000');
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(booking).toMatchObject({ status: 'booked', serviceCode: 'spid', note: 'Vengo con mia figlia <Maria>', seat: 1 });
    expect(booking!.startsAt.toISOString()).toBe('2026-11-24T08:00:00.000Z');
    // Reminders were enqueued with the booking: the day before at 09:00, and two hours before.
    const reminders = await h.db.db.select().from(jobs).where(inArray(jobs.kind, ['booking.remind24', 'booking.remind2'])).orderBy(jobs.runAt);
    expect(reminders.map((j) => j.runAt.toISOString())).toEqual(['2026-11-23T08:00:00.000Z', '2026-11-24T06:00:00.000Z']);
    h.expectNoViolations();
  });

  it('a taken slot is no longer offered to someone else', async () => {
    const bruno = await h.citizen({ firstName: 'Bruno' });
    await bruno.say('/book');
    await bruno.say('Foligno');
    await bruno.press('DigiPASS Foligno');
    await bruno.press('SPID (identità digitale)');
    // 09:00 is Anna's; 09:30 overlaps her 45 minutes too.
    expect(bruno.inlineButtons().map((b) => b.text)).toContain('martedì 24 novembre (5)');
    await bruno.press('martedì 24 novembre (5)');
    expect(bruno.inlineButtons().map((b) => b.text).slice(0, 5)).toEqual(['10:00', '10:30', '11:00', '11:30', '12:00']);
    await bruno.press('↩️ Indietro');
    expect(bruno.lastText()).toContain('Che giorno?');
    await bruno.press('✖️ Annulla');
    expect(bruno.lastText()).toBe('Va bene, non ho prenotato niente.');
    h.expectNoViolations();
  });

  it('moves a booking from /mybookings; the old time is freed only with the new one', async () => {
    await anna.say('/mybookings');
    const [booking] = await annaBookings();
    expect(anna.lastText()).toContain(booking!.code);
    await anna.press(`🔁 Sposta ${booking!.code}`);
    await anna.press('giovedì 26 novembre');
    await anna.press('10:30');
    expect(anna.botMessages().some((m) => m.text?.includes('ora è giovedì 26 novembre 2026 alle ore 10:30'))).toBe(true);
    const all = await annaBookings();
    expect(all.map((b) => b.status)).toEqual(['cancelled', 'booked']);
    expect(all[1]!.startsAt.toISOString()).toBe('2026-11-26T09:30:00.000Z');
    // The same confirmation as a new booking: code, place, time, what to bring, Cancel/Move, .ics.
    const [confirmation, file] = anna.botMessages().slice(-2);
    expect(confirmation!.text).toContain(`Prenotato! Codice: ${all[1]!.code}`);
    expect(confirmation!.text).toContain('giovedì 26 novembre 2026 alle ore 10:30');
    expect(confirmation!.text).toContain('Porta con te');
    const manage = (confirmation!.reply_markup as { inline_keyboard: { text: string }[][] }).inline_keyboard.flat().map((b) => b.text);
    expect(manage).toEqual([`🔁 Sposta ${all[1]!.code}`, `✖️ Annulla ${all[1]!.code}`]);
    expect(file!.document?.file_name).toBe(`digipass-${all[1]!.code}.ics`);
    const ics = Buffer.from(h.emulator.file(file!.document!.file_id)!.bytes).toString('utf8');
    expect(ics).toContain('DTSTART;TZID=Europe/Rome:20261126T103000');
    h.expectNoViolations();
  });

  it('cancels after confirming, but not in the last two hours', async () => {
    const live = (await annaBookings()).find((b) => b.status === 'booked')!;
    now = new Date('2026-11-26T08:00:00Z'); // Thursday 09:00: ninety minutes before 10:30
    await anna.say('/mybookings');
    await anna.press(`✖️ Annulla ${live.code}`);
    // (Reminders due at that moment may arrive too: look for the answer, not the last message.)
    expect(anna.botMessages().some((m) => m.text?.includes('Mancano meno di 2 ore'))).toBe(true);
    now = new Date('2026-11-22T08:00:00Z');
    await anna.say('/mybookings');
    await anna.press(`✖️ Annulla ${live.code}`);
    expect(anna.lastText()).toContain(`Vuoi davvero annullare la prenotazione ${live.code}`);
    await anna.press('Sì, annulla');
    expect(anna.botMessages().some((m) => m.text === `Prenotazione ${live.code} annullata. L'orario ora è libero per un'altra persona.`)).toBe(true);
    const [row] = await h.db.db.select().from(bookings).where(eq(bookings.id, live.id));
    expect(row?.status).toBe('cancelled');
    const reminders = await h.db.db.select().from(jobs).where(and(inArray(jobs.kind, ['booking.remind24', 'booking.remind2']), eq(jobs.status, 'pending')));
    expect(reminders).toEqual([]);
    h.expectNoViolations();
  });

  it('someone else cannot cancel Anna’s booking, even with a forged button', async () => {
    await anna.say('/book');
    await anna.say('Foligno');
    await anna.press('DigiPASS Foligno');
    await anna.press(/^Carta d'identità elettronica/);
    await anna.press(/^martedì 24 novembre/);
    await anna.press('11:00');
    await anna.press('Nessuna nota');
    await anna.press('✅ Conferma');
    const target = (await annaBookings()).find((b) => b.status === 'booked')!;
    const mallory = await h.citizen({ firstName: 'Mallory' });
    await mallory.say('/mybookings');
    expect(mallory.lastText()).toContain('Non hai prenotazioni');
    await h.emulator.pressButton(h.token, mallory.id, mallory.lastBotMessage().message_id, `mb:cyes:${target.id.toString(36)}:0`, { forge: true });
    expect(mallory.lastText()).toBe('Questo non è tuo: puoi agire solo sulle tue prenotazioni.');
    const [row] = await h.db.db.select().from(bookings).where(eq(bookings.id, target.id));
    expect(row?.status).toBe('booked');
    h.expectNoViolations();
  });

  it('ends a silent conversation kindly, and the next message is handled normally', async () => {
    const carlo = await h.citizen({ firstName: 'Carlo' });
    await carlo.say('/book');
    expect(carlo.lastText()).toContain('Dove vuoi andare?');
    await new Promise((r) => setTimeout(r, 3_500));
    await carlo.say('Gubbio');
    const texts = carlo.botMessages().slice(-2).map((m) => m.text);
    expect(texts[0]).toContain('La prenotazione che avevi iniziato è scaduta dopo 1 minuto senza risposta.');
    expect(texts[1]).toContain('Punti DigiPASS a Gubbio');
    h.expectNoViolations();
  });

  it('another guided conversation left silent ends with a neutral note, not a booking one', async () => {
    const nina = await h.citizen({ firstName: 'Nina' });
    await nina.say('/start');
    const [p] = await h.db.db.select().from(people).where(eq(people.telegramId, nina.id));
    const [foligno] = await h.db.db.select().from(points).where(eq(points.slug, 'digipass-foligno'));
    await h.db.db.insert(roleGrants).values({ personId: p!.id, role: 'facilitator', pointId: foligno!.id, displayName: 'Nina' });
    await nina.say('/news');
    expect(nina.lastText()).toContain('Scrivi la notizia');
    await new Promise((r) => setTimeout(r, 3_500));
    await nina.say('Gubbio');
    const texts = nina.botMessages().slice(-2).map((m) => m.text);
    // The harness times out after 0.05 minutes; the note says the configured time, rounded up to one whole minute.
    expect(texts[0]).toBe('È passato 1 minuto senza risposta, quindi ho chiuso quello che stavi facendo. Quando vuoi, ricomincia dal comando o dal menu.');
    expect(nina.botMessages().some((m) => m.text?.includes('La prenotazione che avevi iniziato'))).toBe(false);
    // The text was not taken as the news: it is handled normally.
    expect(texts[1]).toContain('Punti DigiPASS a Gubbio');
    h.expectNoViolations();
  });

  it('a command in the middle of a booking leaves it and runs', async () => {
    const dora = await h.citizen({ firstName: 'Dora' });
    await dora.say('/book');
    await dora.say('/help');
    expect(dora.lastText()).toContain('Come funziona');
    await dora.say('/cancel');
    expect(dora.lastText()).toBe('Non c\'è niente da annullare.');
    // She left on purpose: no "your booking expired" note.
    expect(dora.botMessages().some((m) => m.text?.includes('scaduta'))).toBe(false);
  h.expectNoViolations();
  });

  it('a main-menu button in the middle of a booking leaves it quietly and runs', async () => {
    const ezio = await h.citizen({ firstName: 'Ezio' });
    await ezio.say('/book');
    await ezio.say('Foligno');
    expect(ezio.lastText()).toBe('Scegli il punto:');
    await ezio.say('🎓 Corsi ed eventi');
    expect(ezio.botMessages().some((m) => m.text?.includes('scaduta'))).toBe(false);
    expect(ezio.lastText()).toMatch(/event|corsi/i);
    await ezio.say('/cancel');
    expect(ezio.lastText()).toBe('Non c\'è niente da annullare.');
  h.expectNoViolations();
  });
});

describe('reminders', () => {
  it('the day before at the same time, with a button to cancel; then two hours before', async () => {
    now = new Date('2026-11-22T08:00:00Z');
    const eva = await h.citizen({ firstName: 'Eva' });
    await eva.say('/book');
    await eva.say('Foligno');
    await eva.press('DigiPASS Foligno');
    await eva.press(/^App IO/);
    await eva.press(/^giovedì 26 novembre/);
    await eva.press('12:00');
    await eva.press('Nessuna nota');
    await eva.press('✅ Conferma');
    const code = /Codice: (\w+)/.exec(eva.botMessages().at(-2)!.text!)![1];
    // Wednesday 25 November, 12:00 in Rome: the worker finds the reminder due.
    now = new Date('2026-11-25T11:00:00Z');
    const reminder = await waitFor(() => eva.botMessages().find((m) => m.text?.startsWith('🔔 Promemoria')), 'the day-before reminder');
    expect(reminder.text).toContain('giovedì 26 novembre 2026 alle ore 12:00');
    expect(reminder.text).toContain(`codice ${code}`);
    expect(eva.inlineButtons().map((b) => b.text)).toContain(`✖️ Annulla ${code}`);
    now = new Date('2026-11-26T09:00:00Z'); // 10:00, two hours before
    const soon = await waitFor(() => eva.botMessages().find((m) => m.text?.startsWith('🔔 Tra poco')), 'the two-hours reminder');
    expect(soon.text).toContain('alle 12:00');
    h.expectNoViolations();
  });
});

describe('ways in and ways back', () => {
  beforeAll(() => {
    now = new Date('2026-11-22T08:00:00Z');
  });

  it('"📅 Prenota qui" on a point card starts the booking with that point chosen', async () => {
    const fede = await h.citizen({ firstName: 'Fede' });
    await fede.say('/start');
    await fede.say('Foligno');
    await fede.press('1. DigiPASS Foligno');
    await fede.press('📅 Prenota qui');
    expect(fede.lastText()).toBe('Per che cosa ti serve aiuto?');
    // Back on the service step goes to the choice of point.
    await fede.press('↩️ Indietro');
    expect(fede.lastText()).toContain('Dove vuoi andare?');
    await fede.say('Foligno');
    await fede.press('DigiPASS Foligno');
    await fede.press(/^Carta d'identità elettronica/);
    await fede.press(/^martedì 24 novembre/);
    await fede.press('10:00');
    expect(fede.lastText()).toContain('Vuoi lasciare una nota');
    // Back on the note step goes to the time.
    await fede.press('↩️ Indietro');
    expect(fede.lastText()).toBe('A che ora? martedì 24 novembre:');
    await fede.press('10:30');
    await fede.press('Nessuna nota');
    expect(fede.lastText()).toContain('Controlla la tua prenotazione');
    await fede.press('↩️ Indietro');
    expect(fede.lastText()).toContain('Vuoi lasciare una nota');
    await fede.press('✖️ Annulla');
    expect(fede.lastText()).toBe('Va bene, non ho prenotato niente.');
    h.expectNoViolations();
  });

  it("offers only the services the point declares, and a forged button for another one changes nothing", async () => {
    const lia = await h.citizen({ firstName: 'Lia' });
    await lia.say('/book');
    await lia.say('Foligno');
    await lia.press('DigiPASS Foligno');
    const offered = lia.inlineButtons().map((b) => b.text).filter((t) => !/Indietro|Annulla/.test(t));
    expect(offered).toHaveLength(3);
    expect(offered[0]).toBe('SPID (identità digitale)');
    expect(offered[1]).toMatch(/^Carta d'identità elettronica/);
    expect(offered[2]).toMatch(/^App IO/);
    // The Fascicolo Sanitario is not offered in Foligno: a forged button is asked again.
    const fse = bookCb.pack({ a: 'sv', v: SERVICE_CODES.indexOf('fse') });
    await h.emulator.pressButton(h.token, lia.id, lia.lastBotMessage().message_id, fse, { forge: true });
    expect(lia.botMessages().at(-2)?.text).toContain('Per favore scegli uno dei pulsanti');
    expect(lia.lastText()).toBe('Per che cosa ti serve aiuto?');
    // A link preselecting a service Foligno does not offer asks among Foligno's own.
    await lia.press('✖️ Annulla');
    await lia.say('/start bks_fse');
    await lia.say('Foligno');
    await lia.press('DigiPASS Foligno');
    expect(lia.lastText()).toBe('Per che cosa ti serve aiuto?');
    await lia.press('✖️ Annulla');
    h.expectNoViolations();
  });

  it('a link with a service skips the service step', async () => {
    const gio = await h.citizen({ firstName: 'Gio' });
    await gio.say('/start book_digipass-foligno_scie');
    const [bring, ask] = gio.botMessages().slice(-2).map((m) => m.text);
    expect(bring).toContain("la carta d'identità elettronica, la lettera con la prima parte di PIN e PUK");
    expect(ask).toContain('Che giorno? Questi giorni hanno orari liberi a DigiPASS Foligno');
    await gio.press('✖️ Annulla');
    // Only the service: the point is asked, then straight to the day.
    await gio.say('/start bks_spid');
    expect(gio.lastText()).toContain('Dove vuoi andare?');
    await gio.say('Foligno');
    await gio.press('DigiPASS Foligno');
    expect(gio.lastText()).toContain('Che giorno?');
    await gio.press('↩️ Indietro');
    expect(gio.lastText()).toContain('Dove vuoi andare?');
    await gio.say('Foligno');
    await gio.press('DigiPASS Foligno');
    await gio.press(/^giovedì 26 novembre/);
    await gio.press('09:00');
    await gio.press('Nessuna nota');
    await gio.press('✅ Conferma');
    const [p] = await h.db.db.select().from(people).where(eq(people.telegramId, gio.id));
    const [b] = await h.db.db.select().from(bookings).where(eq(bookings.personId, p!.id));
    expect(b).toMatchObject({ serviceCode: 'spid', status: 'booked' });
    // A link naming an unknown service is not a booking link.
    await gio.say('/start bks_nope');
    expect(gio.botMessages().at(-2)?.text).toBe('Il collegamento che hai aperto non è valido o è scaduto.');
    h.expectNoViolations();
  });

  it('a move to a time taken meanwhile fails and keeps the old booking', async () => {
    const ugo = await h.citizen({ firstName: 'Ugo' });
    await ugo.say('/book');
    await ugo.say('Foligno');
    await ugo.press('DigiPASS Foligno');
    await ugo.press(/^Carta d'identità elettronica/);
    await ugo.press(/^giovedì 26 novembre/);
    await ugo.press('11:30');
    await ugo.press('Nessuna nota');
    await ugo.press('✅ Conferma');
    const [p] = await h.db.db.select().from(people).where(eq(people.telegramId, ugo.id));
    const [old] = await h.db.db.select().from(bookings).where(eq(bookings.personId, p!.id));
    await ugo.say('/mybookings');
    await ugo.press(`🔁 Sposta ${old!.code}`);
    await ugo.press('martedì 24 novembre');
    expect(ugo.inlineButtons().map((b) => b.text)).toContain('12:30');
    // Someone takes Tuesday 12:30 while Ugo looks at the times.
    const [foligno] = await h.db.db.select().from(points).where(eq(points.slug, 'digipass-foligno'));
    await h.db.db.insert(bookings).values({ code: 'TAKEN1', personId: null, bookedForInitials: 'Z.Z.', pointId: foligno!.id, serviceCode: 'cie', startsAt: new Date('2026-11-24T11:30:00Z'), endsAt: new Date('2026-11-24T12:00:00Z'), seat: 1 });
    await ugo.press('12:30');
    expect(ugo.lastText()).toBe("Questo orario è appena stato preso da un'altra persona. Scegli un altro orario.");
    const mine = await h.db.db.select().from(bookings).where(eq(bookings.personId, p!.id));
    expect(mine.map((b) => [b.code, b.status])).toEqual([[old!.code, 'booked']]);
    h.expectNoViolations();
  });
});
