import { and, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { deliveries, eventRegistrations, events, follows, people, publications } from '../db/schema/index.js';
import { rowPostInput } from '../app/event-admin.js';
import type { ReferenceCache } from '../app/reference.js';
import { deepLinkPayload } from '../bot/deep-links.js';
import { CAPTION_LIMIT, MESSAGE_LIMIT, renderEventPost, wherePlain } from '../render/event-post.js';
import { formatDateTime } from '../render/dates.js';
import { trusted } from '../render/html.js';
import type { Locales } from '../render/translate.js';
import { enqueue, type BotRequest, type JobQueue } from './queue.js';
import type { JobHandler } from './worker.js';
import type { RoleUseCases } from '../app/roles.js';
import { AppError } from '../app/errors.js';
import type { Logger } from '../logger.js';

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
  /** To check again, when a scheduled event goes out, that its author may still publish it. */
  roles: RoleUseCases;
  logger: Logger;
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
  async function channelRequest(e: EventRow, publicationId: number, method: 'send' | 'edit' | 'media', messageId?: number): Promise<BotRequest> {
    const locale = deps.locales.defaultLocale;
    const t = deps.locales.translator(locale);
    const label = deps.locales.plain(locale);
    const input = await rowPostInput(deps.reference, e);
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
    if (method === 'media' && e.photoFileId) {
      return { method: 'editMessageMedia', params: { message_id: messageId, media: { type: 'photo', media: e.photoFileId, caption: text, parse_mode: 'HTML' }, ...markup } };
    }
    return e.photoFileId
      ? { method: 'editMessageCaption', params: { message_id: messageId, caption: text, parse_mode: 'HTML', ...markup } }
      : { method: 'editMessageText', params: { message_id: messageId, text, parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...markup } };
  }

  /** Whether the event's author may still publish it: for its point, or (online, zone-wide) for its zone or the region. */
  async function authorMay(e: EventRow): Promise<boolean> {
    if (e.createdByPersonId === null) return false;
    const point = e.pointId === null ? undefined : (await deps.reference.get()).pointById.get(e.pointId);
    try {
      const actor = await deps.roles.actorFor(e.createdByPersonId);
      if (point) await deps.roles.authorize(actor, { kind: 'point.operate', scope: { kind: 'point', pointId: point.id, zoneNumber: point.zoneNumber } });
      else await deps.roles.authorize(actor, { kind: 'event.area', scope: e.zoneNumber === null ? { kind: 'region' } : { kind: 'zone', zoneNumber: e.zoneNumber } });
      return true;
    } catch (err) {
      if (err instanceof AppError) return false;
      throw err;
    }
  }

  return {
    async 'event.publish'(job) {
      const [e] = await db.select().from(events).where(eq(events.id, Number(job.payload.eventId)));
      if (!e || e.status === 'cancelled' || e.status === 'draft') return;
      // Rescheduled meanwhile: the job for the new time publishes it.
      if (e.status === 'scheduled' && e.publishAt && e.publishAt.getTime() > clock().getTime()) return;
      const already = await db.select({ id: publications.id }).from(publications).where(and(eq(publications.eventId, e.id), eq(publications.kind, 'event')));
      if (already.length > 0) return;
      // Reference data is read before the transaction: inside it, PGlite would wait on the outer handle.
      await deps.reference.get();
      // Scheduled earlier by someone who may no longer publish here: it stays a draft, and they are told.
      if (e.status === 'scheduled' && !(await authorMay(e))) {
        deps.logger.warn({ jobId: job.id, eventId: e.id, personId: e.createdByPersonId }, 'scheduled event not published: its author may no longer publish it');
        await db.transaction(async (tx) => {
          const kept = await tx.update(events).set({ status: 'draft', updatedAt: clock() }).where(and(eq(events.id, e.id), eq(events.status, 'scheduled'))).returning({ id: events.id });
          if (kept.length === 0 || e.createdByPersonId === null) return;
          const [author] = await tx.select({ chatId: people.telegramId, language: people.language }).from(people).where(eq(people.id, e.createdByPersonId));
          if (!author) return;
          const t = deps.locales.translator(author.language ?? deps.locales.defaultLocale);
          await deps.queue.addDeliveries(tx, job.id, [{ chatId: author.chatId, request: { method: 'sendMessage', params: { text: t('ne-scheduled-refused', { title: e.title }), parse_mode: 'HTML' } } }], clock());
        });
        return;
      }
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
        // Followers of the point or of its zone (an online or zone-wide event: of its zone), once each, who can still be reached.
        const ref = await deps.reference.get();
        const point = e.pointId === null ? undefined : ref.pointById.get(e.pointId);
        const zoneNumber = point?.zoneNumber ?? e.zoneNumber;
        const zone = zoneNumber === null ? undefined : ref.zoneByNumber.get(zoneNumber);
        const whom: SQL[] = [];
        if (e.pointId !== null) whom.push(eq(follows.pointId, e.pointId));
        if (zoneNumber !== null) whom.push(eq(follows.zoneNumber, zoneNumber));
        if (whom.length === 0) return;
        const followers = await tx
          .selectDistinct({ chatId: people.telegramId, language: people.language })
          .from(follows)
          .innerJoin(people, eq(people.id, follows.personId))
          .where(and(or(...whom), isNull(people.unreachableAt)));
        const input = await rowPostInput(deps.reference, published);
        const items = followers.map((f) => {
          const locale = f.language ?? deps.locales.defaultLocale;
          const t = deps.locales.translator(locale);
          const label = deps.locales.plain(locale);
          const followed = point ? point.name : zone ? label('card-zone', { number: zone.number, zone: zone.name }) : '';
          const post = renderEventPost(input, t, locale, MESSAGE_LIMIT - 200);
          const link = `https://t.me/${deps.botUsername()}?start=${deepLinkPayload({ kind: 'event', eventId: e.id })}`;
          return {
            chatId: f.chatId,
            request: {
              method: 'sendMessage',
              params: {
                text: t('event-for-followers', { point: followed, post: trusted(post) }),
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
        .select({
          id: publications.id,
          chatId: publications.chatId,
          messageId: publications.messageId,
          deliveryStatus: deliveries.status,
          // The photo the post went out with (none for a text post).
          sentPhoto: sql<string | null>`${deliveries.request} -> 'params' ->> 'photo'`,
        })
        .from(publications)
        .leftJoin(deliveries, eq(deliveries.id, publications.deliveryId))
        .where(and(eq(publications.eventId, e.id), eq(publications.kind, 'event')));
      // A post still on its way cannot be edited yet: try again shortly (the job is retried).
      if (pubs.some((p) => p.messageId === null && (p.deliveryStatus === 'pending' || p.deliveryStatus === 'sending'))) throw new Error('event post not sent yet');
      const items: { chatId: number; request: BotRequest }[] = [];
      const reposts: typeof pubs = [];
      for (const p of pubs) {
        if (p.messageId === null) continue;
        const photoNow = p.sentPhoto ?? null;
        if (photoNow === e.photoFileId) items.push({ chatId: p.chatId, request: await channelRequest(e, p.id, 'edit', p.messageId) });
        // Another photo: swapped in place, so the post keeps its message, its reactions and its links.
        else if (photoNow !== null && e.photoFileId !== null) items.push({ chatId: p.chatId, request: await channelRequest(e, p.id, 'media', p.messageId) });
        // Telegram cannot turn a text post into a photo post (or back): deleted and posted again, same publication.
        else reposts.push(p);
      }
      const now = clock();
      await db.transaction(async (tx) => {
        for (const p of reposts) {
          items.push({ chatId: p.chatId, request: { method: 'deleteMessage', params: { message_id: p.messageId } } });
          await tx.update(publications).set({ messageId: null, status: 'scheduled', deliveryId: null, editedAt: now }).where(eq(publications.id, p.id));
          await enqueue(tx, { kind: 'event.repost', runAt: now, dedupeKey: `event:${e.id}:repost:${p.id}:${job.id}`, payload: { eventId: e.id, publicationId: p.id } });
        }
        await deps.queue.addDeliveries(tx, job.id, items, now);
        const edited = pubs.filter((p) => p.messageId !== null && !reposts.includes(p)).map((p) => p.id);
        if (edited.length > 0) await tx.update(publications).set({ editedAt: now }).where(inArray(publications.id, edited));
      });
    },

    /** The post of an event whose photo changed, sent again (the old one was deleted); later edits find it by its new message. */
    async 'event.repost'(job) {
      const [e] = await db.select().from(events).where(eq(events.id, Number(job.payload.eventId)));
      const [pub] = await db.select().from(publications).where(eq(publications.id, Number(job.payload.publicationId)));
      if (!e || !pub || pub.eventId !== e.id || pub.messageId !== null || pub.deliveryId !== null) return;
      await deps.reference.get(); // before the transaction (see event.publish)
      const now = clock();
      await db.transaction(async (tx) => {
        await deps.queue.addDeliveries(tx, job.id, [{ chatId: pub.chatId, request: await channelRequest(e, pub.id, 'send') }], now);
        const [d] = await tx.select({ id: deliveries.id }).from(deliveries).where(and(eq(deliveries.jobId, job.id), eq(deliveries.chatId, pub.chatId)));
        await tx.update(publications).set({ deliveryId: d!.id }).where(eq(publications.id, pub.id));
      });
    },

    /** The event moved in time or to another place: people signed up are told their new date and time, or where it is now. */
    async 'event.moved'(job) {
      const [e] = await db.select().from(events).where(eq(events.id, Number(job.payload.eventId)));
      if (!e || e.status === 'cancelled') return;
      const place = job.payload.place === true ? await rowPostInput(deps.reference, e) : undefined;
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
        const t = deps.locales.translator(locale);
        const when = formatDateTime(r.start, locale);
        const text = place
          ? t('event-place-notice', { title: e.title, when, where: wherePlain(place, deps.locales.plain(locale)) })
          : t('event-moved-notice', { title: e.title, when });
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
        .select({ id: eventRegistrations.id, start: eventRegistrations.occurrenceStart, chatId: people.telegramId, language: people.language, unreachableAt: people.unreachableAt })
        .from(eventRegistrations)
        // Left join: a sign-up whose person erased their data is cancelled too (nobody to tell).
        .leftJoin(people, eq(people.id, eventRegistrations.personId))
        .where(
          and(
            eq(eventRegistrations.eventId, e.id),
            eq(eventRegistrations.status, 'registered'),
            occurrence ? eq(eventRegistrations.occurrenceStart, occurrence) : isNotNull(eventRegistrations.occurrenceStart),
          ),
        );
      const now = clock();
      // Every sign-up for a date that is gone is cancelled; only people the bot can reach are told.
      const byChat = new Map<number, { chatId: number; request: BotRequest }>();
      for (const r of regs) {
        if (r.chatId === null || r.unreachableAt !== null || r.start.getTime() < now.getTime() || byChat.has(r.chatId)) continue;
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
