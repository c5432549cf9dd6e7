import { describe, expect, it } from 'vitest';
import { loadLocaleSources, DEFAULT_LOCALE } from '../../../src/locales/load.js';
import { createLocales } from '../../../src/render/translate.js';
import { escapeHtml, html, trusted } from '../../../src/render/html.js';

const locales = createLocales(loadLocaleSources(), { defaultLocale: DEFAULT_LOCALE });

describe('locales', () => {
  it('has Italian by default and English complete', () => {
    expect(locales.defaultLocale).toBe('it');
    expect(locales.locales).toEqual(expect.arrayContaining(['it', 'en']));
  });

  it.each(locales.locales)('%s defines every key that Italian defines, and no extra ones', (locale) => {
    const it = new Set(locales.keys('it'));
    const other = new Set(locales.keys(locale));
    expect([...it].filter((k) => !other.has(k))).toEqual([]);
    expect([...other].filter((k) => !it.has(k))).toEqual([]);
  });

  it.each(locales.locales)('%s uses the same placeholders as Italian in every message', (locale) => {
    const mismatched = locales
      .keys('it')
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
