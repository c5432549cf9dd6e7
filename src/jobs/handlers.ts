import { and, eq, sql } from 'drizzle-orm';
import type { Api } from 'grammy';
import type { Database } from '../db/client.js';
import { bookings, jobs, people, points, serviceRecords } from '../db/schema/index.js';
import { formatDateTime, formatTime } from '../render/dates.js';
import { myCb, rateCb, waitCb, waitDeclineCb } from '../bot/features/booking/codec.js';
import type { WaitlistUseCases } from '../app/waitlist.js';
import type { BookingUseCases } from '../app/booking.js';
import type { Logger } from '../logger.js';
import type { Locales } from '../render/translate.js';
import { trusted } from '../render/html.js';
import type { PrivacyUseCases } from '../app/privacy.js';
import { enqueue, sendLater, type JobHandler, type JobQueue } from './index.js';

/** A point's news to publish (the 'broadcast' job, handled in news-handlers.ts). */
export interface BroadcastPayload {
  [key: string]: unknown;
  pointId: number;
  /** The stored news (text, photo, author); its row says whether it is still to go out. */
  newsId?: number;
  /** Jobs queued before news were stored: the news as safe HTML (escaped when it was written). */
  html?: string;
  channelId?: number | string;
  /** Who hears how it went: the progress message edited in place (if any) and the final report. */
  progress?: { chatId: number; messageId?: number; locale: string };
  /** Scheduled for later: the author is told when it goes out (or why it did not). */
  scheduled?: boolean;
  reportedAt?: string;
}

/** Every 6 hours on the hour (00, 06, 12, 18 UTC): one job per slot, whichever process enqueues it. */
export function nextRetentionSlot(now: Date): Date {
  const slot = new Date(now);
  slot.setUTCMinutes(0, 0, 0);
  slot.setUTCHours(Math.floor(now.getUTCHours() / 6) * 6 + 6);
  return slot;
}

export async function scheduleRetention(db: Database, now: Date): Promise<void> {
  const runAt = nextRetentionSlot(now);
  await enqueue(db, { kind: 'retention', runAt, dedupeKey: `retention:${runAt.toISOString()}` });
}

export function jobHandlers(deps: {
  db: Database;
  clock: () => Date;
  locales: Locales;
  privacy: PrivacyUseCases;
  waitlist: WaitlistUseCases;
  booking: BookingUseCases;
  queue: JobQueue;
  logger: Logger;
  /** Days after which personal fields of past bookings are erased (default 90). */
  retentionDays?: number;
}): Record<string, JobHandler> {
  const { db, clock } = deps;

  async function remind(jobId: number, bookingId: number, which: '24h' | '2h') {
    const [b] = await db
      .select({ booking: bookings, point: points.name, personTg: people.telegramId, language: people.language })
      .from(bookings)
      .innerJoin(points, eq(points.id, bookings.pointId))
      // Someone booked by a facilitator (no Telegram): the facilitator gets the reminder.
      .leftJoin(people, eq(people.id, sql`coalesce(${bookings.personId}, ${bookings.createdByPersonId})`))
      .where(eq(bookings.id, bookingId));
    if (!b || !b.personTg || (b.booking.status !== 'booked' && b.booking.status !== 'confirmed')) return;
    const locale = b.language ?? deps.locales.defaultLocale;
    const t = deps.locales.translator(locale);
    const text =
      which === '24h'
        ? t('reminder-24h', {
            when: formatDateTime(b.booking.startsAt, locale),
            point: b.point,
            service: trusted(t(`service-${b.booking.serviceCode}`)),
            code: b.booking.code,
            bring: trusted(t(`service-${b.booking.serviceCode}-bring`)),
          })
        : t('reminder-2h', { time: formatTime(b.booking.startsAt, locale), point: b.point, code: b.booking.code });
    // The facilitator gets the reminders of someone they booked for: say for whom, and how to reach them.
    const forWhom =
      b.booking.personId === null && b.booking.bookedForInitials
        ? b.booking.bookedForPhone
          ? t('reminder-booked-for-phone', { initials: b.booking.bookedForInitials, phone: b.booking.bookedForPhone })
          : t('reminder-booked-for', { initials: b.booking.bookedForInitials })
        : undefined;
    const label = deps.locales.plain(locale);
    const keyboard =
      which === '24h'
        ? {
            inline_keyboard: [
              [{ text: label('reminder-confirm'), callback_data: myCb.pack({ a: 'confirm', id: b.booking.id, v: 0 }) }],
              [{ text: label('mybookings-cancel', { code: b.booking.code }), callback_data: myCb.pack({ a: 'cancel', id: b.booking.id, v: 0 }) }],
            ],
          }
        : undefined;
    await deps.queue.addDeliveries(db, jobId, [{ chatId: b.personTg, request: { method: 'sendMessage', params: { text: forWhom ? `${text}\n${forWhom}` : text, parse_mode: 'HTML', ...(keyboard ? { reply_markup: keyboard } : {}) } } }], clock());
  }

  return {
    /** The day before at the same time (Rome), with a button to cancel; and two hours before. */
    async 'booking.remind24'(job) {
      await remind(job.id, Number(job.payload.bookingId), '24h');
    },
    async 'booking.remind2'(job) {
      await remind(job.id, Number(job.payload.bookingId), '2h');
    },

    /** Confirm-or-release: no answer two hours before, at a point that asks for it → the slot is freed. */
    async 'booking.release'(job) {
      const released = await deps.booking.releaseIfUnconfirmed(Number(job.payload.bookingId));
      if (!released?.personId) return;
      const [row] = await db
        .select({ tg: people.telegramId, language: people.language, point: points.name })
        .from(people)
        .innerJoin(points, eq(points.id, released.pointId))
        .where(eq(people.id, released.personId));
      if (!row) return;
      const locale = row.language ?? deps.locales.defaultLocale;
      const t = deps.locales.translator(locale);
      const text = t('booking-released', { code: released.code, when: formatDateTime(released.startsAt, locale), point: row.point });
      await deps.queue.addDeliveries(db, job.id, [{ chatId: row.tg, request: { method: 'sendMessage', params: { text, parse_mode: 'HTML' } } }], clock());
    },

    /** After a service: one question, "How did it go?", 1 to 5, one tap. */
    async 'feedback.ask'(job) {
      const [row] = await db
        .select({ tg: people.telegramId, language: people.language, point: points.name, service: serviceRecords.serviceCode })
        .from(serviceRecords)
        .innerJoin(points, eq(points.id, serviceRecords.pointId))
        .innerJoin(bookings, eq(bookings.id, serviceRecords.bookingId))
        // A person erased meanwhile has no row any more: then nobody is asked.
        .innerJoin(people, eq(people.id, bookings.personId))
        .where(eq(serviceRecords.id, Number(job.payload.recordId)));
      if (!row) return;
      const locale = row.language ?? deps.locales.defaultLocale;
      const t = deps.locales.translator(locale);
      const text = t('feedback-ask', { point: row.point, service: trusted(t(`service-${row.service}`)) });
      const keyboard = { inline_keyboard: [[1, 2, 3, 4, 5].map((n) => ({ text: String(n), callback_data: rateCb.pack({ record: Number(job.payload.recordId), score: n }) }))] };
      await deps.queue.addDeliveries(db, job.id, [{ chatId: row.tg, request: { method: 'sendMessage', params: { text, parse_mode: 'HTML', reply_markup: keyboard } } }], clock());
    },

    /** A slot freed: offer it to the first person waiting for that day, with a one-tap button. */
    async 'waitlist.offer'(job) {
      const offer = await deps.waitlist.offerNext(Number(job.payload.pointId), String(job.payload.day));
      if (!offer) return;
      const [row] = await db
        .select({ tg: people.telegramId, language: people.language, point: points.name })
        .from(people)
        .innerJoin(points, eq(points.id, offer.entry.pointId))
        .where(eq(people.id, offer.entry.personId));
      if (!row) return;
      const locale = row.language ?? deps.locales.defaultLocale;
      const t = deps.locales.translator(locale);
      const label = deps.locales.plain(locale);
      const text = t('waitlist-offer', { point: row.point, when: formatDateTime(offer.start, locale), service: trusted(t(`service-${offer.entry.serviceCode}`)) });
      const keyboard = {
        inline_keyboard: [
          [
            { text: label('waitlist-take'), callback_data: waitCb.pack({ entry: offer.entry.id }) },
            { text: label('waitlist-decline'), callback_data: waitDeclineCb.pack({ entry: offer.entry.id }) },
          ],
        ],
      };
      await deps.queue.addDeliveries(db, job.id, [{ chatId: row.tg, request: { method: 'sendMessage', params: { text, parse_mode: 'HTML', reply_markup: keyboard } } }], clock());
    },

    /** An offer not taken within 30 minutes: the next person in line gets it (queued by the use case, as on a decline). */
    async 'waitlist.expire'(job) {
      await deps.waitlist.expire(Number(job.payload.entryId));
    },

    async retention() {
      await deps.privacy.runRetention(deps.retentionDays ? { bookingPersonalDataDays: deps.retentionDays } : {});
      await scheduleRetention(db, clock());
    },
  };
}

/**
 * After each sender batch: edit a broadcast's progress message ("1,200 / 5,000") at most
 * every two seconds, and send its final report once when nothing is left to send.
 */
export function broadcastProgress(deps: { db: Database; queue: JobQueue; api: Api; locales: Locales; clock: () => Date; logger: Logger }) {
  const lastEdit = new Map<number, { at: number; text: string }>();
  return async (jobIds: number[]) => {
    for (const id of jobIds) {
      const job = await deps.queue.job(id);
      const p = job?.payload as BroadcastPayload | undefined;
      if (!job || job.kind !== 'broadcast' || !p?.progress) continue;
      const c = await deps.queue.progress(id);
      const total = c.pending + c.sending + c.sent + c.failed + c.unreachable + c.cancelled;
      const done = total - c.pending - c.sending;
      const t = deps.locales.translator(p.progress.locale);
      const nf = new Intl.NumberFormat(p.progress.locale);
      const text = t('broadcast-progress', { done: nf.format(done), total: nf.format(total) });
      const now = deps.clock().getTime();
      const prev = lastEdit.get(id);
      try {
        // A scheduled news has no progress message to edit: its author gets the report only.
        if (p.progress.messageId !== undefined && (done === total || !prev || now - prev.at >= 2000) && prev?.text !== text) {
          await deps.api.editMessageText(p.progress.chatId, p.progress.messageId, text, { parse_mode: 'HTML' });
          lastEdit.set(id, { at: now, text });
        }
        if (done === total) {
          // Claim the report in the database so two processes never both send it; the report
          // itself goes through the sender like any message, so a 429 only delays it.
          await deps.db.transaction(async (tx) => {
            const claimed = await tx
              .update(jobs)
              .set({ payload: sql`${jobs.payload} || ${JSON.stringify({ reportedAt: new Date(now).toISOString() })}::jsonb` })
              .where(and(eq(jobs.id, id), sql`${jobs.payload}->>'reportedAt' is null`))
              .returning({ id: jobs.id });
            if (claimed.length === 1) {
              const text = t('broadcast-report', { delivered: c.sent, unreachable: c.unreachable + c.cancelled, failed: c.failed });
              await sendLater(tx, p.progress!.chatId, { method: 'sendMessage', params: { text, parse_mode: 'HTML' } }, new Date(now));
            }
          });
          lastEdit.delete(id);
        }
      } catch (err) {
        deps.logger.warn({ err, jobId: id }, 'could not update broadcast progress');
      }
    }
  };
}
