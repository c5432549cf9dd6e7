/**
 * The per-bot update queue and getUpdates long polling, following the Bot API
 * semantics: updates stay pending until confirmed by a later `offset` (or by a
 * 2xx webhook answer); a newer getUpdates terminates the older one with 409;
 * negative offsets keep only the last updates.
 */
import type { Update } from 'grammy/types';
import { ApiError, Errors } from './errors.js';

/** Update types delivered when `allowed_updates` is empty or was never set. */
export const DEFAULT_ALLOWED = new Set([
  'message',
  'edited_message',
  'channel_post',
  'edited_channel_post',
  'business_connection',
  'business_message',
  'edited_business_message',
  'deleted_business_messages',
  'guest_message',
  'inline_query',
  'chosen_inline_result',
  'callback_query',
  'shipping_query',
  'pre_checkout_query',
  'purchased_paid_media',
  'poll',
  'poll_answer',
  'my_chat_member',
  'chat_join_request',
  'chat_boost',
  'removed_chat_boost',
  'managed_bot',
]);

/** The update's type: its one field besides update_id. */
export function updateType(update: Record<string, unknown>): string {
  return Object.keys(update).find((k) => k !== 'update_id') ?? 'unknown';
}

export interface QueuedUpdate {
  readonly update: Update;
  readonly id: number;
  /** Updates of the same chat are delivered in order. */
  readonly chatKey: string;
  /** Emulator-wide message sequence when the update was created (to find the bot's replies). */
  readonly seqAtPush: number;
  inFlight: boolean;
  attempts: number;
  retryAt: number;
  done: boolean;
  readonly promise: Promise<void>;
  resolve(): void;
  reject(err: Error): void;
}

interface PendingPoll {
  offset: number;
  limit: number;
  answer(updates: Update[]): void;
  fail(err: ApiError): void;
  timer: NodeJS.Timeout;
}

/** One bot's queue of unconfirmed updates. */
export class UpdateQueue {
  private nextId = 1000;
  readonly pending: QueuedUpdate[] = [];
  private poll: PendingPoll | undefined;
  /** Called after each push (the webhook dispatcher listens). */
  onPush: (() => void) | undefined;

  /** Adds an update; the returned entry's promise settles when it is confirmed or dropped. */
  push(body: Omit<Update, 'update_id'>, chatKey: string, seqAtPush: number): QueuedUpdate {
    const id = this.nextId++;
    const update = { update_id: id, ...body } as Update;
    let resolve!: () => void;
    let reject!: (err: Error) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // Nobody may be listening (e.g. a my_chat_member update): avoid unhandled rejections.
    promise.catch(() => undefined);
    const entry: QueuedUpdate = {
      update,
      id,
      chatKey,
      seqAtPush,
      inFlight: false,
      attempts: 0,
      retryAt: 0,
      done: false,
      promise,
      resolve,
      reject,
    };
    this.pending.push(entry);
    this.wakePoll();
    this.onPush?.();
    return entry;
  }

  /** Marks one update delivered (webhook 2xx). */
  confirm(entry: QueuedUpdate): void {
    const i = this.pending.indexOf(entry);
    if (i >= 0) this.pending.splice(i, 1);
    if (!entry.done) {
      entry.done = true;
      entry.resolve();
    }
  }

  /** Confirms every update with an identifier below `offset`. */
  confirmBelow(offset: number): void {
    while (this.pending.length > 0 && (this.pending[0] as QueuedUpdate).id < offset) {
      this.confirm(this.pending[0] as QueuedUpdate);
    }
  }

  /** Drops one update without delivering it. */
  drop(entry: QueuedUpdate, reason: Error): void {
    const i = this.pending.indexOf(entry);
    if (i >= 0) this.pending.splice(i, 1);
    if (!entry.done) {
      entry.done = true;
      entry.reject(reason);
    }
  }

  /** Drops all pending updates (drop_pending_updates). */
  dropAll(reason: string): void {
    for (const e of [...this.pending]) this.drop(e, new Error(reason));
  }

  /**
   * Answers a getUpdates call.
   * @param timeoutMs already capped by the caller
   * @param signal aborted when the HTTP client goes away
   */
  getUpdates(offset: number, limit: number, timeoutMs: number, signal: AbortSignal): Promise<Update[]> {
    if (this.poll) {
      const old = this.poll;
      this.poll = undefined;
      clearTimeout(old.timer);
      old.fail(Errors.conflictGetUpdates());
    }
    if (offset < 0) {
      const keep = -offset;
      while (this.pending.length > keep) this.confirm(this.pending[0] as QueuedUpdate);
    } else if (offset > 0) {
      this.confirmBelow(offset);
    }
    const ready = this.take(offset, limit);
    if (ready.length > 0 || timeoutMs <= 0) return Promise.resolve(ready);
    return new Promise<Update[]>((resolve, reject) => {
      const poll: PendingPoll = {
        offset,
        limit,
        answer: (u) => {
          signal.removeEventListener('abort', onAbort);
          resolve(u);
        },
        fail: (e) => {
          signal.removeEventListener('abort', onAbort);
          reject(e);
        },
        timer: setTimeout(() => {
          if (this.poll === poll) this.poll = undefined;
          poll.answer([]);
        }, timeoutMs),
      };
      const onAbort = (): void => {
        if (this.poll === poll) this.poll = undefined;
        clearTimeout(poll.timer);
        resolve([]);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.poll = poll;
    });
  }

  /** Ends a pending long poll: with an error (setWebhook), or empty (shutdown). */
  endPoll(err?: ApiError): void {
    const p = this.poll;
    if (!p) return;
    this.poll = undefined;
    clearTimeout(p.timer);
    if (err) p.fail(err);
    else p.answer([]);
  }

  /** True while a getUpdates call is waiting. */
  get polling(): boolean {
    return this.poll !== undefined;
  }

  private take(offset: number, limit: number): Update[] {
    const start = offset < 0 ? 0 : offset;
    return this.pending
      .filter((e) => e.id >= start)
      .slice(0, limit)
      .map((e) => e.update);
  }

  private wakePoll(): void {
    const p = this.poll;
    if (!p) return;
    const ready = this.take(p.offset, p.limit);
    if (ready.length === 0) return;
    this.poll = undefined;
    clearTimeout(p.timer);
    p.answer(ready);
  }
}
