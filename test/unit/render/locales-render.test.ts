import { describe, expect, it } from 'vitest';
import { loadLocales, staffKeys, STAFF_LOCALES } from '../../../src/locales/load.js';
import { formatText } from '../../../src/sandbox/emulator/text/format.js';

const locales = loadLocales({ onError: (e) => errors.push(e.message) });
const errors: string[] = [];
const staff = staffKeys();
const NUMBERS = new Set(['count', 'max', 'days', 'hours', 'capacity', 'minutes', 'n', 'nth', 'ranges', 'points', 'bookings', 'delivered', 'unreachable', 'failed']);
const HOSTILE = '<Tom & "Jerry">';

/** Sample values: numbers where a message chooses a plural form, a hostile name elsewhere. */
function sampleVars(locale: string, key: string): Record<string, string | number> {
  return Object.fromEntries(locales.variables(locale, key).map((v) => [v, NUMBERS.has(v) ? 2 : HOSTILE]));
}

describe('every message in every language, as Telegram would parse it', () => {
  it.each(locales.locales)('%s: valid Telegram HTML, within 4096 characters, variables shown literally', (locale) => {
    const keys = locales.keys(locale).filter((k) => !staff.has(k) || (STAFF_LOCALES as readonly string[]).includes(locale));
    expect(keys.length).toBeGreaterThan(200);
    const problems: string[] = [];
    for (const key of keys) {
      const vars = sampleVars(locale, key);
      const html = locales.translator(locale)(key, vars);
      try {
        const parsed = formatText(html, 'HTML', undefined, { kind: 'text' });
        if (parsed.text.length > 4096) problems.push(`${key}: too long`);
        // A person's text is escaped by the translator, so Telegram shows it as typed.
        if (Object.values(vars).includes(HOSTILE) && !parsed.text.includes(HOSTILE)) problems.push(`${key}: variable not shown literally`);
      } catch (err) {
        problems.push(`${key}: ${(err as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
    expect(errors.filter((e) => e.startsWith(`${locale}:`))).toEqual([]);
  });

  it('isolates placeholders in Arabic, so Italian names and times keep their direction; Latin scripts get no marks', () => {
    const ar = locales.translator('ar')('card-title', { name: 'DigiPASS Foligno' });
    expect(ar).toContain('\u2068DigiPASS Foligno\u2069');
    expect(locales.translator('ro')('card-title', { name: 'DigiPASS Foligno' })).not.toMatch(/[\u2066-\u2069]/);
  });

  it.each(locales.locales)('%s: service names fit a button (60 characters), so none is cut mid-word', (locale) => {
    const long = locales.keys(locale).filter((k) => /^service-[a-z]+$/.test(k)).filter((k) => [...locales.plain(locale)(k)].length > 60);
    expect(long).toEqual([]);
  });

  it('names each language in its own words', () => {
    const names = Object.fromEntries(locales.locales.map((l) => [l, locales.translator(l)('language-name')]));
    expect(names).toMatchObject({ it: 'Italiano', en: 'English', ro: 'Română', sq: 'Shqip', ar: 'العربية', uk: 'Українська', es: 'Español' });
  });
});
