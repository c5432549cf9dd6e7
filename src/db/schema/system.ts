import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people.js';

/** grammY conversations v2 state, so that a restart loses no conversation. */
export const conversationState = pgTable(
  'conversation_state',
  {
    key: text('key').primaryKey(),
    state: jsonb('state').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('conversation_state_updated_idx').on(t.updatedAt)],
);

/** Update ids already taken, so an update delivered twice has one effect. */
export const processedUpdates = pgTable(
  'processed_updates',
  {
    botId: bigint('bot_id', { mode: 'number' }).notNull(),
    updateId: bigint('update_id', { mode: 'number' }).notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.botId, t.updateId] }),
    index('processed_updates_at_idx').on(t.processedAt),
  ],
);

/** Who did what: grants, revocations, refusals, erasures. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorPersonId: integer('actor_person_id').references(() => people.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    subject: text('subject'),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('audit_log_at_idx').on(t.at)],
);
