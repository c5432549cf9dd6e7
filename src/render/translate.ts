import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import { escapeHtml, Html } from './html.js';

export type TranslateVars = Record<string, string | number | Date | Html>;
/** Translates a key for one locale; string variables are HTML-escaped, Html values are kept. */
export type Translate = (key: string, vars?: TranslateVars) => string;

export interface Locales {
  readonly locales: readonly string[];
  readonly defaultLocale: string;
  translator(locale: string): Translate;
  /** For button labels and alerts, which Telegram shows as plain text: variables are not escaped. */
  plain(locale: string): Translate;
  /** Message ids defined in a locale (for completeness tests). */
  keys(locale: string): string[];
  /** Placeholders ($name) used by a message, for checking that locales agree. */
  variables(locale: string, key: string): string[];
  /** Chooses a supported locale from a Telegram language_code ('en-GB' → 'en'), or undefined. */
  match(languageCode: string | undefined): string | undefined;
}

export class MissingTranslationError extends Error {}

/**
 * Builds the Fluent bundles from .ftl sources. A missing key is an error in the default
 * locale and falls back to it elsewhere (with the error reported), never a raw key shown to a person.
 */
export function createLocales(
  sources: Record<string, string>,
  opts: {
    defaultLocale: string;
    onError?: (e: Error) => void;
    /** Keys of staff-only screens: a language without them falls back to the default quietly. */
    staffKeys?: ReadonlySet<string>;
  },
): Locales {
  const bundles = new Map<string, FluentBundle>();
  const texts = new Map<string, Map<string, string>>();
  for (const [locale, source] of Object.entries(sources)) {
    // Isolation marks only where text direction can flip (Arabic), so Latin texts stay clean.
    const bundle = new FluentBundle(locale, { useIsolating: locale === 'ar' });
    const resource = new FluentResource(source);
    const junk = source.split('\n').filter((l) => /^[^\s#=][^=]*=/.test(l) && !/^[a-zA-Z][a-zA-Z0-9_-]*\s*=/.test(l) && !/^\s*[.*[]/.test(l));
    if (junk.length > 0) throw new Error(`Locale ${locale}: invalid message ids: ${junk.map((l) => l.split('=')[0]!.trim()).join(', ')}`);
    const errors = bundle.addResource(resource);
    if (errors.length > 0) {
      throw new Error(`Locale ${locale}: ${errors.map((e) => e.message).join('; ')}`);
    }
    bundles.set(locale, bundle);
    texts.set(locale, messageSources(source));
  }
  const def = bundles.get(opts.defaultLocale);
  if (!def) throw new Error(`Default locale ${opts.defaultLocale} has no source`);

  const format = (bundle: FluentBundle, key: string, vars: TranslateVars | undefined, escape = true): string | undefined => {
    const msg = bundle.getMessage(key);
    if (!msg?.value) return undefined;
    const args: Record<string, FluentVariable> = {};
    for (const [k, v] of Object.entries(vars ?? {})) {
      args[k] = v instanceof Html ? v.value : typeof v === 'string' && escape ? escapeHtml(v) : v;
    }
    const errors: Error[] = [];
    const out = bundle.formatPattern(msg.value, args, errors);
    if (errors.length > 0) opts.onError?.(new MissingTranslationError(`${bundle.locales[0]}:${key}: ${errors[0]?.message}`));
    return out;
  };

  return {
    locales: [...bundles.keys()],
    defaultLocale: opts.defaultLocale,
    translator(locale) {
      const bundle = bundles.get(locale) ?? def;
      return (key, vars) => {
        const out = format(bundle, key, vars);
        if (out !== undefined) return out;
        if (!opts.staffKeys?.has(key)) opts.onError?.(new MissingTranslationError(`${locale}: missing "${key}"`));
        const fallback = bundle === def ? undefined : format(def, key, vars);
        if (fallback !== undefined) return fallback;
        throw new MissingTranslationError(`Missing translation "${key}"`);
      };
    },
    plain(locale) {
      const bundle = bundles.get(locale) ?? def;
      return (key, vars) => {
        const out = format(bundle, key, vars, false) ?? format(def, key, vars, false);
        if (out === undefined) throw new MissingTranslationError(`Missing translation "${key}"`);
        return out;
      };
    },
    keys(locale) {
      return [...(texts.get(locale)?.keys() ?? [])];
    },
    variables(locale, key) {
      const src = texts.get(locale)?.get(key) ?? '';
      return [...new Set([...src.matchAll(/\{\s*\$([a-zA-Z0-9_-]+)/g)].map((m) => m[1]!))].sort();
    },
    match(code) {
      if (!code) return undefined;
      const lc = code.toLowerCase();
      if (bundles.has(lc)) return lc;
      const base = lc.split(/[-_]/)[0]!;
      return bundles.has(base) ? base : undefined;
    },
  };
}

/** Splits an .ftl source into message id → its raw text (value and attributes). */
function messageSources(source: string): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | undefined;
  for (const line of source.split('\n')) {
    const m = /^([a-zA-Z][a-zA-Z0-9_-]*)\s*=/.exec(line);
    if (m) {
      current = m[1]!;
      out.set(current, line);
    } else if (current && /^\s/.test(line)) {
      out.set(current, `${out.get(current)}\n${line}`);
    } else if (line.startsWith('#')) {
      current = undefined;
    }
  }
  return out;
}
