/**
 * Flood limits as token buckets with an injected clock, so they can be tested
 * without waiting. One controller per bot: a global bucket for all sending
 * methods plus one bucket per chat (private chats: burst + 1/s; groups and
 * channels: 20/min). When a bucket is empty the call gets 429 with an integer
 * `retry_after` (seconds, at least 1) and the scope is blocked for that long:
 * any further call into a blocked scope is answered 429 again and flagged as
 * ignoring retry_after, which is what Telegram punishes.
 */
import type { FloodLimits } from './types.js';

export const DEFAULT_LIMITS: FloodLimits = {
  globalPerSecond: 30,
  perChatPerSecond: 1,
  perChatBurst: 4,
  perGroupPerMinute: 20,
  scale: 1,
};

/** A classic token bucket; time in milliseconds. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    readonly capacity: number,
    /** Tokens added per millisecond. */
    readonly ratePerMs: number,
    now: number,
  ) {
    this.tokens = capacity;
    this.last = now;
  }

  private refill(now: number): void {
    if (now > this.last) {
      this.tokens = Math.min(this.capacity, this.tokens + (now - this.last) * this.ratePerMs);
      this.last = now;
    }
  }

  /** Milliseconds until one token is available (0 when one is available now). */
  waitMs(now: number): number {
    this.refill(now);
    if (this.tokens >= 1) return 0;
    return Math.ceil((1 - this.tokens) / this.ratePerMs);
  }

  /** Takes one token; call only after `waitMs` returned 0. */
  take(now: number): void {
    this.refill(now);
    this.tokens -= 1;
  }
}

/** Which bucket a call counts against. */
export interface FloodScope {
  /** Stable key of the chat, e.g. "private:1:42" or "channel:-100…". */
  chatKey: string;
  /** Groups and channels use the per-minute limit. */
  isGroup: boolean;
  /** False for edits: they count only against the global limit. */
  countsPerChat: boolean;
}

export type FloodDecision =
  | { ok: true }
  | { ok: false; retryAfter: number; scope: 'global' | 'chat'; ignoredRetryAfter: boolean };

/** Per-bot flood control. */
export class FloodController {
  private limits: FloodLimits | false;
  private global: TokenBucket | undefined;
  private readonly chats = new Map<string, TokenBucket>();
  private globalBlockedUntil = 0;
  private readonly chatBlockedUntil = new Map<string, number>();

  constructor(
    limits: Partial<FloodLimits> | false | undefined,
    private readonly now: () => number,
  ) {
    this.limits = limits === false ? false : { ...DEFAULT_LIMITS, ...(limits ?? {}) };
  }

  /** Replaces the limits and forgets all buckets and blocks. */
  setLimits(limits: Partial<FloodLimits> | false): void {
    this.limits = limits === false ? false : { ...DEFAULT_LIMITS, ...limits };
    this.global = undefined;
    this.chats.clear();
    this.globalBlockedUntil = 0;
    this.chatBlockedUntil.clear();
  }

  /** Current limits (false when off). */
  current(): FloodLimits | false {
    return this.limits;
  }

  /** Checks and, when allowed, consumes the call's tokens. */
  check(scope: FloodScope): FloodDecision {
    const limits = this.limits;
    if (limits === false) return { ok: true };
    const now = this.now();
    const scale = limits.scale > 0 ? limits.scale : 1;

    if (this.globalBlockedUntil > now) {
      return { ok: false, retryAfter: secondsLeft(this.globalBlockedUntil, now), scope: 'global', ignoredRetryAfter: true };
    }
    const chatBlocked = this.chatBlockedUntil.get(scope.chatKey) ?? 0;
    if (scope.countsPerChat && chatBlocked > now) {
      return { ok: false, retryAfter: secondsLeft(chatBlocked, now), scope: 'chat', ignoredRetryAfter: true };
    }

    this.global ??= new TokenBucket(limits.globalPerSecond, (limits.globalPerSecond * scale) / 1000, now);
    const globalWait = this.global.waitMs(now);
    if (globalWait > 0) {
      const retryAfter = Math.max(1, Math.ceil(globalWait / 1000));
      this.globalBlockedUntil = now + retryAfter * 1000;
      return { ok: false, retryAfter, scope: 'global', ignoredRetryAfter: false };
    }

    let chat: TokenBucket | undefined;
    if (scope.countsPerChat) {
      chat = this.chats.get(scope.chatKey);
      if (!chat) {
        chat = scope.isGroup
          ? new TokenBucket(limits.perGroupPerMinute, (limits.perGroupPerMinute * scale) / 60_000, now)
          : new TokenBucket(limits.perChatBurst, (limits.perChatPerSecond * scale) / 1000, now);
        this.chats.set(scope.chatKey, chat);
      }
      const chatWait = chat.waitMs(now);
      if (chatWait > 0) {
        const retryAfter = Math.max(1, Math.ceil(chatWait / 1000));
        this.chatBlockedUntil.set(scope.chatKey, now + retryAfter * 1000);
        return { ok: false, retryAfter, scope: 'chat', ignoredRetryAfter: false };
      }
    }
    this.global.take(now);
    chat?.take(now);
    return { ok: true };
  }
}

function secondsLeft(until: number, now: number): number {
  return Math.max(1, Math.ceil((until - now) / 1000));
}
