import { and, eq, isNotNull, lt, or } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import {
  bookings,
  conversationState,
  eventRegistrations,
  follows,
  invitations,
  people,
  processedUpdates,
  roleGrants,
  waitlist,
} from '../db/schema/index.js';
import { auditRepository } from '../db/repositories/audit.js';

export const RETENTION_DEFAULTS = { bookingPersonalDataDays: 90, conversationDays: 7, processedUpdateDays: 7 };

/** Seeing and erasing one's own data; retention of everyone else's. */
export function privacyUseCases(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;
  return {
    /** Everything stored about a person, as plain data (sent as a message and a JSON file). */
    async exportData(personId: number) {
      const [person] = await db.select().from(people).where(eq(people.id, personId));
      if (!person) return undefined;
      const [grants, ownBookings, ownFollows, waiting, registrations, conversation, invites] = await Promise.all([
        db.select({ role: roleGrants.role, pointId: roleGrants.pointId, zoneNumber: roleGrants.zoneNumber, displayName: roleGrants.displayName, grantedAt: roleGrants.grantedAt }).from(roleGrants).where(eq(roleGrants.personId, personId)),
        db.select({ code: bookings.code, pointId: bookings.pointId, service: bookings.serviceCode, startsAt: bookings.startsAt, status: bookings.status, note: bookings.note }).from(bookings).where(eq(bookings.personId, personId)),
        db.select({ pointId: follows.pointId, zoneNumber: follows.zoneNumber, since: follows.createdAt }).from(follows).where(eq(follows.personId, personId)),
        db.select({ pointId: waitlist.pointId, day: waitlist.day, status: waitlist.status }).from(waitlist).where(eq(waitlist.personId, personId)),
        db.select({ eventId: eventRegistrations.eventId, occurrence: eventRegistrations.occurrenceStart, status: eventRegistrations.status }).from(eventRegistrations).where(eq(eventRegistrations.personId, personId)),
        db.select({ updatedAt: conversationState.updatedAt }).from(conversationState).where(eq(conversationState.key, String(person.telegramId))),
        db.select({ role: invitations.role, createdAt: invitations.createdAt, usedAt: invitations.usedAt }).from(invitations).where(eq(invitations.createdByPersonId, personId)),
      ]);
      return {
        person: {
          telegramId: person.telegramId,
          language: person.language,
          firstSeenAt: person.firstSeenAt,
          lastSeenAt: person.lastSeenAt,
        },
        roles: grants,
        bookings: ownBookings,
        follows: ownFollows,
        waitlist: waiting,
        eventRegistrations: registrations,
        conversationInProgress: conversation.length > 0,
        invitationsCreated: invites,
      };
    },

    /**
     * Erases a person: their row and everything that names them. What counts for the region
     * stays, anonymous: service records keep only a random key that nothing links to anyone
     * any more, bookings and registrations keep their status without the person.
     */
    async erase(personId: number): Promise<void> {
      const now = clock();
      await db.transaction(async (tx) => {
        const [person] = await tx.select({ telegramId: people.telegramId }).from(people).where(eq(people.id, personId));
        if (!person) return;
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

    /** Removes personal fields of old bookings and abandoned conversation state. */
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
      const result = { bookingsCleared: cleared.length, conversationsRemoved: conversations.length, updatesForgotten: updates.length };
      await auditRepository(db).record({ at: now, actorPersonId: null, action: 'retention.run', detail: result });
      return result;
    },
  };
}
export type PrivacyUseCases = ReturnType<typeof privacyUseCases>;
