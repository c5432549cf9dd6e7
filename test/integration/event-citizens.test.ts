import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import type { SimulatedPerson } from '../support/person.js';
import { waitFor } from '../support/wait.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { deliveries, eventRegistrations, events, follows, jobs, people, points, publications } from '../../src/db/schema/index.js';
import { weeklyOn } from '../../src/domain/recurrence.js';
import { ecCb } from '../../src/bot/features/event-card.js';
import { eventRegistrationUseCases } from '../../src/app/event-registration.js';
import { privacyUseCases } from '../../src/app/privacy.js';
import { referenceCache } from '../../src/app/reference.js';

// Sunday 22 November 2026, 09:00 in Rome.
let now = new Date('2026-11-22T08:00:00Z');
let h: Harness;
const TITLE = '<b>Tom & "Jerry"</b>';
const ids: Record<string, number> = {};
const zoneOf: Record<string, number> = {};
let pubId: number;

const personId = async (p: SimulatedPerson) => (await h.db.db.select().from(people).where(eq(people.telegramId, p.id)))[0]!.id;
const channelPosts = () => h.channel.posts();
const secs = (iso: string) => Math.round(Date.parse(iso) / 1000);
const regsOf = async (eventId: number) => h.db.db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId));
/** Presses a button the bot never sent, as a modified client could. */
const forge = (p: SimulatedPerson, data: string) => h.emulator.pressButton(h.token, p.id, p.botMessages().at(-1)!.message_id, data, { forge: true });
const bold = (m: { text?: string; entities?: { type: string; offset: number; length: number }[] }) =>
  (m.entities ?? []).filter((e) => e.type === 'bold').map((e) => m.text!.slice(e.offset, e.offset + e.length));

beforeAll(async () => {
  h = await harness({ clock: () => now });
  for (const slug of ['digipass-foligno', 'digipass-gubbio', 'digipass-citta-di-castello']) {
    const [p] = await h.db.db.select().from(points).where(eq(points.slug, slug));
    ids[slug] = p!.id;
  }
  const ref = await referenceCache(h.db.db).get();
  for (const slug of Object.keys(ids)) zoneOf[slug] = ref.pointById.get(ids[slug]!)!.zoneNumber;
  const rows = await h.db.db
    .insert(events)
    .values([
      // Tuesday 24 November, 15:00–17:00 in Rome: one seat only.
      { title: TITLE, description: 'Impariamo lo SPID & la CIE, <passo> per passo.', pointId: ids['digipass-foligno']!, zoneNumber: zoneOf['digipass-foligno']!, category: 'course', startsAt: new Date('2026-11-24T14:00:00Z'), endsAt: new Date('2026-11-24T16:00:00Z'), registration: true, capacity: 1, status: 'published' },
      // Thursdays at 17:00 from 19 November, six times; 3 December is cancelled.
      { title: 'Smartphone per tutti', pointId: ids['digipass-foligno']!, zoneNumber: zoneOf['digipass-foligno']!, category: 'course', startsAt: new Date('2026-11-19T16:00:00Z'), endsAt: new Date('2026-11-19T17:30:00Z'), rrule: weeklyOn([4], { count: 6 }), exdates: ['2026-12-03T16:00:00.000Z'], registration: true, capacity: 10, status: 'published' },
      // Wednesday 25 November, 10:00 at Gubbio, open to all.
      { title: 'Open day SPID', pointId: ids['digipass-gubbio']!, zoneNumber: zoneOf['digipass-gubbio']!, category: 'open_day', startsAt: new Date('2026-11-25T09:00:00Z'), endsAt: new Date('2026-11-25T12:00:00Z'), status: 'published' },
      // Cancelled.
      { title: 'Corso annullato', pointId: ids['digipass-foligno']!, zoneNumber: zoneOf['digipass-foligno']!, category: 'course', startsAt: new Date('2026-11-26T09:00:00Z'), endsAt: new Date('2026-11-26T10:00:00Z'), registration: true, capacity: 5, status: 'cancelled', cancelReason: 'Aula non disponibile' },
      // A draft nobody may see.
      { title: 'Bozza', pointId: ids['digipass-foligno']!, category: 'other', startsAt: new Date('2026-11-27T09:00:00Z'), endsAt: new Date('2026-11-27T10:00:00Z'), status: 'draft' },
    ])
    .returning({ id: events.id });
  ['tom', 'series', 'openday', 'cancelled', 'draft'].forEach((name, i) => (ids[name] = rows[i]!.id));
  const [pub] = await h.db.db.insert(publications).values({ kind: 'event', eventId: ids.tom!, chatId: h.channelId, messageId: 1, status: 'published' }).returning({ id: publications.id });
  pubId = pub!.id;
});
afterAll(async () => {
  await h?.close();
});

describe('an event card from a channel post', () => {
  let anna: SimulatedPerson;
  let bruno: SimulatedPerson;

  it('shows the event, escaped, with Register, Remind me, Add to calendar and Follow', async () => {
    anna = await h.citizen({ firstName: 'Anna' });
    bruno = await h.citizen({ firstName: 'Bruno' });
    for (const p of [anna, bruno]) await p.say(`/start ev_${ids.tom}_p${pubId}`);
    const card = anna.lastBotMessage();
    expect(bold(card)).toContain(TITLE);
    expect(card.text).toContain(`Corso: ${TITLE}`);
    expect(card.text).toContain('martedì 24 novembre, 15:00–17:00');
    expect(card.text).toContain('📍 DigiPASS Foligno');
    expect(card.text).toContain('Impariamo lo SPID & la CIE, <passo> per passo.');
    expect(card.text).toContain('1 posto libero');
    expect(anna.inlineButtons().map((b) => b.text)).toEqual(['✍️ Iscriviti', '🔔 Ricordamelo', '📅 Aggiungi al calendario', '📍 Segui DigiPASS Foligno']);
    h.expectNoViolations();
  });

  it('signs up with the post it came from, and adds the reminder', async () => {
    await anna.press('✍️ Iscriviti');
    expect(anna.lastText()).toContain(`Iscrizione fatta: «${TITLE}», martedì 24 novembre 2026`);
    const [reg] = await regsOf(ids.tom!);
    expect(reg).toMatchObject({ personId: await personId(anna), seat: 1, status: 'registered', sourcePublicationId: pubId });
    expect(reg!.occurrenceStart.toISOString()).toBe('2026-11-24T14:00:00.000Z');
    // The card now says so, and offers to cancel instead.
    const card = anna.botMessages().at(-2)!;
    expect(card.text).toContain('✅ hai un posto');
    expect(anna.inlineButtons().map((b) => b.text)).toContain('✖️ Annulla la mia iscrizione');
    const [job] = await h.db.db.select().from(jobs).where(like(jobs.dedupeKey, `event:${ids.tom}:remind:%`));
    // The day before at the same time in Rome.
    expect(job).toMatchObject({ kind: 'event.remind', status: 'pending' });
    expect(job!.runAt.toISOString()).toBe('2026-11-23T14:00:00.000Z');
    h.expectNoViolations();
  });

  it('pressing again signs up once', async () => {
    await forge(anna, ecCb.pack({ a: 'reg', id: ids.tom!, at: secs('2026-11-24T14:00:00Z'), p: pubId }));
    expect(anna.lastText()).toBe('Hai già un posto per martedì 24 novembre 2026 alle ore 15:00.');
    expect(await regsOf(ids.tom!)).toHaveLength(1);
  });

  it('the last seat taken meanwhile: the second person is told kindly that it is full', async () => {
    await bruno.press('✍️ Iscriviti');
    expect(bruno.lastText()).toContain('Mi dispiace, per martedì 24 novembre 2026 alle ore 15:00 i posti sono finiti.');
    expect(await regsOf(ids.tom!)).toHaveLength(1);
    // The card is shown again: full, no sign-up button any more.
    expect(bruno.botMessages().at(-2)!.text).toContain('pieno');
    expect(bruno.inlineButtons().map((b) => b.text)).not.toContain('✍️ Iscriviti');
    h.expectNoViolations();
  });

  it('follows the point from the card', async () => {
    await bruno.press('📍 Segui DigiPASS Foligno');
    const rows = await h.db.db.select().from(follows).where(eq(follows.personId, await personId(bruno)));
    expect(rows.map((r) => r.pointId)).toEqual([ids['digipass-foligno']]);
    expect(bruno.inlineButtons().map((b) => b.text)).toContain('🔕 Non seguire più DigiPASS Foligno');
    h.expectNoViolations();
  });

  it('adds the event to the calendar as an .ics file', async () => {
    await bruno.press('📅 Aggiungi al calendario');
    const file = bruno.lastBotMessage();
    const ics = Buffer.from(h.emulator.file(file.document!.file_id)!.bytes).toString('utf8');
    expect(ics).toContain('DTSTART;TZID=Europe/Rome:20261124T150000');
    h.expectNoViolations();
  });
});

describe('a series, a cancelled date and a cancelled event', () => {
  let carla: SimulatedPerson;

  it('lists the next dates with the seats left and asks which date to sign up for', async () => {
    carla = await h.citizen({ firstName: 'Carla' });
    await carla.say(`/start ev_${ids.series}`);
    const text = carla.lastText();
    expect(text).toContain('giovedì 26 novembre, 17:00–18:30');
    expect(text).toContain('Prossime date');
    expect(text).toContain('• giovedì 26 novembre, 17:00 — 10 posti liberi');
    expect(text).toContain('🚫 Non si tiene: giovedì 3 dicembre');
    expect(text).not.toContain('• giovedì 3 dicembre');
    await carla.press('✍️ Iscriviti');
    const dates = carla.inlineButtons().map((b) => b.text);
    expect(dates).toEqual(['✍️ giovedì 26 novembre, 17:00', '✍️ giovedì 10 dicembre, 17:00', '✍️ giovedì 17 dicembre, 17:00', '✍️ giovedì 24 dicembre, 17:00', '↩️ Indietro']);
    await carla.press('✍️ giovedì 10 dicembre, 17:00');
    expect(carla.lastText()).toContain('Iscrizione fatta: «Smartphone per tutti», giovedì 10 dicembre 2026');
    expect(carla.botMessages().at(-2)!.text).toContain('• giovedì 10 dicembre, 17:00 — ✅ hai un posto');
    expect((await regsOf(ids.series!)).map((r) => r.occurrenceStart.toISOString())).toEqual(['2026-12-10T16:00:00.000Z']);
    h.expectNoViolations();
  });

  it('cancels one\'s own sign-up, and its reminder', async () => {
    await carla.press('✖️ Annulla la mia iscrizione');
    expect(carla.lastText()).toContain('la tua iscrizione per giovedì 10 dicembre 2026 alle ore 17:00 è annullata');
    expect((await regsOf(ids.series!))[0]!.status).toBe('cancelled');
    const reminders = await h.db.db.select().from(jobs).where(like(jobs.dedupeKey, `event:${ids.series}:remind:${await personId(carla)}:%`));
    expect(reminders.map((j) => j.status)).toEqual(['cancelled']);
    h.expectNoViolations();
  });

  it('a forged sign-up for a cancelled date, a made-up date or a cancelled event changes nothing', async () => {
    await forge(carla, ecCb.pack({ a: 'reg', id: ids.series!, at: secs('2026-12-03T16:00:00Z'), p: 0 }));
    expect(carla.lastText()).toBe('Questa data è annullata. Non devi fare niente.');
    await forge(carla, ecCb.pack({ a: 'reg', id: ids.series!, at: secs('2026-12-04T16:00:00Z'), p: 0 }));
    expect(carla.lastText()).toBe('Non trovo questo evento. Forse è stato tolto, o non è ancora pubblicato.');
    await forge(carla, ecCb.pack({ a: 'rem', id: ids.series!, at: secs('2026-12-03T16:00:00Z'), p: 0 }));
    expect(carla.lastText()).toBe('Questa data è annullata. Non devi fare niente.');
    await forge(carla, ecCb.pack({ a: 'reg', id: ids.cancelled!, at: secs('2026-11-26T09:00:00Z'), p: 0 }));
    expect(carla.lastText()).toBe('Questo evento è annullato. Non devi fare niente.');
    await forge(carla, ecCb.pack({ a: 'reg', id: ids.draft!, at: secs('2026-11-27T09:00:00Z'), p: 0 }));
    expect(carla.lastText()).toBe('Non trovo questo evento. Forse è stato tolto, o non è ancora pubblicato.');
    expect((await regsOf(ids.series!)).filter((r) => r.status !== 'cancelled')).toEqual([]);
    expect(await regsOf(ids.cancelled!)).toEqual([]);
    expect(await regsOf(ids.draft!)).toEqual([]);
    h.expectNoViolations();
  });

  it('a cancelled event says so and offers nothing; a draft is not shown', async () => {
    await carla.say(`/start ev_${ids.cancelled}`);
    expect(carla.lastText()).toContain('ANNULLATO: Aula non disponibile');
    expect(carla.lastBotMessage().reply_markup).toBeUndefined();
    await carla.say(`/start ev_${ids.draft}`);
    expect(carla.botMessages().at(-2)!.text).toBe('Il collegamento che hai aperto non è valido o è scaduto.');
    expect(carla.lastText()).toContain('Ciao Carla!');
    h.expectNoViolations();
  });
});

describe('reminders and the weekly digest', () => {
  let dario: SimulatedPerson; // "Remind me" for the open day
  let ema: SimulatedPerson; // follows DigiPASS Foligno
  let gino: SimulatedPerson; // follows a point with nothing this week
  let hugo: SimulatedPerson; // asks for a reminder of a date that is then cancelled
  let iris: SimulatedPerson; // asks for a reminder, then blocks the bot

  it('"Remind me" sets a reminder for the day before, once', async () => {
    dario = await h.citizen({ firstName: 'Dario', languageCode: 'en' });
    await dario.say(`/start ev_${ids.openday}`);
    expect(dario.lastText()).toContain('Open day: Open day SPID');
    expect(dario.lastText()).toContain('Free and open to everyone.');
    expect(dario.inlineButtons().map((b) => b.text)).toEqual(['🔔 Remind me', '📅 Add to calendar', '📍 Follow DigiPASS Gubbio']);
    await dario.press('🔔 Remind me');
    expect(dario.lastText()).toMatch(/^🔔 All right: I will write to you the day before, Tuesday, November 24, 2026.*10:00\.$/);
    expect(dario.botMessages().at(-2)!.text).toContain('🔔 reminder on');
    expect(dario.inlineButtons().map((b) => b.text)).not.toContain('🔔 Remind me');
    await forge(dario, ecCb.pack({ a: 'rem', id: ids.openday!, at: secs('2026-11-25T09:00:00Z'), p: 0 }));
    expect(dario.lastText()).toMatch(/^The reminder for Wednesday, November 25, 2026.*10:00 is already set\.$/);
    expect(await h.db.db.select().from(jobs).where(like(jobs.dedupeKey, `event:${ids.openday}:remind:%`))).toHaveLength(1);

    // Iris asks too, then blocks the bot: she will not be written to.
    iris = await h.citizen({ firstName: 'Iris' });
    await iris.say(`/start ev_${ids.openday}`);
    await iris.press('🔔 Ricordamelo');
    await h.db.db.update(people).set({ unreachableAt: now }).where(eq(people.telegramId, iris.id));

    hugo = await h.citizen({ firstName: 'Hugo' });
    await hugo.say(`/start ev_${ids.series}`);
    await hugo.press('🔔 Ricordamelo');
    await hugo.press('🔔 giovedì 26 novembre, 17:00');
    expect(hugo.lastText()).toContain('ti scrivo il giorno prima, mercoledì 25 novembre 2026 alle ore 17:00');
    h.expectNoViolations();
  });

  it('posts "Questa settimana ai DigiPASS" on Monday 08:00, and each follower gets only their part', async () => {
    ema = await h.citizen({ firstName: 'Ema' });
    gino = await h.citizen({ firstName: 'Gino' });
    for (const p of [ema, gino]) await p.say('/start');
    await h.db.db.insert(follows).values({ personId: await personId(ema), pointId: ids['digipass-foligno']! });
    await h.db.db.insert(follows).values({ personId: await personId(gino), pointId: ids['digipass-citta-di-castello']! });
    const [digestJob] = await h.db.db.select().from(jobs).where(eq(jobs.kind, 'digest.weekly'));
    expect(digestJob!.runAt.toISOString()).toBe('2026-11-23T07:00:00.000Z');

    // This week too: a course across zona sociale 8 and an online seminar for zona sociale 7.
    await h.db.db.insert(events).values([
      { title: 'Settimana <digitale>', zoneNumber: zoneOf['digipass-foligno']!, category: 'course', startsAt: new Date('2026-11-26T09:00:00Z'), endsAt: new Date('2026-11-26T11:00:00Z'), status: 'published' },
      { title: 'Webinar INPS', zoneNumber: zoneOf['digipass-gubbio']!, online: true, onlineUrl: 'https://meet.example.it/inps', category: 'seminar', startsAt: new Date('2026-11-27T17:00:00Z'), endsAt: new Date('2026-11-27T18:00:00Z'), status: 'published' },
    ]);

    // Monday 23 November, 08:00 in Rome.
    now = new Date('2026-11-23T07:00:00Z');
    const post = await waitFor(() => channelPosts().find((m) => m.text?.startsWith('📅 Questa settimana ai DigiPASS')), 'the digest in the channel');
    const text = post.text!;
    // Under their zone's heading, with the place text the event card gives.
    const zone8 = text.split('\n\n').find((g) => g.startsWith(`Zona sociale ${zoneOf['digipass-foligno']} `))!;
    expect(zone8).toContain('giovedì 26 novembre, 10:00 — Settimana <digitale> (in tutta la zona)');
    const zone7 = text.split('\n\n').find((g) => g.startsWith(`Zona sociale ${zoneOf['digipass-gubbio']} `))!;
    expect(zone7).toContain('venerdì 27 novembre, 18:00 — Webinar INPS (online)');
    expect(text).toContain(`Zona sociale ${zoneOf['digipass-foligno']}`);
    expect(text).toContain(`martedì 24 novembre, 15:00 — ${TITLE} (DigiPASS Foligno)`);
    expect(text).toContain('giovedì 26 novembre, 17:00 — Smartphone per tutti (DigiPASS Foligno)');
    expect(text).toContain('mercoledì 25 novembre, 10:00 — Open day SPID (DigiPASS Gubbio)');
    expect(text).not.toContain('Corso annullato');
    expect(text).not.toContain('Bozza');
    // Its links open the card and carry the digest's own publication.
    const [digestPub] = await waitFor(async () => {
      const rows = await h.db.db.select().from(publications).where(eq(publications.kind, 'digest'));
      return rows[0]?.messageId ? rows : undefined;
    }, 'the digest publication');
    expect(digestPub!.messageId).toBe(post.message_id);
    const links = (post.entities ?? []).filter((e) => e.type === 'text_link').map((e) => (e as { url?: string }).url);
    expect(links).toContain(`https://t.me/${h.service.bot.botInfo.username}?start=ev_${ids.tom}_p${digestPub!.id}`);

    const mine = await waitFor(() => ema.botMessages().find((m) => m.text?.startsWith('📅 Questa settimana nei punti DigiPASS che segui')), "Ema's digest");
    expect(mine.text).toContain(TITLE);
    expect(mine.text).toContain('Smartphone per tutti');
    expect(mine.text).not.toContain('Open day SPID');
    // Gino's point has nothing this week: no message for him at all.
    const ginoDeliveries = await h.db.db.select().from(deliveries).where(and(eq(deliveries.jobId, digestJob!.id), eq(deliveries.chatId, gino.id)));
    expect(ginoDeliveries).toEqual([]);
    expect(gino.botMessages().some((m) => m.text?.startsWith('📅'))).toBe(false);
    // And the next Monday is planned.
    const next = await h.db.db.select().from(jobs).where(eq(jobs.dedupeKey, 'digest:2026-W49'));
    expect(next[0]!.runAt.toISOString()).toBe('2026-11-30T07:00:00.000Z');
    h.expectNoViolations();
  });

  it('reminds the day before at the same time, in the person\'s language, with their seat', async () => {
    const anna = (await h.db.db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, ids.tom!)))[0]!;
    const [annaPerson] = await h.db.db.select().from(people).where(eq(people.id, anna.personId!));
    // Monday 23 November, 15:00 in Rome: the day before the 15:00 course.
    now = new Date('2026-11-23T14:00:00Z');
    const reminder = await waitFor(
      () => h.emulator.messages(h.token, annaPerson!.telegramId).find((m) => m.from?.is_bot && m.text?.startsWith('🔔 Promemoria')),
      "Anna's reminder",
    );
    expect(reminder.text).toContain(`domani c'è «${TITLE}»`);
    expect(reminder.text).toContain('martedì 24 novembre 2026 alle ore 15:00');
    expect(reminder.text).toContain('Hai un posto.');
    // Tuesday 24 November, 10:00: Dario's open day is tomorrow.
    now = new Date('2026-11-24T09:00:00Z');
    const dr = await waitFor(() => dario.botMessages().find((m) => m.text?.startsWith('🔔 Reminder')), "Dario's reminder");
    expect(dr.text).toContain('tomorrow is «Open day SPID»');
    expect(dr.text).toContain('📍 DigiPASS Gubbio');
    expect(dr.text).not.toContain('You have a seat');
    await dario.press('ℹ️ Details');
    expect(dario.lastText()).toContain('Open day: Open day SPID');
    const irisKey = `event:${ids.openday}:remind:${await personId(iris)}:2026-11-25T09:00:00.000Z`;
    await waitFor(async () => (await h.db.db.select().from(jobs).where(eq(jobs.dedupeKey, irisKey)))[0]?.status === 'done', "Iris's reminder job");
    expect(iris.botMessages().some((m) => m.text?.startsWith('🔔 Promemoria'))).toBe(false);
    h.expectNoViolations();
  });

  it('says nothing for a date cancelled after the reminder was asked for', async () => {
    const [series] = await h.db.db.select().from(events).where(eq(events.id, ids.series!));
    await h.db.db.update(events).set({ exdates: [...series!.exdates, '2026-11-26T16:00:00.000Z'] }).where(eq(events.id, ids.series!));
    // Wednesday 25 November, 17:00 in Rome.
    now = new Date('2026-11-25T16:00:00Z');
    const key = `event:${ids.series}:remind:${await personId(hugo)}:2026-11-26T16:00:00.000Z`;
    await waitFor(async () => (await h.db.db.select().from(jobs).where(eq(jobs.dedupeKey, key)))[0]?.status === 'done', "Hugo's reminder job");
    expect(hugo.botMessages().some((m) => m.text?.startsWith('🔔 Promemoria'))).toBe(false);
    h.expectNoViolations();
  });
});

describe('personal data', () => {
  it('registrations are in the export; erasure keeps the seat count but not the person', async () => {
    const privacy = privacyUseCases({ db: h.db.db, clock: () => now });
    const [reg] = await regsOf(ids.tom!);
    const data = await privacy.exportData(reg!.personId!);
    expect(data!.eventRegistrations).toEqual([expect.objectContaining({ eventId: ids.tom, title: TITLE, occurrence: new Date('2026-11-24T14:00:00Z'), status: 'registered' })]);
    await privacy.erase(reg!.personId!);
    const [after] = await regsOf(ids.tom!);
    expect(after).toMatchObject({ id: reg!.id, personId: null, status: 'registered', sourcePublicationId: pubId });
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('capacity under concurrency (PostgreSQL)', () => {
  let second: DatabaseHandle;
  afterAll(async () => {
    await second?.close();
  });

  it('30 people pressing at once for 3 seats, through two connection pools: exactly 3 get one; one person pressing 5 times gets one', async () => {
    now = new Date('2026-11-22T08:00:00Z');
    second = await openDatabase({ kind: 'postgres', url: h.db.url! });
    const [e] = await h.db.db
      .insert(events)
      .values({ title: 'Gara', pointId: ids['digipass-foligno']!, category: 'course', startsAt: new Date('2026-12-01T09:00:00Z'), endsAt: new Date('2026-12-01T10:00:00Z'), registration: true, capacity: 3, status: 'published' })
      .returning({ id: events.id });
    const racers = await h.db.db.insert(people).values(Array.from({ length: 31 }, (_, i) => ({ telegramId: 900_000 + i }))).returning({ id: people.id });
    const make = (db: typeof h.db.db) => eventRegistrationUseCases({ db, clock: () => now, reference: referenceCache(db) });
    const a = make(h.db.db);
    const b = make(second.db);
    const start = new Date('2026-12-01T09:00:00Z');
    const results = await Promise.all(racers.slice(0, 30).map((r, i) => (i % 2 === 0 ? a : b).register({ personId: r.id, eventId: e!.id, start })));
    expect(results.filter((r) => r.kind === 'registered')).toHaveLength(3);
    expect(results.filter((r) => r.kind === 'full')).toHaveLength(27);
    const live = (await regsOf(e!.id)).filter((r) => r.status === 'registered');
    expect(live.map((r) => r.seat).sort()).toEqual([1, 2, 3]);

    // Someone cancels: one seat, and one person pressing five times takes it once.
    await a.unregister({ personId: live[0]!.personId!, eventId: e!.id, start });
    const me = racers[30]!.id;
    const mine = await Promise.all(Array.from({ length: 5 }, (_, i) => (i % 2 === 0 ? a : b).register({ personId: me, eventId: e!.id, start })));
    expect(mine.filter((r) => r.kind === 'registered')).toHaveLength(1);
    expect(mine.filter((r) => r.kind === 'already')).toHaveLength(4);
    expect((await regsOf(e!.id)).filter((r) => r.status === 'registered')).toHaveLength(3);
  });
});
