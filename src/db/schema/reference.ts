import {
  boolean,
  date,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  time,
  timestamp,
  uniqueIndex,
  index,
  check,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/** The 12 zone sociali (L.R. Umbria 11/2015). */
export const zones = pgTable('zones', {
  number: smallint('number').primaryKey(),
  name: text('name').notNull(),
  capofilaIstat: text('capofila_istat').notNull(),
  /** How well the membership is sourced: verified, partial, capofila_only. */
  verification: text('verification').notNull(),
});

/** The 92 comuni of Umbria with their town-centre coordinates. */
export const comuni = pgTable(
  'comuni',
  {
    istat: text('istat').primaryKey(),
    name: text('name').notNull(),
    province: text('province').notNull(),
    zoneNumber: smallint('zone_number')
      .notNull()
      .references(() => zones.number),
    isCapofila: boolean('is_capofila').notNull().default(false),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    source: text('source').notNull(),
  },
  (t) => [index('comuni_zone_idx').on(t.zoneNumber)],
);

/** Patron-saint days: a municipal holiday in one comune (only sourced ones are loaded). */
export const patronDays = pgTable(
  'patron_days',
  {
    comuneIstat: text('comune_istat')
      .notNull()
      .references(() => comuni.istat),
    month: smallint('month').notNull(),
    day: smallint('day').notNull(),
    name: text('name').notNull(),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.comuneIstat, t.month, t.day] })],
);

/** A DigiPASS point / Punto Digitale Facile, fixed or mobile. */
export const points = pgTable(
  'points',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    comuneIstat: text('comune_istat')
      .notNull()
      .references(() => comuni.istat),
    /** A frazione or locality inside the comune, when the point is there (e.g. Ponte San Giovanni). */
    locality: text('locality'),
    address: text('address'),
    kind: text('kind', { enum: ['fixed', 'mobile'] }).notNull().default('fixed'),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    /** True when the coordinates are the comune's centre, not the venue's. */
    coordsApproximate: boolean('coords_approximate').notNull().default(true),
    coordsSource: text('coords_source').notNull(),
    /** Published opening hours as the source states them, verbatim (never invented). */
    publishedHours: text('published_hours'),
    phone: text('phone'),
    email: text('email'),
    sourceUrl: text('source_url'),
    notes: text('notes'),
    active: boolean('active').notNull().default(true),
    /** Confirm-or-release: an unconfirmed booking is freed two hours before (per point, off by default). */
    releaseUnconfirmed: boolean('release_unconfirmed').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('points_comune_idx').on(t.comuneIstat)],
);

/** Weekly opening ranges in Europe/Rome local time; capacity = facilitators on duty. */
export const openingRanges = pgTable(
  'opening_ranges',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    pointId: integer('point_id')
      .notNull()
      .references(() => points.id, { onDelete: 'cascade' }),
    weekday: smallint('weekday').notNull(),
    startTime: time('start_time').notNull(),
    endTime: time('end_time').notNull(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    capacity: smallint('capacity').notNull().default(1),
    /** Demo data is labelled so it is never presented as real. */
    demo: boolean('demo').notNull().default(false),
    source: text('source'),
  },
  (t) => [
    index('opening_ranges_point_idx').on(t.pointId),
    check('opening_ranges_weekday', sql`${t.weekday} between 1 and 7`),
    check('opening_ranges_order', sql`${t.startTime} < ${t.endTime}`),
    check('opening_ranges_capacity', sql`${t.capacity} > 0`),
  ],
);

/** A closed day, an extra opening or reduced hours on one local date. */
export const openingExceptions = pgTable(
  'opening_exceptions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    pointId: integer('point_id')
      .notNull()
      .references(() => points.id, { onDelete: 'cascade' }),
    date: date('date').notNull(),
    kind: text('kind', { enum: ['closed', 'open'] }).notNull(),
    /** For kind 'open': the ranges of that day, e.g. [{"start":"09:00","end":"12:00","capacity":1}]. */
    ranges: jsonb('ranges').$type<{ start: string; end: string; capacity?: number }[]>(),
    note: text('note'),
    demo: boolean('demo').notNull().default(false),
  },
  (t) => [uniqueIndex('opening_exceptions_point_date').on(t.pointId, t.date)],
);

/** Scheduled stops of a mobile point. */
export const mobileStops = pgTable(
  'mobile_stops',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    pointId: integer('point_id')
      .notNull()
      .references(() => points.id, { onDelete: 'cascade' }),
    comuneIstat: text('comune_istat')
      .notNull()
      .references(() => comuni.istat),
    place: text('place'),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    demo: boolean('demo').notNull().default(false),
  },
  (t) => [index('mobile_stops_point_time_idx').on(t.pointId, t.startsAt)],
);

/** The service catalogue; names and checklists live in the locale files under service-<code>. */
export const services = pgTable('services', {
  code: text('code').primaryKey(),
  durationMinutes: smallint('duration_minutes').notNull(),
  sort: smallint('sort').notNull(),
  active: boolean('active').notNull().default(true),
});

/** Services a point declares; a point with none offers the whole catalogue. */
export const pointServices = pgTable(
  'point_services',
  {
    pointId: integer('point_id')
      .notNull()
      .references(() => points.id, { onDelete: 'cascade' }),
    serviceCode: text('service_code')
      .notNull()
      .references(() => services.code),
  },
  (t) => [primaryKey({ columns: [t.pointId, t.serviceCode] })],
);
