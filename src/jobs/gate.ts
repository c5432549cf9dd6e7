import type { Transformer } from 'grammy';
import { chatKindOf, type FloodGate } from '../domain/flood.js';

/** Bot API methods that post a message and so count against the flood limits. */
export const SENDING_METHODS = new Set([
  'sendMessage', 'sendPhoto', 'sendDocument', 'sendVenue', 'sendLocation', 'sendMediaGroup', 'copyMessage',
  'forwardMessage', 'sendContact', 'sendAnimation', 'sendAudio', 'sendVideo', 'sendVoice', 'sendSticker', 'sendPoll', 'sendDice',
]);
const EDIT_METHODS = new Set(['editMessageText', 'editMessageReplyMarkup', 'editMessageCaption', 'editMessageMedia']);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Every Bot API call of this process goes through the one flood gate: it waits out a pending
 * retry_after, counts what it sends, and learns from each 429. Replies are not paced in
 * advance; bulk sends ask the gate first (see the sender).
 *
 * `count: false` is for guided conversations: their Api replays every earlier call (answered
 * from the conversation's log) on each new message, so counting there would count a long
 * conversation's messages again and again and hold back bulk sends to that person for seconds.
 */
export function floodGateTransformer(gate: FloodGate, now: () => number = Date.now, opts: { count?: boolean } = {}): Transformer {
  const count = opts.count ?? true;
  return async (prev, method, payload, signal) => {
    const p = payload as { chat_id?: unknown } | undefined;
    const chatId = typeof p?.chat_id === 'number' ? p.chat_id : undefined;
    const counted = SENDING_METHODS.has(method) || EDIT_METHODS.has(method);
    if (counted) {
      const wait = gate.pauseWait(chatId, now());
      if (wait > 0) await sleep(wait);
      // Edits count towards the overall limit only.
      if (count) gate.take(SENDING_METHODS.has(method) ? chatId : undefined, chatKindOf(chatId ?? 1), now());
    }
    const res = await prev(method, payload, signal);
    if (!res.ok && res.error_code === 429) gate.retryAfter(chatId, res.parameters?.retry_after ?? 1, now());
    return res;
  };
}
