import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import { openingRanges, people, points } from '../../src/db/schema/index.js';
import { loadLocales } from '../../src/locales/load.js';
import { formatText } from '../../src/sandbox/emulator/text/format.js';

// Sunday 22 November 2026, 09:00 in Rome.
const now = new Date('2026-11-22T08:00:00Z');
const locales = loadLocales();
let h: Harness;

/** What Telegram shows for a message the bot sends in HTML. */
const shown = (html: string) => formatText(html, 'HTML', undefined, { kind: 'text' }).text;

beforeAll(async () => {
  h = await harness({ clock: () => now });
  const [foligno] = await h.db.db.select().from(points).where(eq(points.slug, 'digipass-foligno'));
  await h.db.db.insert(openingRanges).values({ pointId: foligno!.id, weekday: 2, startTime: '09:00', endTime: '13:00', capacity: 3 });
});
afterAll(async () => {
  await h?.close();
});

describe.each(['ro', 'sq', 'ar', 'uk', 'es', 'en'])('a citizen whose Telegram speaks %s', (locale) => {
  const t = locales.translator(locale);
  const label = locales.plain(locale);

  it('is welcomed, finds a point, books help and reads what to bring, all in that language', async () => {
    const p = await h.citizen({ firstName: 'Ana', languageCode: locale });
    await p.say('/start');
    expect(p.lastText()).toBe(shown(t('welcome', { name: 'Ana' })));
    expect(p.replyKeyboard()).toContain(label('menu-book'));

    await p.say('Foligno');
    expect(p.botMessages().some((m) => m.text?.startsWith(shown(t('find-town-title', { town: 'Foligno' }))))).toBe(true);

    await p.press(label('menu-book'));
    expect(p.lastText()).toBe(shown(t('book-ask-point')));
    await p.say('Foligno');
    await p.press('DigiPASS Foligno');
    expect(p.lastText()).toBe(shown(t('book-ask-service')));
    await p.press(shown(t('service-cie')));
    const bring = shown(t('service-cie-bring'));
    expect(p.botMessages().at(-2)!.text).toContain(bring);
    await p.press(/\(\u2068?\d+\u2069?\)$/); // the first day with free slots (Arabic isolates the number)
    const time = p.inlineButtons().find((b) => /^\d\d:\d\d$/.test(b.text))!.text;
    await p.press(time);
    await p.press(label('book-no-note'));
    await p.press(label('book-confirm'));
    const confirmation = p.botMessages().at(-2)!.text!;
    const [row] = await h.db.db.select().from(people).where(eq(people.telegramId, p.id));
    expect(row!.language).toBeNull(); // chosen by Telegram's language, not stored as a choice
    expect(confirmation).toContain(bring);
    // Times as on the door in Italy, whatever the script.
    expect(confirmation).toContain(time);
    expect(confirmation).not.toMatch(/[٠-٩]/);
    h.expectNoViolations();
  });

  it('sees the language menu with every language in its own name', async () => {
    const p = await h.citizen({ firstName: 'Ion', languageCode: locale });
    await p.say('/language');
    expect(p.lastText()).toBe(shown(t('language-choose')));
    expect(p.inlineButtons().map((b) => b.text)).toEqual(['Italiano', 'English', 'Română', 'Shqip', 'العربية', 'Українська', 'Español']);
  });
});
