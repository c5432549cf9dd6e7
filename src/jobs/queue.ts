import { and, asc, count, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { deliveries, jobs, leases } from '../db/schema/index.js';

export type JobRow = typeof jobs.$inferSelect;
export type DeliveryRow = typeof deliveries.$inferSelect;
export interface BotRequest {
  method: string;
  params: Record<string, unknown>;
}

export interface EnqueueInput {
  kind: string;
  payload?: Record<string, unknown>;
  runAt: Date;
  /** At most one live job per key; enqueueing a duplicate does nothing. */
  dedupeKey?: string;
  maxAttempts?: number;
}

/**
 * Adds a job. Pass the caller's transaction so that the job commits (or rolls back) with the
 * change that caused it — a booking and its reminders, together.
 */
export async function enqueue(tx: Database, job: EnqueueInput): Promise<number | undefined> {
  const rows = await tx
    .insert(jobs)
    .values({
      kind: job.kind,
      payload: job.payload ?? {},
      runAt: job.runAt,
      dedupeKey: job.dedupeKey ?? null,
      maxAttempts: job.maxAttempts ?? 5,
    })
    .onConflictDoNothing()
    .returning({ id: jobs.id });
  return rows[0]?.id;
}

/** Cancels pending jobs by dedupe key (e.g. a cancelled booking's reminders) and their unsent messages. */
export async function cancelJobs(tx: Database, dedupeKeys: string[]): Promise<number> {
  if (dedupeKeys.length === 0) return 0;
  const rows = await tx
    .update(jobs)
    .set({ status: 'cancelled' })
    .where(and(inArray(jobs.dedupeKey, dedupeKeys), eq(jobs.status, 'pending')))
    .returning({ id: jobs.id });
  return rows.length;
}

/**
 * A single message to send through the sender (durable, paced, retried), e.g. a report
 * to the person who started a broadcast. Its job is born done: there is nothing to plan.
 */
export async function sendLater(tx: Database, chatId: number, request: BotRequest, at: Date): Promise<void> {
  const [job] = await tx.insert(jobs).values({ kind: 'notice', runAt: at, status: 'done', doneAt: at }).returning({ id: jobs.id });
  await tx.insert(deliveries).values({ jobId: job!.id, chatId, request, nextAttemptAt: at });
}

export function jobQueue(db: Database) {
  return {
    /** Claims due jobs under a lease; a crashed holder's jobs come back when the lease ends. */
    async claimJobs(worker: string, now: Date, limit: number, leaseMs: number): Promise<JobRow[]> {
      return db.transaction(async (tx) => {
        const due = await tx
          .select({ id: jobs.id })
          .from(jobs)
          .where(
            or(
              and(eq(jobs.status, 'pending'), lte(jobs.runAt, now)),
              and(eq(jobs.status, 'running'), lt(jobs.lockedUntil, now)),
            ),
          )
          .orderBy(asc(jobs.runAt), asc(jobs.id))
          .limit(limit)
          .for('update', { skipLocked: true });
        if (due.length === 0) return [];
        return tx
          .update(jobs)
          .set({
            status: 'running',
            lockedBy: worker,
            lockedUntil: new Date(now.getTime() + leaseMs),
            attempts: sql`${jobs.attempts} + 1`,
          })
          .where(inArray(jobs.id, due.map((d) => d.id)))
          .returning();
      });
    },

    async complete(id: number, now: Date): Promise<void> {
      await db.update(jobs).set({ status: 'done', doneAt: now, lockedBy: null, lockedUntil: null }).where(eq(jobs.id, id));
    },

    /** A failed attempt: try again at `retryAt`, or give up (dead letter) after maxAttempts. */
    async fail(job: JobRow, error: string, retryAt: Date | undefined): Promise<void> {
      const dead = retryAt === undefined || job.attempts >= job.maxAttempts;
      await db
        .update(jobs)
        .set({ status: dead ? 'failed' : 'pending', lastError: error.slice(0, 500), lockedBy: null, lockedUntil: null, ...(dead ? {} : { runAt: retryAt }) })
        .where(eq(jobs.id, job.id));
    },

    /** Adds messages to send for a job; a (job, chat) pair already there is left as it is. */
    async addDeliveries(tx: Database, jobId: number, items: { chatId: number; request: BotRequest }[], at: Date): Promise<number> {
      let added = 0;
      for (let i = 0; i < items.length; i += 500) {
        const rows = await tx
          .insert(deliveries)
          .values(items.slice(i, i + 500).map((d) => ({ jobId, chatId: d.chatId, request: d.request, nextAttemptAt: at })))
          .onConflictDoNothing()
          .returning({ id: deliveries.id });
        added += rows.length;
      }
      return added;
    },

    /** Claims messages that are due (or whose sender died mid-send) for this sender. */
    async claimDeliveries(now: Date, limit: number, leaseMs: number): Promise<DeliveryRow[]> {
      return db.transaction(async (tx) => {
        const due = await tx
          .select({ id: deliveries.id })
          .from(deliveries)
          .where(
            or(
              and(eq(deliveries.status, 'pending'), lte(deliveries.nextAttemptAt, now)),
              and(eq(deliveries.status, 'sending'), lt(deliveries.lockedUntil, now)),
            ),
          )
          .orderBy(asc(deliveries.nextAttemptAt), asc(deliveries.id))
          .limit(limit)
          .for('update', { skipLocked: true });
        if (due.length === 0) return [];
        return tx
          .update(deliveries)
          .set({ status: 'sending', lockedUntil: new Date(now.getTime() + leaseMs) })
          .where(inArray(deliveries.id, due.map((d) => d.id)))
          .returning();
      });
    },

    async markSent(id: number, messageId: number | undefined, now: Date): Promise<void> {
      await db
        .update(deliveries)
        .set({ status: 'sent', messageId: messageId ?? null, sentAt: now, lockedUntil: null, attempts: sql`${deliveries.attempts} + 1` })
        .where(eq(deliveries.id, id));
    },

    async markRetry(id: number, at: Date, error: string, countAttempt: boolean): Promise<void> {
      await db
        .update(deliveries)
        .set({
          status: 'pending',
          nextAttemptAt: at,
          lockedUntil: null,
          lastError: error.slice(0, 500),
          ...(countAttempt ? { attempts: sql`${deliveries.attempts} + 1` } : {}),
        })
        .where(eq(deliveries.id, id));
    },

    /** Puts back a claimed message untouched (e.g. it must wait for the flood limits). */
    async release(id: number, at: Date): Promise<void> {
      await db.update(deliveries).set({ status: 'pending', nextAttemptAt: at, lockedUntil: null }).where(eq(deliveries.id, id));
    },

    async markDead(id: number, status: 'failed' | 'unreachable', error: string): Promise<void> {
      await db
        .update(deliveries)
        .set({ status, lastError: error.slice(0, 500), lockedUntil: null, attempts: sql`${deliveries.attempts} + 1` })
        .where(eq(deliveries.id, id));
    },

    /** A person who blocked the bot: drop everything still waiting for their chat. */
    async dropPendingFor(chatId: number): Promise<number> {
      const rows = await db
        .update(deliveries)
        .set({ status: 'cancelled', lastError: 'recipient unreachable' })
        .where(and(eq(deliveries.chatId, chatId), eq(deliveries.status, 'pending')))
        .returning({ id: deliveries.id });
      return rows.length;
    },

    async progress(jobId: number): Promise<Record<(typeof deliveries.$inferSelect)['status'], number>> {
      const rows = await db
        .select({ status: deliveries.status, n: count() })
        .from(deliveries)
        .where(eq(deliveries.jobId, jobId))
        .groupBy(deliveries.status);
      const out = { pending: 0, sending: 0, sent: 0, failed: 0, unreachable: 0, cancelled: 0 };
      for (const r of rows) out[r.status] = r.n;
      return out;
    },

    async job(id: number): Promise<JobRow | undefined> {
      const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
      return row;
    },

    /**
     * Takes or renews a named lease (e.g. the one sender): true when `holder` has it until `now + ms`.
     */
    async lease(name: string, holder: string, now: Date, ms: number): Promise<boolean> {
      const until = new Date(now.getTime() + ms);
      const rows = await db
        .insert(leases)
        .values({ name, holder, until })
        .onConflictDoUpdate({
          target: leases.name,
          set: { holder, until },
          setWhere: or(lt(leases.until, now), eq(leases.holder, holder)),
        })
        .returning({ holder: leases.holder });
      return rows[0]?.holder === holder;
    },

    async releaseLease(name: string, holder: string): Promise<void> {
      await db.delete(leases).where(and(eq(leases.name, name), eq(leases.holder, holder)));
    },
  };
}
export type JobQueue = ReturnType<typeof jobQueue>;
