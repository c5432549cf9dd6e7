/**
 * Typed callback data: `prefix:value:value`, ≤ 64 bytes, parsed and validated on every press.
 * Callback data comes from the client and is never trusted: what does not parse is rejected,
 * and handlers still check that the person may act on the ids it carries.
 */
export type FieldSpec = 'int' | 'id' | readonly string[];
type FieldValue<S> = S extends 'int' | 'id' ? number : S extends readonly (infer E)[] ? E : never;
export type CallbackValues<F extends Record<string, FieldSpec>> = { [K in keyof F]: FieldValue<F[K]> };

export interface CallbackCodec<F extends Record<string, FieldSpec>> {
  readonly prefix: string;
  /** Matches this codec's data, for `bot.callbackQuery(codec.filter, …)`. */
  readonly filter: RegExp;
  pack(values: CallbackValues<F>): string;
  unpack(data: string | undefined): CallbackValues<F> | undefined;
}

const MAX_BYTES = 64;

export function callbackData<F extends Record<string, FieldSpec>>(prefix: string, fields: F): CallbackCodec<F> {
  if (!/^[a-z][a-z0-9]{0,7}$/.test(prefix)) throw new Error(`Bad callback prefix "${prefix}"`);
  const names = Object.keys(fields) as (keyof F & string)[];
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    prefix,
    filter: new RegExp(`^${escaped}(:|$)`),
    pack(values) {
      const parts = [prefix];
      for (const name of names) {
        const spec = fields[name]!;
        const v = values[name];
        if (spec === 'int' || spec === 'id') {
          if (typeof v !== 'number' || !Number.isSafeInteger(v) || (spec === 'id' && v < 0)) {
            throw new Error(`callback ${prefix}.${name}: not an integer`);
          }
          parts.push(v.toString(36));
        } else {
          if (!spec.includes(v as string)) throw new Error(`callback ${prefix}.${name}: "${String(v)}" not allowed`);
          parts.push(v as string);
        }
      }
      const data = parts.join(':');
      if (Buffer.byteLength(data, 'utf8') > MAX_BYTES) throw new Error(`callback ${prefix}: over 64 bytes`);
      return data;
    },
    unpack(data) {
      if (typeof data !== 'string' || Buffer.byteLength(data, 'utf8') > MAX_BYTES) return undefined;
      const parts = data.split(':');
      if (parts[0] !== prefix || parts.length !== names.length + 1) return undefined;
      const out: Record<string, unknown> = {};
      for (const [i, name] of names.entries()) {
        const spec = fields[name]!;
        const raw = parts[i + 1]!;
        if (spec === 'int' || spec === 'id') {
          if (!/^-?[0-9a-z]{1,11}$/.test(raw)) return undefined;
          const n = parseInt(raw, 36);
          // Ids are database integers: one beyond int4 was forged, and would fail in the query.
          if (!Number.isSafeInteger(n) || (spec === 'id' && (n < 0 || n > 2_147_483_647))) return undefined;
          out[name] = n;
        } else {
          if (!spec.includes(raw)) return undefined;
          out[name] = raw;
        }
      }
      return out as CallbackValues<F>;
    },
  };
}
