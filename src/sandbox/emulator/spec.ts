/**
 * Validation of Bot API calls against the official machine-readable spec
 * (`spec/telegram-bot-api.json`): required parameters, primitive types,
 * "Array of …", nested objects checked field by field, and unions (subtypes
 * discriminated by their `type` field, or ReplyMarkup-style alternatives
 * picked by their required field). Unknown parameters are ignored, as
 * Telegram does. The functions are pure: no HTTP, no state.
 *
 * Error wording mirrors the Bot API server / TDLib JSON helpers:
 * `Can't find field "text"`, `Field "text" must be of type String`,
 * `Can't parse inline keyboard button: …`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApiError, badRequest } from './errors.js';

export interface SpecField {
  name: string;
  types: string[];
  required: boolean;
  description: string;
}
export interface SpecMethod {
  name: string;
  returns: string[];
  fields?: SpecField[];
}
export interface SpecType {
  name: string;
  fields?: SpecField[];
  subtypes?: string[];
  subtype_of?: string[];
}
export interface BotApiSpec {
  version: string;
  methods: Record<string, SpecMethod>;
  types: Record<string, SpecType>;
}

/** A file part of a multipart request. */
export interface UploadedFile {
  readonly kind: 'upload';
  readonly field: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** True for values produced by the multipart parser for file parts. */
export function isUpload(v: unknown): v is UploadedFile {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'upload';
}

const cache = new Map<string, BotApiSpec>();

/**
 * The spec beside this file, whatever the working directory (the sandbox runs from its
 * sources through tsx; there is no build output for it to be missing from).
 */
export const DEFAULT_SPEC_PATH = fileURLToPath(new URL('./spec/telegram-bot-api.json', import.meta.url));

/** Loads the spec once per path. */
export function loadSpec(file: string = DEFAULT_SPEC_PATH): BotApiSpec {
  const hit = cache.get(file);
  if (hit) return hit;
  const spec = JSON.parse(readFileSync(file, 'utf8')) as BotApiSpec;
  cache.set(file, spec);
  return spec;
}

/** Internal error carrying TDLib-style text; converted to "Bad Request: …" at the top. */
class FieldError extends Error {
  constructor(
    message: string,
    readonly labeled = false,
  ) {
    super(message);
  }
}

/** Element types whose errors Telegram wraps as "Can't parse <label>: …". */
const LABELS: Record<string, string> = {
  InlineKeyboardButton: 'inline keyboard button',
  KeyboardButton: 'keyboard button',
  MessageEntity: 'MessageEntity',
  BotCommand: 'BotCommand',
  BotCommandScope: 'BotCommandScope',
  InputMedia: 'InputMedia',
  InputPollOption: 'InputPollOption',
  LabeledPrice: 'LabeledPrice',
  ShippingOption: 'ShippingOption',
  ReactionType: 'ReactionType',
  MenuButton: 'menu button',
};

/** Human names Telegram uses for top-level object parameters in "can't parse … JSON object". */
const PARAM_NAMES: Record<string, { parse: string; object: string }> = {
  reply_markup: { parse: 'reply keyboard markup', object: 'reply markup' },
  reply_parameters: { parse: 'reply parameters', object: 'reply parameters' },
  link_preview_options: { parse: 'link preview options', object: 'link preview options' },
  scope: { parse: 'BotCommandScope', object: 'BotCommandScope' },
  menu_button: { parse: 'menu button', object: 'menu button' },
  commands: { parse: 'commands', object: 'commands' },
  media: { parse: 'media', object: 'media' },
};

/** Wording Telegram uses when a required top-level parameter is missing or empty. */
const MISSING: Record<string, string> = {
  chat_id: 'chat_id is empty',
  text: 'message text is empty',
  message_id: 'message identifier is not specified',
  message_ids: 'message identifiers are not specified',
  latitude: 'latitude is empty',
  longitude: 'longitude is empty',
  photo: 'there is no photo in the request',
  document: 'there is no document in the request',
  audio: 'there is no audio in the request',
  video: 'there is no video in the request',
  animation: 'there is no animation in the request',
  voice: 'there is no voice in the request',
  sticker: 'there is no sticker in the request',
  video_note: 'there is no video note in the request',
  file_id: 'file_id not specified',
  from_chat_id: 'chat_id is empty',
  action: 'wrong parameter action in request',
  callback_query_id: 'query is too old and response timeout expired or query ID is invalid',
};

/** Parameters removed from the spec that Telegram still accepts, with the parameter that replaced them. */
const LEGACY: Record<string, { type: string; modern: string }> = {
  reply_to_message_id: { type: 'Integer', modern: 'reply_parameters' },
  allow_sending_without_reply: { type: 'Boolean', modern: 'reply_parameters' },
  disable_web_page_preview: { type: 'Boolean', modern: 'link_preview_options' },
};

/** Parameters the spec marks required but Telegram accepts empty (setWebhook with an empty url removes the webhook). */
const OPTIONAL_IN_PRACTICE = new Set(['setWebhook.url']);

const PRIMITIVES = new Set(['Integer', 'Float', 'String', 'Boolean', 'True', 'InputFile']);

/** Validates parameters of Bot API methods against the spec. */
export class SpecValidator {
  private readonly byLower = new Map<string, SpecMethod>();
  private readonly discriminators = new Map<string, { field: string; values: Map<string, string> }>();

  constructor(readonly spec: BotApiSpec) {
    for (const m of Object.values(spec.methods)) this.byLower.set(m.name.toLowerCase(), m);
  }

  /** The method with this name (Telegram matches method names case-insensitively). */
  method(name: string): SpecMethod | undefined {
    return this.byLower.get(name.toLowerCase());
  }

  /**
   * Validates and normalizes the parameters of a call.
   * Values may be JSON values or strings (form bodies); object and array
   * parameters may arrive as JSON text. Returns normalized values: numbers for
   * Integer/Float, booleans, strings, validated objects (unknown fields dropped)
   * and uploaded files untouched.
   * @throws ApiError 400 with Telegram-like wording.
   */
  validate(methodName: string, raw: Record<string, unknown>): Record<string, unknown> {
    const method = this.method(methodName);
    // The real Bot API answers an unknown method with 404 "Not Found", not a 400: so do we.
    if (!method) throw new ApiError(404, 'Not Found', 'unknown_method');
    const out: Record<string, unknown> = {};
    for (const field of method.fields ?? []) {
      const value = raw[field.name];
      if (value === undefined || value === null || value === '') {
        if (field.required && !OPTIONAL_IN_PRACTICE.has(`${method.name}.${field.name}`)) throw badRequest(MISSING[field.name] ?? `${field.name} is empty`);
        continue;
      }
      try {
        out[field.name] = this.topLevel(field, value);
      } catch (err) {
        if (err instanceof FieldError) throw badRequest(err.message);
        throw err;
      }
    }
    // Legacy parameters Telegram still honours although the current spec no longer lists them.
    for (const [legacy, { type, modern }] of Object.entries(LEGACY)) {
      const value = raw[legacy];
      if (value === undefined || value === null || value === '' || out[modern] !== undefined) continue;
      if (!(method.fields ?? []).some((f) => f.name === modern)) continue;
      const r = coerceTop(type, value);
      if (!r.ok) throw badRequest(`field "${legacy}" must be of type ${type}`);
      out[legacy] = r.value;
    }
    return out;
  }

  private topLevel(field: SpecField, value: unknown): unknown {
    const types = field.types;
    const name = field.name;
    if (isUpload(value)) {
      if (types.includes('InputFile')) return value;
      throw new FieldError(`Field "${name}" can't be a file`);
    }
    const objectTypes = types.filter((t) => !PRIMITIVES.has(t));
    const primitive = types.filter((t) => PRIMITIVES.has(t));

    if (objectTypes.length > 0 && primitive.length === 0) {
      let v = value;
      if (typeof v === 'string') {
        try {
          v = JSON.parse(v) as unknown;
        } catch {
          const label = PARAM_NAMES[name]?.parse ?? name;
          throw new FieldError(`Can't parse ${label} JSON object`);
        }
      }
      const isArrayType = objectTypes.every((t) => t.startsWith('Array of '));
      if (isArrayType) {
        if (!Array.isArray(v)) throw new FieldError(`Field "${name}" must be of type Array`);
        return this.value(objectTypes, v, name);
      }
      if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        const label = PARAM_NAMES[name]?.object ?? name;
        throw new FieldError(`Object expected as ${label}`);
      }
      return this.value(objectTypes, v, name);
    }
    // primitive (possibly with an InputFile alternative)
    if (typeof value === 'object') {
      throw new FieldError(`Field "${name}" must be of type ${primitive.filter((t) => t !== 'InputFile').join(' or ') || 'String'}`);
    }
    for (const t of primitive) {
      const r = coerceTop(t, value);
      if (r.ok) return r.value;
    }
    const shown = primitive.map((t) => (t === 'InputFile' ? 'InputFile or String' : t)).join(' or ');
    throw new FieldError(`Field "${name}" must be of type ${shown}`);
  }

  /** Validates a nested value against one of several type strings. */
  private value(types: string[], v: unknown, name: string): unknown {
    if (types.length === 1) return this.single(types[0] as string, v, name);
    const prim = types.filter((t) => PRIMITIVES.has(t));
    for (const t of prim) {
      const r = coerceNested(t, v);
      if (r.ok) return r.value;
    }
    const arrays = types.filter((t) => t.startsWith('Array of '));
    if (Array.isArray(v) && arrays.length > 0) {
      if (arrays.length === 1) return this.single(arrays[0] as string, v, name);
      // "Array of A" | "Array of B": every element is one of A, B
      const inner = arrays.map((t) => t.slice('Array of '.length));
      return v.map((x) => this.element(this.pickType(inner, x, name), x, name));
    }
    const objs = types.filter((t) => !PRIMITIVES.has(t) && !t.startsWith('Array of '));
    if (objs.length === 0) {
      const expected = [...prim, ...(arrays.length > 0 ? ['Array'] : [])].join(' or ');
      throw new FieldError(`Field "${name}" must be of type ${expected}`);
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      throw new FieldError(`Field "${name}" must be of type Object`);
    }
    return this.single(this.pickType(objs, v, name), v, name);
  }

  /**
   * Chooses among object alternatives: by the `type` constant when the
   * alternatives declare one (InputMediaPhoto: "must be photo"), otherwise by
   * the presence of their required fields (ReplyMarkup's four kinds).
   */
  private pickType(candidates: string[], v: unknown, name: string): string {
    if (candidates.length === 1) return candidates[0] as string;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return candidates[0] as string;
    const o = v as Record<string, unknown>;
    const withConstants = candidates.map((t) => ({ t, c: this.typeConstant(t) }));
    if (withConstants.every((x) => x.c !== undefined)) {
      const hit = withConstants.find((x) => x.c === o.type);
      if (hit) return hit.t;
      if (o.type === undefined) throw new FieldError(`Can't find field "type"`);
      throw new FieldError(`Field "type" has unsupported value "${String(o.type)}" in "${name}"`);
    }
    const pick = candidates.find((t) => {
      const req = (this.spec.types[t]?.fields ?? []).filter((f) => f.required);
      return req.length > 0 && req.every((f) => o[f.name] !== undefined);
    });
    if (pick) return pick;
    const keys = candidates.map((t) => (this.spec.types[t]?.fields ?? []).find((f) => f.required)?.name ?? t);
    throw new FieldError(
      `${PARAM_NAMES[name]?.object ?? name} must contain one of the fields ${keys.join(', ')} (rejected by the sandbox: Telegram would silently ignore it)`,
    );
  }

  /** The constant of a concrete type's `type` field ("Type of the media, must be photo" → "photo"). */
  private typeConstant(type: string): string | undefined {
    const f = (this.spec.types[type]?.fields ?? []).find((x) => x.name === 'type');
    if (!f) return undefined;
    return /(?:must be|always) "?([a-z_]+)"?/.exec(f.description)?.[1];
  }

  private single(type: string, v: unknown, name: string): unknown {
    if (type.startsWith('Array of ')) {
      const inner = type.slice('Array of '.length);
      if (!Array.isArray(v)) throw new FieldError(`Field "${name}" must be of type Array`);
      if (inner.startsWith('Array of ')) {
        return v.map((row) => {
          if (!Array.isArray(row)) {
            throw new FieldError(
              name === 'inline_keyboard'
                ? 'Field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays'
                : `Field "${name}" must be an Array of Arrays`,
            );
          }
          return row.map((x) => this.element(inner.slice('Array of '.length), x, name));
        });
      }
      return v.map((x) => this.element(inner, x, name));
    }
    if (PRIMITIVES.has(type)) {
      const r = coerceNested(type, v);
      if (r.ok) return r.value;
      throw new FieldError(nestedTypeError(type, name));
    }
    return this.object(type, v, name);
  }

  /** An element of an array: errors are wrapped with the element type's label. */
  private element(type: string, v: unknown, name: string): unknown {
    if (PRIMITIVES.has(type)) {
      const r = coerceNested(type, v);
      if (r.ok) return r.value;
      throw new FieldError(`Expected an Array of ${type} in "${name}"`);
    }
    if (type === 'KeyboardButton' && typeof v === 'string') return { text: v };
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      const label = this.label(type);
      const what = type === 'KeyboardButton' ? 'KeyboardButton must be a String or an Object' : `${type} must be an Object`;
      throw new FieldError(label ? `Can't parse ${label}: ${what}` : what, label !== undefined);
    }
    return this.object(type, v, name);
  }

  private label(type: string): string | undefined {
    if (LABELS[type]) return LABELS[type];
    for (const parent of this.spec.types[type]?.subtype_of ?? []) {
      if (LABELS[parent]) return LABELS[parent];
    }
    return undefined;
  }

  private object(type: string, v: unknown, name: string): Record<string, unknown> {
    const label = this.label(type);
    try {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        throw new FieldError(`Field "${name}" must be of type Object`);
      }
      const obj = v as Record<string, unknown>;
      const spec = this.spec.types[type];
      if (!spec) return { ...obj };
      if (spec.subtypes && spec.subtypes.length > 0) {
        return this.object(this.subtype(type, obj), obj, name);
      }
      const out: Record<string, unknown> = {};
      for (const f of spec.fields ?? []) {
        const fv = obj[f.name];
        if (fv === undefined) {
          if (f.required) throw new FieldError(`Can't find field "${f.name}"`);
          continue;
        }
        if (f.types.includes('InputFile')) {
          // Inside objects a file can only be referenced: file_id, URL or attach://<part>.
          if (typeof fv === 'string') {
            out[f.name] = fv;
            continue;
          }
          const others = f.types.filter((t) => t !== 'InputFile');
          if (others.length === 0) throw new FieldError(`Field "${f.name}" must be of type String`);
          out[f.name] = this.value(others, fv, f.name);
          continue;
        }
        out[f.name] = this.value(f.types, fv, f.name);
      }
      return out;
    } catch (err) {
      if (err instanceof FieldError && label && !err.labeled) {
        throw new FieldError(`Can't parse ${label}: ${err.message}`, true);
      }
      throw err;
    }
  }

  /** Picks the concrete subtype of an abstract type from its discriminator field. */
  private subtype(abstract: string, obj: Record<string, unknown>): string {
    const d = this.discriminator(abstract);
    const value = obj[d.field];
    if (value === undefined) throw new FieldError(`Can't find field "${d.field}"`);
    if (typeof value !== 'string') throw new FieldError(`Field "${d.field}" must be of type String`);
    const sub = d.values.get(value);
    if (!sub) throw new FieldError(`${abstract} has unsupported ${d.field} "${value}"`);
    return sub;
  }

  private discriminator(abstract: string): { field: string; values: Map<string, string> } {
    const hit = this.discriminators.get(abstract);
    if (hit) return hit;
    const values = new Map<string, string>();
    let field = 'type';
    for (const sub of this.spec.types[abstract]?.subtypes ?? []) {
      const f = (this.spec.types[sub]?.fields ?? []).find((x) => ['type', 'source', 'status'].includes(x.name));
      if (!f) continue;
      field = f.name;
      const m = /(?:must be|always) "?([a-z_]+)"?/.exec(f.description);
      if (m?.[1]) values.set(m[1], sub);
    }
    const d = { field, values };
    this.discriminators.set(abstract, d);
    return d;
  }
}

type Coerced = { ok: true; value: unknown } | { ok: false };

/** Top-level values: form bodies deliver strings, so numbers and booleans may be textual. */
function coerceTop(type: string, v: unknown): Coerced {
  switch (type) {
    case 'Integer':
      if (typeof v === 'number' && Number.isSafeInteger(v)) return { ok: true, value: v };
      if (typeof v === 'string' && /^-?\d{1,16}$/.test(v.trim()) && Number.isSafeInteger(Number(v))) {
        return { ok: true, value: Number(v) };
      }
      return { ok: false };
    case 'Float':
      if (typeof v === 'number' && Number.isFinite(v)) return { ok: true, value: v };
      if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return { ok: true, value: Number(v) };
      return { ok: false };
    case 'Boolean':
    case 'True':
      if (typeof v === 'boolean') return { ok: true, value: v };
      if (typeof v === 'string' && /^(true|1)$/i.test(v.trim())) return { ok: true, value: true };
      if (typeof v === 'string' && /^(false|0)$/i.test(v.trim())) return { ok: true, value: false };
      if (v === 1 || v === 0) return { ok: true, value: v === 1 };
      return { ok: false };
    case 'String':
    case 'InputFile':
      if (typeof v === 'string') return { ok: true, value: v };
      if (type === 'String' && (typeof v === 'number' || typeof v === 'boolean')) return { ok: true, value: String(v) };
      return { ok: false };
    default:
      return { ok: false };
  }
}

/** Nested values follow TDLib's JSON getters: ints may be numeric strings, strings may be numbers, booleans are strict. */
function coerceNested(type: string, v: unknown): Coerced {
  switch (type) {
    case 'Integer':
      if (typeof v === 'number' && Number.isSafeInteger(v)) return { ok: true, value: v };
      if (typeof v === 'string' && /^-?\d{1,16}$/.test(v) && Number.isSafeInteger(Number(v))) {
        return { ok: true, value: Number(v) };
      }
      return { ok: false };
    case 'Float':
      return typeof v === 'number' && Number.isFinite(v) ? { ok: true, value: v } : { ok: false };
    case 'Boolean':
    case 'True':
      return typeof v === 'boolean' ? { ok: true, value: v } : { ok: false };
    case 'String':
    case 'InputFile':
      if (typeof v === 'string') return { ok: true, value: v };
      if (typeof v === 'number') return { ok: true, value: String(v) };
      return { ok: false };
    default:
      return { ok: false };
  }
}

function nestedTypeError(type: string, name: string): string {
  switch (type) {
    case 'Integer':
      return `Field "${name}" must be a Number`;
    case 'Float':
      return `Field "${name}" must be of type Number`;
    case 'Boolean':
    case 'True':
      return `Field "${name}" must be of type Boolean`;
    default:
      return `Field "${name}" must be of type String`;
  }
}
