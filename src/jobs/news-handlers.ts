import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { deliveries, follows, jobs, news, people, publications } from '../db/schema/index.js';
import { AppError } from '../app/errors.js';
import type { ReferenceCache } from '../app/reference.js';
import type { RoleUseCases } from '../app/roles.js';
import type { Logger } from '../logger.js';
import { formatDay, formatTime } from '../render/dates.js';
import { trusted } from '../render/html.js';
import { newsMessages, renderNews } from '../render/news.js';
import type { Locales } from '../render/translate.js';
import type { BroadcastPayload } from './handlers.js';
import { sendLater, type BotRequest, type JobQueue } from './queue.js';
import type { JobHandler } from './worker.js';

export interface NewsJobDeps {
  db: Database;
  clock: () => Date;
  locales: Locales;
  queue: JobQueue;
  roles: RoleUseCases;
  reference: ReferenceCache;
  logger: Logger;
}

type Item = { chatId: number; request: BotRequest };

/**
 * A point's news goes out (now, or at its scheduled time): the channel post, recorded in
 * publications, and one message to each follower who can be reached — with its photo.
 * The author's right to publish for the point is checked again when it runs.
 */
export function newsJobHandlers(deps: NewsJobDeps): Record<string, JobHandler> {
  const { db, clock } = deps;

  /** Whether the author may still publish for the point (a refusal is audited by the policy). */
  async function authorMay(personId: number | null, pointId: number, zoneNumber: number): Promise<boolean> {
    if (personId === null) return false;
    try {
      await deps.roles.authorize(await deps.roles.actorFor(personId), { kind: 'point.operate', scope: { kind: 'point', pointId, zoneNumber } });
      return true;
    } catch (err) {
      if (err instanceof AppError) return false;
      throw err;
    }
  }

  return {
    async broadcast(job) {
      const p = job.payload as BroadcastPayload;
      const point = (await deps.reference.get()).pointById.get(p.pointId);
      if (!point) return;
      let html: string;
      let photo: string | null = null;
      let publishAt: Date | null = null;
      if (p.newsId !== undefined) {
        const [n] = await db.select().from(news).where(eq(news.id, p.newsId));
        // Cancelled (back to a draft) or already out: nothing to do.
        if (!n || n.status !== 'scheduled') return;
        if (!(await authorMay(n.createdByPersonId, point.id, point.zoneNumber))) {
          deps.logger.warn({ jobId: job.id, newsId: n.id, personId: n.createdByPersonId, pointId: point.id }, 'news not published: its author may no longer publish for the point');
          await db.transaction(async (tx) => {
            const kept = await tx.update(news).set({ status: 'draft' }).where(and(eq(news.id, n.id), eq(news.status, 'scheduled'))).returning({ id: news.id });
            // The author is told (unless they were erased meanwhile: then there is nobody to tell).
            if (kept.length === 1 && p.progress && n.createdByPersonId !== null) {
              const t = deps.locales.translator(p.progress.locale);
              await sendLater(tx, p.progress.chatId, { method: 'sendMessage', params: { text: t('news-scheduled-refused', { point: point.name }), parse_mode: 'HTML' } }, clock());
            }
          });
          return;
        }
        html = renderNews(point.name, n.text);
        photo = n.photoFileId;
        publishAt = n.publishAt;
      } else if (typeof p.html === 'string') {
        html = p.html;
      } else {
        return;
      }

      const now = clock();
      await db.transaction(async (tx) => {
        // Taken in the same transaction as its messages: a cancel at the same moment either wins or finds it out.
        if (p.newsId !== undefined) {
          const taken = await tx.update(news).set({ status: 'published' }).where(and(eq(news.id, p.newsId), eq(news.status, 'scheduled'))).returning({ id: news.id });
          if (taken.length === 0) return;
        }
        const followers = await tx
          .select({ chatId: people.telegramId, language: people.language })
          .from(follows)
          .innerJoin(people, eq(people.id, follows.personId))
          .where(and(eq(follows.pointId, point.id), isNull(people.unreachableAt)));
        // Each chat gets its photo (or the news) in this job, and the text that did not fit a caption in a second one:
        // the engine keeps one message per chat and job. Queued after, so sent after.
        const items: Item[] = [];
        const thenItems: Item[] = [];
        const add = (chatId: number, msgs: BotRequest[]) => {
          items.push({ chatId, request: msgs[0]! });
          if (msgs[1]) thenItems.push({ chatId, request: msgs[1] });
        };
        const channelId = typeof p.channelId === 'number' ? p.channelId : undefined;
        if (channelId !== undefined) add(channelId, newsMessages(html, photo));
        for (const f of followers) {
          const t = deps.locales.translator(f.language ?? deps.locales.defaultLocale);
          add(f.chatId, newsMessages(t('news-for-followers', { point: point.name, news: trusted(html) }), photo));
        }
        await deps.queue.addDeliveries(tx, job.id, items, now);
        if (thenItems.length > 0) {
          const key = `broadcast:${job.id}:text`;
          await tx.insert(jobs).values({ kind: 'notice', runAt: now, status: 'done', doneAt: now, dedupeKey: key }).onConflictDoNothing();
          const [second] = await tx.select({ id: jobs.id }).from(jobs).where(eq(jobs.dedupeKey, key));
          await deps.queue.addDeliveries(tx, second!.id, thenItems, now);
        }
        if (channelId !== undefined && p.newsId !== undefined) {
          const [d] = await tx.select({ id: deliveries.id }).from(deliveries).where(and(eq(deliveries.jobId, job.id), eq(deliveries.chatId, channelId)));
          await tx.insert(publications).values({ kind: 'news', newsId: p.newsId, chatId: channelId, status: 'scheduled', scheduledFor: publishAt ?? now, deliveryId: d?.id ?? null });
        }
        if (p.scheduled && p.progress) {
          const t = deps.locales.translator(p.progress.locale);
          const when = publishAt ?? now;
          const text = t('news-scheduled-out', { point: point.name, day: formatDay(when, p.progress.locale), time: formatTime(when, p.progress.locale) });
          await sendLater(tx, p.progress.chatId, { method: 'sendMessage', params: { text, parse_mode: 'HTML' } }, now);
        }
        // Nobody to reach (no channel, no followers): report at once, or the report would never come.
        if (items.length === 0 && p.progress) {
          const t = deps.locales.translator(p.progress.locale);
          await sendLater(tx, p.progress.chatId, { method: 'sendMessage', params: { text: t('broadcast-report', { delivered: 0, unreachable: 0, failed: 0 }), parse_mode: 'HTML' } }, now);
        }
      });
    },
  };
}
