import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

export const JOB_STATUSES = ['pending', 'running', 'done', 'failed', 'cancelled'] as const;

/**
 * Durable work: reminders, publications, digests, broadcasts. Enqueued in the same
 * transaction as the change that causes it; claimed with FOR UPDATE SKIP LOCKED under a
 * lease, so a crashed worker's job is taken again and two workers never run it at once.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: JOB_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lockedBy: text('locked_by'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    /** At most one live job per key (e.g. one digest per week, one reminder per booking and kind). */
    dedupeKey: text('dedupe_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [
    index('jobs_due_idx').on(t.status, t.runAt),
    uniqueIndex('jobs_dedupe_unique').on(t.dedupeKey).where(sql`${t.dedupeKey} is not null and ${t.status} in ('pending', 'running', 'done')`),
  ],
);

export const DELIVERY_STATUSES = ['pending', 'sending', 'sent', 'failed', 'unreachable', 'cancelled'] as const;

/**
 * One message to one chat for one job. The unit the sender works on: a crash between the
 * Bot API call and marking it sent re-sends at most that one message.
 */
export const deliveries = pgTable(
  'deliveries',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    jobId: integer('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    chatId: bigint('chat_id', { mode: 'number' }).notNull(),
    /** The Bot API call: { method, params } (params without chat_id). */
    request: jsonb('request').$type<{ method: string; params: Record<string, unknown> }>().notNull(),
    status: text('status', { enum: DELIVERY_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    messageId: integer('message_id'),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('deliveries_job_chat_unique').on(t.jobId, t.chatId),
    index('deliveries_due_idx').on(t.status, t.nextAttemptAt),
  ],
);

/** Who sends now: one sender per bot, because Telegram's limits are per bot, not per process. */
export const leases = pgTable('leases', {
  name: text('name').primaryKey(),
  holder: text('holder').notNull(),
  until: timestamp('until', { withTimezone: true }).notNull(),
});
