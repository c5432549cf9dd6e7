import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import { events, points } from '../../src/db/schema/index.js';
import { weeklyOn } from '../../src/domain/recurrence.js';

// Monday 23 November 2026, 09:00 in Rome.
const now = new Date('2026-11-23T08:00:00Z');
let h: Harness;
beforeAll(async () => {
  h = await harness({ clock: () => now });
  const [foligno] = await h.db.db.select().from(points).where(eq(points.slug, 'digipass-foligno'));
  const [gubbio] = await h.db.db.select().from(points).where(eq(points.slug, 'digipass-gubbio'));
  await h.db.db.insert(events).values([
    // Started weeks ago, every Thursday 15:00–17:00 for 10 weeks: the next ones show.
    { title: 'Smartphone per tutti', pointId: foligno!.id, category: 'course', startsAt: new Date('2026-10-15T13:00:00Z'), endsAt: new Date('2026-10-15T15:00:00Z'), rrule: weeklyOn([4], { count: 10 }), status: 'published' },
    { title: 'Open day SPID', pointId: gubbio!.id, category: 'open_day', startsAt: new Date('2026-11-28T09:00:00Z'), endsAt: new Date('2026-11-28T12:00:00Z'), status: 'published' },
    { title: 'Bozza segreta', pointId: gubbio!.id, category: 'other', startsAt: new Date('2026-11-25T09:00:00Z'), endsAt: new Date('2026-11-25T10:00:00Z'), status: 'draft' },
  ]);
});
afterAll(async () => {
  await h?.close();
});

describe('courses and events for citizens', () => {
  it('lists what is coming, recurring occurrences in Rome time, never drafts', async () => {
    const p = await h.citizen({ firstName: 'Olga' });
    await p.say('/start');
    await p.press('🎓 Corsi ed eventi');
    const text = p.lastText();
    expect(text).toContain('Prossimi corsi ed eventi');
    expect(text).toContain('giovedì 26 novembre 2026 alle ore 15:00\nSmartphone per tutti');
    expect(text).toContain('sabato 28 novembre 2026 alle ore 10:00\nOpen day SPID');
    expect(text).not.toContain('Bozza');
    // The first listed is the nearest in time.
    expect(text.indexOf('Smartphone')).toBeLessThan(text.indexOf('Open day'));
    await p.press('📅 Aggiungi: Open day SPID');
    const file = p.lastBotMessage();
    const ics = Buffer.from(h.emulator.file(file.document!.file_id)!.bytes).toString('utf8');
    expect(ics).toContain('SUMMARY:Open day SPID');
    expect(ics).toContain('DTSTART;TZID=Europe/Rome:20261128T100000');
    h.expectNoViolations();
  });

  it('shows the events of the points a person follows first', async () => {
    const p = await h.citizen({ firstName: 'Piero' });
    await p.say('Gubbio');
    await p.press('1. DigiPASS Gubbio');
    await p.press('🔔 Segui questo punto');
    await p.say('/events');
    expect(p.lastText()).toContain('dei punti che segui');
    expect(p.lastText()).toContain('Open day SPID');
    expect(p.lastText()).not.toContain('Smartphone');
    h.expectNoViolations();
  });

  it('lists by zone or by kind, a page at a time; a forged zone is refused', async () => {
    const p = await h.citizen({ firstName: 'Sara' });
    await p.say('/events');
    await p.press('🗺 Per zona');
    const gubbioZone = p.inlineButtons().find((b) => b.text.startsWith('7 · '))!.text;
    await p.press(gubbioZone);
    expect(p.lastText()).toContain('Prossimi corsi ed eventi nella zona sociale');
    expect(p.lastText()).toContain('Open day SPID');
    expect(p.lastText()).not.toContain('Smartphone');
    await p.press('🏷 Per tipo');
    await p.press('Corso');
    expect(p.lastText()).toContain('Prossimi eventi: Corso');
    expect(p.lastText().match(/Smartphone per tutti/g)).toHaveLength(4); // the Thursdays left of ten
    expect(p.lastText()).not.toContain('Open day');
    // A workshop every weekday, twelve times: more than a page of eight.
    const [castello] = await h.db.db.select().from(points).where(eq(points.slug, 'digipass-citta-di-castello'));
    await h.db.db.insert(events).values({ title: 'Laboratorio PEC', pointId: castello!.id, category: 'workshop', startsAt: new Date('2026-11-24T09:00:00Z'), endsAt: new Date('2026-11-24T10:00:00Z'), rrule: weeklyOn([1, 2, 3, 4, 5], { count: 12 }), status: 'published' });
    await p.press('🏷 Per tipo');
    await p.press('Laboratorio');
    expect(p.lastText().match(/Laboratorio PEC/g)).toHaveLength(8);
    await p.press('Avanti ▶️');
    expect(p.lastText().match(/Laboratorio PEC/g)).toHaveLength(4);
    expect(p.inlineButtons().map((b) => b.text)).not.toContain('Avanti ▶️');
    await p.press('🏷 Per tipo');
    await p.press('Porte aperte');
    expect(p.lastText()).toContain('Open day SPID');
    await h.emulator.pressButton(h.token, p.id, p.botMessages().at(-1)!.message_id, 'evl:z:2s:0', { forge: true });
    expect(h.emulator.callbackAnswers.at(-1)?.text).toBe('Questo pulsante non è più valido. Scrivi /start per ricominciare.');
    h.expectNoViolations();
  });

  it("shows a point's next three occurrences on its card, recurring ones included", async () => {
    const p = await h.citizen({ firstName: 'Rina' });
    await p.say('Foligno');
    await p.press('1. DigiPASS Foligno');
    const card = p.lastText();
    expect(card).toContain('Prossimi eventi');
    expect(card.match(/— Smartphone per tutti/g)).toHaveLength(3);
    expect(card).toContain('giovedì 26 novembre 15:00 — Smartphone per tutti');
  });
});
