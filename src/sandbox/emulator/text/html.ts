/**
 * Telegram's HTML parse mode: a faithful port of TDLib's `parse_html`, the code
 * the Bot API server runs for `parse_mode: "HTML"`, producing the plain text and
 * the entities (UTF-16 offsets) Telegram stores on the message. Error messages
 * match TDLib's, including the UTF-8 *byte* offsets.
 *
 * One deliberate difference, following the documented rule ("All <, > and &
 * symbols that are not a part of a tag or an HTML entity must be replaced with
 * the corresponding HTML entities"): a bare `&` that does not start a supported
 * entity is an error here, while real Telegram keeps it literally. A bot that
 * passes here therefore also passes on Telegram, and forgotten escaping of user
 * data is caught early. A bare `>` is accepted, as Telegram does.
 */
import { type Entity, sortEntities } from './entities.js';
import { checkLink, linkUserId } from './urls.js';

/** A parse failure; `message` is TDLib's text (the caller prefixes "can't parse entities: "). */
export class EntityParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EntityParseError';
  }
}

/** Result of parsing formatted text: what the recipient sees plus its entities. */
export interface ParsedText {
  text: string;
  entities: Entity[];
  /** Links that Telegram silently drops (invalid URL in `<a href>`), reported so tests can notice. */
  droppedLinks: string[];
}

/** Resolves `tg://user?id=` mentions to a user object; returns undefined for unknown users. */
export type UserLookup = (id: number) => Entity['user'] | undefined;

const SUPPORTED_TAGS = new Set([
  'a',
  'b',
  'strong',
  'i',
  'em',
  's',
  'strike',
  'del',
  'u',
  'ins',
  'tg-spoiler',
  'tg-emoji',
  'tg-time',
  'span',
  'pre',
  'code',
  'blockquote',
]);

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SLASH = 0x2f;
const EQ = 0x3d;
const DQ = 0x22;
const SQ = 0x27;
const HASH = 0x23;
const SEMI = 0x3b;

function isSpace(c: number): boolean {
  // TDLib's is_space also treats the terminating NUL as a space.
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0 || c === 0x0b;
}
function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
function utf8Bytes(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Code points of the input plus the UTF-8 byte offset of each (one extra slot for the end). */
class Source {
  readonly cps: number[] = [];
  readonly bytes: number[] = [];
  constructor(input: string) {
    let b = 0;
    for (const ch of input) {
      const cp = ch.codePointAt(0) ?? 0;
      this.cps.push(cp);
      this.bytes.push(b);
      b += utf8Bytes(cp);
    }
    this.bytes.push(b);
  }
  /** Code point at i, or 0 past the end (TDLib relies on the C string terminator). */
  at(i: number): number {
    return this.cps[i] ?? 0;
  }
  byte(i: number): number {
    return this.bytes[i] ?? this.bytes[this.bytes.length - 1] ?? 0;
  }
  slice(from: number, to: number): string {
    return String.fromCodePoint(...this.cps.slice(from, to));
  }
}

/**
 * Decodes an HTML entity starting at `pos` (which holds `&`). Returns the code
 * point and the index after the entity, or undefined when it is not a
 * supported entity (TDLib then keeps the `&` literally).
 */
function decodeEntity(src: Source, pos: number): { code: number; next: number } | undefined {
  let end = pos + 1;
  let res = 0;
  if (src.at(pos + 1) === HASH) {
    end++;
    if (src.at(pos + 2) === 0x78 /* x */) {
      end++;
      while (isHex(src.at(end))) {
        res = res * 16 + parseInt(String.fromCodePoint(src.at(end)), 16);
        end++;
        if (res > 0x10ffff) res = 0x110000;
      }
    } else {
      while (isDigit(src.at(end))) {
        res = res * 10 + (src.at(end) - 0x30);
        end++;
        if (res > 0x10ffff) res = 0x110000;
      }
    }
    if (res === 0 || res >= 0x10ffff || end - pos >= 10) return undefined;
  } else {
    while (isAlpha(src.at(end))) end++;
    const name = src.slice(pos + 1, end);
    if (name === 'lt') res = LT;
    else if (name === 'gt') res = GT;
    else if (name === 'amp') res = AMP;
    else if (name === 'quot') res = DQ;
    else return undefined;
  }
  if (src.at(end) === SEMI) end++;
  return { code: res, next: end };
}

interface Open {
  tag: string;
  argument: string;
  date: number;
  utf16Offset: number;
  /** Index into the output string where the entity's text starts. */
  outBegin: number;
}

/**
 * Parses Telegram HTML into plain text and entities.
 * @throws EntityParseError with TDLib's message when Telegram would answer "can't parse entities".
 */
export function parseHtml(input: string, lookupUser?: UserLookup): ParsedText {
  const src = new Source(input);
  const n = src.cps.length;
  let out = '';
  let utf16 = 0;
  const entities: Entity[] = [];
  const droppedLinks: string[] = [];
  const stack: Open[] = [];

  const append = (cp: number): void => {
    const s = String.fromCodePoint(cp);
    out += s;
    utf16 += s.length;
  };

  for (let i = 0; i < n; i++) {
    const c = src.at(i);
    if (c === AMP) {
      const decoded = decodeEntity(src, i);
      if (decoded) {
        append(decoded.code);
        i = decoded.next - 1;
        continue;
      }
      throw new EntityParseError(
        `Unescaped "&" at byte offset ${src.byte(i)}; "<", ">" and "&" must be written as "&lt;", "&gt;" and "&amp;" (enforced by the sandbox)`,
      );
    }
    if (c !== LT) {
      append(c);
      continue;
    }

    const begin = i++;
    if (src.at(i) !== SLASH) {
      // start tag
      while (!isSpace(src.at(i)) && src.at(i) !== GT) i++;
      if (i >= n) throw new EntityParseError(`Unclosed start tag at byte offset ${src.byte(begin)}`);
      const tag = src.slice(begin + 1, i).toLowerCase();
      if (!SUPPORTED_TAGS.has(tag)) {
        throw new EntityParseError(`Unsupported start tag "${tag}" at byte offset ${src.byte(begin)}`);
      }
      let argument = '';
      let date = 0;
      while (src.at(i) !== GT) {
        while (i < n && isSpace(src.at(i))) i++;
        if (src.at(i) === GT) break;
        const attrBegin = i;
        while (
          !isSpace(src.at(i)) &&
          src.at(i) !== EQ &&
          src.at(i) !== GT &&
          src.at(i) !== SLASH &&
          src.at(i) !== DQ &&
          src.at(i) !== SQ
        ) {
          i++;
        }
        const attrName = src.slice(attrBegin, i);
        if (attrName === '') {
          throw new EntityParseError(`Empty attribute name in the tag "${tag}" at byte offset ${src.byte(begin)}`);
        }
        while (i < n && isSpace(src.at(i))) i++;
        if (src.at(i) !== EQ) {
          if (i >= n) throw new EntityParseError(`Unclosed start tag "${tag}" at byte offset ${src.byte(begin)}`);
          if (tag === 'blockquote' && attrName === 'expandable') argument = '1';
          continue;
        }
        i++;
        while (i < n && isSpace(src.at(i))) i++;
        if (i >= n) throw new EntityParseError(`Unclosed start tag "${tag}" at byte offset ${src.byte(begin)}`);

        let value = '';
        const q = src.at(i);
        if (q !== SQ && q !== DQ) {
          const tokenBegin = i;
          while (isAlpha(src.at(i)) || isDigit(src.at(i)) || src.at(i) === 0x2e || src.at(i) === 0x2d) i++;
          value = src.slice(tokenBegin, i).toLowerCase();
          if (!isSpace(src.at(i)) && src.at(i) !== GT) {
            throw new EntityParseError(`Unexpected end of name token at byte offset ${src.byte(tokenBegin)}`);
          }
        } else {
          i++;
          while (i < n && src.at(i) !== q) {
            if (src.at(i) === AMP) {
              const decoded = decodeEntity(src, i);
              if (decoded) {
                value += String.fromCodePoint(decoded.code);
                i = decoded.next;
                continue;
              }
              throw new EntityParseError(
                `Unescaped "&" at byte offset ${src.byte(i)}; "<", ">" and "&" must be written as "&lt;", "&gt;" and "&amp;" (enforced by the sandbox)`,
              );
            }
            value += String.fromCodePoint(src.at(i));
            i++;
          }
          if (src.at(i) === q) i++;
        }
        if (i >= n) throw new EntityParseError(`Unclosed start tag at byte offset ${src.byte(begin)}`);

        if (tag === 'a' && attrName === 'href') argument = value;
        else if (tag === 'code' && attrName === 'class' && value.startsWith('language-')) argument = value.slice(9);
        else if (tag === 'span' && attrName === 'class' && value.startsWith('tg-')) argument = value.slice(3);
        else if (tag === 'tg-emoji' && attrName === 'emoji-id') argument = value;
        else if (tag === 'blockquote' && attrName === 'expandable') argument = '1';
        else if (tag === 'tg-time' && attrName === 'unix') date = /^-?\d+$/.test(value) ? Number(value) : 0;
        else if (tag === 'tg-time' && attrName === 'format') argument = value;
      }
      if (tag === 'span' && argument !== 'spoiler') {
        throw new EntityParseError(`Tag "span" must have class "tg-spoiler" at byte offset ${src.byte(begin)}`);
      }
      stack.push({ tag, argument, date, utf16Offset: utf16, outBegin: out.length });
    } else {
      // end tag
      const top = stack[stack.length - 1];
      if (!top) throw new EntityParseError(`Unexpected end tag at byte offset ${src.byte(begin)}`);
      while (!isSpace(src.at(i)) && src.at(i) !== GT) i++;
      const endTag = src.slice(begin + 2, i).toLowerCase();
      while (i < n && isSpace(src.at(i))) i++;
      if (src.at(i) !== GT) throw new EntityParseError(`Unclosed end tag at byte offset ${src.byte(begin)}`);
      const tag = top.tag;
      if (endTag !== '' && endTag !== tag) {
        throw new EntityParseError(
          `Unmatched end tag at byte offset ${src.byte(begin)}, expected "</${tag}>", found "</${endTag}>"`,
        );
      }
      if (utf16 > top.utf16Offset) {
        closeEntity(top, utf16, out, entities, droppedLinks, lookupUser);
      }
      stack.pop();
    }
  }
  const open = stack[stack.length - 1];
  if (open) throw new EntityParseError(`Can't find end tag corresponding to start tag "${open.tag}"`);
  return { text: out, entities: sortEntities(entities), droppedLinks };
}

function closeEntity(
  top: Open,
  utf16: number,
  out: string,
  entities: Entity[],
  droppedLinks: string[],
  lookupUser: UserLookup | undefined,
): void {
  const offset = top.utf16Offset;
  const length = utf16 - offset;
  const last = entities[entities.length - 1];
  switch (top.tag) {
    case 'i':
    case 'em':
      entities.push({ type: 'italic', offset, length });
      return;
    case 'b':
    case 'strong':
      entities.push({ type: 'bold', offset, length });
      return;
    case 's':
    case 'strike':
    case 'del':
      entities.push({ type: 'strikethrough', offset, length });
      return;
    case 'u':
    case 'ins':
      entities.push({ type: 'underline', offset, length });
      return;
    case 'tg-spoiler':
    case 'span':
      entities.push({ type: 'spoiler', offset, length });
      return;
    case 'tg-emoji': {
      if (!/^-?\d{1,19}$/.test(top.argument) || BigInt(top.argument) === 0n) {
        throw new EntityParseError('Invalid custom emoji identifier specified');
      }
      entities.push({ type: 'custom_emoji', offset, length, custom_emoji_id: top.argument });
      return;
    }
    case 'tg-time': {
      if (top.date > 0) {
        const e: Entity = { type: 'date_time', offset, length, unix_time: top.date };
        if (top.argument) e.date_time_format = top.argument;
        entities.push(e);
      }
      return;
    }
    case 'a': {
      const url = top.argument !== '' ? top.argument : out.slice(top.outBegin);
      const userId = linkUserId(url);
      if (userId !== undefined) {
        const user = lookupUser?.(userId);
        if (user) entities.push({ type: 'text_mention', offset, length, user });
        else droppedLinks.push(url);
        return;
      }
      const checked = checkLink(url);
      if (checked.ok) entities.push({ type: 'text_link', offset, length, url: checked.url });
      else droppedLinks.push(url);
      return;
    }
    case 'pre':
      if (last && last.type === 'code' && last.offset === offset && last.length === length && last.language) {
        last.type = 'pre';
      } else {
        entities.push({ type: 'pre', offset, length });
      }
      return;
    case 'code':
      if (last && last.type === 'pre' && last.offset === offset && last.length === length && top.argument !== '') {
        last.language = top.argument;
      } else {
        // A language on a bare <code> is remembered only to upgrade an enclosing <pre>.
        const e: Entity = { type: 'code', offset, length };
        if (top.argument !== '') e.language = top.argument;
        entities.push(e);
      }
      return;
    case 'blockquote':
      entities.push({ type: top.argument !== '' ? 'expandable_blockquote' : 'blockquote', offset, length });
      return;
    default:
      return;
  }
}

/** Removes the helper `language` that TDLib keeps on plain `code` entities but never returns. */
export function stripCodeLanguage(entities: Entity[]): Entity[] {
  return entities.map((e) => {
    if (e.type !== 'code' || e.language === undefined) return e;
    const { language: _language, ...rest } = e;
    return rest;
  });
}
