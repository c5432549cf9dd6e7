/**
 * Telegram's flood limits, as the bot keeps to them: about 30 messages a second overall,
 * about one a second per private chat, 20 a minute per group or channel. Bulk traffic is
 * paced to stay under them; every call, bulk or not, waits out a pending retry_after.
 * Pure: time is passed in (milliseconds), nothing is read from the clock.
 */
export interface FloodRates {
  globalPerSecond: number;
  perChatPerSecond: number;
  perGroupPerMinute: number;
  /** Fraction of each limit the pacer aims for, leaving room for replies (e.g. 0.95). */
  headroom: number;
  /** Messages allowed at once overall; defaults to one second's worth. Telegram's burst does not grow with a sandbox's scale. */
  globalBurst?: number;
}

export const TELEGRAM_RATES: FloodRates = { globalPerSecond: 30, perChatPerSecond: 1, perGroupPerMinute: 20, headroom: 0.95 };

class Bucket {
  private tokens: number;
  constructor(
    private readonly capacity: number,
    private readonly perMs: number,
    private last: number,
  ) {
    this.tokens = capacity;
  }
  private refill(now: number) {
    if (now > this.last) {
      this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) * this.perMs);
      this.last = now;
    }
  }
  wait(now: number): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) / this.perMs);
  }
  take(now: number) {
    this.refill(now);
    this.tokens -= 1;
  }
}

export type ChatKind = 'private' | 'group';

export class FloodGate {
  private global: Bucket;
  private readonly chats = new Map<number, Bucket>();
  private globalPausedUntil = 0;
  private readonly chatPausedUntil = new Map<number, number>();

  constructor(
    private readonly rates: FloodRates,
    now: number,
  ) {
    const g = rates.globalPerSecond * rates.headroom;
    // One second's worth of burst overall; none per chat, so bulk never bunches up in one chat.
    this.global = new Bucket(rates.globalBurst ?? Math.max(1, Math.floor(g)), g / 1000, now);
  }

  /** How long a call to `chatId` must wait because Telegram asked to (retry_after). */
  pauseWait(chatId: number | undefined, now: number): number {
    const chat = chatId === undefined ? 0 : (this.chatPausedUntil.get(chatId) ?? 0);
    return Math.max(0, this.globalPausedUntil - now, chat - now);
  }

  /** How long a bulk message to `chatId` must wait to stay within the limits (0 = send now). */
  pacedWait(chatId: number, kind: ChatKind, now: number): number {
    return Math.max(this.pauseWait(chatId, now), this.global.wait(now), this.chatBucket(chatId, kind, now).wait(now));
  }

  /** Counts a message that is being sent now (bulk or a direct reply). */
  take(chatId: number | undefined, kind: ChatKind, now: number): void {
    this.global.take(now);
    if (chatId !== undefined) this.chatBucket(chatId, kind, now).take(now);
  }

  /** Telegram answered 429: nothing more to that chat, nor any bulk at all, before it elapses. */
  retryAfter(chatId: number | undefined, seconds: number, now: number): void {
    const until = now + Math.max(1, seconds) * 1000;
    this.globalPausedUntil = Math.max(this.globalPausedUntil, until);
    if (chatId !== undefined) this.chatPausedUntil.set(chatId, Math.max(this.chatPausedUntil.get(chatId) ?? 0, until));
  }

  private chatBucket(chatId: number, kind: ChatKind, now: number): Bucket {
    let b = this.chats.get(chatId);
    if (!b) {
      const perMs = kind === 'group' ? (this.rates.perGroupPerMinute * this.rates.headroom) / 60_000 : (this.rates.perChatPerSecond * this.rates.headroom) / 1000;
      b = new Bucket(1, perMs, now);
      this.chats.set(chatId, b);
    }
    return b;
  }
}

/** Telegram's convention: private chats have positive ids, groups and channels negative. */
export const chatKindOf = (chatId: number): ChatKind => (chatId < 0 ? 'group' : 'private');

/** Exponential backoff with a cap, for 5xx and network errors: 1 s, 2 s, 4 s … up to `capMs`. */
export function backoffMs(attempt: number, capMs = 5 * 60_000): number {
  return Math.min(capMs, 1000 * 2 ** Math.max(0, attempt - 1));
}
