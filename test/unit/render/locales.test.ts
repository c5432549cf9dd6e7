import { describe, expect, it } from 'vitest';
import { loadLocaleFiles, loadLocaleSources, messageIds, DEFAULT_LOCALE, MAIN_PART, STAFF_LOCALES } from '../../../src/locales/load.js';
import { createLocales } from '../../../src/render/translate.js';
import { escapeHtml, html, trusted } from '../../../src/render/html.js';

const locales = createLocales(loadLocaleSources(), { defaultLocale: DEFAULT_LOCALE });

describe('locales', () => {
  it('has Italian by default and English complete', () => {
    expect(locales.defaultLocale).toBe('it');
    expect(locales.locales).toEqual(expect.arrayContaining(['it', 'en']));
  });

  const files = loadLocaleFiles();
  const keysOf = (src = '') => messageIds(src);
  const citizenKeys = new Set(keysOf(files.it![MAIN_PART]));
  const staffParts = Object.keys(files.it!).filter((p) => p !== MAIN_PART);
  const staffKeys = new Set(staffParts.flatMap((p) => keysOf(files.it![p])));

  it('keeps citizens\' and staff screens apart: no key in both files', () => {
    expect(citizenKeys.size).toBeGreaterThan(200);
    expect(staffKeys.size).toBeGreaterThan(50);
    expect([...staffKeys].filter((k) => citizenKeys.has(k))).toEqual([]);
  });

  it.each(locales.locales)('%s defines every citizen key that Italian defines, and no extra ones', (locale) => {
    const other = new Set(keysOf(files[locale]![MAIN_PART]));
    expect([...citizenKeys].filter((k) => !other.has(k))).toEqual([]);
    expect([...other].filter((k) => !citizenKeys.has(k))).toEqual([]);
  });

  it.each(STAFF_LOCALES.flatMap((l) => staffParts.map((p) => [l, p] as const)))('%s.%s.ftl has the same staff keys as Italian', (locale, part) => {
    expect(keysOf(files[locale]![part]).sort()).toEqual(keysOf(files.it![part]).sort());
  });

  it.each(locales.locales.filter((l) => !(STAFF_LOCALES as readonly string[]).includes(l)))('%s leaves staff screens to Italian and English', (locale) => {
    expect(Object.keys(files[locale]!)).toEqual([MAIN_PART]);
  });

  it.each(locales.locales)('%s uses the same placeholders as Italian in every message', (locale) => {
    const mismatched = locales
      .keys(locale)
      .filter((k) => locales.variables(locale, k).join() !== locales.variables('it', k).join());
    expect(mismatched).toEqual([]);
  });

  it('escapes variables so a name cannot inject markup', () => {
    const t = locales.translator('en');
    const out = t('welcome', { name: '<b>Tom & "Jerry"</b>' });
    expect(out).toContain('&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;');
    expect(out).not.toContain('<b>Tom');
  });

  it('keeps button labels plain: no escaping where Telegram shows text as it is', () => {
    expect(locales.plain('it')('team-revoke', { name: 'Tom & "Jerry"' })).toBe('Revoca Tom & "Jerry"');
    expect(locales.translator('it')('team-revoke', { name: 'Tom & "Jerry"' })).toBe('Revoca Tom &amp; &quot;Jerry&quot;');
  });

  it('refuses a message id Fluent cannot read, instead of silently losing it', () => {
    expect(() => createLocales({ it: 'ok = Bene\nnot-ok+ = Male' }, { defaultLocale: 'it' })).toThrow(/invalid message ids: not-ok\+/);
  });

  it('matches Telegram language codes to a supported locale', () => {
    expect(locales.match('en-GB')).toBe('en');
    expect(locales.match('it')).toBe('it');
    expect(locales.match('xx')).toBeUndefined();
    expect(locales.match(undefined)).toBeUndefined();
  });

  it('falls back to Italian and reports a key missing in one locale; throws when missing everywhere', () => {
    const errors: Error[] = [];
    const l = createLocales(
      { it: 'a = Ciao\nb = Solo italiano', en: 'a = Hello' },
      { defaultLocale: 'it', onError: (e) => errors.push(e) },
    );
    expect(l.translator('en')('b')).toBe('Solo italiano');
    expect(errors).toHaveLength(1);
    expect(() => l.translator('en')('nope')).toThrow(/Missing translation "nope"/);
  });
});

describe('HTML escaping', () => {
  it('escapes the four characters Telegram HTML cares about', () => {
    expect(escapeHtml(`<a href="x">&</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
  it('escapes template values but keeps trusted markup', () => {
    expect(html`<b>${'<i>'}</b>${trusted('<i>ok</i>')}`.value).toBe('<b>&lt;i&gt;</b><i>ok</i>');
  });
});
