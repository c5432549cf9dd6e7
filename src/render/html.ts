/** A piece of text that is already valid Telegram HTML (escaped or built from escaped parts). */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Escapes text for Telegram's HTML parse mode: the only place user or database text is made safe. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

/** Marks a string as trusted HTML. Use only for markup written in this codebase. */
export const trusted = (markup: string): Html => new Html(markup);

/** Template tag: interpolated values are escaped unless they are already Html. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += v instanceof Html ? v.value : escapeHtml(String(v));
    out += strings[i + 1] ?? '';
  });
  return new Html(out);
}
