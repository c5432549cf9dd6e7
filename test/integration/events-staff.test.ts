import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import type { SimulatedPerson } from '../support/person.js';
import { waitFor } from '../support/wait.js';
import { eventRegistrations, events, follows, people, points, publications, roleGrants } from '../../src/db/schema/index.js';
import { eventAdminUseCases } from '../../src/app/event-admin.js';
import { roleUseCases } from '../../src/app/roles.js';
import { referenceCache } from '../../src/app/reference.js';

// Monday 23 November 2026, 10:00 in Rome.
let now = new Date('2026-11-23T09:00:00Z');
let h: Harness;
let fabio: SimulatedPerson; // facilitator of DigiPASS Foligno
let ciro: SimulatedPerson; // a citizen
let anna: SimulatedPerson; // follows DigiPASS Foligno
let bruno: SimulatedPerson; // signed up for the Thursday of the first week
const ids: Record<string, number> = {};
const TITLE = '<b>Tom & "Jerry"</b>';
let eventId: number;

const personId = async (p: SimulatedPerson) => (await h.db.db.select().from(people).where(eq(people.telegramId, p.id)))[0]!.id;
const channelPosts = () => h.channel.posts();
const feed = async () => (await fetch(`${h.service.http.url}/calendar/events/${eventId}.ics`)).text();

beforeAll(async () => {
  h = await harness({ clock: () => now });
  for (const slug of ['digipass-foligno', 'digipass-gubbio']) ids[slug] = (await h.db.db.select().from(points).where(eq(points.slug, slug)))[0]!.id;
  fabio = await h.citizen({ firstName: 'Fabio' });
  ciro = await h.citizen({ firstName: 'Ciro' });
  anna = await h.citizen({ firstName: 'Anna' });
  bruno = await h.citizen({ firstName: 'Bruno' });
  for (const p of [fabio, ciro, anna, bruno]) await p.say('/start');
  await h.db.db.insert(roleGrants).values({ personId: await personId(fabio), role: 'facilitator', pointId: ids['digipass-foligno']!, displayName: 'Fabio' });
  await h.db.db.insert(follows).values({ personId: await personId(anna), pointId: ids['digipass-foligno']! });
});
afterAll(async () => {
  await h?.close();
});

describe('events from the bot to the channel', () => {
  it('a citizen cannot create events', async () => {
    await ciro.say('/newevent');
    expect(ciro.lastText()).toBe('Questo comando è per chi lavora nei punti DigiPASS.');
    expect(await h.db.db.select().from(events)).toEqual([]);
  });

  it('a facilitator creates a weekly course step by step, sees the post and publishes it', async () => {
    await fabio.say('/newevent');
    expect(fabio.lastText()).toContain('Come si chiama?');
    await fabio.say(TITLE);
    await fabio.say('Impariamo lo SPID & la CIE, <passo> per passo.');
    // Where: the one point, online, or the whole zone of the point.
    expect(fabio.lastText()).toContain('Dove si tiene?');
    expect(fabio.lastBotMessage().reply_markup).toMatchObject({ inline_keyboard: [[{ text: 'DigiPASS Foligno' }], [{ text: '💻 Online' }], [{ text: '🗺 In tutta la zona Foligno' }], [{ text: '✖️ Annulla' }]] });
    await fabio.press('DigiPASS Foligno');
    expect(fabio.lastText()).toBe('Che tipo di evento è?');
    await fabio.press('Corso');
    await fabio.say('il 31 febbraio alle 10');
    expect(fabio.lastText()).toContain('Non ho capito');
    await fabio.say('1/12 15:30');
    await fabio.press('1h30');
    await fabio.press('Ogni settimana');
    await fabio.press('Gio');
    await fabio.press('✅ Fatto');
    await fabio.press('4');
    await fabio.press('Con iscrizione, posti limitati');
    await fabio.say('20');
    await fabio.say('Liceo Marconi, Pro Loco <Foligno>');
    await fabio.press('Senza foto');
    const preview = fabio.lastBotMessage();
    expect(preview.text).toContain(`Corso: ${TITLE}`);
    expect(preview.text).toContain('martedì 1 dicembre, 15:30–17:00');
    expect(preview.text).toContain('Ogni martedì e giovedì, 4 volte');
    expect(preview.text).toContain('Impariamo lo SPID & la CIE, <passo> per passo.');
    expect(preview.text).toContain('Con: Liceo Marconi, Pro Loco <Foligno>');
    expect(preview.text).toContain('#corso #Foligno #DigiPASS');
    await fabio.press('📢 Pubblica ora');
    expect(fabio.lastText()).toContain('Pubblicato');

    const post = await waitFor(() => channelPosts().find((m) => m.text?.includes(TITLE)), 'the channel post');
    // Escaped: the title is literal text inside the one bold span Telegram parsed.
    const bold = post.entities!.filter((e) => e.type === 'bold').map((e) => post.text!.slice(e.offset, e.offset + e.length));
    expect(bold).toEqual([TITLE]);
    const [row] = await h.db.db.select().from(events);
    eventId = row!.id;
    expect(row).toMatchObject({ title: TITLE, status: 'published', capacity: 20, registration: true, partners: ['Liceo Marconi', 'Pro Loco <Foligno>'] });
    expect(row!.rrule).toBe('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4');
    const [pub] = await waitFor(async () => {
      const rows = await h.db.db.select().from(publications).where(eq(publications.eventId, eventId));
      return rows[0]?.messageId ? rows : undefined;
    }, 'the publication to be recorded');
    expect(pub!.messageId).toBe(post.message_id);
    const buttons = (post.reply_markup as { inline_keyboard: { text: string; url?: string }[][] }).inline_keyboard.flat();
    expect(buttons[0]).toEqual({ text: 'ℹ️ Dettagli e iscrizione', url: `https://t.me/${h.service.bot.botInfo.username}?start=ev_${eventId}_p${pub!.id}` });
    expect(buttons.some((b) => b.url === `${h.service.http.url}/calendar/events/${eventId}.ics`)).toBe(true);
    // The point's follower is told, in a message of their own.
    await waitFor(() => anna.botMessages().find((m) => m.text?.startsWith('📢 Nuovo evento a DigiPASS Foligno')), 'the follower message');
    expect(await feed()).toContain('SEQUENCE:0');
    h.expectNoViolations();
  });

  it('counts the reactions Telegram reports on the post, for the region\'s reach indicators', async () => {
    const post = channelPosts().find((m) => m.text?.includes(TITLE))!;
    const update = (n: number, id: number) => ({
      update_id: 900_000 + id,
      message_reaction_count: {
        chat: { id: h.channelId, type: 'channel', title: 'DigiPASS Umbria' },
        message_id: post.message_id,
        date: Math.floor(now.getTime() / 1000),
        reactions: [
          { type: { type: 'emoji', emoji: '👍' }, total_count: n },
          { type: { type: 'emoji', emoji: '❤' }, total_count: 2 },
        ],
      },
    });
    expect((await h.postUpdate(update(3, 1))).status).toBe(200);
    expect((await h.postUpdate(update(4, 2))).status).toBe(200); // counts are totals: the latest wins
    const [pub] = await h.db.db.select().from(publications).where(eq(publications.eventId, eventId));
    expect(pub!.reactions).toBe(6);
    const csv = await (await fetch(`${h.service.http.url}/opendata/indicators.csv`)).text();
    expect(csv).toMatch(/,post_reactions,total,,6\r?\n/);
  });

  it('a facilitator cannot publish for another point, even with a forged button', async () => {
    const roles = roleUseCases({ db: h.db.db, clock: () => now });
    const uc = eventAdminUseCases({ db: h.db.db, clock: () => now, roles, reference: referenceCache(h.db.db) });
    const actor = await roles.actorFor(await personId(fabio));
    const draft = { title: 'Non mio', description: '', where: { kind: 'point' as const, pointId: ids['digipass-gubbio']! }, category: 'course' as const, start: new Date('2026-12-02T09:00:00Z'), end: new Date('2026-12-02T10:00:00Z'), rrule: null, registration: false, capacity: null, partners: [], photoFileId: null };
    await expect(uc.create(actor, draft, { kind: 'now' })).rejects.toMatchObject({ code: 'NOT_ALLOWED' });
    // A forged "cancel" button for this event, pressed by a citizen, changes nothing.
    const before = channelPosts().length;
    await h.emulator.pressButton(h.token, ciro.id, ciro.botMessages().at(-1)!.message_id, `me:cancel:${eventId.toString(36)}:0`, { forge: true });
    expect(ciro.lastText()).toBe('Questo comando è per chi lavora nei punti DigiPASS.');
    expect((await h.db.db.select().from(events).where(eq(events.id, eventId)))[0]!.status).toBe('published');
    expect(channelPosts()).toHaveLength(before);
    h.expectNoViolations();
  });

  it('a citizen signs up for a date from the post\'s link; the sign-up counts for that post', async () => {
    const [pub] = await h.db.db.select().from(publications).where(eq(publications.eventId, eventId));
    await bruno.say(`/start ev_${eventId}_p${pub!.id}`);
    expect(bruno.lastText()).toContain(TITLE);
    await bruno.press('✍️ Iscriviti');
    await bruno.press('✍️ giovedì 3 dicembre, 15:30');
    expect(bruno.lastText()).toContain('Iscrizione fatta');
    const [reg] = await h.db.db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId));
    expect(reg).toMatchObject({ personId: await personId(bruno), status: 'registered', sourcePublicationId: pub!.id });
    expect(reg!.occurrenceStart.toISOString()).toBe('2026-12-03T14:30:00.000Z');
    h.expectNoViolations();
  });

  it('moving the course edits the post, raises SEQUENCE and tells the people signed up', async () => {
    await fabio.say('/myevents');
    expect(fabio.lastText()).toContain(`${TITLE} (pubblicato)`);
    await fabio.press(/Tom & "Jerry"/);
    await fabio.press('🕘 Data e ora');
    await fabio.say('1/12 16:00');
    expect(fabio.lastText()).toContain('ora inizia martedì 1 dicembre 2026');
    const edited = await waitFor(() => channelPosts().find((m) => m.text?.includes(TITLE) && m.text.includes('16:00–17:30')), 'the edited post');
    expect(channelPosts().filter((m) => m.text?.includes(TITLE))).toHaveLength(1); // edited, not posted again
    expect(edited.edit_date).toBeDefined();
    expect(await feed()).toContain('SEQUENCE:1');
    const moved = await waitFor(() => bruno.botMessages().find((m) => m.text?.startsWith('🔁')), "Bruno's notice");
    expect(moved.text).toContain('giovedì 3 dicembre 2026');
    expect(moved.text).toContain('16:00');
    const [reg] = await h.db.db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId));
    expect(reg!.occurrenceStart.toISOString()).toBe('2026-12-03T15:00:00.000Z');
    h.expectNoViolations();
  });

  it('cancelling one date adds its EXDATE and tells who signed up for it', async () => {
    // Ciro signed up for that date too, then blocked the bot: his sign-up is cancelled all the same, without a message.
    await h.db.db.insert(eventRegistrations).values({ eventId, occurrenceStart: new Date('2026-12-03T15:00:00Z'), personId: await personId(ciro), seat: 2 });
    await h.db.db.update(people).set({ unreachableAt: now }).where(eq(people.telegramId, ciro.id));
    const ciroBefore = ciro.botMessages().length;
    await fabio.say('/myevents');
    await fabio.press(/Tom & "Jerry"/);
    await fabio.press('📅 Annulla una data');
    await fabio.press(/^giovedì 3 dicembre/);
    expect(fabio.lastText()).toContain('è annullato');
    await waitFor(async () => (await feed()).includes('EXDATE;TZID=Europe/Rome:20261203T160000'), 'the EXDATE in the feed');
    expect(await feed()).toContain('SEQUENCE:2');
    const told = await waitFor(() => bruno.botMessages().find((m) => m.text?.startsWith('❌')), "Bruno's cancellation notice");
    expect(told.text).toContain(TITLE);
    const regs = await h.db.db.select().from(eventRegistrations).where(and(eq(eventRegistrations.eventId, eventId)));
    expect(regs.map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
    expect(ciro.botMessages()).toHaveLength(ciroBefore);
    h.expectNoViolations();
  });

  it('cancelling the event marks the post ANNULLATO, with the reason, and removes its buttons', async () => {
    await fabio.say('/myevents');
    await fabio.press(/Tom & "Jerry"/);
    await fabio.press("❌ Annulla l'evento");
    await fabio.say('Il <docente> è malato');
    expect(fabio.lastText()).toContain("l'evento è annullato");
    const post = await waitFor(() => channelPosts().find((m) => m.text?.startsWith('❌ ANNULLATO')), 'the cancelled post');
    expect(post.text).toContain('Il <docente> è malato');
    expect(post.reply_markup).toBeUndefined();
    expect(await feed()).toContain('STATUS:CANCELLED');
    h.expectNoViolations();
  });

  it('a draft can be scheduled and goes out on time', async () => {
    await fabio.say('/newevent');
    await fabio.say('Porte aperte');
    await fabio.press('Salta');
    await fabio.press('DigiPASS Foligno');
    await fabio.press('Porte aperte');
    await fabio.say('sabato 12 dicembre 10');
    await fabio.press('2h00');
    await fabio.press('Una volta sola');
    await fabio.press('Aperto a tutti, senza iscrizione');
    await fabio.press('Nessun partner');
    await fabio.press('Senza foto');
    await fabio.press('🕘 Pubblica più tardi');
    await fabio.say('dopodomani 9');
    expect(fabio.lastText()).toContain('Sarà pubblicato mercoledì 25 novembre 2026');
    const count = () => channelPosts().filter((m) => m.text?.includes('Porte aperte:')).length;
    await new Promise((r) => setTimeout(r, 1200));
    expect(count()).toBe(0);
    now = new Date('2026-11-25T08:01:00Z');
    await waitFor(() => count() === 1, 'the scheduled post');
    h.expectNoViolations();
  });
});
