import { and, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { deliveries, eventRegistrations, events, follows, people, points, publications } from '../db/schema/index.js';
import { eventPostInput } from '../app/event-admin.js';
import type { ReferenceCache } from '../app/reference.js';
import { deepLinkPayload } from '../bot/deep-links.js';
import { CAPTION_LIMIT, MESSAGE_LIMIT, renderEventPost } from '../render/event-post.js';
import { formatDateTime } from '../render/dates.js';
import { trusted } from '../render/html.js';
import type { Locales } from '../render/translate.js';
import type { BotRequest, JobQueue } from './queue.js';
import type { JobHandler } from './worker.js';

export interface EventJobDeps {
  db: Database;
  clock: () => Date;
  locales: Locales;
  queue: JobQueue;
  reference: ReferenceCache;
  /** The DigiPASS channel (numeric id), if there is one. */
  channelId: number | undefined;
  /** The bot's username, for t.me deep links in the posts' buttons. */
  botUsername: () => string;
  /** Public base URL of this service (webhook mode), for the calendar button. */
  publicUrl: string | undefined;
}

type EventRow = typeof events.$inferSelect;

/**
 * The calendar's jobs: publish an event (the channel post and a message to the point's and
 * zone's followers), edit its published posts after a change, and tell people signed up
 * when an event or one of its dates is cancelled.
 */
export function eventJobHandlers(deps: EventJobDeps): Record<string, JobHandler> {
  const { db, clock } = deps;

  /** The channel post and its buttons (deep links carry the publication, to count reach). */
  async function channelRequest(e: EventRow, publicationId: number, method: 'send' | 'edit', messageId?: number): Promise<BotRequest> {
    const locale = deps.locales.defaultLocale;
    const t = deps.locales.translator(locale);
    const label = deps.locales.plain(locale);
    const input = await eventPostInput(deps.reference, { ...e, start: e.startsAt, end: e.endsAt });
    const text = renderEventPost(input, t, locale, e.photoFileId ? CAPTION_LIMIT : MESSAGE_LIMIT);
    const link = `https://t.me/${deps.botUsername()}?start=${deepLinkPayload({ kind: 'event', eventId: e.id, publicationId })}`;
    const rows: { text: string; url: string }[][] = [];
    if (e.status !== 'cancelled') {
      rows.push([{ text: label(e.registration ? 'event-button-details' : 'event-button-remind'), url: link }]);
      if (deps.publicUrl) rows.push([{ text: label('event-button-calendar'), url: `${deps.publicUrl}/calendar/events/${e.id}.ics` }]);
    }
    const markup = rows.length > 0 ? { reply_markup: { inline_keyboard: rows } } : {};
    if (method === 'send') {
      return e.photoFileId
        ? { method: 'sendPhoto', params: { photo: e.photoFileId, caption: text, parse_mode: 'HTML', ...markup } }
        : { method: 'sendMessage', params: { text, parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...markup } };
    }
    return e.photoFileId
      ? { method: 'editMessageCaption', params: { message_id: messageId, caption: text, parse_mode: 'HTML', ...markup } }
      : { method: 'editMessageText', params: { message_id: messageId, text, parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...markup } };
  }

  return {
    async 'event.publish'(job) {
      const [e] = await db.select().from(events).where(eq(events.id, Number(job.payload.eventId)));
      if (!e || e.status === 'cancelled' || e.status === 'draft') return;
      // Rescheduled meanwhile: the job for the new time publishes it.
      if (e.status === 'scheduled' && e.publishAt && e.publishAt.getTime() > clock().getTime()) return;
      const already = await db.select({ id: publications.id }).from(publications).where(and(eq(publications.eventId, e.id), eq(publications.kind, 'event')));
      if (already.length > 0) return;
      const now = clock();
      await db.transaction(async (tx) => {
        await tx.update(events).set({ status: 'published', updatedAt: now }).where(eq(events.id, e.id));
        const published = { ...e, status: 'published' as const };
        if (deps.channelId !== undefined) {
          const [pub] = await tx.insert(publications).values({ kind: 'event', eventId: e.id, chatId: deps.channelId, status: 'scheduled', scheduledFor: now }).returning({ id: publications.id });
          await deps.queue.addDeliveries(tx, job.id, [{ chatId: deps.channelId, request: await channelRequest(published, pub!.id, 'send') }], now);
          const [d] = await tx.select({ id: deliveries.id }).from(deliveries).where(and(eq(deliveries.jobId, job.id), eq(deliveries.chatId, deps.channelId)));
          await tx.update(publications).set({ deliveryId: d!.id }).where(eq(publications.id, pub!.id));
        }
        if (e.pointId === null) return;
        const [point] = await tx.select({ name: points.name, zone: sql<number>`(select zone_number from comuni where istat = ${points.comuneIstat})` }).from(points).where(eq(points.id, e.pointId));
        // Followers of the point or of its zone, once each, who can still be reached.
        const followers = await tx
          .selectDistinct({ chatId: people.telegramId, language: people.language })
          .from(follows)
          .innerJoin(people, eq(people.id, follows.personId))
          .where(and(or(eq(follows.pointId, e.pointId), point ? eq(follows.zoneNumber, point.zone) : sql`false`), isNull(people.unreachableAt)));
        const input = await eventPostInput(deps.reference, { ...published, start: e.startsAt, end: e.endsAt });
        const items = followers.map((f) => {
          const locale = f.language ?? deps.locales.defaultLocale;
          const t = deps.locales.translator(locale);
          const label = deps.locales.plain(locale);
          const post = renderEventPost(input, t, locale, MESSAGE_LIMIT - 200);
          const link = `https://t.me/${deps.botUsername()}?start=${deepLinkPayload({ kind: 'event', eventId: e.id })}`;
          return {
            chatId: f.chatId,
            request: {
              method: 'sendMessage',
              params: {
                text: t('event-for-followers', { point: point?.name ?? '', post: trusted(post) }),
                parse_mode: 'HTML',
                link_preview_options: { is_disabled: true },
                reply_markup: { inline_keyboard: [[{ text: label(e.registration ? 'event-button-details' : 'event-button-remind'), url: link }]] },
              },
            },
          };
        });
        await deps.queue.addDeliveries(tx, job.id, items, now);
      });
    },

    /** After a change: every post of the event shows the new version (or says it is cancelled). */
    async 'event.edit'(job) {
      const [e] = await db.select().from(events).where(eq(events.id, Number(job.payload.eventId)));
      if (!e) return;
      const pubs = await db
        .select({ id: publications.id, chatId: publications.chatId, messageId: publications.messageId, deliveryStatus: deliveries.status })
        .from(publications)
        .leftJoin(deliveries, eq(deliveries.id, publications.deliveryId))
        .where(and(eq(publications.eventId, e.id), eq(publications.kind, 'event')));
      // A post still on its way cannot be edited yet: try again shortly (the job is retried).
      if (pubs.some((p) => p.messageId === null && (p.deliveryStatus === 'pending' || p.deliveryStatus === 'sending'))) throw new Error('event post not sent yet');
      const items = [];
      for (const p of pubs) {
        if (p.messageId === null) continue;
        items.push({ chatId: p.chatId, request: await channelRequest(e, p.id, 'edit', p.messageId) });
      }
      await deps.queue.addDeliveries(db, job.id, items, clock());
      if (items.length > 0) await db.update(publications).set({ editedAt: clock() }).where(inArray(publications.id, pubs.filter((p) => p.messageId !== null).map((p) => p.id)));
    },

    /** The series moved: people signed up are told their new date and time. */
    async 'event.moved'(job) {
      const [e] = await db.select().from(events).where(eq(events.id, Number(job.payload.eventId)));
      if (!e || e.status === 'cancelled') return;
      const regs = await db
        .select({ start: eventRegistrations.occurrenceStart, chatId: people.telegramId, language: people.language })
        .from(eventRegistrations)
        .innerJoin(people, eq(people.id, eventRegistrations.personId))
        .where(and(eq(eventRegistrations.eventId, e.id), eq(eventRegistrations.status, 'registered'), isNull(people.unreachableAt)))
        .orderBy(eventRegistrations.occurrenceStart);
      const now = clock();
      const byChat = new Map<number, { chatId: number; request: BotRequest }>();
      for (const r of regs) {
        if (r.start.getTime() < now.getTime() || byChat.has(r.chatId)) continue;
        const locale = r.language ?? deps.locales.defaultLocale;
        const text = deps.locales.translator(locale)('event-moved-notice', { title: e.title, when: formatDateTime(r.start, locale) });
        byChat.set(r.chatId, { chatId: r.chatId, request: { method: 'sendMessage', params: { text, parse_mode: 'HTML' } } });
      }
      await deps.queue.addDeliveries(db, job.id, [...byChat.values()], now);
    },

    /** People signed up for a cancelled event (or date) are told, in their language, with the reason. */
    async 'event.cancelled'(job) {
      const [e] = await db.select().from(events).where(eq(events.id, Number(job.payload.eventId)));
      if (!e) return;
      const occurrence = typeof job.payload.occurrence === 'string' ? new Date(job.payload.occurrence) : undefined;
      const regs = await db
        .select({ id: eventRegistrations.id, start: eventRegistrations.occurrenceStart, chatId: people.telegramId, language: people.language })
        .from(eventRegistrations)
        .innerJoin(people, eq(people.id, eventRegistrations.personId))
        .where(
          and(
            eq(eventRegistrations.eventId, e.id),
            eq(eventRegistrations.status, 'registered'),
            occurrence ? eq(eventRegistrations.occurrenceStart, occurrence) : isNotNull(eventRegistrations.occurrenceStart),
            isNull(people.unreachableAt),
          ),
        );
      const now = clock();
      const byChat = new Map<number, { chatId: number; request: BotRequest }>();
      for (const r of regs) {
        if (r.start.getTime() < now.getTime() || byChat.has(r.chatId)) continue;
        const locale = r.language ?? deps.locales.defaultLocale;
        const t = deps.locales.translator(locale);
        const text = t('event-cancelled-notice', { title: e.title, when: formatDateTime(r.start, locale), reason: String(job.payload.reason ?? '') || '—' });
        byChat.set(r.chatId, { chatId: r.chatId, request: { method: 'sendMessage', params: { text, parse_mode: 'HTML' } } });
      }
      await db.transaction(async (tx) => {
        if (regs.length > 0) await tx.update(eventRegistrations).set({ status: 'cancelled' }).where(inArray(eventRegistrations.id, regs.map((r) => r.id)));
        await deps.queue.addDeliveries(tx, job.id, [...byChat.values()], now);
      });
    },
  };
}

/**
 * After each sender batch: a publication whose message went out gets its Telegram message
 * id (so later edits can find it); one whose message was refused is marked failed.
 */
export async function syncPublications(db: Database): Promise<void> {
  await db
    .update(publications)
    .set({ messageId: sql`${deliveries.messageId}`, status: 'published', publishedAt: sql`${deliveries.sentAt}` })
    .from(deliveries)
    .where(and(eq(publications.deliveryId, deliveries.id), isNull(publications.messageId), eq(deliveries.status, 'sent')));
  await db
    .update(publications)
    .set({ status: 'failed' })
    .from(deliveries)
    .where(and(eq(publications.deliveryId, deliveries.id), isNull(publications.messageId), inArray(deliveries.status, ['failed', 'unreachable', 'cancelled']), eq(publications.status, 'scheduled')));
}
