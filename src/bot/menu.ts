import type { BotContext } from './context.js';
import type { MenuKey } from './keyboards.js';

/** True when the text is one of these menu labels in the person's language. */
export function matchesMenu(keys: readonly MenuKey[]) {
  return (ctx: BotContext): boolean => {
    const text = ctx.message?.text;
    return text !== undefined && keys.some((k) => ctx.t(k) === text);
  };
}
