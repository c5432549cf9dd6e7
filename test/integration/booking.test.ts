import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import type { SimulatedPerson } from '../support/person.js';
import { waitFor } from '../support/wait.js';
import { bookings, jobs, openingRanges, people, points } from '../../src/db/schema/index.js';

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
    expect(anna.lastText()).toContain('ora è giovedì 26 novembre 2026 alle ore 10:30');
    const all = await annaBookings();
    expect(all.map((b) => b.status)).toEqual(['cancelled', 'booked']);
    expect(all[1]!.startsAt.toISOString()).toBe('2026-11-26T09:30:00.000Z');
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
    expect(texts[0]).toContain('La prenotazione che avevi iniziato è scaduta');
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
