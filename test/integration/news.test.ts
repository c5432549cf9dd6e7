import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import type { SimulatedPerson } from '../support/person.js';
import { waitFor } from '../support/wait.js';
import { png } from '../support/png.js';
import { follows, jobs, news, people, points, publications, roleGrants } from '../../src/db/schema/index.js';
import { newsCancelCb } from '../../src/bot/features/news.js';
import { newsJobKey } from '../../src/app/broadcast.js';

// Tuesday 24 November 2026, 08:00 in Rome. The worker and the conversations read this clock.
let now = new Date('2026-11-24T07:00:00Z');
let h: Harness;
let fabio: SimulatedPerson; // facilitator of DigiPASS Foligno
let giulia: SimulatedPerson; // facilitator of DigiPASS Foligno too
let anna: SimulatedPerson; // follows DigiPASS Foligno
let photoId: string;
let foligno: number;

const channelPosts = () => h.channel.posts();
const shown = (m: { text?: string; caption?: string }) => m.text ?? m.caption ?? '';
const labels = (p: SimulatedPerson) => p.inlineButtons().map((b) => b.text);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function personId(p: SimulatedPerson): Promise<number> {
  const [row] = await h.db.db.select().from(people).where(eq(people.telegramId, p.id));
  return row!.id;
}

/** /news up to the preview: the text, then a photo or none. */
async function writeNews(p: SimulatedPerson, text: string, withPhoto: boolean): Promise<void> {
  await p.say('/news');
  await p.say(text);
  expect(p.lastText()).toBe('Vuoi aggiungere una foto? Mandala ora, oppure tocca «Senza foto».');
  if (withPhoto) photoId = await p.sendPhoto(png(64, 48));
  else await p.press('Senza foto');
}

async function newsRow(text: string) {
  const [row] = await h.db.db.select().from(news).where(eq(news.text, text));
  return row!;
}

beforeAll(async () => {
  h = await harness({ clock: () => now });
  const [p] = await h.db.db.select().from(points).where(eq(points.slug, 'digipass-foligno'));
  foligno = p!.id;
  fabio = await h.citizen({ firstName: 'Fabio' });
  giulia = await h.citizen({ firstName: 'Giulia' });
  anna = await h.citizen({ firstName: 'Anna' });
  for (const x of [fabio, giulia, anna]) await x.say('/start');
  await h.db.db.insert(roleGrants).values([
    { personId: await personId(fabio), role: 'facilitator', pointId: foligno, displayName: 'Fabio' },
    { personId: await personId(giulia), role: 'facilitator', pointId: foligno, displayName: 'Giulia' },
  ]);
  await h.db.db.insert(follows).values({ personId: await personId(anna), pointId: foligno });
});
afterAll(async () => {
  await h?.close();
});

describe('news with a photo, published now', () => {
  it('previews and posts the photo with the news as its caption, to the channel and the followers', async () => {
    const text = 'Sabato porte aperte: <vieni> & porta "amici"';
    await writeNews(fabio, text, true);
    const preview = fabio.lastBotMessage();
    expect(preview.photo).toBeDefined();
    expect(preview.caption).toBe(`DigiPASS Foligno\n\n${text}`);
    expect(labels(fabio)).toEqual(['📢 Pubblica ora', '🕘 Programma', '✖️ Annulla']);
    await fabio.press('📢 Pubblica ora');
    await waitFor(() => fabio.lastText().startsWith('Invio finito.'), 'the broadcast report', 20_000);

    const post = channelPosts().at(-1)!;
    expect(post.photo?.at(-1)?.file_id).toBe(photoId);
    expect(post.caption).toBe(`DigiPASS Foligno\n\n${text}`);
    const got = anna.botMessages().at(-1)!;
    expect(got.photo).toBeDefined();
    expect(got.caption).toContain('Notizie da DigiPASS Foligno, che segui');
    expect(got.caption).toContain(text);

    const row = await newsRow(text);
    expect(row).toMatchObject({ status: 'published', photoFileId: photoId, pointId: foligno, createdByPersonId: await personId(fabio) });
    const pubs = await waitFor(async () => {
      const rows = await h.db.db.select().from(publications).where(eq(publications.newsId, row.id));
      return rows[0]?.status === 'published' && rows;
    }, 'the publication recorded');
    expect(pubs).toMatchObject([{ kind: 'news', chatId: h.channelId, messageId: post.message_id }]);
    h.expectNoViolations();
  });

  it('a news longer than a caption: the photo, then the whole text, in that order', async () => {
    const text = `Corso di SPID per chi comincia. ${'Porta la tessera sanitaria e il telefono. '.repeat(30).trim()}`;
    expect(text.length).toBeGreaterThan(1100);
    await writeNews(fabio, text, true);
    const [photoMsg, textMsg] = fabio.botMessages().slice(-2);
    expect(photoMsg!.photo).toBeDefined();
    expect(photoMsg!.caption).toBeUndefined();
    expect(textMsg!.text).toBe(`DigiPASS Foligno\n\n${text}`);
    await fabio.press('📢 Pubblica ora');
    await waitFor(() => anna.botMessages().at(-1)?.text?.includes('Porta la tessera'), 'the follower text', 20_000);
    await waitFor(() => fabio.lastText().startsWith('Invio finito.'), 'the broadcast report', 20_000);

    const [photoPost, textPost] = channelPosts().slice(-2);
    expect(photoPost!.photo?.at(-1)?.file_id).toBe(photoId);
    expect(textPost!.text).toBe(`DigiPASS Foligno\n\n${text}`);
    const [annaPhoto, annaText] = anna.botMessages().slice(-2);
    expect(annaPhoto!.photo).toBeDefined();
    expect(annaText!.text).toContain('Notizie da DigiPASS Foligno, che segui');
    expect(annaText!.text).toContain(text);
    h.expectNoViolations();
  });
});

describe('news at a chosen time', () => {
  it('asks again kindly for a moment it cannot use, then confirms the day and time', async () => {
    await writeNews(fabio, 'Mercoledì si parla di PEC', false);
    await fabio.press('🕘 Programma');
    expect(fabio.lastText()).toContain('Quando la pubblico?');
    expect(labels(fabio)).toEqual(['mercoledì 25 novembre, 09:00', 'mercoledì 25 novembre, 17:00', 'lunedì 30 novembre, 09:00', '✖️ Annulla']);
    await fabio.say('ieri');
    expect(fabio.lastText()).toContain('Non ho capito il giorno e l\'ora');
    await fabio.say('oggi 7');
    expect(fabio.lastText()).toContain('Quel momento è già passato');
    await fabio.say('15/3 10');
    expect(fabio.lastText()).toContain('posso programmare fino a 60 giorni');
    await fabio.say('domani 10');
    expect(fabio.lastText()).toBe('🕘 Programmata per mercoledì 25 novembre alle 10:00: uscirà nel canale e a chi segue DigiPASS Foligno. Per annullarla usa /news.');
    const row = await newsRow('Mercoledì si parla di PEC');
    expect(row).toMatchObject({ status: 'scheduled', publishAt: new Date('2026-11-25T09:00:00Z') });
    const [job] = await h.db.db.select().from(jobs).where(eq(jobs.dedupeKey, newsJobKey(row.id)));
    expect(job).toMatchObject({ kind: 'broadcast', status: 'pending', runAt: new Date('2026-11-25T09:00:00Z') });
    h.expectNoViolations();
  });

  it('is not sent before its time; at its time it goes out like any news, recorded in publications', async () => {
    const isIt = (m: { text?: string; caption?: string }) => shown(m).includes('Mercoledì si parla di PEC');
    now = new Date('2026-11-25T08:59:00Z');
    await pause(1500); // the worker polls twice a second
    expect(channelPosts().some(isIt)).toBe(false);
    expect(anna.botMessages().some(isIt)).toBe(false);

    now = new Date('2026-11-25T09:00:30Z');
    const post = await waitFor(() => channelPosts().find(isIt), 'the scheduled post');
    expect(post.text).toBe('DigiPASS Foligno\n\nMercoledì si parla di PEC');
    await waitFor(() => anna.botMessages().find(isIt), "the follower's message");
    await waitFor(() => fabio.botMessages().find((m) => m.text === '📢 È uscita la notizia programmata di DigiPASS Foligno (mercoledì 25 novembre, 10:00). Quando l\'invio è finito ti mando il resoconto.'), 'the note to the author');
    await waitFor(() => fabio.lastText().startsWith('Invio finito.'), 'the report');
    const row = await newsRow('Mercoledì si parla di PEC');
    expect(row.status).toBe('published');
    const pubs = await waitFor(async () => {
      const rows = await h.db.db.select().from(publications).where(eq(publications.newsId, row.id));
      return rows[0]?.status === 'published' && rows;
    }, 'the publication');
    expect(pubs).toMatchObject([{ kind: 'news', chatId: h.channelId, messageId: post.message_id, scheduledFor: new Date('2026-11-25T09:00:00Z') }]);
    h.expectNoViolations();
  });

  it('the author sees their scheduled news in /news and can cancel one; it never goes out', async () => {
    // Wednesday 10:00:30. Fabio plans one for tomorrow at 11, Giulia one for tomorrow at 12.
    await writeNews(fabio, 'Da annullare', false);
    await fabio.press('🕘 Programma');
    await fabio.say('domani 11');
    await writeNews(giulia, 'La notizia di Giulia', false);
    await giulia.press('🕘 Programma');
    await giulia.say('domani 12');
    expect(giulia.lastText()).toContain('Programmata per giovedì 26 novembre alle 12:00');

    await fabio.say('/news');
    const list = fabio.botMessages().at(-2)!;
    expect(list.text).toBe(
      '🕘 Hai una notizia programmata:\n• giovedì 26 novembre alle 11:00 · DigiPASS Foligno: «Da annullare»\nPer annullarne una tocca il suo pulsante. Oppure continua e scrivi una notizia nuova.',
    );
    expect(fabio.lastText()).toContain('Scrivi la notizia di DigiPASS Foligno');
    await fabio.press('❌ Annulla giovedì 26 novembre, 11:00');
    expect(fabio.lastText()).toBe('Annullata: la notizia di DigiPASS Foligno prevista per giovedì 26 novembre alle 11:00 non uscirà.');
    // The conversation is still there, waiting for a new news.
    await fabio.say('Una nuova');
    expect(fabio.lastText()).toBe('Vuoi aggiungere una foto? Mandala ora, oppure tocca «Senza foto».');
    await fabio.press('✖️ Annulla');
    expect(fabio.lastText()).toBe('Va bene, non ho pubblicato niente.');

    const cancelled = await newsRow('Da annullare');
    expect(cancelled.status).toBe('draft');
    const [job] = await h.db.db.select().from(jobs).where(eq(jobs.dedupeKey, newsJobKey(cancelled.id)));
    expect(job?.status).toBe('cancelled');
    // Nothing of his is scheduled any more (Giulia's is hers): /news goes straight to the new news.
    await fabio.say('/news');
    expect(fabio.botMessages().at(-2)?.text).toBe('Va bene, non ho pubblicato niente.');
    expect(fabio.lastText()).toContain('Scrivi la notizia di DigiPASS Foligno');
    await fabio.press('✖️ Annulla');
    h.expectNoViolations();
  });

  it("a forged cancel for another facilitator's news changes nothing", async () => {
    const giulias = await newsRow('La notizia di Giulia');
    const forged = newsCancelCb.pack({ id: giulias.id });
    await h.emulator.pressButton(h.token, fabio.id, fabio.lastBotMessage().message_id, forged, { forge: true });
    expect(fabio.lastText()).toBe('Questa notizia non è più in programma: forse è già uscita o è già stata annullata.');
    expect((await newsRow('La notizia di Giulia')).status).toBe('scheduled');
    const [job] = await h.db.db.select().from(jobs).where(eq(jobs.dedupeKey, newsJobKey(giulias.id)));
    expect(job?.status).toBe('pending');

    // Thursday 12:00: Giulia's goes out; Fabio's cancelled one (due an hour earlier) never does.
    now = new Date('2026-11-26T11:00:30Z');
    await waitFor(() => channelPosts().find((m) => shown(m).includes('La notizia di Giulia')), "Giulia's post");
    await pause(600);
    expect(channelPosts().some((m) => shown(m).includes('Da annullare'))).toBe(false);
    expect(anna.botMessages().some((m) => shown(m).includes('Da annullare'))).toBe(false);
    h.expectNoViolations();
  });

  it('a facilitator who lost the role meanwhile publishes nothing; it is logged and they are told', async () => {
    await writeNews(fabio, 'Senza più ruolo', true);
    await fabio.press('🕘 Programma');
    await fabio.press('lunedì 30 novembre, 09:00');
    expect(fabio.lastText()).toContain('Programmata per lunedì 30 novembre alle 09:00');
    const row = await newsRow('Senza più ruolo');
    expect(row).toMatchObject({ status: 'scheduled', photoFileId: photoId, publishAt: new Date('2026-11-30T08:00:00Z') });

    await h.db.db.delete(roleGrants).where(and(eq(roleGrants.personId, await personId(fabio)), eq(roleGrants.pointId, foligno)));
    now = new Date('2026-11-30T08:00:30Z');
    await waitFor(
      () => fabio.lastText() === 'La notizia programmata di DigiPASS Foligno non è stata pubblicata: ora non hai più il ruolo per quel punto. Se è un errore, parlane con chi coordina la tua zona.',
      'the note to the former facilitator',
    );
    expect(channelPosts().some((m) => shown(m).includes('Senza più ruolo'))).toBe(false);
    expect(anna.botMessages().some((m) => shown(m).includes('Senza più ruolo'))).toBe(false);
    expect((await newsRow('Senza più ruolo')).status).toBe('draft');
    expect(await h.db.db.select().from(publications).where(eq(publications.newsId, row.id))).toEqual([]);
    expect(h.logs()).toContain('news not published: its author may no longer publish for the point');
    h.expectNoViolations();
  });
});
