import { describe, expect, it } from 'vitest';
import { loadLocales } from '../../../src/locales/load.js';

const errors: string[] = [];
const locales = loadLocales({ onError: (e) => errors.push(e.message) });
const CITIZEN_LOCALES = ['it', 'en', 'ro', 'sq', 'ar', 'uk', 'es'];
const KEYS = ['book-expired', 'conversation-expired'];
/** Bidi isolation marks the translator puts around Arabic placeholders. */
const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
const say = (locale: string, key: string, minutes: number) => plain(locales.translator(locale)(key, { minutes }));

describe('conversation time-out notes name the configured minutes', () => {
  it.each(CITIZEN_LOCALES)('%s: every count renders, with its number, without Fluent errors', (locale) => {
    for (const key of KEYS) {
      expect(locales.variables(locale, key)).toEqual(['minutes']);
      for (const n of [1, 2, 5, 21, 30]) {
        const text = say(locale, key, n);
        expect(text).not.toMatch(/[{}]|\$minutes|undefined|NaN/);
        // Arabic says one and two minutes in words (دقيقة واحدة, دقيقتين), as its other plurals in this bot do.
        if (!(locale === 'ar' && n <= 2)) expect(text).toContain(String(n));
        if (n !== 30) expect(text).not.toContain('30');
      }
    }
    expect(errors.filter((e) => e.startsWith(`${locale}:`))).toEqual([]);
  });

  it('uses each language\'s plural forms', () => {
    expect(say('it', 'book-expired', 1)).toContain('scaduta dopo 1 minuto senza risposta');
    expect(say('it', 'conversation-expired', 1)).toMatch(/^È passato 1 minuto senza risposta/);
    expect(say('it', 'conversation-expired', 30)).toMatch(/^Sono passati 30 minuti senza risposta/);
    expect(say('en', 'book-expired', 1)).toContain('after 1 minute without');
    expect(say('en', 'conversation-expired', 30)).toMatch(/^30 minutes passed/);
    expect(say('ro', 'book-expired', 1)).toContain('după 1 minut fără');
    expect(say('ro', 'book-expired', 5)).toContain('după 5 minute fără');
    expect(say('ro', 'book-expired', 30)).toContain('după 30 de minute fără');
    expect(say('ro', 'conversation-expired', 21)).toMatch(/^Au trecut 21 de minute/);
    expect(say('sq', 'book-expired', 1)).toContain('pas 1 minute pa');
    expect(say('sq', 'conversation-expired', 30)).toMatch(/^Kaluan 30 minuta/);
    expect(say('uk', 'book-expired', 2)).toContain('2 хвилини не було');
    expect(say('uk', 'book-expired', 5)).toContain('5 хвилин не було');
    expect(say('uk', 'book-expired', 21)).toContain('21 хвилину не було');
    expect(say('uk', 'conversation-expired', 21)).toMatch(/^Минула 21 хвилина /);
    expect(say('uk', 'conversation-expired', 30)).toMatch(/^Минуло 30 хвилин /);
    expect(say('ar', 'book-expired', 1)).toContain('بعد دقيقة واحدة بدون رد');
    expect(say('ar', 'book-expired', 2)).toContain('بعد دقيقتين بدون رد');
    expect(say('ar', 'book-expired', 5)).toContain('بعد 5 دقائق بدون رد');
    expect(say('ar', 'conversation-expired', 30)).toMatch(/^مرت 30 دقيقة بدون رد/);
    expect(say('es', 'book-expired', 1)).toContain('después de 1 minuto sin');
    expect(say('es', 'conversation-expired', 30)).toMatch(/^Pasaron 30 minutos/);
  });
});
