/**
 * Message entities as the Bot API returns them, plus the helpers every text
 * pipeline needs: UTF-16 / UTF-8 measurements, Telegram's entity ordering and
 * offset remapping after characters are removed.
 */

/** A `MessageEntity` as Telegram serializes it (offsets and lengths in UTF-16 code units). */
export interface Entity {
  type: string;
  offset: number;
  length: number;
  url?: string;
  user?: { id: number; is_bot: boolean; first_name: string; last_name?: string; username?: string };
  language?: string;
  custom_emoji_id?: string;
  unix_time?: number;
  date_time_format?: string;
}

/** Entity types the Bot API knows (MessageEntity.type). */
export const ENTITY_TYPES: ReadonlySet<string> = new Set([
  'mention',
  'hashtag',
  'cashtag',
  'bot_command',
  'url',
  'email',
  'phone_number',
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'spoiler',
  'blockquote',
  'expandable_blockquote',
  'code',
  'pre',
  'text_link',
  'text_mention',
  'custom_emoji',
  'date_time',
]);

/** Length of a string in UTF-8 bytes (Telegram reports parse errors in byte offsets and limits callback_data in bytes). */
export function utf8Length(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Number of Unicode code points (what TDLib's `utf8_length` counts). */
export function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

// TDLib orders entities by offset, then longer first, then by a per-type priority.
const PRIORITY: Record<string, number> = {
  mention: 50,
  hashtag: 50,
  bot_command: 50,
  url: 50,
  email: 50,
  bold: 90,
  italic: 91,
  code: 20,
  pre: 11,
  text_link: 49,
  text_mention: 49,
  cashtag: 50,
  phone_number: 50,
  underline: 92,
  strikethrough: 93,
  blockquote: 0,
  spoiler: 94,
  custom_emoji: 99,
  expandable_blockquote: 0,
  date_time: 30,
};

function priority(e: Entity): number {
  if (e.type === 'pre' && e.language) return 10;
  return PRIORITY[e.type] ?? 50;
}

/** Sorts entities the way TDLib (and therefore the Bot API) returns them. */
export function sortEntities(entities: Entity[]): Entity[] {
  return [...entities].sort((a, b) => {
    if (a.offset !== b.offset) return a.offset - b.offset;
    if (a.length !== b.length) return b.length - a.length;
    return priority(a) - priority(b);
  });
}

/**
 * Remaps entity ranges through `map` (old UTF-16 index → new index, defined for
 * 0..oldLength inclusive) and drops entities that became empty.
 */
export function remapEntities(entities: Entity[], map: number[]): Entity[] {
  const out: Entity[] = [];
  for (const e of entities) {
    const start = map[e.offset];
    const end = map[e.offset + e.length];
    if (start === undefined || end === undefined) continue;
    if (end - start <= 0) continue;
    out.push({ ...e, offset: start, length: end - start });
  }
  return out;
}

/** Two entity lists are the same (used by "message is not modified"). */
export function sameEntities(a: readonly Entity[] | undefined, b: readonly Entity[] | undefined): boolean {
  const canon = (list: readonly Entity[] | undefined): string =>
    JSON.stringify(
      sortEntities([...(list ?? [])]).map((e) =>
        Object.fromEntries(Object.entries(e).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))),
      ),
    );
  return canon(a) === canon(b);
}
