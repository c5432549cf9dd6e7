import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  check,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { people } from './people.js';
import { points, services, zones } from './reference.js';

export const BOOKING_STATUSES = [
  'booked',
  'confirmed',
  'arrived',
  'no_show',
  'cancelled',
  'released',
] as const;

/**
 * A booked help slot. A seat number (1..capacity) plus a partial unique index on
 * (point, start, seat) for live bookings is what makes overbooking impossible in the database.
 */
export const bookings = pgTable(
  'bookings',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    code: text('code').notNull().unique(),
    personId: integer('person_id').references(() => people.id, { onDelete: 'set null' }),
    pointId: integer('point_id')
      .notNull()
      .references(() => points.id),
    serviceCode: text('service_code')
      .notNull()
      .references(() => services.code),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    seat: smallint('seat').notNull(),
    status: text('status', { enum: BOOKING_STATUSES }).notNull().default('booked'),
    note: text('note'),
    /** The citizen's first name, so the facilitator knows whom to expect (erased with the person). */
    firstName: text('first_name'),
    /** For /bookfor: someone without Telegram. */
    bookedForInitials: text('booked_for_initials'),
    bookedForPhone: text('booked_for_phone'),
    createdByPersonId: integer('created_by_person_id').references(() => people.id, {
      onDelete: 'set null',
    }),
    /** The channel post whose deep link led here, for reach indicators. */
    sourcePublicationId: integer('source_publication_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('bookings_seat_unique')
      .on(t.pointId, t.startsAt, t.seat)
      .where(sql`${t.status} in ('booked', 'confirmed', 'arrived')`),
    index('bookings_person_idx').on(t.personId),
    index('bookings_point_time_idx').on(t.pointId, t.startsAt),
    check('bookings_order', sql`${t.startsAt} < ${t.endsAt}`),
    check('bookings_note_len', sql`char_length(${t.note}) <= 200`),
  ],
);

/** People waiting for a slot on a given day at a point. */
export const waitlist = pgTable(
  'waitlist',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    pointId: integer('point_id')
      .notNull()
      .references(() => points.id, { onDelete: 'cascade' }),
    serviceCode: text('service_code')
      .notNull()
      .references(() => services.code),
    day: date('day').notNull(),
    status: text('status', { enum: ['waiting', 'offered', 'taken', 'expired', 'cancelled'] })
      .notNull()
      .default('waiting'),
    offeredStartsAt: timestamp('offered_starts_at', { withTimezone: true }),
    offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('waitlist_point_day_idx').on(t.pointId, t.day, t.status)],
);

export const EVENT_CATEGORIES = [
  'course',
  'workshop',
  'seminar',
  'open_day',
  'trashware',
  'open_data',
  'schools',
  'other',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

/** Calendar events; recurrence as an RRULE in Europe/Rome local time with EXDATEs. */
export const events = pgTable(
  'events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    pointId: integer('point_id').references(() => points.id),
    zoneNumber: smallint('zone_number').references(() => zones.number),
    online: boolean('online').notNull().default(false),
    /** Where an online event takes place (an https address); null for events at a place. */
    onlineUrl: text('online_url'),
    category: text('category', { enum: EVENT_CATEGORIES }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    rrule: text('rrule'),
    /** Cancelled occurrences, as their original start instants (ISO strings). */
    exdates: jsonb('exdates').$type<string[]>().notNull().default([]),
    capacity: integer('capacity'),
    registration: boolean('registration').notNull().default(false),
    partners: jsonb('partners').$type<string[]>().notNull().default([]),
    photoFileId: text('photo_file_id'),
    status: text('status', { enum: ['draft', 'scheduled', 'published', 'cancelled'] })
      .notNull()
      .default('draft'),
    cancelReason: text('cancel_reason'),
    /** Raised on every change; the iCalendar SEQUENCE. */
    sequence: integer('sequence').notNull().default(0),
    publishAt: timestamp('publish_at', { withTimezone: true }),
    createdByPersonId: integer('created_by_person_id').references(() => people.id, {
      onDelete: 'set null',
    }),
    demo: boolean('demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('events_point_idx').on(t.pointId),
    index('events_starts_idx').on(t.startsAt),
    check('events_order', sql`${t.startsAt} < ${t.endsAt}`),
    check('events_online_url', sql`${t.onlineUrl} is null or (${t.online} and ${t.onlineUrl} like 'https://%')`),
  ],
);

export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    occurrenceStart: timestamp('occurrence_start', { withTimezone: true }).notNull(),
    personId: integer('person_id').references(() => people.id, { onDelete: 'set null' }),
    seat: integer('seat').notNull(),
    status: text('status', { enum: ['registered', 'cancelled', 'attended'] })
      .notNull()
      .default('registered'),
    sourcePublicationId: integer('source_publication_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('event_registrations_seat_unique')
      .on(t.eventId, t.occurrenceStart, t.seat)
      .where(sql`${t.status} <> 'cancelled'`),
    index('event_registrations_person_idx').on(t.personId),
  ],
);

/** A point's news item, published in the channel and sent to followers. */
export const news = pgTable('news', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  pointId: integer('point_id')
    .notNull()
    .references(() => points.id),
  text: text('text').notNull(),
  photoFileId: text('photo_file_id'),
  status: text('status', { enum: ['draft', 'scheduled', 'published'] }).notNull().default('draft'),
  publishAt: timestamp('publish_at', { withTimezone: true }),
  createdByPersonId: integer('created_by_person_id').references(() => people.id, {
    onDelete: 'set null',
  }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Every post the bot put in the channel (for edits and for the reach indicators). */
export const publications = pgTable(
  'publications',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    kind: text('kind', { enum: ['event', 'news', 'digest'] }).notNull(),
    eventId: integer('event_id').references(() => events.id, { onDelete: 'set null' }),
    newsId: integer('news_id').references(() => news.id, { onDelete: 'set null' }),
    chatId: bigint('chat_id', { mode: 'number' }).notNull(),
    messageId: integer('message_id'),
    status: text('status', { enum: ['scheduled', 'published', 'failed'] }).notNull(),
    scheduledFor: timestamp('scheduled_for', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    /** The queued message that posts it; its Telegram message id is copied here once sent. */
    deliveryId: integer('delivery_id'),
    /** Reactions on the post, as Telegram last counted them (bots get no view counts). */
    reactions: integer('reactions').notNull().default(0),
  },
  (t) => [index('publications_event_idx').on(t.eventId), index('publications_pending_idx').on(t.deliveryId).where(sql`${t.messageId} is null`)],
);

export const SERVICE_OUTCOMES = ['resolved', 'partly', 'referred'] as const;
export const AGE_BANDS = ['18-29', '30-54', '55+'] as const;

/**
 * A service delivered (booked or walk-in). No name: `citizenKey` is the person's random
 * pseudonymous key, so unique-citizen counts survive the person's erasure.
 */
export const serviceRecords = pgTable(
  'service_records',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    pointId: integer('point_id')
      .notNull()
      .references(() => points.id),
    serviceCode: text('service_code')
      .notNull()
      .references(() => services.code),
    bookingId: integer('booking_id').references(() => bookings.id, { onDelete: 'set null' }),
    citizenKey: uuid('citizen_key').notNull(),
    walkIn: boolean('walk_in').notNull().default(false),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    outcome: text('outcome', { enum: SERVICE_OUTCOMES }).notNull(),
    ageBand: text('age_band', { enum: AGE_BANDS }),
    gender: text('gender', { enum: ['f', 'm', 'x'] }),
    firstVisit: boolean('first_visit'),
    satisfaction: smallint('satisfaction'),
    recordedByPersonId: integer('recorded_by_person_id').references(() => people.id, {
      onDelete: 'set null',
    }),
  },
  (t) => [
    index('service_records_point_time_idx').on(t.pointId, t.occurredAt),
    check('service_records_satisfaction', sql`${t.satisfaction} between 1 and 5`),
  ],
);
