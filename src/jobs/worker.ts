import type { Logger } from '../logger.js';
import { backoffMs } from '../domain/flood.js';
import type { JobQueue, JobRow } from './queue.js';

export type JobHandler = (job: JobRow) => Promise<void>;

/**
 * Runs due jobs with their handler. A job that throws is tried again with backoff, and after
 * its last attempt stays as 'failed' (a dead letter) with the error kept.
 */
export function createWorker(deps: {
  queue: JobQueue;
  handlers: Record<string, JobHandler>;
  clock: () => Date;
  logger: Logger;
  holder: string;
  /** Called after a round that handled jobs (they may have queued messages: the sender need not wait for its next poll). */
  afterRound?: () => void;
}) {
  const { queue, clock, logger } = deps;
  let running = false;
  let loop: Promise<void> | undefined;

  async function runOnce(): Promise<number> {
    const claimed = await queue.claimJobs(deps.holder, clock(), 10, 5 * 60_000);
    for (const job of claimed) {
      const handler = deps.handlers[job.kind];
      try {
        if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
        await handler(job);
        await queue.complete(job.id, clock());
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        logger.error({ jobId: job.id, kind: job.kind, attempt: job.attempts, err }, 'job failed');
        await queue.fail(job, message, handler ? new Date(clock().getTime() + backoffMs(job.attempts, 3_600_000)) : undefined);
      }
    }
    return claimed.length;
  }

  return {
    runOnce,
    start(idleMs = 500) {
      if (running) return;
      running = true;
      loop = (async () => {
        while (running) {
          let n = 0;
          try {
            n = await runOnce();
          } catch (err) {
            logger.error({ err }, 'worker round failed');
          }
          if (n > 0) deps.afterRound?.();
          if (n === 0 && running) await new Promise((r) => setTimeout(r, idleMs));
        }
      })();
    },
    async stop() {
      running = false;
      await loop;
    },
  };
}
export type Worker = ReturnType<typeof createWorker>;
