import { and, asc, eq, inArray, isNotNull, isNull, ne, or, gte, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { EVENT_CATEGORIES, eventRegistrations, events, type EventCategory } from '../db/schema/index.js';
import { eventAreaZones, type Actor } from '../domain/policy.js';
import { droppedStarts, expandOccurrences, shiftRule } from '../domain/recurrence.js';
import { parseOnlineUrl } from '../domain/event-input.js';
import { addDays, localDateInRome, romeInstant, ROME_ZONE } from '../domain/time.js';
import { DateTime } from 'luxon';
import { enqueue } from '../jobs/queue.js';
import type { EventPostInput } from '../render/event-post.js';
import { pointWhere } from '../render/find.js';
import { AppError } from './errors.js';
import type { ReferenceCache } from './reference.js';
import type { RoleUseCases } from './roles.js';

export type EventRow = typeof events.$inferSelect;

/**
 * Where an event takes place: at a point; across a whole zone (at several of its points, or
 * wherever the description says); or online, for a zone or (admins) the whole region.
 */
export type EventWhere = { kind: 'point'; pointId: number } | { kind: 'zone'; zoneNumber: number } | { kind: 'online'; zoneNumber: number | null; url: string };

/** An event's place, read back from its row. */
export function whereOf(row: Pick<EventRow, 'pointId' | 'zoneNumber' | 'online' | 'onlineUrl'>): EventWhere {
  if (row.online) return { kind: 'online', zoneNumber: row.zoneNumber, url: row.onlineUrl ?? '' };
  if (row.pointId !== null) return { kind: 'point', pointId: row.pointId };
  if (row.zoneNumber !== null) return { kind: 'zone', zoneNumber: row.zoneNumber };
  return { kind: 'online', zoneNumber: null, url: '' };
}

/** What a facilitator fills in with /newevent (and can change later with /myevents). */
export interface EventDraft {
  title: string;
  description: string;
  where: EventWhere;
  category: EventCategory;
  start: Date;
  end: Date;
  rrule: string | null;
  registration: boolean;
  capacity: number | null;
  partners: string[];
  photoFileId: string | null;
}

export type PublishChoice = { kind: 'now' } | { kind: 'schedule'; at: Date } | { kind: 'draft' };

export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 2000;

const publishJob = (id: number, at: Date) => ({ kind: 'event.publish', runAt: at, dedupeKey: `event:${id}:publish:${at.toISOString()}`, payload: { eventId: id } });
const editJob = (id: number, sequence: number, at: Date) => ({ kind: 'event.edit', runAt: at, dedupeKey: `event:${id}:edit:${sequence}`, payload: { eventId: id } });

/**
 * Facilitators' side of the calendar: create, publish or schedule, change, cancel (all or one
 * occurrence) and duplicate events of the points they work at. Every change raises the
 * event's SEQUENCE, and a published event's channel posts are edited by a job enqueued in the
 * same transaction.
 */
export function eventAdminUseCases(deps: { db: Database; clock: () => Date; roles: RoleUseCases; reference: ReferenceCache }) {
  const { db, clock } = deps;

  async function authorizePoint(actor: Actor, pointId: number): Promise<void> {
    const point = (await deps.reference.get()).pointById.get(pointId);
    if (!point) throw new AppError('NOT_FOUND');
    await deps.roles.authorize(actor, { kind: 'point.operate', scope: { kind: 'point', pointId, zoneNumber: point.zoneNumber } });
  }

  /**
   * May the actor put an event there? A point: they work at it. Online or zone-wide: they work
   * in that zone (a facilitator of one of its points, its coordinator) or are an admin; online
   * for the whole region: admins only. Returns the columns that say where.
   */
  async function authorizeWhere(actor: Actor, where: EventWhere): Promise<Pick<EventRow, 'pointId' | 'zoneNumber' | 'online' | 'onlineUrl'>> {
    const ref = await deps.reference.get();
    if (where.kind === 'point') {
      await authorizePoint(actor, where.pointId);
      return { pointId: where.pointId, zoneNumber: ref.pointById.get(where.pointId)!.zoneNumber, online: false, onlineUrl: null };
    }
    if (where.zoneNumber !== null && !ref.zoneByNumber.has(where.zoneNumber)) throw new AppError('NOT_FOUND');
    await deps.roles.authorize(actor, { kind: 'event.area', scope: where.zoneNumber === null ? { kind: 'region' } : { kind: 'zone', zoneNumber: where.zoneNumber } });
    if (where.kind === 'zone') return { pointId: null, zoneNumber: where.zoneNumber, online: false, onlineUrl: null };
    const url = parseOnlineUrl(where.url);
    if (!url) throw new AppError('BAD_INPUT');
    return { pointId: null, zoneNumber: where.zoneNumber, online: true, onlineUrl: url };
  }

  /** The event, if the actor may work on it: by its point, else by its zone (or, with neither, the region's admins). */
  async function owned(actor: Actor, id: number): Promise<EventRow> {
    const [row] = await db.select().from(events).where(eq(events.id, id));
    if (!row) throw new AppError('NOT_FOUND');
    if (row.pointId !== null) await authorizePoint(actor, row.pointId);
    else await deps.roles.authorize(actor, { kind: 'event.area', scope: row.zoneNumber === null ? { kind: 'region' } : { kind: 'zone', zoneNumber: row.zoneNumber } });
    return row;
  }

  function validate(d: Pick<EventDraft, 'title' | 'description' | 'start' | 'end' | 'capacity'>): void {
    if (!d.title.trim() || d.title.length > TITLE_MAX || d.description.length > DESCRIPTION_MAX) throw new AppError('BAD_INPUT');
    if (!(d.start.getTime() < d.end.getTime())) throw new AppError('BAD_INPUT');
    if (d.capacity !== null && (!Number.isInteger(d.capacity) || d.capacity < 1 || d.capacity > 10_000)) throw new AppError('BAD_INPUT');
  }

  /** Status and jobs for a publication choice, inside the caller's transaction. */
  async function applyChoice(tx: Database, id: number, choice: PublishChoice): Promise<void> {
    const now = clock();
    if (choice.kind === 'draft') return;
    const at = choice.kind === 'now' ? now : choice.at;
    if (choice.kind === 'schedule' && at.getTime() <= now.getTime()) throw new AppError('BAD_INPUT');
    await tx
      .update(events)
      .set({ status: choice.kind === 'now' ? 'published' : 'scheduled', publishAt: at, updatedAt: now })
      .where(eq(events.id, id));
    await enqueue(tx, publishJob(id, at));
  }

  return {
    authorizePoint,

    async create(actor: Actor, draft: EventDraft, choice: PublishChoice): Promise<number> {
      const where = await authorizeWhere(actor, draft.where);
      validate(draft);
      checkRule(draft);
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(events)
          .values({
            title: draft.title.trim(),
            description: draft.description.trim(),
            ...where,
            category: draft.category,
            startsAt: draft.start,
            endsAt: draft.end,
            rrule: draft.rrule,
            registration: draft.registration,
            capacity: draft.registration ? draft.capacity : null,
            partners: draft.partners,
            photoFileId: draft.photoFileId,
            status: 'draft',
            createdByPersonId: actor.personId,
            createdAt: clock(),
            updatedAt: clock(),
          })
          .returning({ id: events.id });
        await applyChoice(tx, row!.id, choice);
        return row!.id;
      });
    },

    /** A draft (or a scheduled event) published now or at another time. */
    async publish(actor: Actor, id: number, choice: Exclude<PublishChoice, { kind: 'draft' }>): Promise<void> {
      const row = await owned(actor, id);
      if (row.status === 'published' || row.status === 'cancelled') throw new AppError('BAD_INPUT');
      await db.transaction(async (tx) => applyChoice(tx, id, choice));
    },

    async get(actor: Actor, id: number): Promise<EventRow> {
      return owned(actor, id);
    },

    /** Events of the actor's points, and online or zone-wide ones of their zones, still to come (drafts and scheduled ones too), soonest first. */
    async mine(actor: Actor, limit = 20): Promise<EventRow[]> {
      const pointIds = await deps.roles.operablePointIds(actor, deps.reference);
      const zones = eventAreaZones(actor);
      const scope: SQL | undefined = zones.all
        ? undefined
        : or(
            pointIds.length > 0 ? inArray(events.pointId, pointIds) : undefined,
            zones.zones.length > 0 ? and(isNull(events.pointId), inArray(events.zoneNumber, zones.zones)) : undefined,
          );
      if (!zones.all && scope === undefined) return [];
      const now = clock();
      return db
        .select()
        .from(events)
        .where(and(scope, ne(events.status, 'cancelled'), or(isNotNull(events.rrule), gte(events.endsAt, now))))
        .orderBy(asc(events.startsAt), asc(events.id))
        .limit(limit);
    },

    /**
     * Changes fields; a published event's posts are edited and its calendar SEQUENCE raised.
     * A new repeat rule (or none) that drops dates people signed up for cancels those sign-ups,
     * and the people are told, as when one date is cancelled. A new place must be one the actor
     * may use, as when creating (the old one was checked by `owned`); people signed up are told
     * where it is now, as when it moves in time.
     */
    async update(actor: Actor, id: number, patch: Partial<EventDraft>): Promise<EventRow> {
      const row = await owned(actor, id);
      if (row.status === 'cancelled') throw new AppError('BAD_INPUT');
      const place = patch.where === undefined ? undefined : await authorizeWhere(actor, patch.where);
      const placeChanged = place !== undefined && !samePlace(place, row);
      // Only the place was given, and it is where the event already is: nothing changes.
      if (place !== undefined && !placeChanged && Object.keys(patch).every((k) => k === 'where')) return row;
      const next = {
        title: patch.title?.trim() ?? row.title,
        description: patch.description?.trim() ?? row.description,
        start: patch.start ?? row.startsAt,
        end: patch.end ?? row.endsAt,
        capacity: patch.capacity === undefined ? row.capacity : patch.capacity,
      };
      validate(next);
      if (patch.category !== undefined && !EVENT_CATEGORIES.includes(patch.category)) throw new AppError('BAD_INPUT');
      if (patch.rrule !== undefined && patch.start !== undefined) throw new AppError('BAD_INPUT');
      if (patch.rrule !== undefined) checkRule({ start: next.start, end: next.end, rrule: patch.rrule });
      // Moving a series moves every date of it: its weekdays, its cancelled dates and its sign-ups.
      const moved = patch.start !== undefined && patch.start.getTime() !== row.startsAt.getTime();
      const move = (old: Date) => moveLike(old, row.startsAt, next.start);
      const rrule = patch.rrule !== undefined ? patch.rrule : moved && row.rrule ? shiftRule(row.rrule, calendarDays(row.startsAt, next.start)) : row.rrule;
      return db.transaction(async (tx) => {
        const ruleChanged = patch.rrule !== undefined && patch.rrule !== row.rrule;
        if (ruleChanged) {
          const regs = await tx
            .select({ at: eventRegistrations.occurrenceStart })
            .from(eventRegistrations)
            .where(and(eq(eventRegistrations.eventId, id), eq(eventRegistrations.status, 'registered')));
          const series = { start: row.startsAt, end: row.endsAt, rrule, exdates: row.exdates };
          for (const at of droppedStarts(series, regs.map((r) => r.at), clock())) {
            await enqueue(tx, {
              kind: 'event.cancelled',
              runAt: clock(),
              dedupeKey: `event:${id}:dropped:${row.sequence + 1}:${at.toISOString()}`,
              payload: { eventId: id, reason: '', occurrence: at.toISOString() },
            });
          }
        }
        if (moved) {
          const regs = await tx.select({ id: eventRegistrations.id, at: eventRegistrations.occurrenceStart }).from(eventRegistrations).where(eq(eventRegistrations.eventId, id));
          for (const r of regs) await tx.update(eventRegistrations).set({ occurrenceStart: move(r.at) }).where(eq(eventRegistrations.id, r.id));
        }
        if ((moved || placeChanged) && row.status === 'published') {
          await enqueue(tx, { kind: 'event.moved', runAt: clock(), dedupeKey: `event:${id}:moved:${row.sequence + 1}`, payload: { eventId: id, ...(placeChanged ? { place: true } : {}) } });
        }
        const [updated] = await tx
          .update(events)
          .set({
            title: next.title,
            description: next.description,
            startsAt: next.start,
            endsAt: next.end,
            capacity: next.capacity,
            rrule,
            exdates: moved ? row.exdates.map((x) => move(new Date(x)).toISOString()) : row.exdates,
            ...(patch.category ? { category: patch.category } : {}),
            ...(patch.registration !== undefined ? { registration: patch.registration } : {}),
            ...(patch.partners ? { partners: patch.partners } : {}),
            ...(patch.photoFileId !== undefined ? { photoFileId: patch.photoFileId } : {}),
            ...(place ?? {}),
            sequence: row.sequence + 1,
            updatedAt: clock(),
          })
          .where(eq(events.id, id))
          .returning();
        if (row.status === 'published') await enqueue(tx, editJob(id, row.sequence + 1, clock()));
        return updated!;
      });
    },

    /** Cancels the whole event: the posts say so, and people signed up are told why. */
    async cancel(actor: Actor, id: number, reason: string): Promise<void> {
      const row = await owned(actor, id);
      if (row.status === 'cancelled') return;
      const why = reason.trim().slice(0, 300);
      await db.transaction(async (tx) => {
        await tx.update(events).set({ status: 'cancelled', cancelReason: why, sequence: row.sequence + 1, updatedAt: clock() }).where(eq(events.id, id));
        if (row.status === 'published') await enqueue(tx, editJob(id, row.sequence + 1, clock()));
        await enqueue(tx, { kind: 'event.cancelled', runAt: clock(), dedupeKey: `event:${id}:cancelled`, payload: { eventId: id, reason: why } });
      });
    },

    /** Cancels one occurrence of a recurring event (an EXDATE); those signed up for it are told. */
    async cancelOccurrence(actor: Actor, id: number, start: Date, reason: string): Promise<void> {
      const row = await owned(actor, id);
      if (row.status === 'cancelled' || !row.rrule) throw new AppError('BAD_INPUT');
      const exists = expandOccurrences({ start: row.startsAt, end: row.endsAt, rrule: row.rrule, exdates: row.exdates }, { from: start, to: new Date(start.getTime() + 1) }).some(
        (o) => o.start.getTime() === start.getTime(),
      );
      if (!exists) throw new AppError('NOT_FOUND');
      const why = reason.trim().slice(0, 300);
      await db.transaction(async (tx) => {
        await tx
          .update(events)
          .set({ exdates: [...row.exdates, start.toISOString()], sequence: row.sequence + 1, updatedAt: clock() })
          .where(eq(events.id, id));
        if (row.status === 'published') await enqueue(tx, editJob(id, row.sequence + 1, clock()));
        await enqueue(tx, {
          kind: 'event.cancelled',
          runAt: clock(),
          dedupeKey: `event:${id}:cancelled:${start.toISOString()}`,
          payload: { eventId: id, reason: why, occurrence: start.toISOString() },
        });
      });
    },

    /** A copy on another day, as a draft: same text, place, length, sign-up and partners; no recurrence. */
    async duplicate(actor: Actor, id: number, start: Date): Promise<number> {
      const row = await owned(actor, id);
      const length = row.endsAt.getTime() - row.startsAt.getTime();
      return this.create(
        actor,
        {
          title: row.title,
          description: row.description,
          where: whereOf(row),
          category: row.category,
          start,
          end: new Date(start.getTime() + length),
          rrule: null,
          registration: row.registration,
          capacity: row.capacity,
          partners: row.partners,
          photoFileId: row.photoFileId,
        },
        { kind: 'draft' },
      );
    },

    /** The next occurrences of an event (for "cancel one date"). */
    upcomingOccurrences(row: EventRow, count = 8): Date[] {
      const now = clock();
      return expandOccurrences({ start: row.startsAt, end: row.endsAt, rrule: row.rrule, exdates: row.exdates }, { from: now, to: new Date(now.getTime() + 400 * 86_400_000) }, count).map((o) => o.start);
    },

    /** What the post renderer needs, from a row or a draft. */
    async postInput(e: Parameters<typeof eventPostInput>[1]): Promise<EventPostInput> {
      return eventPostInput(deps.reference, e);
    },
  };
}
export type EventAdminUseCases = ReturnType<typeof eventAdminUseCases>;

/** A repeat rule must be one the calendar can read, and the first date must be one of its dates. */
function checkRule(d: { start: Date; end: Date; rrule: string | null }): void {
  if (d.rrule === null) return;
  try {
    const first = expandOccurrences({ start: d.start, end: d.end, rrule: d.rrule, exdates: [] }, { from: d.start, to: new Date(d.start.getTime() + 1) });
    if (first[0]?.start.getTime() !== d.start.getTime()) throw new AppError('BAD_INPUT');
  } catch (err) {
    if (err instanceof RangeError) throw new AppError('BAD_INPUT');
    throw err;
  }
}

type Place = Pick<EventRow, 'pointId' | 'zoneNumber' | 'online' | 'onlineUrl'>;

/** Whether two places are the same for the people who come: the same point, or the same zone, online or not, at the same address. */
function samePlace(a: Place, b: Place): boolean {
  if (a.pointId !== null || b.pointId !== null) return a.pointId === b.pointId;
  return a.zoneNumber === b.zoneNumber && a.online === b.online && (a.onlineUrl ?? null) === (b.onlineUrl ?? null);
}

/** Whole calendar days between two instants' dates in Rome. */
function calendarDays(from: Date, to: Date): number {
  return Math.round((Date.parse(localDateInRome(to)) - Date.parse(localDateInRome(from))) / 86_400_000);
}

/** Where an occurrence goes when its series moves from `oldStart` to `newStart` (same shift of days, the new wall-clock time). */
function moveLike(occurrence: Date, oldStart: Date, newStart: Date): Date {
  const local = DateTime.fromJSDate(newStart, { zone: ROME_ZONE });
  return romeInstant(addDays(localDateInRome(occurrence), calendarDays(oldStart, newStart)), local.hour * 60 + local.minute);
}

/** Joins an event with its point's name and address (or its zone's name) for the post. */
export async function eventPostInput(
  reference: ReferenceCache,
  e: Pick<EventRow, 'title' | 'description' | 'category' | 'rrule' | 'partners' | 'capacity' | 'registration' | 'status' | 'cancelReason'> & { where: EventWhere; start: Date; end: Date; exdates?: readonly string[] },
): Promise<EventPostInput> {
  const ref = await reference.get();
  const point = e.where.kind === 'point' ? ref.pointById.get(e.where.pointId) : undefined;
  const zone = e.where.kind === 'zone' ? ref.zoneByNumber.get(e.where.zoneNumber) : undefined;
  return {
    title: e.title,
    description: e.description,
    category: e.category,
    start: e.start,
    end: e.end,
    rrule: e.rrule,
    cancelledDates: (e.exdates ?? []).map((x) => new Date(x)),
    ...(point ? { place: { name: point.name, where: pointWhere(point), town: point.comuneName } } : {}),
    ...(zone ? { zone: { number: zone.number, name: zone.name } } : {}),
    online: e.where.kind === 'online',
    ...(e.where.kind === 'online' && e.where.url ? { onlineUrl: e.where.url } : {}),
    partners: e.partners,
    capacity: e.capacity,
    registration: e.registration,
    status: e.status,
    cancelReason: e.cancelReason,
  };
}

/** The post's input for a stored event. */
export async function rowPostInput(reference: ReferenceCache, row: EventRow): Promise<EventPostInput> {
  return eventPostInput(reference, { ...row, where: whereOf(row), start: row.startsAt, end: row.endsAt });
}
