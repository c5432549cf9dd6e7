import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLocales, type Locales } from '../render/translate.js';

export const DEFAULT_LOCALE = 'it';
/**
 * Citizens' screens live in `<locale>.ftl` and exist in every language. Screens only staff see
 * (agenda, hours, team, statistics…) live in `<locale>.<part>.ftl` files such as `it.staff.ftl`,
 * written in Italian and English only.
 */
export const MAIN_PART = 'main';

/** Italian and English first, then the languages of Umbria's largest foreign-born communities. */
const LANGUAGE_ORDER = ['it', 'en', 'ro', 'sq', 'ar', 'uk', 'es'];
const rank = (code: string) => (LANGUAGE_ORDER.includes(code) ? LANGUAGE_ORDER.indexOf(code) : LANGUAGE_ORDER.length);
/** Language codes in the order menus show them. */
export const orderLanguages = (codes: readonly string[]): string[] => [...codes].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
export const STAFF_LOCALES = ['it', 'en'] as const;

/** Every `.ftl` file by locale and part: `it.ftl` → it/main, `it.staff.ftl` → it/staff. */
export function loadLocaleFiles(dir = path.resolve('src/locales')): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const f of readdirSync(dir).sort()) {
    const m = /^([a-z]{2,3})(?:\.([a-z]+))?\.ftl$/.exec(f);
    if (m) (out[m[1]!] ??= {})[m[2] ?? MAIN_PART] = readFileSync(path.join(dir, f), 'utf8');
  }
  return out;
}

/** Each locale's files joined into one Fluent source. */
export function loadLocaleSources(dir?: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [locale, parts] of Object.entries(loadLocaleFiles(dir))) out[locale] = Object.values(parts).join('\n');
  return out;
}

/** Message ids of a Fluent source. */
export const messageIds = (src: string): string[] => [...src.matchAll(/^([a-zA-Z][a-zA-Z0-9_-]*)\s*=/gm)].map((m) => m[1]!);

/** Message ids of the staff screens (from the default locale), which other languages may leave to Italian. */
export function staffKeys(dir?: string): Set<string> {
  const parts = loadLocaleFiles(dir)[DEFAULT_LOCALE] ?? {};
  return new Set(Object.entries(parts).flatMap(([part, src]) => (part === MAIN_PART ? [] : messageIds(src))));
}

export function loadLocales(opts: { onError?: (e: Error) => void } = {}): Locales {
  return createLocales(loadLocaleSources(), { defaultLocale: DEFAULT_LOCALE, staffKeys: staffKeys(), ...opts });
}
