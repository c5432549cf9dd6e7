/**
 * Automatic entity detection, as Telegram does on every message: bot commands,
 * @mentions, #hashtags, $CASHTAGS, URLs and e-mail addresses get entities even
 * when nobody marked them up. The command, mention and hashtag rules follow
 * TDLib's matchers; URL detection is an approximation (explicit http/https
 * links, plus bare domains under common top-level domains), documented as such.
 */
import type { Entity } from './entities.js';

const WORD = /[\p{L}\p{N}_]/u;
const ALNUM_US = /[A-Za-z0-9_]/;
const HASHTAG_LETTER = /[\p{L}\p{Nd}_\u200c\u00b7\u0d80-\u0dff]/u;
const LETTER = /\p{L}/u;

const TLDS = new Set(
  (
    // Deliberately without "es" and "no": Italian abbreviations such as "p.es." and "tel.no" are not links.
    'com org net it eu io dev info gov edu app me uk de fr ch at us co ai tv online site xyz biz int ' +
    'ru nl be pt pl se dk fi cz gr ie jp cn br ca au sm va page cloud tech store shop news blog ' +
    'email link live social travel museum academy agency digital network services solutions web wiki'
  ).split(' '),
);

/** Returns the code point (as string) before UTF-16 index i, if any. */
function prevChar(s: string, i: number): string {
  if (i <= 0) return '';
  const code = s.charCodeAt(i - 1);
  if (code >= 0xdc00 && code <= 0xdfff && i >= 2) return s.slice(i - 2, i);
  return s.slice(i - 1, i);
}
function charAt(s: string, i: number): string {
  const cp = s.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

function findBotCommands(s: string, out: Entity[]): void {
  for (let i = s.indexOf('/'); i !== -1; i = s.indexOf('/', i + 1)) {
    const prev = prevChar(s, i);
    if (prev && (WORD.test(prev) || prev === '/' || prev === '<' || prev === '>')) continue;
    let j = i + 1;
    while (j < s.length && ALNUM_US.test(s[j] ?? '')) j++;
    const size = j - i - 1;
    if (size < 1 || size > 64) continue;
    if (s[j] === '@') {
      let k = j + 1;
      while (k < s.length && ALNUM_US.test(s[k] ?? '')) k++;
      const userSize = k - j - 1;
      if (userSize < 3 || userSize > 32) continue;
      j = k;
    }
    const next = charAt(s, j);
    if (next && (WORD.test(next) || next === '/' || next === '<' || next === '>')) continue;
    out.push({ type: 'bot_command', offset: i, length: j - i });
  }
}

function findMentions(s: string, out: Entity[]): void {
  for (let i = s.indexOf('@'); i !== -1; i = s.indexOf('@', i + 1)) {
    const prev = prevChar(s, i);
    if (prev && WORD.test(prev)) continue;
    let j = i + 1;
    while (j < s.length && ALNUM_US.test(s[j] ?? '')) j++;
    const size = j - i - 1;
    if (size < 4 || size > 32) continue; // TDLib keeps 2-3 letter mentions only for a fixed list of short usernames
    const next = charAt(s, j);
    if (next && WORD.test(next)) continue;
    out.push({ type: 'mention', offset: i, length: j - i });
  }
}

function findHashtags(s: string, out: Entity[]): void {
  for (let i = s.indexOf('#'); i !== -1; i = s.indexOf('#', i + 1)) {
    const prev = prevChar(s, i);
    if (prev && HASHTAG_LETTER.test(prev)) continue;
    let j = i + 1;
    let count = 0;
    let end = -1;
    let wasLetter = false;
    while (j < s.length) {
      const ch = charAt(s, j);
      if (!HASHTAG_LETTER.test(ch)) break;
      j += ch.length;
      if (count === 255) end = j;
      if (count !== 256) {
        wasLetter ||= LETTER.test(ch);
        count++;
      }
    }
    if (end === -1) end = j;
    if (count < 1) continue;
    if (end === j && s[j] === '@') {
      let k = j + 1;
      while (k < s.length && k - j < 33 && ALNUM_US.test(s[k] ?? '')) k++;
      if (k - j - 1 >= 3) {
        j = k;
        end = k;
      }
    }
    if (s[j] === '#') continue;
    if (!wasLetter) continue;
    out.push({ type: 'hashtag', offset: i, length: end - i });
  }
}

function findCashtags(s: string, out: Entity[]): void {
  const re = /\$([A-Z]{3,8})/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const prev = prevChar(s, m.index);
    if (prev && (WORD.test(prev) || prev === '$')) continue;
    const next = charAt(s, m.index + m[0].length);
    if (next && (WORD.test(next) || next === '$')) continue;
    out.push({ type: 'cashtag', offset: m.index, length: m[0].length });
  }
}

function trimUrlTail(url: string): string {
  let u = url;
  for (;;) {
    const last = u[u.length - 1];
    if (last === undefined) return u;
    if ('.,:;!?\'"'.includes(last)) {
      u = u.slice(0, -1);
      continue;
    }
    if (last === ')' || last === ']') {
      const open = last === ')' ? '(' : '[';
      const opens = u.split(open).length - 1;
      const closes = u.split(last).length - 1;
      if (closes > opens) {
        u = u.slice(0, -1);
        continue;
      }
    }
    return u;
  }
}

function findEmails(s: string, out: Entity[]): void {
  const re = /[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/g;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const prev = prevChar(s, m.index);
    if (prev && WORD.test(prev)) continue;
    const tld = m[0].slice(m[0].lastIndexOf('.') + 1).toLowerCase();
    if (!TLDS.has(tld)) continue;
    out.push({ type: 'email', offset: m.index, length: m[0].length });
  }
}

function findUrls(s: string, out: Entity[]): void {
  const re = /(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,}(?::\d{1,5})?(?:[/?#][^\s<>"«»]*)?/giu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const prev = prevChar(s, m.index);
    if (prev && (WORD.test(prev) || prev === '@' || prev === '.' || prev === '/' || prev === '-')) continue;
    const raw = trimUrlTail(m[0]);
    const hasScheme = /^https?:\/\//i.test(raw);
    const host = raw.replace(/^https?:\/\//i, '').split(/[/?#:]/)[0] ?? '';
    const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
    if (!hasScheme && !TLDS.has(tld)) continue;
    if (hasScheme && host.length === 0) continue;
    out.push({ type: 'url', offset: m.index, length: raw.length });
  }
}

const BLOCKING = new Set([
  'code',
  'pre',
  'text_link',
  'text_mention',
  'custom_emoji',
  'date_time',
  'url',
  'email',
  'mention',
  'hashtag',
  'cashtag',
  'bot_command',
]);

function overlaps(a: Entity, b: Entity): boolean {
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}

/**
 * Detects the entities Telegram adds on its own and returns them merged with
 * `existing` (detected ones that overlap code, links or other detected
 * entities are dropped, like TDLib does).
 */
export function detectEntities(text: string, existing: readonly Entity[]): Entity[] {
  const taken: Entity[] = existing.filter((e) => BLOCKING.has(e.type));
  const result: Entity[] = [...existing];
  const groups: Array<(s: string, out: Entity[]) => void> = [
    findEmails,
    findUrls,
    findBotCommands,
    findMentions,
    findHashtags,
    findCashtags,
  ];
  for (const find of groups) {
    const found: Entity[] = [];
    find(text, found);
    for (const e of found) {
      if (taken.some((t) => overlaps(t, e))) continue;
      taken.push(e);
      result.push(e);
    }
  }
  return result;
}
