import {
  bigint,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  check,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { points, zones } from './reference.js';

/**
 * A person who wrote to the bot. Only what features need: the Telegram id to answer,
 * the chosen language, and a random key that pseudonymously links their service records
 * (the key survives erasure in those records, the link to this row does not).
 */
export const people = pgTable('people', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  telegramId: bigint('telegram_id', { mode: 'number' }).notNull().unique(),
  language: text('language'),
  citizenKey: uuid('citizen_key').notNull().defaultRandom(),
  firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull().defaultNow(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
  /** Set when Telegram says the person blocked the bot or was deactivated. */
  unreachableAt: timestamp('unreachable_at', { withTimezone: true }),
});

export const ROLES = ['facilitator', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Role grants: facilitator of a point, coordinator of a zone, regional admin. */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
    pointId: integer('point_id').references(() => points.id, { onDelete: 'cascade' }),
    zoneNumber: smallint('zone_number').references(() => zones.number),
    /** How the team list shows this person (their Telegram first name when they accepted). */
    displayName: text('display_name').notNull().default(''),
    grantedByPersonId: integer('granted_by_person_id').references(() => people.id, {
      onDelete: 'set null',
    }),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('role_grants_unique').on(
      t.personId,
      t.role,
      sql`coalesce(${t.pointId}, 0)`,
      sql`coalesce(${t.zoneNumber}, 0)`,
    ),
    check(
      'role_grants_scope',
      sql`(${t.role} = 'facilitator' and ${t.pointId} is not null and ${t.zoneNumber} is null)
       or (${t.role} = 'coordinator' and ${t.zoneNumber} is not null and ${t.pointId} is null)
       or (${t.role} = 'admin' and ${t.pointId} is null and ${t.zoneNumber} is null)`,
    ),
  ],
);

/** One-time invitation links that grant a role when accepted. */
export const invitations = pgTable(
  'invitations',
  {
    code: text('code').primaryKey(),
    role: text('role', { enum: ROLES }).notNull(),
    pointId: integer('point_id').references(() => points.id, { onDelete: 'cascade' }),
    zoneNumber: smallint('zone_number').references(() => zones.number),
    createdByPersonId: integer('created_by_person_id').references(() => people.id, {
      onDelete: 'set null',
    }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedByPersonId: integer('used_by_person_id').references(() => people.id, {
      onDelete: 'set null',
    }),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('invitations_expires_idx').on(t.expiresAt)],
);

/** Follows of a point or a zone, for news and event notifications. */
export const follows = pgTable(
  'follows',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    pointId: integer('point_id').references(() => points.id, { onDelete: 'cascade' }),
    zoneNumber: smallint('zone_number').references(() => zones.number),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('follows_unique').on(
      t.personId,
      sql`coalesce(${t.pointId}, 0)`,
      sql`coalesce(${t.zoneNumber}, 0)`,
    ),
    index('follows_point_idx').on(t.pointId),
    index('follows_zone_idx').on(t.zoneNumber),
    check('follows_target', sql`(${t.pointId} is null) <> (${t.zoneNumber} is null)`),
  ],
);
