import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, avg, count, countDistinct, eq, inArray, like, sql } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import type { SimulatedPerson } from '../support/person.js';
import { waitFor } from '../support/wait.js';
import {
  auditLog,
  bookings,
  conversationState,
  deliveries,
  eventRegistrations,
  events,
  follows,
  jobs,
  news,
  openingRanges,
  people,
  points,
  publications,
  serviceRecords,
  waitlist,
} from '../../src/db/schema/index.js';
import { privacyUseCases } from '../../src/app/privacy.js';

const ADMIN_ID = 515_151;
// Tuesday 24 November 2026, 08:00 in Rome. The worker and the conversations read this clock.
let now = new Date('2026-11-24T07:00:00Z');
let h: Harness;
let admin: SimulatedPerson;
let fabio: SimulatedPerson; // facilitator of DigiPASS Foligno, invited through the bot
let rosa: SimulatedPerson; // a citizen who does a bit of everything
let bea: SimulatedPerson; // another citizen, whose cancellation frees a place for Rosa
const ids: Record<string, number> = {};

/** Distinctive first names, so a search of the database cannot match anything else. */
const ROSA = 'Ermenegilda';
const FABIO = 'Fortunato';
const NOTE = 'Vengo con mia figlia Marisa';
const PHONE = '333 7654321';

async function personOf(p: SimulatedPerson) {
  const [row] = await h.db.db.select().from(people).where(eq(people.telegramId, p.id));
  return row!;
}

/** Both drivers return rows from `execute`, postgres.js as the result itself, PGlite under `rows`. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** Every table of the database (read from the catalogue, so a table added later is searched too), each row as text. */
async function everyRowAsText(): Promise<{ table: string; row: string }[]> {
  const tables = rowsOf<{ table_name: string }>(
    await h.db.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`),
  ).map((r) => r.table_name);
  expect(tables).toEqual(expect.arrayContaining(['people', 'bookings', 'jobs', 'deliveries', 'audit_log', 'conversation_state', 'service_records']));
  const out: { table: string; row: string }[] = [];
  for (const table of tables) {
    const rows = rowsOf<{ row: string }>(await h.db.db.execute(sql`select t::text as row from ${sql.identifier(table)} as t`));
    for (const r of rows) out.push({ table, row: r.row });
  }
  return out;
}

/** No row anywhere (json columns included) carries the person's Telegram id, their person id in a payload, or these words. */
async function expectNoTrace(tg: number, personId: number, words: string[]) {
  const personKey = new RegExp(`"(personId|person_id|createdByPersonId|actorPersonId)":\\s*${personId}\\b`);
  for (const { table, row } of await everyRowAsText()) {
    expect(row, table).not.toContain(String(tg));
    expect(row, table).not.toMatch(personKey);
    for (const w of words) expect(row, table).not.toContain(w);
  }
  // And no column that links to people points at the erased id (person_id, created_by_person_id, actor_person_id ...).
  const columns = rowsOf<{ table_name: string; column_name: string }>(
    await h.db.db.execute(sql`select table_name, column_name from information_schema.columns where table_schema = 'public' and column_name like '%person_id'`),
  );
  expect(columns.length).toBeGreaterThanOrEqual(8);
  for (const c of columns) {
    const rows = rowsOf<{ n: string | number }>(
      await h.db.db.execute(sql`select count(*) as n from ${sql.identifier(c.table_name)} where ${sql.identifier(c.column_name)} = ${personId}`),
    );
    expect(Number(rows[0]!.n), `${c.table_name}.${c.column_name}`).toBe(0);
  }
}

/** What the region's indicators are computed from. */
async function indicatorCounts() {
  const [records] = await h.db.db
    .select({ n: count(), citizens: countDistinct(serviceRecords.citizenKey), satisfaction: avg(serviceRecords.satisfaction), firstVisits: count(serviceRecords.firstVisit) })
    .from(serviceRecords);
  const booked = await h.db.db.select({ status: bookings.status, n: count() }).from(bookings).groupBy(bookings.status).orderBy(bookings.status);
  const [registrations] = await h.db.db.select({ n: count() }).from(eventRegistrations);
  return { records, booked, registrations };
}

/** /mydata: the summary, then the JSON file, parsed. */
async function myData(p: SimulatedPerson) {
  await p.say('/mydata');
  const [summary, file] = p.botMessages().slice(-2);
  expect(file!.document?.file_name).toBe('digipass-my-data.json');
  const doc = h.emulator.file(file!.document!.file_id)!;
  return { summary: summary!.text ?? '', data: JSON.parse(Buffer.from(doc.bytes).toString('utf8')) };
}

beforeAll(async () => {
  h = await harness({
    clock: () => now,
    env: { ADMIN_TELEGRAM_IDS: String(ADMIN_ID), RETENTION_DAYS: '60', PRIVACY_CONTROLLER: 'Regione Umbria (prova)', PRIVACY_DPO_CONTACT: 'dpo@example.org' },
  });
  const [foligno] = await h.db.db.select().from(points).where(eq(points.slug, 'digipass-foligno'));
  ids.foligno = foligno!.id;
  // Thursdays 09:00–13:00; Fridays one 30-minute place only (09:00–09:30).
  await h.db.db.insert(openingRanges).values([
    { pointId: ids.foligno, weekday: 4, startTime: '09:00', endTime: '13:00', capacity: 1 },
    { pointId: ids.foligno, weekday: 5, startTime: '09:00', endTime: '09:30', capacity: 1 },
  ]);
  // Saturday 28 November, 10:00 in Rome, with sign-up.
  const [ev] = await h.db.db
    .insert(events)
    .values({ title: 'Corso SPID per tutti', pointId: ids.foligno, category: 'course', startsAt: new Date('2026-11-28T09:00:00Z'), endsAt: new Date('2026-11-28T11:00:00Z'), registration: true, capacity: 10, status: 'published' })
    .returning();
  ids.event = ev!.id;
  admin = await h.citizen({ id: ADMIN_ID, firstName: 'Alessia' });
  await admin.say('/start');
});
afterAll(async () => {
  await h?.close();
});

describe('the privacy notice', () => {
  it('explains in plain words what is stored, why, for how long (as configured) and whom to ask', async () => {
    const p = await h.citizen({ firstName: 'Paola' });
    await p.say('/privacy');
    const text = p.lastText();
    expect(text).toContain('Cosa conserviamo.');
    // RETENTION_DAYS=60 in this harness: the notice says what the configuration says.
    expect(text).toContain('dopo 60 giorni');
    expect(text).not.toContain('90');
    expect(text).toContain('il tuo nome');
    expect(text).toContain('evento');
    expect(text).toContain('si libera un posto');
    expect(text).toContain('promemoria');
    expect(text).toContain("fascia d'età, genere e se è la prima visita");
    expect(text).toContain('un voto da 1 a 5');
    expect(text).toContain('lo decide la Regione');
    expect(text).toContain('Regione Umbria (prova)');
    expect(text).toContain('dpo@example.org');
    expect(text).toContain('Telegram');
    await p.say('/language');
    await p.press('English');
    await p.say('/privacy');
    expect(p.lastText()).toContain('erased after 60 days');
    expect(p.lastText()).toContain('rate it from 1 to 5');
    h.expectNoViolations();
  });
});

describe("a person's data: what they did, /mydata, /forgetme", () => {
  it('a facilitator joins through an invitation', async () => {
    await admin.say('/invite');
    await admin.press('Un facilitatore di un punto');
    await admin.press(/^Zona 8 · Foligno/);
    await admin.press('DigiPASS Foligno');
    const link = /start=(inv_[A-Za-z0-9]+)/.exec(admin.lastText())![1]!;
    fabio = await h.citizen({ firstName: FABIO });
    await fabio.say(`/start ${link}`);
    expect(fabio.lastText()).toContain('Ora sei facilitatore di DigiPASS Foligno');
    h.expectNoViolations();
  });

  it('a citizen follows the point, gets its news, is helped, rates it, signs up, waits for a place and books', async () => {
    rosa = await h.citizen({ firstName: ROSA });
    bea = await h.citizen({ firstName: 'Bea' });
    await rosa.say('/start');
    await bea.say('/start');
    await rosa.say('Foligno');
    await rosa.press('1. DigiPASS Foligno');
    await rosa.press('🔔 Segui questo punto');

    // News from the point reach the follower (a delivery to her chat).
    await fabio.say('/news');
    await fabio.say('Sabato porte aperte a Foligno');
    await fabio.press('Senza foto');
    await fabio.press('📢 Pubblica ora');
    await waitFor(() => rosa.botMessages().some((m) => m.text?.includes('Sabato porte aperte a Foligno')), 'the news to the follower', 20_000);
    await waitFor(() => fabio.lastText().startsWith('Invio finito.'), 'the broadcast report', 20_000);

    // Helped today at 09:00: the facilitator records it, with the optional details; an hour later she rates it.
    const r = await personOf(rosa);
    await h.db.db.insert(bookings).values({ code: 'RS0001', personId: r.id, createdByPersonId: r.id, firstName: ROSA, pointId: ids.foligno!, serviceCode: 'spid', startsAt: new Date('2026-11-24T08:00:00Z'), endsAt: new Date('2026-11-24T08:45:00Z'), seat: 1, note: NOTE });
    await fabio.say('/agenda');
    await fabio.press('✅ Arrivato 09:00');
    await fabio.press('✅ SPID (identità digitale)');
    await fabio.press('Risolto');
    await fabio.press('55 e più');
    await fabio.press('Donna');
    await fabio.press('Sì, la prima');
    expect(fabio.lastText()).toBe('Grazie, registrato.');
    now = new Date(now.getTime() + 61 * 60_000);
    await waitFor(() => rosa.botMessages().some((m) => m.text?.startsWith('Oggi sei stato aiutato')), 'the feedback question');
    await rosa.press('4');
    const [record] = await h.db.db.select().from(serviceRecords).where(eq(serviceRecords.citizenKey, r.citizenKey));
    expect(record).toMatchObject({ outcome: 'resolved', ageBand: '55+', gender: 'f', firstVisit: true, satisfaction: 4 });

    // An event, with the reminder that comes with the sign-up.
    await rosa.say(`/start ev_${ids.event}`);
    await rosa.press('✍️ Iscriviti');
    expect(rosa.lastText()).toContain('Iscrizione fatta');
    const [reminder] = await h.db.db.select().from(jobs).where(like(jobs.dedupeKey, `event:${ids.event}:remind:${r.id}:%`));
    expect(reminder).toMatchObject({ kind: 'event.remind', status: 'pending', payload: { personId: r.id } });

    // Friday's only place is Bea's; Rosa asks to be told if it frees up, and books Thursday instead.
    await bea.say('/book');
    await bea.say('Foligno');
    await bea.press('DigiPASS Foligno');
    await bea.press(/^Carta d'identità elettronica/);
    await bea.press(/^venerdì 27 novembre/);
    await bea.press('09:00');
    await bea.press('Nessuna nota');
    await bea.press('✅ Conferma');
    const beaCode = /Codice: (\w+)/.exec(bea.botMessages().at(-2)!.text!)![1]!;
    await rosa.say('/book');
    await rosa.say('Foligno');
    await rosa.press('DigiPASS Foligno');
    await rosa.press(/^Carta d'identità elettronica/);
    await rosa.press('🔔 venerdì 27 novembre: pieno, avvisami');
    expect(rosa.lastText()).toContain('ti scrivo subito');
    await rosa.say('/book');
    await rosa.say('Foligno');
    await rosa.press('DigiPASS Foligno');
    await rosa.press('SPID (identità digitale)');
    await rosa.press(/^giovedì 26 novembre/);
    await rosa.press('09:00');
    await rosa.say(NOTE);
    await rosa.press('✅ Conferma');
    expect(rosa.botMessages().at(-2)!.text).toContain('Prenotato!');
    // Bea cancels: Rosa is offered the place (and does not take it yet).
    await bea.say('/mybookings');
    await bea.press(`✖️ Annulla ${beaCode}`);
    await bea.press('Sì, annulla');
    await waitFor(() => rosa.botMessages().some((m) => m.text?.startsWith('🎉 Si è liberato un posto')), 'the offer to Rosa');
    const [entry] = await h.db.db.select().from(waitlist).where(eq(waitlist.personId, r.id));
    expect(entry?.status).toBe('offered');

    // The facilitator books for someone without Telegram.
    await fabio.say('/bookfor');
    await fabio.say('M.Z.');
    await fabio.say(PHONE);
    await fabio.press('DigiPASS Foligno');
    await fabio.press('PagoPA e pagamenti online');
    await fabio.press(/^giovedì 26 novembre/);
    await fabio.press('11:00');
    await fabio.press('Nessuna nota');
    await fabio.press('✅ Conferma');
    expect(fabio.botMessages().at(-2)?.text).toContain('Prenotato!');

    // A staff button pressed by a citizen is refused, and recorded with her as the actor.
    await h.emulator.pressButton(h.token, rosa.id, rosa.lastBotMessage().message_id, `aga:noshow:${(1).toString(36)}`, { forge: true });
    expect(rosa.lastText()).toBe('Questo comando è per chi lavora nei punti DigiPASS.');
    h.expectNoViolations();
  });

  it('/mydata sends a readable summary and a JSON file with everything stored about the citizen', async () => {
    const r = await personOf(rosa);
    const { summary, data } = await myData(rosa);
    expect(summary).toContain(`Numero utente Telegram: ${rosa.id}`);
    expect(summary).toContain('Punti e zone che segui: 1');
    expect(summary).toContain('Iscrizioni a eventi: 1');
    expect(data.person).toMatchObject({ telegramId: rosa.id, citizenKey: r.citizenKey });
    expect(data.bookings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'RS0001', firstName: ROSA, note: NOTE, status: 'arrived', point: 'DigiPASS Foligno', service: 'spid', startsAt: '2026-11-24T08:00:00.000Z', endsAt: '2026-11-24T08:45:00.000Z' }),
        expect.objectContaining({ firstName: ROSA, note: NOTE, status: 'booked', startsAt: '2026-11-26T08:00:00.000Z' }),
      ]),
    );
    expect(data.serviceRecords).toEqual([expect.objectContaining({ outcome: 'resolved', ageBand: '55+', gender: 'f', firstVisit: true, satisfaction: 4, service: 'spid' })]);
    expect(data.follows).toEqual([expect.objectContaining({ pointId: ids.foligno, point: 'DigiPASS Foligno' })]);
    expect(data.eventRegistrations).toEqual([expect.objectContaining({ eventId: ids.event, title: 'Corso SPID per tutti', status: 'registered', occurrence: '2026-11-28T09:00:00.000Z' })]);
    expect(data.waitlist).toEqual([expect.objectContaining({ day: '2026-11-27', status: 'offered', offeredStartsAt: '2026-11-27T08:00:00.000Z' })]);
    expect(data.waitlist[0].offerExpiresAt).toEqual(expect.any(String));
    const reminderKinds = (data.reminders as { kind: string }[]).map((j) => j.kind);
    expect(reminderKinds).toEqual(expect.arrayContaining(['event.remind', 'booking.remind24', 'booking.remind2', 'waitlist.expire']));
    // The news, the rating question and the offer went to her chat.
    expect(data.messages.byStatus.sent).toBeGreaterThanOrEqual(3);
    const texts = (data.messages.latest as { text?: string }[]).map((m) => m.text ?? '');
    expect(texts.some((t) => t.includes('Sabato porte aperte a Foligno'))).toBe(true);
    expect(texts.some((t) => t.startsWith('🎉 Si è liberato un posto'))).toBe(true);
    expect(data.auditLog).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'access.refused', subject: 'point.operate' })]));
    expect(data.roles).toEqual([]);
    h.expectNoViolations();
  });

  it('/mydata of a facilitator shows roles, the invitation, the news, the bookings made for others and the audit trail', async () => {
    const f = await personOf(fabio);
    await h.db.db.insert(events).values({ title: 'Laboratorio PEC', pointId: ids.foligno!, category: 'workshop', startsAt: new Date('2026-12-05T09:00:00Z'), endsAt: new Date('2026-12-05T10:00:00Z'), createdByPersonId: f.id });
    const { data } = await myData(fabio);
    expect(data.roles).toEqual([expect.objectContaining({ role: 'facilitator', pointId: ids.foligno, point: 'DigiPASS Foligno', displayName: FABIO })]);
    expect(data.invitationsAccepted).toEqual([expect.objectContaining({ role: 'facilitator', pointId: ids.foligno })]);
    expect(data.bookingsMadeForOthers).toEqual([expect.objectContaining({ bookedForInitials: 'M.Z.', bookedForPhone: PHONE, service: 'pagopa', startsAt: '2026-11-26T10:00:00.000Z' })]);
    expect(data.newsWritten).toEqual([expect.objectContaining({ text: 'Sabato porte aperte a Foligno', status: 'published' })]);
    expect(data.eventsCreated).toEqual([expect.objectContaining({ title: 'Laboratorio PEC' })]);
    expect(data.serviceRecordsEntered).toBe(1);
    expect((data.auditLog as { action: string }[]).map((a) => a.action)).toContain('invite.accept');
    // The admin sees the invitation she created.
    const { data: adminData } = await myData(admin);
    expect(adminData.invitationsCreated).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'facilitator', pointId: ids.foligno, usedAt: expect.any(String) })]));
    expect((adminData.auditLog as { action: string }[]).map((a) => a.action)).toContain('invite.create');
    h.expectNoViolations();
  });

  it('/mydata includes a conversation left half-way, as it is stored', async () => {
    const r = await personOf(rosa);
    await h.db.db.insert(conversationState).values({ key: String(rosa.id), state: { version: [0, 2], state: { book: [{ args: 'Vorrei aiuto per la PEC' }] } } });
    const data = await privacyUseCases({ db: h.db.db, clock: () => now }).exportData(r.id);
    expect(JSON.stringify(data!.conversation)).toContain('Vorrei aiuto per la PEC');
    await h.db.db.delete(conversationState).where(eq(conversationState.key, String(rosa.id)));
  });

  it('/forgetme asks first, then leaves no trace in any table (json included) while the indicators stay the same', async () => {
    const r = await personOf(rosa);
    // There is something to erase: her chat's messages and her reminders.
    expect(await h.db.db.select().from(deliveries).where(eq(deliveries.chatId, rosa.id))).not.toHaveLength(0);
    expect(await h.db.db.select().from(jobs).where(sql`${jobs.payload} ->> 'personId' = ${String(r.id)}`)).not.toHaveLength(0);
    await h.db.db.insert(conversationState).values({ key: String(rosa.id), state: { version: [0, 2], state: {} } });
    const before = await indicatorCounts();

    await rosa.say('/forgetme');
    expect(rosa.lastText()).toContain('Vuoi cancellare tutti i tuoi dati?');
    await rosa.press('No, tieni i miei dati');
    expect(await h.db.db.select().from(people).where(eq(people.id, r.id))).toHaveLength(1);
    await rosa.say('/forgetme');
    await rosa.press('Sì, cancella tutto');
    expect(rosa.lastText()).toContain('Fatto.');

    // Her service record keeps its random key (unique citizens still count) but nothing links it to her any more.
    await expectNoTrace(rosa.id, r.id, [ROSA, NOTE]);
    expect(await indicatorCounts()).toEqual(before);
    // Her Thursday booking's reminders will not go out (releasing an unconfirmed place, for the others, still may).
    const thursday = await h.db.db.select({ id: bookings.id }).from(bookings).where(eq(bookings.startsAt, new Date('2026-11-26T08:00:00Z')));
    const queued = await h.db.db
      .select({ kind: jobs.kind, status: jobs.status })
      .from(jobs)
      .where(inArray(sql`${jobs.payload} ->> 'bookingId'`, thursday.map((b) => String(b.id))))
      .orderBy(jobs.id);
    expect(queued.filter((j) => j.kind.startsWith('booking.remind'))).toEqual([
      { kind: 'booking.remind24', status: 'cancelled' },
      { kind: 'booking.remind2', status: 'cancelled' },
    ]);
    expect(queued.filter((j) => j.status === 'pending').map((j) => j.kind)).toEqual(queued.some((j) => j.kind === 'booking.release') ? ['booking.release'] : []);
    h.expectNoViolations();
  });

  it('a facilitator who erases himself leaves no trace either: his grants, his broadcast report, the phone he typed', async () => {
    const f = await personOf(fabio);
    const before = await indicatorCounts();
    await fabio.say('/forgetme');
    await fabio.press('Sì, cancella tutto');
    await expectNoTrace(fabio.id, f.id, [FABIO, PHONE, 'M.Z.']);
    expect(await indicatorCounts()).toEqual(before);
    // His news stays (it is the point's), without its author.
    const [n] = await h.db.db.select().from(news).where(eq(news.text, 'Sabato porte aperte a Foligno'));
    expect(n).toMatchObject({ createdByPersonId: null, status: 'published' });
    // His chat's command menu is reset.
    expect(h.emulator.calls.filter((c) => c.method === 'deleteMyCommands').at(-1)?.params).toMatchObject({ scope: { type: 'chat', chat_id: fabio.id } });
    // The erasure itself is recorded, without anyone's name.
    expect((await h.db.db.select().from(auditLog).where(eq(auditLog.action, 'person.erased'))).length).toBeGreaterThanOrEqual(2);
    h.expectNoViolations();
  });
});

describe('the retention job', () => {
  it('clears old bookings, abandoned conversations, and finished messages and jobs older than the period', async () => {
    const clock = new Date('2026-12-01T12:00:00Z');
    const daysAgo = (d: number) => new Date(clock.getTime() - d * 86_400_000);
    await h.db.db.insert(bookings).values([
      { code: 'OLD001', pointId: ids.foligno!, serviceCode: 'cie', startsAt: daysAgo(92), endsAt: new Date(daysAgo(92).getTime() + 1_800_000), seat: 1, status: 'arrived', firstName: 'Vecchia', note: 'vecchia nota', bookedForInitials: 'M.R.', bookedForPhone: '333 0000000' },
      { code: 'NEW001', pointId: ids.foligno!, serviceCode: 'cie', startsAt: daysAgo(20), endsAt: new Date(daysAgo(20).getTime() + 1_800_000), seat: 1, status: 'arrived', firstName: 'Recente', note: 'nota recente' },
    ]);
    await h.db.db.insert(conversationState).values([
      { key: 'six-days', state: {}, updatedAt: daysAgo(6) },
      { key: 'eight-days', state: {}, updatedAt: daysAgo(8) },
    ]);
    const job = async (status: 'done' | 'failed' | 'cancelled' | 'pending', at: Date, personId: number) =>
      (await h.db.db.insert(jobs).values({ kind: 'event.remind', status, runAt: at, doneAt: status === 'pending' ? null : at, payload: { personId } }).returning({ id: jobs.id }))[0]!.id;
    const oldDone = await job('done', daysAgo(100), 9001);
    const oldCancelled = await job('cancelled', daysAgo(95), 9002);
    const recentDone = await job('done', daysAgo(10), 9003);
    const oldPending = await job('pending', daysAgo(100), 9004);
    const oldMessage = { method: 'sendMessage', params: { text: 'Promemoria di tanto tempo fa' } };
    await h.db.db.insert(deliveries).values([
      { jobId: oldDone, chatId: 777_001, request: oldMessage, status: 'sent', nextAttemptAt: daysAgo(100), sentAt: daysAgo(100) },
      { jobId: recentDone, chatId: 777_002, request: oldMessage, status: 'sent', nextAttemptAt: daysAgo(10), sentAt: daysAgo(10) },
    ]);
    // A channel post's message is kept: editing the post needs it, and it names nobody.
    const channelJob = await job('done', daysAgo(100), 0);
    const [channelDelivery] = await h.db.db.insert(deliveries).values({ jobId: channelJob, chatId: h.channelId, request: oldMessage, status: 'sent', nextAttemptAt: daysAgo(100), sentAt: daysAgo(100) }).returning();
    await h.db.db.insert(publications).values({ kind: 'news', chatId: h.channelId, messageId: 1, status: 'published', deliveryId: channelDelivery!.id });

    const result = await privacyUseCases({ db: h.db.db, clock: () => clock }).runRetention({ bookingPersonalDataDays: 90 });
    expect(result.bookingsCleared).toBeGreaterThanOrEqual(1);
    expect(result.conversationsRemoved).toBeGreaterThanOrEqual(1);
    const [old] = await h.db.db.select().from(bookings).where(eq(bookings.code, 'OLD001'));
    expect(old).toMatchObject({ firstName: null, note: null, bookedForInitials: null, bookedForPhone: null, status: 'arrived' });
    const [recent] = await h.db.db.select().from(bookings).where(eq(bookings.code, 'NEW001'));
    expect(recent).toMatchObject({ firstName: 'Recente', note: 'nota recente' });
    const keys = (await h.db.db.select({ key: conversationState.key }).from(conversationState)).map((c) => c.key);
    expect(keys).toContain('six-days');
    expect(keys).not.toContain('eight-days');
    const left = (await h.db.db.select({ id: jobs.id }).from(jobs).where(inArray(jobs.id, [oldDone, oldCancelled, recentDone, oldPending, channelJob]))).map((j) => j.id);
    expect(left.sort((a, b) => a - b)).toEqual([recentDone, oldPending, channelJob].sort((a, b) => a - b));
    const chats = (await h.db.db.select({ chatId: deliveries.chatId }).from(deliveries).where(inArray(deliveries.chatId, [777_001, 777_002, h.channelId]))).map((d) => d.chatId);
    expect(chats).not.toContain(777_001);
    expect(chats).toContain(777_002);
    expect(chats).toContain(h.channelId);
    expect(result).toMatchObject({ messagesRemoved: expect.any(Number), jobsRemoved: expect.any(Number) });
    expect(result.jobsRemoved).toBeGreaterThanOrEqual(2);
  });
});
