import { and, desc, eq, inArray, isNotNull, isNull, lt, ne, notExists, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import {
  auditLog,
  bookings,
  conversationState,
  deliveries,
  eventRegistrations,
  events,
  follows,
  invitations,
  jobs,
  news,
  people,
  points,
  processedUpdates,
  publications,
  roleGrants,
  serviceRecords,
  waitlist,
} from '../db/schema/index.js';
import { auditRepository } from '../db/repositories/audit.js';

export const RETENTION_DEFAULTS = { bookingPersonalDataDays: 90, conversationDays: 7, processedUpdateDays: 7 };

/** Finished queue work: nothing more will be sent for it. */
const FINISHED_DELIVERIES = ['sent', 'failed', 'unreachable', 'cancelled'] as const;
const FINISHED_JOBS = ['done', 'failed', 'cancelled'] as const;
/** At most this many messages are listed one by one in /mydata (all are counted). */
const MESSAGES_LISTED = 200;

/** Job payload keys that point at a person or at something only that person owns. */
const personJob = (personId: number) => sql`${jobs.payload} ->> 'personId' = ${String(personId)}`;
const progressChatOf = (telegramId: number) => sql`${jobs.payload} -> 'progress' ->> 'chatId' = ${String(telegramId)}`;
const payloadIdIn = (key: 'bookingId' | 'entryId' | 'recordId', ids: number[]) =>
  sql`${jobs.payload} ->> ${sql.raw(`'${key}'`)} in (${sql.join(ids.map((id) => sql`${String(id)}`), sql`, `)})`;

/** Seeing and erasing one's own data; retention of everyone else's. */
export function privacyUseCases(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;

  /** Jobs that name the person or serve only them (reminders of their bookings, offers of their waiting list). */
  async function jobsOf(tx: Database, person: { id: number; telegramId: number; citizenKey: string }) {
    const [own, entries, records] = await Promise.all([
      tx.select({ id: bookings.id }).from(bookings).where(or(eq(bookings.personId, person.id), and(eq(bookings.createdByPersonId, person.id), isNull(bookings.personId)))),
      tx.select({ id: waitlist.id }).from(waitlist).where(eq(waitlist.personId, person.id)),
      tx.select({ id: serviceRecords.id }).from(serviceRecords).where(eq(serviceRecords.citizenKey, person.citizenKey)),
    ]);
    const conds = [personJob(person.id)];
    // Releasing an unconfirmed place serves the others waiting, not the person: it stays.
    if (own.length) conds.push(and(payloadIdIn('bookingId', own.map((r) => r.id)), ne(jobs.kind, 'booking.release'))!);
    if (entries.length) conds.push(payloadIdIn('entryId', entries.map((r) => r.id)));
    if (records.length) conds.push(payloadIdIn('recordId', records.map((r) => r.id)));
    return or(...conds)!;
  }

  return {
    /** Everything stored about a person, as plain data (sent as a message and a JSON file). */
    async exportData(personId: number) {
      const [person] = await db.select().from(people).where(eq(people.id, personId));
      if (!person) return undefined;
      const pointName = points.name;
      const [
        grants,
        ownBookings,
        bookedForOthers,
        records,
        ownFollows,
        waiting,
        registrations,
        conversation,
        invitesCreated,
        invitesAccepted,
        authoredNews,
        authoredEvents,
        audit,
        messages,
        messageCounts,
        recordedByMe,
      ] = await Promise.all([
        db
          .select({ role: roleGrants.role, pointId: roleGrants.pointId, point: pointName, zoneNumber: roleGrants.zoneNumber, displayName: roleGrants.displayName, grantedAt: roleGrants.grantedAt })
          .from(roleGrants)
          .leftJoin(points, eq(points.id, roleGrants.pointId))
          .where(eq(roleGrants.personId, personId))
          .orderBy(roleGrants.id),
        db
          .select({
            code: bookings.code,
            pointId: bookings.pointId,
            point: pointName,
            service: bookings.serviceCode,
            startsAt: bookings.startsAt,
            endsAt: bookings.endsAt,
            status: bookings.status,
            firstName: bookings.firstName,
            note: bookings.note,
            bookedForInitials: bookings.bookedForInitials,
            bookedForPhone: bookings.bookedForPhone,
            createdAt: bookings.createdAt,
            updatedAt: bookings.updatedAt,
          })
          .from(bookings)
          .innerJoin(points, eq(points.id, bookings.pointId))
          .where(eq(bookings.personId, personId))
          .orderBy(bookings.startsAt),
        db
          .select({
            code: bookings.code,
            pointId: bookings.pointId,
            point: pointName,
            service: bookings.serviceCode,
            startsAt: bookings.startsAt,
            endsAt: bookings.endsAt,
            status: bookings.status,
            bookedForInitials: bookings.bookedForInitials,
            bookedForPhone: bookings.bookedForPhone,
            note: bookings.note,
            createdAt: bookings.createdAt,
          })
          .from(bookings)
          .innerJoin(points, eq(points.id, bookings.pointId))
          .where(and(eq(bookings.createdByPersonId, personId), or(isNull(bookings.personId), ne(bookings.personId, personId))))
          .orderBy(bookings.startsAt),
        db
          .select({
            pointId: serviceRecords.pointId,
            point: pointName,
            service: serviceRecords.serviceCode,
            occurredAt: serviceRecords.occurredAt,
            walkIn: serviceRecords.walkIn,
            outcome: serviceRecords.outcome,
            ageBand: serviceRecords.ageBand,
            gender: serviceRecords.gender,
            firstVisit: serviceRecords.firstVisit,
            satisfaction: serviceRecords.satisfaction,
          })
          .from(serviceRecords)
          .innerJoin(points, eq(points.id, serviceRecords.pointId))
          .where(eq(serviceRecords.citizenKey, person.citizenKey))
          .orderBy(serviceRecords.occurredAt),
        db
          .select({ pointId: follows.pointId, point: pointName, zoneNumber: follows.zoneNumber, since: follows.createdAt })
          .from(follows)
          .leftJoin(points, eq(points.id, follows.pointId))
          .where(eq(follows.personId, personId)),
        db
          .select({
            pointId: waitlist.pointId,
            point: pointName,
            service: waitlist.serviceCode,
            day: waitlist.day,
            status: waitlist.status,
            offeredStartsAt: waitlist.offeredStartsAt,
            offerExpiresAt: waitlist.offerExpiresAt,
            createdAt: waitlist.createdAt,
          })
          .from(waitlist)
          .innerJoin(points, eq(points.id, waitlist.pointId))
          .where(eq(waitlist.personId, personId)),
        db
          .select({ eventId: eventRegistrations.eventId, title: events.title, occurrence: eventRegistrations.occurrenceStart, status: eventRegistrations.status, createdAt: eventRegistrations.createdAt })
          .from(eventRegistrations)
          .innerJoin(events, eq(events.id, eventRegistrations.eventId))
          .where(eq(eventRegistrations.personId, personId)),
        db.select({ state: conversationState.state, updatedAt: conversationState.updatedAt }).from(conversationState).where(eq(conversationState.key, String(person.telegramId))),
        db
          .select({ role: invitations.role, pointId: invitations.pointId, zoneNumber: invitations.zoneNumber, createdAt: invitations.createdAt, expiresAt: invitations.expiresAt, usedAt: invitations.usedAt })
          .from(invitations)
          .where(eq(invitations.createdByPersonId, personId)),
        db
          .select({ role: invitations.role, pointId: invitations.pointId, zoneNumber: invitations.zoneNumber, usedAt: invitations.usedAt })
          .from(invitations)
          .where(eq(invitations.usedByPersonId, personId)),
        db
          .select({ id: news.id, pointId: news.pointId, status: news.status, text: news.text, publishAt: news.publishAt, createdAt: news.createdAt })
          .from(news)
          .where(eq(news.createdByPersonId, personId)),
        db
          .select({ id: events.id, title: events.title, status: events.status, startsAt: events.startsAt, createdAt: events.createdAt })
          .from(events)
          .where(eq(events.createdByPersonId, personId)),
        db
          .select({ at: auditLog.at, action: auditLog.action, subject: auditLog.subject, detail: auditLog.detail })
          .from(auditLog)
          .where(eq(auditLog.actorPersonId, personId))
          .orderBy(auditLog.id),
        db
          .select({ request: deliveries.request, status: deliveries.status, due: deliveries.nextAttemptAt, sentAt: deliveries.sentAt })
          .from(deliveries)
          .where(eq(deliveries.chatId, person.telegramId))
          .orderBy(desc(deliveries.id))
          .limit(MESSAGES_LISTED),
        db
          .select({ status: deliveries.status, n: sql<number>`count(*)`.mapWith(Number) })
          .from(deliveries)
          .where(eq(deliveries.chatId, person.telegramId))
          .groupBy(deliveries.status),
        db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(serviceRecords).where(eq(serviceRecords.recordedByPersonId, personId)),
      ]);
      const reminders = await db
        .select({ kind: jobs.kind, runAt: jobs.runAt, status: jobs.status, payload: jobs.payload })
        .from(jobs)
        .where(and(inArray(jobs.status, ['pending', 'running']), await jobsOf(db, person)))
        .orderBy(jobs.runAt);
      const preview = (r: { params: Record<string, unknown> }) => {
        const text = r.params.text ?? r.params.caption;
        return typeof text === 'string' ? text.slice(0, 120) : undefined;
      };
      return {
        person: {
          telegramId: person.telegramId,
          language: person.language,
          citizenKey: person.citizenKey,
          firstSeenAt: person.firstSeenAt,
          lastSeenAt: person.lastSeenAt,
          unreachableAt: person.unreachableAt,
        },
        roles: grants,
        bookings: ownBookings,
        bookingsMadeForOthers: bookedForOthers,
        serviceRecords: records,
        follows: ownFollows,
        waitlist: waiting,
        eventRegistrations: registrations,
        reminders: reminders.map((j) => ({ kind: j.kind, runAt: j.runAt, status: j.status, about: j.payload })),
        messages: {
          byStatus: Object.fromEntries(messageCounts.map((c) => [c.status, c.n])),
          latest: messages.map((m) => ({ method: m.request.method, status: m.status, at: m.sentAt ?? m.due, text: preview(m.request) })),
        },
        conversation: conversation[0] ? { updatedAt: conversation[0].updatedAt, state: conversation[0].state } : null,
        invitationsCreated: invitesCreated,
        invitationsAccepted: invitesAccepted,
        newsWritten: authoredNews,
        eventsCreated: authoredEvents,
        serviceRecordsEntered: recordedByMe[0]?.n ?? 0,
        auditLog: audit,
      };
    },

    /**
     * Erases a person: their row and everything that names them. What counts for the region
     * stays, anonymous: service records keep only a random key that nothing links to anyone
     * any more, bookings and registrations keep their status without the person. Reminders
     * and messages queued for them go too: a job or a message to their chat would name them.
     */
    async erase(personId: number): Promise<void> {
      const now = clock();
      await db.transaction(async (tx) => {
        const [person] = await tx.select({ id: people.id, telegramId: people.telegramId, citizenKey: people.citizenKey }).from(people).where(eq(people.id, personId));
        if (!person) return;
        // First the queue (it is found through the bookings and entries still linked to the person).
        const theirs = await jobsOf(tx, person);
        // A job that names the person goes (with its messages); one that only serves them is cancelled.
        await tx.delete(jobs).where(personJob(person.id));
        await tx.update(jobs).set({ status: 'cancelled' }).where(and(eq(jobs.status, 'pending'), theirs));
        // The author of a broadcast is no longer told how it went.
        await tx.update(jobs).set({ payload: sql`${jobs.payload} - 'progress'` }).where(progressChatOf(person.telegramId));
        await tx.delete(deliveries).where(eq(deliveries.chatId, person.telegramId));
        await tx
          .update(bookings)
          .set({ personId: null, note: null, firstName: null, bookedForInitials: null, bookedForPhone: null, updatedAt: now })
          .where(eq(bookings.personId, personId));
        await tx
          .update(bookings)
          .set({ createdByPersonId: null, bookedForInitials: null, bookedForPhone: null, note: null })
          .where(eq(bookings.createdByPersonId, personId));
        await tx.delete(conversationState).where(eq(conversationState.key, String(person.telegramId)));
        // Cascades: role grants, follows, waitlist. Set null: registrations, records' recorder, audit actor, invitations.
        await tx.delete(people).where(eq(people.id, personId));
        await auditRepository(tx).record({ at: now, actorPersonId: null, action: 'person.erased' });
      });
    },

    /**
     * Removes personal fields of old bookings, abandoned conversation state, and finished
     * messages and jobs older than the bookings' period (they hold chat ids and texts).
     */
    async runRetention(opts: Partial<typeof RETENTION_DEFAULTS> = {}) {
      const o = { ...RETENTION_DEFAULTS, ...opts };
      const now = clock();
      const day = 86_400_000;
      const bookingCutoff = new Date(now.getTime() - o.bookingPersonalDataDays * day);
      const cleared = await db
        .update(bookings)
        .set({ note: null, firstName: null, bookedForInitials: null, bookedForPhone: null })
        .where(
          and(
            lt(bookings.endsAt, bookingCutoff),
            or(isNotNull(bookings.note), isNotNull(bookings.firstName), isNotNull(bookings.bookedForInitials), isNotNull(bookings.bookedForPhone)),
          ),
        )
        .returning({ id: bookings.id });
      const conversations = await db
        .delete(conversationState)
        .where(lt(conversationState.updatedAt, new Date(now.getTime() - o.conversationDays * day)))
        .returning({ key: conversationState.key });
      const updates = await db
        .delete(processedUpdates)
        .where(lt(processedUpdates.processedAt, new Date(now.getTime() - o.processedUpdateDays * day)))
        .returning({ id: processedUpdates.updateId });
      // A channel post's message stays: editing the post later needs it, and it names nobody.
      const messages = await db
        .delete(deliveries)
        .where(
          and(
            inArray(deliveries.status, [...FINISHED_DELIVERIES]),
            sql`coalesce(${deliveries.sentAt}, ${deliveries.nextAttemptAt}) < ${bookingCutoff.toISOString()}::timestamptz`,
            notExists(db.select({ one: sql`1` }).from(publications).where(eq(publications.deliveryId, deliveries.id))),
          ),
        )
        .returning({ id: deliveries.id });
      const oldFinishedJob = and(inArray(jobs.status, [...FINISHED_JOBS]), sql`coalesce(${jobs.doneAt}, ${jobs.runAt}) < ${bookingCutoff.toISOString()}::timestamptz`);
      const removedJobs = await db
        .delete(jobs)
        .where(and(oldFinishedJob, notExists(db.select({ one: sql`1` }).from(deliveries).where(eq(deliveries.jobId, jobs.id)))))
        .returning({ id: jobs.id });
      await db.update(jobs).set({ payload: sql`${jobs.payload} - 'progress'` }).where(and(oldFinishedJob, sql`${jobs.payload} -> 'progress' is not null`));
      const result = {
        bookingsCleared: cleared.length,
        conversationsRemoved: conversations.length,
        updatesForgotten: updates.length,
        messagesRemoved: messages.length,
        jobsRemoved: removedJobs.length,
      };
      await auditRepository(db).record({ at: now, actorPersonId: null, action: 'retention.run', detail: result });
      return result;
    },
  };
}
export type PrivacyUseCases = ReturnType<typeof privacyUseCases>;
