/**
 * The formatted-text pipeline Telegram runs on `text`/`caption` parameters:
 * parse mode (HTML, MarkdownV2) or explicit entities → clean control
 * characters → trim → auto-detect entities → length limits. The result is
 * exactly what the recipient sees and what the returned Message contains.
 */
import { Errors, badRequest } from '../errors.js';
import { detectEntities } from './detect.js';
import { ENTITY_TYPES, type Entity, remapEntities, sortEntities, utf8Length } from './entities.js';
import { EntityParseError, parseHtml, stripCodeLanguage, type UserLookup } from './html.js';
import { parseMarkdownV2 } from './markdown.js';
import { checkLink } from './urls.js';

/** Limits Telegram applies after entity parsing (UTF-16 code units here, see `formatText`). */
export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

/** Output of the pipeline. */
export interface FormattedText {
  text: string;
  entities: Entity[];
  /** Links Telegram would silently drop (invalid URL); the caller records them. */
  droppedLinks: string[];
}

export interface FormatOptions {
  /** 'text' requires a non-empty result; 'caption' may be empty. */
  kind: 'text' | 'caption';
  lookupUser?: UserLookup;
}

/**
 * Runs Telegram's formatted-text pipeline.
 *
 * Length is counted in UTF-16 code units. TDLib counts Unicode code points,
 * so the sandbox is slightly stricter for texts with characters outside the
 * BMP (emoji): anything accepted here is accepted by Telegram.
 *
 * @throws ApiError with Telegram's wording ("message text is empty", "can't parse entities: …", "message is too long").
 */
export function formatText(
  raw: string | undefined,
  parseMode: string | undefined,
  explicitEntities: readonly Entity[] | undefined,
  opts: FormatOptions,
): FormattedText {
  const input = raw ?? '';
  if (input === '') {
    if (opts.kind === 'text') throw Errors.messageTextEmpty();
    return { text: '', entities: [], droppedLinks: [] };
  }
  if (utf8Length(input) > 1 << 15) throw Errors.textIsTooLong();

  let parsed: FormattedText;
  const mode = (parseMode ?? '').toLowerCase();
  try {
    if (mode === '' || mode === 'none') {
      parsed = { text: input, entities: checkExplicitEntities(input, explicitEntities ?? []), droppedLinks: [] };
    } else if (mode === 'html') {
      parsed = parseHtml(input, opts.lookupUser);
    } else if (mode === 'markdownv2') {
      parsed = parseMarkdownV2(input, opts.lookupUser);
    } else if (mode === 'markdown') {
      throw Errors.unsupportedFeature('the legacy parse_mode "Markdown" (use "HTML" or "MarkdownV2")');
    } else {
      throw Errors.unsupportedParseMode();
    }
  } catch (err) {
    if (err instanceof EntityParseError) throw Errors.cantParseEntities(err.message);
    throw err;
  }

  const cleaned = cleanAndTrim(parsed.text, parsed.entities);
  if (cleaned.text === '') {
    if (opts.kind === 'text') throw Errors.textMustBeNonEmpty();
    return { text: '', entities: [], droppedLinks: parsed.droppedLinks };
  }
  const entities = sortEntities(stripCodeLanguage(detectEntities(cleaned.text, cleaned.entities)));
  const limit = opts.kind === 'text' ? TEXT_LIMIT : CAPTION_LIMIT;
  if (cleaned.text.length > limit) throw opts.kind === 'text' ? Errors.messageTooLong() : Errors.captionTooLong();
  return { text: cleaned.text, entities, droppedLinks: parsed.droppedLinks };
}

/**
 * Validates entities passed explicitly (`entities`, `caption_entities`) against the text,
 * with TDLib's wording for out-of-range entities.
 */
function checkExplicitEntities(text: string, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const e of sortEntities([...entities])) {
    if (!ENTITY_TYPES.has(e.type)) {
      throw badRequest(`can't parse MessageEntity: unsupported entity type "${e.type}" (rejected by the sandbox)`);
    }
    if (e.length <= 0 || e.offset < 0) continue;
    if (e.offset >= text.length) {
      throw badRequest(`Entity begins after the end of the text at UTF-16 offset ${e.offset}`);
    }
    if (e.offset + e.length > text.length) {
      throw badRequest(
        `Entity beginning at UTF-16 offset ${e.offset} ends after the end of the text at UTF-16 offset ${e.offset + e.length}`,
      );
    }
    const copy: Entity = { type: e.type, offset: e.offset, length: e.length };
    if (e.type === 'text_link') {
      const checked = checkLink(e.url ?? '');
      if (!checked.ok) throw badRequest(`can't parse MessageEntity: URL '${e.url ?? ''}' is invalid: ${checked.error}`);
      copy.url = checked.url;
    } else if (e.type === 'text_mention') {
      if (!e.user) throw badRequest(`can't parse MessageEntity: Can't find field "user"`);
      copy.user = e.user;
    } else if (e.type === 'pre') {
      if (e.language) copy.language = e.language;
    } else if (e.type === 'custom_emoji') {
      if (!e.custom_emoji_id) throw badRequest(`can't parse MessageEntity: Can't find field "custom_emoji_id"`);
      copy.custom_emoji_id = e.custom_emoji_id;
    } else if (e.type === 'date_time') {
      if (e.unix_time !== undefined) copy.unix_time = e.unix_time;
      if (e.date_time_format) copy.date_time_format = e.date_time_format;
    }
    out.push(copy);
  }
  return out;
}

/**
 * TDLib's `clean_input_string` + trim: control characters become spaces, `\r`
 * and U+2028–U+202E disappear, trailing spaces/newlines are removed, and leading
 * ones too when no entity starts before them.
 */
export function cleanAndTrim(text: string, entities: Entity[]): { text: string; entities: Entity[] } {
  const map: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    map[i] = out.length;
    const code = text.charCodeAt(i);
    if (code === 0x0d || (code >= 0x2028 && code <= 0x202e)) continue;
    if (code < 0x20 && code !== 0x0a) out += ' ';
    else out += text[i];
  }
  map[text.length] = out.length;
  let ents = remapEntities(entities, map);

  // rtrim
  let end = out.length;
  while (end > 0 && (out[end - 1] === ' ' || out[end - 1] === '\n')) end--;
  if (end < out.length) {
    out = out.slice(0, end);
    ents = ents
      .filter((e) => e.offset < end)
      .map((e) => (e.offset + e.length > end ? { ...e, length: end - e.offset } : e));
  }
  // ltrim, only up to the first entity
  const firstEntity = ents.reduce((min, e) => Math.min(min, e.offset), out.length);
  let start = 0;
  while (start < firstEntity && (out[start] === ' ' || out[start] === '\n')) start++;
  if (start > 0) {
    out = out.slice(start);
    ents = ents.map((e) => ({ ...e, offset: e.offset - start }));
  }
  return { text: out, entities: sortEntities(ents) };
}

