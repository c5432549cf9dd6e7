/**
 * Telegram's MarkdownV2 parse mode: a port of TDLib's `parse_markdown_v2`,
 * with TDLib's error messages ("Character '.' is reserved and must be escaped
 * with the preceding '\'", "Can't find end of Bold entity at byte offset N").
 * The legacy "Markdown" mode is not emulated (the caller rejects it as
 * unsupported by the sandbox).
 */
import { type Entity, sortEntities } from './entities.js';
import { EntityParseError, type ParsedText, type UserLookup } from './html.js';
import { checkLink, linkUserId } from './urls.js';

type MdType =
  | 'Bold'
  | 'Italic'
  | 'Underline'
  | 'Strikethrough'
  | 'Spoiler'
  | 'Code'
  | 'Pre'
  | 'PreCode'
  | 'TextUrl'
  | 'CustomEmoji'
  | 'BlockQuote';

interface Open {
  type: MdType;
  argument: string;
  utf16Offset: number;
  byteOffset: number;
  /** Index into the output where the entity text begins. */
  outBegin: number;
}

const RESERVED = new Set('_*[]()~`>#+-=|{}.!\n');

function utf8Bytes(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}
function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\v';
}

function reserved(ch: string): EntityParseError {
  return new EntityParseError(`Character '${ch}' is reserved and must be escaped with the preceding '\\'`);
}

/**
 * Parses MarkdownV2 into plain text and entities.
 * @throws EntityParseError with TDLib's message when Telegram would answer "can't parse entities".
 */
export function parseMarkdownV2(input: string, lookupUser?: UserLookup): ParsedText {
  const chars = Array.from(input);
  const byteAt: number[] = [];
  {
    let b = 0;
    for (const ch of chars) {
      byteAt.push(b);
      b += utf8Bytes(ch.codePointAt(0) ?? 0);
    }
    byteAt.push(b);
  }
  const at = (i: number): string | undefined => chars[i];
  const isEscapable = (ch: string | undefined): boolean => {
    if (ch === undefined) return false;
    const cp = ch.codePointAt(0) ?? 0;
    return cp > 0 && cp <= 126;
  };

  let out = '';
  let utf16 = 0;
  const entities: Entity[] = [];
  const droppedLinks: string[] = [];
  const stack: Open[] = [];
  let haveBlockquote = false;
  let canStartBlockquote = true;

  const push = (ch: string): void => {
    out += ch;
    utf16 += ch.length;
  };

  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] ?? '';
    if (c === '\\' && isEscapable(at(i + 1))) {
      i++;
      const escaped = chars[i] ?? '';
      push(escaped);
      if (escaped !== '\r') canStartBlockquote = escaped === '\n';
      continue;
    }
    const top = stack[stack.length - 1];
    const inCode = top !== undefined && (top.type === 'Code' || top.type === 'Pre' || top.type === 'PreCode');
    const isReserved = inCode ? c === '`' : RESERVED.has(c);
    if (!isReserved) {
      push(c);
      if (c !== '\r') canStartBlockquote = false;
      continue;
    }

    let isEnd = false;
    if (top) {
      if (haveBlockquote && c === '\n' && (i + 1 === chars.length || at(i + 1) !== '>')) isEnd = true;
      else {
        switch (top.type) {
          case 'Bold':
            isEnd = c === '*';
            break;
          case 'Italic':
            isEnd = c === '_' && at(i + 1) !== '_';
            break;
          case 'Code':
            isEnd = c === '`';
            break;
          case 'Pre':
          case 'PreCode':
            isEnd = c === '`' && at(i + 1) === '`' && at(i + 2) === '`';
            break;
          case 'TextUrl':
          case 'CustomEmoji':
            isEnd = c === ']';
            break;
          case 'Underline':
            isEnd = c === '_' && at(i + 1) === '_';
            break;
          case 'Strikethrough':
            isEnd = c === '~';
            break;
          case 'Spoiler':
            isEnd = c === '|' && at(i + 1) === '|';
            break;
          case 'BlockQuote':
            isEnd = false;
            break;
        }
      }
    }

    if (!isEnd) {
      const byteOffset = byteAt[i] ?? 0;
      let type: MdType | undefined;
      let argument = '';
      switch (c) {
        case '_':
          if (at(i + 1) === '_') {
            type = 'Underline';
            i++;
          } else type = 'Italic';
          break;
        case '*':
          type = 'Bold';
          break;
        case '~':
          type = 'Strikethrough';
          break;
        case '|':
          if (at(i + 1) === '|') {
            i++;
            type = 'Spoiler';
          } else throw reserved(c);
          break;
        case '[':
          type = 'TextUrl';
          break;
        case '`':
          if (at(i + 1) === '`' && at(i + 2) === '`') {
            i += 3;
            type = 'Pre';
            let languageEnd = i;
            while (!isSpace(at(languageEnd)) && at(languageEnd) !== '`') languageEnd++;
            if (i !== languageEnd && languageEnd < chars.length && at(languageEnd) !== '`') {
              type = 'PreCode';
              argument = chars.slice(i, languageEnd).join('');
              i = languageEnd;
            }
            if (at(i) === '\n' || at(i) === '\r') {
              if ((at(i + 1) === '\n' || at(i + 1) === '\r') && at(i) !== at(i + 1)) i += 2;
              else i++;
            }
            i--;
          } else type = 'Code';
          break;
        case '!':
          if (at(i + 1) === '[') {
            i++;
            type = 'CustomEmoji';
          } else throw reserved(c);
          break;
        case '\n':
          push('\n');
          canStartBlockquote = true;
          type = undefined;
          break;
        case '>':
          if (canStartBlockquote) {
            if (haveBlockquote) type = undefined;
            else {
              type = 'BlockQuote';
              haveBlockquote = true;
            }
          } else throw reserved(c);
          break;
        default:
          throw reserved(c);
      }
      if (type === undefined) continue;
      stack.push({ type, argument, utf16Offset: utf16, byteOffset, outBegin: out.length });
      continue;
    }

    // end of an entity
    let open = stack[stack.length - 1] as Open;
    let type: MdType | 'ExpandableBlockQuote' = open.type;
    if (c === '\n' && type !== 'BlockQuote') {
      const spoilerRightBefore = type === 'Spoiler' && open.byteOffset === (byteAt[i] ?? 0) - 2;
      if (!spoilerRightBefore) {
        throw new EntityParseError(`Can't find end of ${open.type} entity at byte offset ${open.byteOffset}`);
      }
      stack.pop();
      open = stack[stack.length - 1] as Open;
      if (!open || open.type !== 'BlockQuote') {
        throw new EntityParseError(`Can't find end of ${open?.type ?? 'Spoiler'} entity at byte offset ${open?.byteOffset ?? 0}`);
      }
      type = 'ExpandableBlockQuote';
    }
    let argument = open.argument;
    let skip = utf16 === open.utf16Offset;
    let user: Entity['user'] | undefined;
    let customEmoji: string | undefined;
    let unixTime: number | undefined;
    switch (type) {
      case 'Bold':
      case 'Italic':
      case 'Code':
      case 'Strikethrough':
        break;
      case 'Underline':
      case 'Spoiler':
        i++;
        break;
      case 'Pre':
      case 'PreCode':
        i += 2;
        break;
      case 'TextUrl': {
        let url = '';
        if (at(i + 1) !== '(') {
          url = out.slice(open.outBegin);
        } else {
          i += 2;
          const urlBegin = byteAt[i] ?? 0;
          while (i < chars.length && at(i) !== ')') {
            if (at(i) === '\\' && isEscapable(at(i + 1))) {
              url += at(i + 1);
              i += 2;
              continue;
            }
            url += at(i);
            i++;
          }
          if (at(i) !== ')') throw new EntityParseError(`Can't find end of a URL at byte offset ${urlBegin}`);
        }
        const userId = linkUserId(url);
        if (userId !== undefined) {
          user = lookupUser?.(userId);
          if (!user) {
            skip = true;
            droppedLinks.push(url);
          }
        } else {
          const checked = checkLink(url);
          if (checked.ok) argument = checked.url;
          else {
            skip = true;
            droppedLinks.push(url);
          }
        }
        break;
      }
      case 'CustomEmoji': {
        if (at(i + 1) !== '(') throw new EntityParseError('The entity must contain a tg://emoji or tg://time URL');
        i += 2;
        let url = '';
        const urlBegin = byteAt[i] ?? 0;
        while (i < chars.length && at(i) !== ')') {
          if (at(i) === '\\' && isEscapable(at(i + 1))) {
            url += at(i + 1);
            i += 2;
            continue;
          }
          url += at(i);
          i++;
        }
        if (at(i) !== ')') throw new EntityParseError(`Can't find end of a URL at byte offset ${urlBegin}`);
        const emoji = /^tg:\/\/emoji\?id=(\d{1,19})$/i.exec(url);
        const time = /^tg:\/\/time\?unix=(\d{1,12})(?:&format=([a-z]*))?$/i.exec(url);
        if (emoji && BigInt(emoji[1] ?? '0') !== 0n) customEmoji = emoji[1];
        else if (time) {
          unixTime = Number(time[1]);
          argument = time[2] ?? '';
        } else throw new EntityParseError('Invalid tg://emoji or tg://time URL specified');
        break;
      }
      case 'BlockQuote':
      case 'ExpandableBlockQuote':
        haveBlockquote = false;
        push(c);
        canStartBlockquote = true;
        skip = false;
        break;
    }
    if (!skip) {
      const offset = open.utf16Offset;
      const length = utf16 - offset;
      entities.push(makeEntity(type, offset, length, argument, user, customEmoji, unixTime));
    }
    stack.pop();
  }

  if (haveBlockquote) {
    let open = stack[stack.length - 1];
    let type: 'BlockQuote' | 'ExpandableBlockQuote' = 'BlockQuote';
    if (open && open.type === 'Spoiler' && open.byteOffset === (byteAt[chars.length] ?? 0) - 2) {
      stack.pop();
      open = stack[stack.length - 1];
      type = 'ExpandableBlockQuote';
    }
    if (open && open.type === 'BlockQuote') {
      const length = utf16 - open.utf16Offset;
      if (length !== 0) entities.push(makeEntity(type, open.utf16Offset, length, '', undefined, undefined, undefined));
      stack.pop();
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) {
    throw new EntityParseError(`Can't find end of ${unclosed.type} entity at byte offset ${unclosed.byteOffset}`);
  }
  return { text: out, entities: sortEntities(entities), droppedLinks };
}

function makeEntity(
  type: MdType | 'ExpandableBlockQuote',
  offset: number,
  length: number,
  argument: string,
  user: Entity['user'] | undefined,
  customEmoji: string | undefined,
  unixTime: number | undefined,
): Entity {
  if (user) return { type: 'text_mention', offset, length, user };
  if (customEmoji) return { type: 'custom_emoji', offset, length, custom_emoji_id: customEmoji };
  if (unixTime !== undefined) {
    const e: Entity = { type: 'date_time', offset, length, unix_time: unixTime };
    if (argument) e.date_time_format = argument;
    return e;
  }
  switch (type) {
    case 'Bold':
      return { type: 'bold', offset, length };
    case 'Italic':
      return { type: 'italic', offset, length };
    case 'Underline':
      return { type: 'underline', offset, length };
    case 'Strikethrough':
      return { type: 'strikethrough', offset, length };
    case 'Spoiler':
      return { type: 'spoiler', offset, length };
    case 'Code':
      return { type: 'code', offset, length };
    case 'Pre':
      return { type: 'pre', offset, length };
    case 'PreCode':
      return { type: 'pre', offset, length, language: argument };
    case 'TextUrl':
      return { type: 'text_link', offset, length, url: argument };
    case 'BlockQuote':
      return { type: 'blockquote', offset, length };
    case 'ExpandableBlockQuote':
      return { type: 'expandable_blockquote', offset, length };
    case 'CustomEmoji':
      return { type: 'custom_emoji', offset, length };
  }
}
