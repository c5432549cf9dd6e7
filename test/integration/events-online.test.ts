import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import type { SimulatedPerson } from '../support/person.js';
import { waitFor } from '../support/wait.js';
import { png } from '../support/png.js';
import { eventRegistrations, events, follows, people, points, publications, roleGrants } from '../../src/db/schema/index.js';
import { eventAdminUseCases } from '../../src/app/event-admin.js';
import { roleUseCases } from '../../src/app/roles.js';
import { referenceCache } from '../../src/app/reference.js';

// Monday 23 November 2026, 10:00 in Rome.
const now = new Date('2026-11-23T09:00:00Z');
let h: Harness;
let fabio: SimulatedPerson; // facilitator of DigiPASS Foligno (zona sociale 8)
let gina: SimulatedPerson; // follows zona sociale 8
let ugo: SimulatedPerson; // follows zona sociale 7 (Gubbio)
let bruno: SimulatedPerson; // signs up for the zone's course
const ids: Record<string, number> = {};
const URL = 'https://meet.example.it/digipass?room=1&lang=it';
const ZONE_TITLE = 'Settimana <digitale> & dintorni';
let onlineId: number;
let zoneId: number;

const personId = async (p: SimulatedPerson) => (await h.db.db.select().from(people).where(eq(people.telegramId, p.id)))[0]!.id;
const channelPosts = () => h.channel.posts();
const body = (m: { text?: string; caption?: string }) => m.text ?? m.caption ?? '';
const feed = async (path: string) => (await fetch(`${h.service.http.url}${path}`)).text();
const sequence = async (id: number) => Number(/SEQUENCE:(\d+)/.exec(await feed(`/calendar/events/${id}.ics`))![1]);
const zonePosts = () => channelPosts().filter((m) => body(m).includes(ZONE_TITLE));

/** Opens the zone's course in /myevents and presses one of its edit buttons. */
async function edit(button: string): Promise<void> {
  await fabio.say('/myevents');
  await fabio.press(/Settimana <digitale>/);
  await fabio.press(button);
}

beforeAll(async () => {
  // Fabio presses faster than anyone could: the per-person limit is not what this file tests.
  h = await harness({ clock: () => now, env: { RATE_LIMIT_PER_MINUTE: '0' } });
  for (const slug of ['digipass-foligno', 'digipass-gubbio', 'digipass-spoleto']) ids[slug] = (await h.db.db.select().from(points).where(eq(points.slug, slug)))[0]!.id;
  fabio = await h.citizen({ firstName: 'Fabio' });
  gina = await h.citizen({ firstName: 'Gina' });
  ugo = await h.citizen({ firstName: 'Ugo' });
  bruno = await h.citizen({ firstName: 'Bruno' });
  for (const p of [fabio, gina, ugo, bruno]) await p.say('/start');
  await h.db.db.insert(roleGrants).values({ personId: await personId(fabio), role: 'facilitator', pointId: ids['digipass-foligno']!, displayName: 'Fabio' });
  await h.db.db.insert(follows).values({ personId: await personId(gina), zoneNumber: 8 });
  await h.db.db.insert(follows).values({ personId: await personId(ugo), zoneNumber: 7 });
});
afterAll(async () => {
  await h?.close();
});

describe('events online and across a whole zone', () => {
  it('a facilitator creates an online seminar: the post says Online with its link, the feed has it, the zone’s followers are told', async () => {
    await fabio.say('/newevent');
    await fabio.say('Webinar <PagoPA>');
    await fabio.press('Salta');
    await fabio.press('💻 Online');
    expect(fabio.lastText()).toContain('https://');
    await fabio.say('http://meet.example.it/digipass');
    expect(fabio.lastText()).toContain('non è un link valido');
    await fabio.say('javascript:alert(1)');
    expect(fabio.lastText()).toContain('non è un link valido');
    await fabio.say(URL);
    await fabio.press('Incontro');
    await fabio.say('2/12 18:00');
    await fabio.press('1h00');
    await fabio.press('Una volta sola');
    await fabio.press('Aperto a tutti, senza iscrizione');
    await fabio.press('Nessun partner');
    await fabio.press('Senza foto');
    const preview = fabio.lastBotMessage().text!;
    expect(preview).toContain(`💻 Online: ${URL}`);
    expect(preview).not.toContain('📍');
    expect(preview).toContain('#incontro #online #DigiPASS');
    await fabio.press('📢 Pubblica ora');

    const post = await waitFor(() => channelPosts().find((m) => m.text?.includes('Webinar <PagoPA>')), 'the channel post');
    expect(post.text).toContain(`💻 Online: ${URL}`);
    const [row] = await h.db.db.select().from(events).where(eq(events.title, 'Webinar <PagoPA>'));
    onlineId = row!.id;
    expect(row).toMatchObject({ pointId: null, zoneNumber: 8, online: true, onlineUrl: URL, status: 'published' });

    const ics = await feed(`/calendar/events/${onlineId}.ics`);
    expect(ics).toContain(`LOCATION:Online: ${URL}`);
    expect(ics).toContain(`URL:${URL}`);
    expect(await feed('/calendar/zones/8.ics')).toContain(`UID:event-${onlineId}@digipass-bot`);
    expect(await feed('/calendar.ics')).toContain(`UID:event-${onlineId}@digipass-bot`);

    const told = await waitFor(() => gina.botMessages().find((m) => m.text?.includes('Webinar <PagoPA>')), "the zone follower's message");
    expect(told.text).toContain('📢 Nuovo evento a Zona sociale 8 · Foligno');
    expect(told.text).toContain(URL);
    // The card behind the link says where to connect, and offers to follow the zone.
    await gina.say(`/start ev_${onlineId}`);
    expect(gina.lastText()).toContain(`💻 Online: ${URL}`);
    h.expectNoViolations();
  });

  it('a facilitator creates a course across the whole zone; its followers are told, another zone’s are not', async () => {
    await fabio.say('/newevent');
    await fabio.say(ZONE_TITLE);
    await fabio.say('In tutti i punti della zona.');
    await fabio.press('🗺 In tutta la zona Foligno');
    await fabio.press('Corso');
    await fabio.say('3/12 10:00');
    await fabio.press('2h00');
    await fabio.press('Ogni settimana');
    await fabio.press('✅ Fatto');
    await fabio.press('4');
    await fabio.press('Con iscrizione, posti limitati');
    await fabio.say('15');
    await fabio.press('Nessun partner');
    await fabio.press('Senza foto');
    const preview = fabio.lastBotMessage().text!;
    expect(preview).toContain('🗺 In tutta la zona sociale 8 · Foligno');
    expect(preview).toContain('Ogni giovedì, 4 volte');
    expect(preview).toContain('#corso #Foligno #DigiPASS');
    await fabio.press('📢 Pubblica ora');
    await waitFor(() => zonePosts().length === 1, 'the channel post');
    const [row] = await h.db.db.select().from(events).where(eq(events.title, ZONE_TITLE));
    zoneId = row!.id;
    expect(row).toMatchObject({ pointId: null, zoneNumber: 8, online: false, onlineUrl: null });
    await waitFor(() => gina.botMessages().find((m) => m.text?.includes(ZONE_TITLE)), "the zone follower's message");
    await waitFor(async () => (await h.db.db.select().from(publications).where(eq(publications.eventId, zoneId)))[0]?.messageId, 'the publication');
    expect(ugo.botMessages().some((m) => m.text?.includes(ZONE_TITLE))).toBe(false);
    expect(ugo.botMessages().some((m) => m.text?.includes('Webinar'))).toBe(false);
    // In /events: the zone instead of an address.
    await bruno.say('/events');
    expect(bruno.lastText()).toContain('📍 Zona sociale 8 · Foligno');
    expect(bruno.lastText()).toContain('📍 online');
    // Bruno signs up for the first and the last Thursday.
    await bruno.say(`/start ev_${zoneId}`);
    expect(bruno.lastText()).toContain('🗺 In tutta la zona sociale 8 · Foligno');
    await bruno.press('✍️ Iscriviti');
    await bruno.press('✍️ giovedì 3 dicembre, 10:00');
    await bruno.press('✍️ Iscriviti');
    await bruno.press('✍️ giovedì 24 dicembre, 10:00');
    expect(bruno.lastText()).toContain('Iscrizione fatta');
    h.expectNoViolations();
  });

  it('a facilitator cannot put an event in another zone, not even with forged buttons', async () => {
    const before = await h.db.db.select().from(events);
    await fabio.say('/newevent');
    await fabio.say('Non nella mia zona');
    await fabio.press('Salta');
    const question = fabio.lastBotMessage();
    expect(question.text).toContain('Dove si tiene?');
    for (const data of ['ne:zn:7', 'ne:on:7', 'ne:on:-1', `ne:pt:${ids['digipass-gubbio']!.toString(36)}`]) {
      await h.emulator.pressButton(h.token, fabio.id, question.message_id, data, { forge: true });
      expect(fabio.lastBotMessage().message_id).toBe(question.message_id); // nothing moved on
    }
    await fabio.press('✖️ Annulla');
    expect(await h.db.db.select().from(events)).toEqual(before);

    // The use cases refuse too, whatever the buttons.
    const roles = roleUseCases({ db: h.db.db, clock: () => now });
    const uc = eventAdminUseCases({ db: h.db.db, clock: () => now, roles, reference: referenceCache(h.db.db) });
    const actor = await roles.actorFor(await personId(fabio));
    const draft = { title: 'Altrove', description: '', category: 'course' as const, start: new Date('2026-12-02T09:00:00Z'), end: new Date('2026-12-02T10:00:00Z'), rrule: null, registration: false, capacity: null, partners: [], photoFileId: null };
    await expect(uc.create(actor, { ...draft, where: { kind: 'zone', zoneNumber: 7 } }, { kind: 'now' })).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    await expect(uc.create(actor, { ...draft, where: { kind: 'online', zoneNumber: 7, url: URL } }, { kind: 'now' })).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    await expect(uc.create(actor, { ...draft, where: { kind: 'online', zoneNumber: null, url: URL } }, { kind: 'now' })).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    await expect(uc.create(actor, { ...draft, where: { kind: 'online', zoneNumber: 8, url: 'http://meet.example.it' } }, { kind: 'now' })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    expect(await h.db.db.select().from(events)).toEqual(before);
    // A zone-7 event is not theirs to see or change.
    const [other] = await h.db.db
      .insert(events)
      .values({ title: 'Di Gubbio', zoneNumber: 7, category: 'course', startsAt: new Date('2026-12-05T09:00:00Z'), endsAt: new Date('2026-12-05T10:00:00Z'), status: 'published' })
      .returning();
    await expect(uc.get(actor, other!.id)).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    expect((await uc.mine(actor)).map((e) => e.id).sort()).toEqual([onlineId, zoneId].sort());
    await h.emulator.pressButton(h.token, fabio.id, fabio.lastBotMessage().message_id, `me:kind:${other!.id.toString(36)}:0`, { forge: true });
    expect((await h.db.db.select().from(events).where(eq(events.id, other!.id)))[0]!.sequence).toBe(0);
    await h.db.db.delete(events).where(eq(events.id, other!.id));
    h.expectNoViolations();
  });

  it('changing the kind edits the post and raises SEQUENCE', async () => {
    const seq = await sequence(zoneId);
    await edit('🏷 Tipo');
    await fabio.press('Laboratorio');
    expect(fabio.lastText()).toContain('Fatto');
    const post = await waitFor(() => zonePosts().find((m) => body(m).includes(`Laboratorio: ${ZONE_TITLE}`)), 'the edited post');
    expect(post.edit_date).toBeDefined();
    expect(body(post)).toContain('#laboratorio #Foligno #DigiPASS');
    expect(zonePosts()).toHaveLength(1);
    expect(await sequence(zoneId)).toBe(seq + 1);
    h.expectNoViolations();
  });

  it('changing the partners edits the post and raises SEQUENCE', async () => {
    const seq = await sequence(zoneId);
    await edit('🤝 Partner');
    await fabio.say('Comune di Foligno, Biblioteca <Jacobilli>');
    expect(fabio.lastText()).toContain('Fatto');
    await waitFor(() => zonePosts().find((m) => body(m).includes('Con: Comune di Foligno, Biblioteca <Jacobilli>')), 'the edited post');
    const [row] = await h.db.db.select().from(events).where(eq(events.id, zoneId));
    expect(row!.partners).toEqual(['Comune di Foligno', 'Biblioteca <Jacobilli>']);
    expect(await sequence(zoneId)).toBe(seq + 1);
    h.expectNoViolations();
  });

  it('adding and removing the photo posts it again in the right form, replacing it swaps it in place; SEQUENCE rises each time', async () => {
    const messageId = async () => (await h.db.db.select().from(publications).where(eq(publications.eventId, zoneId)))[0]?.messageId ?? undefined;
    const first = (await messageId())!;

    let seq = await sequence(zoneId);
    await edit('🖼 Foto');
    expect(fabio.lastText()).toContain('Vuoi aggiungere una foto?');
    await fabio.sendPhoto(png(64, 48));
    expect(fabio.lastText()).toContain('Fatto');
    const withPhoto = await waitFor(() => zonePosts().find((m) => m.photo && m.caption?.includes(ZONE_TITLE)), 'the post with its photo');
    expect(zonePosts()).toHaveLength(1); // the text post is gone
    await waitFor(async () => (await messageId()) === withPhoto.message_id, 'the publication to follow the new post');
    expect(withPhoto.message_id).not.toBe(first);
    expect(await sequence(zoneId)).toBe(++seq);

    await edit('🖼 Foto');
    expect(fabio.lastText()).toContain('Manda la nuova foto');
    const newPhoto = await fabio.sendPhoto(png(80, 60));
    // Photo for photo: swapped in place, the same message (its reactions and links stay).
    const replaced = await waitFor(() => zonePosts().find((m) => m.photo?.at(-1)?.file_id === newPhoto), 'the post with the new photo');
    expect(replaced.message_id).toBe(withPhoto.message_id);
    expect(replaced.caption).toContain(ZONE_TITLE);
    expect(zonePosts()).toHaveLength(1);
    expect(await messageId()).toBe(withPhoto.message_id);
    expect(await sequence(zoneId)).toBe(++seq);

    await edit('🖼 Foto');
    await fabio.press('Togli la foto');
    const text = await waitFor(() => zonePosts().find((m) => m.text && !m.photo), 'the post without a photo');
    expect(zonePosts()).toHaveLength(1);
    await waitFor(async () => (await messageId()) === text.message_id, 'the publication to follow the new post');
    expect((await h.db.db.select().from(events).where(eq(events.id, zoneId)))[0]!.photoFileId).toBeNull();
    expect(await sequence(zoneId)).toBe(++seq);
    h.expectNoViolations();
  });

  it('a shorter series edits the post, raises SEQUENCE and tells who signed up for a date it drops', async () => {
    const seq = await sequence(zoneId);
    await edit('🔁 Ripetizione');
    await fabio.press('Ogni settimana');
    await fabio.press('✅ Fatto');
    await fabio.say('2');
    expect(fabio.lastText()).toContain('avvisato');
    await waitFor(() => zonePosts().find((m) => body(m).includes('Ogni giovedì, 2 volte')), 'the edited post');
    expect(await sequence(zoneId)).toBe(seq + 1);
    const told = await waitFor(() => bruno.botMessages().find((m) => m.text?.startsWith('❌')), "Bruno's notice");
    expect(told.text).toContain(ZONE_TITLE);
    expect(told.text).toContain('24 dicembre');
    const regs = await waitFor(async () => {
      const rows = await h.db.db.select().from(eventRegistrations).where(and(eq(eventRegistrations.eventId, zoneId)));
      return rows.some((r) => r.status === 'cancelled') ? rows : undefined;
    }, 'the dropped sign-up');
    const state = Object.fromEntries(regs.map((r) => [r.occurrenceStart.toISOString(), r.status]));
    expect(state).toEqual({ '2026-12-03T09:00:00.000Z': 'registered', '2026-12-24T09:00:00.000Z': 'cancelled' });
    h.expectNoViolations();
  });

  it('a series made one-off loses its rule in the post and the feed', async () => {
    const seq = await sequence(zoneId);
    await edit('🔁 Ripetizione');
    await fabio.press('Una volta sola');
    expect(fabio.lastText()).toContain('Fatto');
    await waitFor(() => zonePosts().find((m) => !body(m).includes('Ogni giovedì')), 'the edited post');
    const ics = await feed(`/calendar/events/${zoneId}.ics`);
    expect(ics).not.toContain('RRULE:FREQ=WEEKLY');
    expect(ics).toContain('LOCATION:Zona sociale 8 Foligno\\, Umbria');
    expect(await sequence(zoneId)).toBe(seq + 1);
    // Bruno's 3 December stays: it is still the event's date.
    const regs = await h.db.db.select().from(eventRegistrations).where(and(eq(eventRegistrations.eventId, zoneId), eq(eventRegistrations.status, 'registered')));
    expect(regs).toHaveLength(1);
    h.expectNoViolations();
  });
});

describe('moving an event to another place from /myevents', () => {
  const TITLE = 'Sportello <SPID> & CIE';
  const URL2 = 'https://meet.example.it/sportello?room=2';
  const URL3 = 'https://meet.example.it/sportello?room=3';
  let dora: SimulatedPerson; // signed up for the sportello
  let spid: number;
  const posts = () => channelPosts().filter((m) => body(m).includes(TITLE));
  const row = async () => (await h.db.db.select().from(events).where(eq(events.id, spid)))[0]!;
  const useCases = () => {
    const roles = roleUseCases({ db: h.db.db, clock: () => now });
    return { roles, uc: eventAdminUseCases({ db: h.db.db, clock: () => now, roles, reference: referenceCache(h.db.db) }) };
  };
  const openPlace = async () => {
    await fabio.say('/myevents');
    await fabio.press(/Sportello <SPID>/);
    await fabio.press('📍 Luogo');
    expect(fabio.lastText()).toContain('Dove si tiene?');
  };

  it('a published event with a sign-up moves from one point to another: post, feed and the person signed up follow', async () => {
    // Fabio now works at Spoleto too (zona sociale 9).
    await h.db.db.insert(roleGrants).values({ personId: await personId(fabio), role: 'facilitator', pointId: ids['digipass-spoleto']!, displayName: 'Fabio' });
    const { roles, uc } = useCases();
    spid = await uc.create(
      await roles.actorFor(await personId(fabio)),
      { title: TITLE, description: '', where: { kind: 'point', pointId: ids['digipass-foligno']! }, category: 'open_day', start: new Date('2026-12-04T09:00:00Z'), end: new Date('2026-12-04T11:00:00Z'), rrule: null, registration: true, capacity: 10, partners: [], photoFileId: null },
      { kind: 'now' },
    );
    const first = await waitFor(() => posts()[0], 'the channel post');
    expect(body(first)).toContain('📍 DigiPASS Foligno, Centro Studi Foligno, via dei Monasteri 19');
    expect(body(first)).toContain('#porteaperte #Foligno #DigiPASS');
    await waitFor(async () => (await h.db.db.select().from(publications).where(eq(publications.eventId, spid)))[0]?.messageId, 'the publication');
    dora = await h.citizen({ firstName: 'Dora' });
    await dora.say(`/start ev_${spid}`);
    await dora.press('✍️ Iscriviti');
    expect(dora.lastText()).toContain('Iscrizione fatta');
    const seq = await sequence(spid);

    await openPlace();
    await fabio.press('DigiPASS Spoleto');
    expect(fabio.lastText()).toContain('il luogo è cambiato');
    expect(await row()).toMatchObject({ pointId: ids['digipass-spoleto'], zoneNumber: 9, online: false, onlineUrl: null });
    const moved = await waitFor(() => posts().find((m) => body(m).includes('DigiPASS Spoleto')), 'the edited post');
    expect(moved.message_id).toBe(first.message_id);
    expect(moved.edit_date).toBeDefined();
    expect(body(moved)).toContain('#porteaperte #Spoleto #DigiPASS');
    expect(body(moved)).not.toContain('Foligno');
    expect(posts()).toHaveLength(1);
    expect(await sequence(spid)).toBe(seq + 1);
    expect(await feed(`/calendar/events/${spid}.ics`)).toContain('LOCATION:DigiPASS Spoleto');
    const told = await waitFor(() => dora.botMessages().find((m) => m.text?.startsWith('📍')), "Dora's notice");
    expect(told.text).toContain(`«${TITLE}»`);
    expect(told.text).toContain('venerdì 4 dicembre 2026');
    expect(told.text).toContain('DigiPASS Spoleto, via dei Filosofi');
    // Her seat stays hers.
    const [reg] = await h.db.db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, spid));
    expect(reg).toMatchObject({ status: 'registered' });
    h.expectNoViolations();
  });

  it('moving it online asks for the link as /newevent does; the post, the feed and the notice give the link', async () => {
    const seq = await sequence(spid);
    await openPlace();
    await fabio.press('💻 Online');
    // Two zones now: which one.
    await fabio.press('9 · Spoleto');
    expect(fabio.lastText()).toContain('https://');
    await fabio.say('http://meet.example.it/sportello');
    expect(fabio.lastText()).toContain('non è un link valido');
    await fabio.say(URL2);
    expect(fabio.lastText()).toContain('il luogo è cambiato');
    expect(await row()).toMatchObject({ pointId: null, zoneNumber: 9, online: true, onlineUrl: URL2 });
    const moved = await waitFor(() => posts().find((m) => body(m).includes(`💻 Online: ${URL2}`)), 'the edited post');
    expect(body(moved)).toContain('#porteaperte #online #DigiPASS');
    expect(body(moved)).not.toContain('📍');
    expect(posts()).toHaveLength(1);
    expect(await sequence(spid)).toBe(seq + 1);
    expect(await feed(`/calendar/events/${spid}.ics`)).toContain(`LOCATION:Online: ${URL2}`);
    const told = await waitFor(() => dora.botMessages().find((m) => m.text?.startsWith('📍') && m.text.includes(URL2)), "Dora's notice");
    expect(told.text).toContain('online');

    // A new link is a new place too.
    await openPlace();
    await fabio.press('💻 Online');
    await fabio.press('9 · Spoleto');
    await fabio.say(URL3);
    await waitFor(() => posts().find((m) => body(m).includes(`💻 Online: ${URL3}`)), 'the post with the new link');
    expect(await sequence(spid)).toBe(seq + 2);
    await waitFor(() => dora.botMessages().find((m) => m.text?.startsWith('📍') && m.text.includes(URL3)), "Dora's second notice");
    h.expectNoViolations();
  });

  it('choosing the place it already has changes nothing and tells nobody', async () => {
    const seq = await sequence(spid);
    const notices = dora.botMessages().length;
    const { roles, uc } = useCases();
    await uc.update(await roles.actorFor(await personId(fabio)), spid, { where: { kind: 'online', zoneNumber: 9, url: URL3 } });
    expect(await sequence(spid)).toBe(seq);
    expect(dora.botMessages()).toHaveLength(notices);
    h.expectNoViolations();
  });

  it('a forged move to a point or zone that is not theirs changes nothing', async () => {
    const before = await row();
    await openPlace();
    const question = fabio.lastBotMessage();
    for (const data of [`ne:pt:${ids['digipass-gubbio']!.toString(36)}`, 'ne:zn:7', 'ne:on:7', 'ne:on:-1']) {
      await h.emulator.pressButton(h.token, fabio.id, question.message_id, data, { forge: true });
      expect(fabio.lastBotMessage().message_id).toBe(question.message_id);
    }
    await fabio.press('✖️ Annulla');
    expect(fabio.lastText()).toContain('non ho cambiato niente');
    expect(await row()).toEqual(before);

    // The use case refuses too: the new place must be theirs, and so must the old one.
    const { roles, uc } = useCases();
    const actor = await roles.actorFor(await personId(fabio));
    await expect(uc.update(actor, spid, { where: { kind: 'point', pointId: ids['digipass-gubbio']! } })).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    await expect(uc.update(actor, spid, { where: { kind: 'zone', zoneNumber: 7 } })).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    await expect(uc.update(actor, spid, { where: { kind: 'online', zoneNumber: null, url: URL2 } })).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    await expect(uc.update(actor, spid, { where: { kind: 'online', zoneNumber: 9, url: 'javascript:alert(1)' } })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    const [other] = await h.db.db
      .insert(events)
      .values({ title: 'Di Gubbio', pointId: ids['digipass-gubbio']!, zoneNumber: 7, category: 'course', startsAt: new Date('2026-12-05T09:00:00Z'), endsAt: new Date('2026-12-05T10:00:00Z'), status: 'published' })
      .returning();
    await expect(uc.update(actor, other!.id, { where: { kind: 'point', pointId: ids['digipass-foligno']! } })).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    await h.emulator.pressButton(h.token, fabio.id, fabio.lastBotMessage().message_id, `me:place:${other!.id.toString(36)}:0`, { forge: true });
    expect(fabio.lastText()).not.toContain('Dove si tiene?');
    expect((await h.db.db.select().from(events).where(eq(events.id, other!.id)))[0]).toMatchObject({ pointId: ids['digipass-gubbio'], sequence: 0 });
    await h.db.db.delete(events).where(eq(events.id, other!.id));
    expect(await row()).toEqual(before);
    h.expectNoViolations();
  });

  it('a new title or description is checked as in /newevent', async () => {
    await fabio.say('/myevents');
    await fabio.press(/Sportello <SPID>/);
    await fabio.press('✏️ Titolo');
    expect(fabio.lastText()).toContain('nuovo titolo');
    await fabio.say('x'.repeat(121));
    expect(fabio.lastText()).toContain('al massimo 120 caratteri');
    await fabio.say('x'.repeat(120));
    expect(fabio.lastText()).toContain('Fatto');
    expect((await row()).title).toBe('x'.repeat(120));
    await fabio.say('/myevents');
    await fabio.press(/xxxx/);
    await fabio.press('📝 Descrizione');
    await fabio.say('y'.repeat(2001));
    expect(fabio.lastText()).toContain('al massimo 2000 caratteri');
    await fabio.say('y'.repeat(2000));
    expect(fabio.lastText()).toContain('Fatto');
    expect((await row()).description).toBe('y'.repeat(2000));
    h.expectNoViolations();
  });
});
