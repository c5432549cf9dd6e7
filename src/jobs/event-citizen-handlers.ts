import { and, eq, gte, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Database } from '../db/client.js';
import { deliveries, eventRegistrations, events, follows, people, publications } from '../db/schema/index.js';
import { rowPostInput } from '../app/event-admin.js';
import { enqueueEventReminder, occurrenceAt } from '../app/event-registration.js';
import { deepLinkPayload } from '../bot/deep-links.js';
import { ecCb } from '../bot/features/event-card.js';
import { expandOccurrences } from '../domain/recurrence.js';
import { isoWeekKey, nextWeekly } from '../domain/schedule.js';
import { ROME_ZONE } from '../domain/time.js';
import { formatDateTime } from '../render/dates.js';
import { renderDigest, type DigestItem } from '../render/digest.js';
import { wherePlain } from '../render/event-post.js';
import { enqueue, type BotRequest } from './queue.js';
import type { JobHandler } from './worker.js';
import type { EventJobDeps } from './event-handlers.js';

/** The same needs as the staff-side event jobs, without the calendar button's address. */
export type EventCitizenJobDeps = Omit<EventJobDeps, 'publicUrl' | 'roles' | 'logger'>;

/** Every Monday at 08:00 in Rome: one digest job per week, whichever process enqueues it. */
export async function scheduleDigest(db: Database, now: Date): Promise<void> {
  const runAt = nextWeekly(now, 1, 8, 0);
  await enqueue(db, { kind: 'digest.weekly', runAt, dedupeKey: `digest:${isoWeekKey(runAt)}` });
}

const message = (text: string, extra: Record<string, unknown> = {}): BotRequest => ({
  method: 'sendMessage',
  params: { text, parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...extra },
});

/**
 * Citizens' event jobs: the day-before reminder of a date someone signed up for or asked to be
 * reminded of, and the Monday digest in the channel and, for what each follows, to followers.
 */
export function eventCitizenJobHandlers(deps: EventCitizenJobDeps): Record<string, JobHandler> {
  const { db, clock } = deps;

  return {
    /** "Tomorrow: …", in the person's language; nothing when the event or the date was cancelled. */
    async 'event.remind'(job) {
      const eventId = Number(job.payload.eventId);
      const personId = Number(job.payload.personId);
      const start = new Date(String(job.payload.occurrence));
      const now = clock();
      const [person] = await db.select().from(people).where(eq(people.id, personId));
      if (!person || person.unreachableAt !== null) return;
      const [e] = await db.select().from(events).where(eq(events.id, eventId));
      if (!e || e.status !== 'published' || Number.isNaN(start.getTime())) return;
      if (e.exdates.some((x) => Date.parse(x) === start.getTime())) return;
      if (!occurrenceAt(e, start)) {
        // The series was moved since: the person's sign-ups moved with it and get their own reminders.
        const regs = await db
          .select({ start: eventRegistrations.occurrenceStart })
          .from(eventRegistrations)
          .where(and(eq(eventRegistrations.eventId, e.id), eq(eventRegistrations.personId, personId), eq(eventRegistrations.status, 'registered'), gte(eventRegistrations.occurrenceStart, now)));
        const locale = typeof job.payload.locale === 'string' ? job.payload.locale : undefined;
        for (const r of regs) if (occurrenceAt(e, r.start)) await enqueueEventReminder(db, { eventId: e.id, personId, start: r.start, locale }, now);
        return;
      }
      // Too late to remind (the service was down past the date).
      if (start.getTime() <= now.getTime()) return;
      const [reg] = await db
        .select({ id: eventRegistrations.id })
        .from(eventRegistrations)
        .where(and(eq(eventRegistrations.eventId, e.id), eq(eventRegistrations.personId, personId), eq(eventRegistrations.occurrenceStart, start), eq(eventRegistrations.status, 'registered')));
      // Their chosen language, else the one they were using when they asked.
      const asked = typeof job.payload.locale === 'string' && deps.locales.locales.includes(job.payload.locale) ? job.payload.locale : undefined;
      const locale = person.language ?? asked ?? deps.locales.defaultLocale;
      const t = deps.locales.translator(locale);
      const label = deps.locales.plain(locale);
      const where = wherePlain(await rowPostInput(deps.reference, e), label);
      const lines = [t('ec-reminder', { title: e.title, when: formatDateTime(start, locale), where })];
      if (reg) lines.push('', t('ec-reminder-registered'));
      const keyboard = { inline_keyboard: [[{ text: label('ec-details'), callback_data: ecCb.pack({ a: 'open', id: e.id, at: 0, p: 0 }) }]] };
      await deps.queue.addDeliveries(db, job.id, [{ chatId: person.telegramId, request: message(lines.join('\n'), { reply_markup: keyboard }) }], now);
    },

    /**
     * Monday 08:00: the week's published dates, by zona sociale, in the channel (recorded as a
     * publication, its links carrying it) and to each follower for what they follow.
     */
    async 'digest.weekly'(job) {
      const now = clock();
      await scheduleDigest(db, now);
      // Planned already (a retry after a crash): the deliveries are there, with the publication.
      const planned = await db.select({ id: deliveries.id }).from(deliveries).where(eq(deliveries.jobId, job.id)).limit(1);
      if (planned.length > 0) return;

      const weekEnd = DateTime.fromJSDate(job.runAt, { zone: ROME_ZONE }).startOf('week').plus({ weeks: 1 }).toJSDate();
      const rows = await db
        .select()
        .from(events)
        .where(and(eq(events.status, 'published'), lt(events.startsAt, weekEnd), or(isNotNull(events.rrule), gte(events.endsAt, now))));
      const ref = await deps.reference.get();
      const base: (DigestItem & { pointId: number | null })[] = rows.flatMap((e) => {
        const point = e.pointId === null ? undefined : ref.pointById.get(e.pointId);
        const zoneNumber = point?.zoneNumber ?? e.zoneNumber;
        const zone = zoneNumber === null ? undefined : ref.zoneByNumber.get(zoneNumber);
        return expandOccurrences({ start: e.startsAt, end: e.endsAt, rrule: e.rrule, exdates: e.exdates }, { from: now, to: weekEnd })
          .filter((o) => o.start.getTime() >= now.getTime())
          .map((o) => ({
            eventId: e.id,
            title: e.title,
            start: o.start,
            place: point?.name,
            online: e.online,
            wholeZone: !point && !e.online && zone !== undefined,
            zone: zone ? { number: zone.number, name: zone.name } : null,
            pointId: e.pointId,
          }));
      });
      if (base.length === 0) return;
      const link = (eventId: number, publicationId?: number) =>
        `https://t.me/${deps.botUsername()}?start=${deepLinkPayload({ kind: 'event', eventId, ...(publicationId ? { publicationId } : {}) })}`;

      const followRows = await db
        .select({ personId: follows.personId, pointId: follows.pointId, zoneNumber: follows.zoneNumber, chatId: people.telegramId, language: people.language })
        .from(follows)
        .innerJoin(people, eq(people.id, follows.personId))
        .where(isNull(people.unreachableAt));
      const byPerson = new Map<number, { chatId: number; language: string | null; points: Set<number>; zones: Set<number> }>();
      for (const f of followRows) {
        let p = byPerson.get(f.personId);
        if (!p) byPerson.set(f.personId, (p = { chatId: f.chatId, language: f.language, points: new Set(), zones: new Set() }));
        if (f.pointId !== null) p.points.add(f.pointId);
        if (f.zoneNumber !== null) p.zones.add(f.zoneNumber);
      }
      const items: { chatId: number; request: BotRequest }[] = [];
      for (const p of byPerson.values()) {
        const mine = base.filter((i) => (i.pointId !== null && p.points.has(i.pointId)) || (i.zone !== null && p.zones.has(i.zone.number)));
        const locale = p.language ?? deps.locales.defaultLocale;
        const text = renderDigest(
          mine.map((i) => ({ ...i, link: link(i.eventId) })),
          { audience: 'follower', t: deps.locales.translator(locale), locale },
        );
        if (text) items.push({ chatId: p.chatId, request: message(text) });
      }

      await db.transaction(async (tx) => {
        const channel = deps.channelId;
        if (channel !== undefined) {
          const [pub] = await tx.insert(publications).values({ kind: 'digest', chatId: channel, status: 'scheduled', scheduledFor: now }).returning({ id: publications.id });
          const locale = deps.locales.defaultLocale;
          const text = renderDigest(
            base.map((i) => ({ ...i, link: link(i.eventId, pub!.id) })),
            { audience: 'channel', t: deps.locales.translator(locale), locale },
          )!;
          await deps.queue.addDeliveries(tx, job.id, [{ chatId: channel, request: message(text) }], now);
          const [d] = await tx.select({ id: deliveries.id }).from(deliveries).where(and(eq(deliveries.jobId, job.id), eq(deliveries.chatId, channel)));
          await tx.update(publications).set({ deliveryId: d!.id }).where(eq(publications.id, pub!.id));
        }
        await deps.queue.addDeliveries(tx, job.id, items, now);
      });
    },
  };
}
