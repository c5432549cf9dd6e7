/**
 * The registry of emulated Bot API methods. A method that exists in the spec
 * but is missing here is answered "method is not supported by the sandbox",
 * never a silent success.
 */
import { botMethods } from './bot.js';
import type { Handler } from './context.js';
import { editMethods } from './edit.js';
import { mediaMethods } from './media.js';
import { messageMethods } from './messages.js';
import { updateMethods } from './updates.js';

const all: Record<string, Handler> = {
  ...botMethods,
  ...updateMethods,
  ...messageMethods,
  ...mediaMethods,
  ...editMethods,
};

const byLower = new Map(Object.entries(all).map(([name, h]) => [name.toLowerCase(), h]));

/** The handler of a method (case-insensitive, like Telegram), if emulated. */
export function handlerFor(method: string): Handler | undefined {
  return byLower.get(method.toLowerCase());
}

/** Names of all emulated methods. */
export const EMULATED_METHODS: readonly string[] = Object.keys(all).sort();
