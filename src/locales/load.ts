import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createLocales, type Locales } from '../render/translate.js';

export const DEFAULT_LOCALE = 'it';

/** Reads every `<locale>.ftl` in the folder (resolved from the working directory). */
export function loadLocaleSources(dir = path.resolve('src/locales')): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir)) {
    const m = /^([a-z]{2,3})\.ftl$/.exec(f);
    if (m) out[m[1]!] = readFileSync(path.join(dir, f), 'utf8');
  }
  return out;
}

export function loadLocales(opts: { onError?: (e: Error) => void } = {}): Locales {
  return createLocales(loadLocaleSources(), { defaultLocale: DEFAULT_LOCALE, ...opts });
}
