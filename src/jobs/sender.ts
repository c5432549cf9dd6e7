import { Api, GrammyError, HttpError } from 'grammy';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { people } from '../db/schema/index.js';
import type { Logger } from '../logger.js';
import { backoffMs, chatKindOf, type FloodGate } from '../domain/flood.js';
import type { DeliveryRow, JobQueue } from './queue.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MAX_ATTEMPTS = 8;
const LEASE = 'sender';
/**
 * A quiet second after taking the lease (at start, or from another process): the previous
 * holder may have used up this second's allowance just before letting go, which this
 * process's flood gate cannot know; a full burst right away would then get a 429.
 */
const TAKEOVER_PAUSE_MS = 1000;

export interface SenderDeps {
  db: Database;
  queue: JobQueue;
  /** An Api with the flood-gate transformer installed (and no auto-retry: the sender reschedules itself). */
  api: Api;
  gate: FloodGate;
  /** The business clock: when deliveries fall due (tests move it). */
  clock: () => Date;
  /**
   * Real time in milliseconds, for the flood gate only. Telegram's limits run on the wall clock,
   * and the gate also hears of every direct reply at real time; pacing on the business clock
   * (which a test may freeze a day away) would read a short retry_after as a day-long wait.
   */
  now?: () => number;
  logger: Logger;
  holder: string;
  /** Called after each batch with the jobs it touched (progress messages, final reports). */
  afterBatch?: (jobIds: number[]) => Promise<void>;
}

/**
 * The one sender of bulk traffic. Holds the 'sender' lease (Telegram's limits are per bot,
 * so one process sends at a time; another takes over when the lease lapses), claims due
 * deliveries, paces them through the flood gate, and records each outcome:
 * sent; 429 → wait as told; 5xx or network → exponential backoff; 403 → the person is
 * unreachable and nothing more is sent to them; other 400s → dead letter, reason logged.
 */
export function createSender(deps: SenderDeps) {
  const { queue, gate, clock, logger } = deps;
  const realNow = deps.now ?? Date.now;
  let running = false;
  let loop: Promise<void> | undefined;
  let holding = false;

  /** Sleeps up to `ms`, waking early when the sender is stopped. */
  async function pause(ms: number): Promise<void> {
    const until = realNow() + ms;
    while (running && realNow() < until) await sleep(Math.min(250, until - realNow()));
  }

  async function deliver(d: DeliveryRow): Promise<void> {
    const wait = gate.pacedWait(d.chatId, chatKindOf(d.chatId), realNow());
    if (wait > 1500) {
      logger.debug({ deliveryId: d.id, waitMs: wait }, 'delivery paced for later');
      await queue.release(d.id, new Date(clock().getTime() + wait));
      return;
    }
    if (wait > 0) await sleep(wait);
    try {
      const raw = deps.api.raw as unknown as Record<string, (p: Record<string, unknown>) => Promise<unknown>>;
      const call = raw[d.request.method];
      if (!call) throw new Error(`unknown method ${d.request.method}`);
      const result = await call({ ...d.request.params, chat_id: d.chatId });
      const messageId = typeof result === 'object' && result && 'message_id' in result ? Number((result as { message_id: number }).message_id) : undefined;
      await queue.markSent(d.id, messageId, clock());
    } catch (err) {
      await failed(d, err);
    }
  }

  async function failed(d: DeliveryRow, err: unknown): Promise<void> {
    const now = clock();
    if (err instanceof GrammyError) {
      if (err.error_code === 429) {
        const s = err.parameters.retry_after ?? 1;
        await queue.markRetry(d.id, new Date(now.getTime() + s * 1000), err.description, false);
        return;
      }
      if (err.error_code === 403) {
        await queue.markDead(d.id, 'unreachable', err.description);
        if (d.chatId > 0) {
          await deps.db.update(people).set({ unreachableAt: now }).where(eq(people.telegramId, d.chatId));
          await queue.dropPendingFor(d.chatId);
        }
        logger.info({ deliveryId: d.id, jobId: d.jobId }, 'recipient unreachable');
        return;
      }
      // An edit that changes nothing (the post already says this): done, not a failure.
      if (err.error_code === 400 && /message is not modified/i.test(err.description)) {
        await queue.markSent(d.id, undefined, now);
        return;
      }
      if (err.error_code >= 500) {
        return retryOrGiveUp(d, err.description, now);
      }
      await queue.markDead(d.id, 'failed', err.description);
      logger.warn({ deliveryId: d.id, jobId: d.jobId, method: d.request.method, description: err.description }, 'delivery rejected (dead letter)');
      return;
    }
    const message = err instanceof HttpError ? 'network error' : err instanceof Error ? err.message : String(err);
    return retryOrGiveUp(d, message, now);
  }

  async function retryOrGiveUp(d: DeliveryRow, reason: string, now: Date): Promise<void> {
    if (d.attempts + 1 >= MAX_ATTEMPTS) {
      await queue.markDead(d.id, 'failed', reason);
      logger.warn({ deliveryId: d.id, jobId: d.jobId, reason }, 'delivery failed after retries');
      return;
    }
    await queue.markRetry(d.id, new Date(now.getTime() + backoffMs(d.attempts + 1)), reason, true);
  }

  /** One round: returns how many deliveries were handled (0 when idle or not the sender). */
  async function runOnce(): Promise<number> {
    if (!(await queue.lease(LEASE, deps.holder, clock(), 30_000))) {
      holding = false;
      return 0;
    }
    if (!holding) {
      holding = true;
      await sleep(TAKEOVER_PAUSE_MS);
    }
    // Telegram asked the whole bot to wait (a 429 on a reply or a send): nothing can go out
    // before it elapses, so wait here rather than push every message into the future.
    await pause(gate.pauseWait(undefined, realNow()));
    const batch = await queue.claimDeliveries(clock(), 30, 60_000);
    for (const d of batch) await deliver(d);
    if (batch.length > 0) await deps.afterBatch?.([...new Set(batch.map((d) => d.jobId))]);
    return batch.length;
  }

  /** An idle wait that `wake()` cuts short (new messages were just queued in this process). */
  let wakeUp: (() => void) | undefined;
  const idle = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = undefined;
        resolve();
      }
      wakeUp = done;
    });

  return {
    runOnce,
    wake() {
      wakeUp?.();
    },
    start(idleMs = 250) {
      if (running) return;
      running = true;
      loop = (async () => {
        while (running) {
          let handled = 0;
          try {
            handled = await runOnce();
          } catch (err) {
            logger.error({ err }, 'sender round failed');
          }
          if (handled === 0 && running) await idle(idleMs);
        }
      })();
    },
    async stop() {
      running = false;
      wakeUp?.();
      await loop;
      await queue.releaseLease(LEASE, deps.holder).catch(() => {});
    },
  };
}
export type Sender = ReturnType<typeof createSender>;
