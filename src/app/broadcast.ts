import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { news } from '../db/schema/index.js';
import { cancelJobs, enqueue } from '../jobs/queue.js';
import type { Actor } from '../domain/policy.js';
import { publishAtProblem } from '../domain/news-schedule.js';
import type { RoleUseCases } from './roles.js';
import type { ReferenceCache } from './reference.js';
import { AppError } from './errors.js';
import { auditRepository } from '../db/repositories/audit.js';
import { NEWS_MAX, renderNews } from '../render/news.js';
import type { BroadcastPayload } from '../jobs/handlers.js';

/** The job that publishes a scheduled news: one per news, so cancelling finds it. */
export const newsJobKey = (newsId: number) => `news:${newsId}`;

export interface ScheduledNews {
  id: number;
  pointId: number;
  pointName: string;
  text: string;
  hasPhoto: boolean;
  publishAt: Date;
}

/**
 * A point's news: the channel post and every follower, through the queue — now, or at a
 * chosen time (then the author's right to publish for the point is checked again when it runs).
 */
export function broadcastUseCases(deps: { db: Database; clock: () => Date; roles: RoleUseCases; reference: ReferenceCache; channelId: number | string | undefined }) {
  const pointOf = async (pointId: number) => {
    const point = (await deps.reference.get()).pointById.get(pointId);
    if (!point) throw new AppError('NOT_FOUND');
    return point;
  };

  const render = async (pointId: number, text: string): Promise<string> => renderNews((await pointOf(pointId)).name, text);

  /** Checks the author may publish for the point, then stores the news and queues its job. */
  async function queueNews(
    actor: Actor,
    input: { pointId: number; text: string; photoFileId?: string | null; at?: Date; progress?: BroadcastPayload['progress'] },
  ): Promise<{ jobId: number; newsId: number }> {
    const point = await pointOf(input.pointId);
    await deps.roles.authorize(actor, { kind: 'point.operate', scope: { kind: 'point', pointId: point.id, zoneNumber: point.zoneNumber } });
    const text = input.text.trim();
    const photo = input.photoFileId ?? null;
    if (!text || text.length > NEWS_MAX || (photo !== null && (photo.length === 0 || photo.length > 256))) throw new AppError('BAD_INPUT');
    const now = deps.clock();
    if (input.at && publishAtProblem(input.at, now)) throw new AppError('BAD_INPUT');
    const runAt = input.at ?? now;
    return deps.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(news)
        .values({ pointId: point.id, text, photoFileId: photo, status: 'scheduled', publishAt: runAt, createdByPersonId: actor.personId, createdAt: now })
        .returning({ id: news.id });
      const payload: BroadcastPayload = {
        pointId: point.id,
        newsId: row!.id,
        ...(typeof deps.channelId === 'number' ? { channelId: deps.channelId } : {}),
        ...(input.progress ? { progress: input.progress } : {}),
        ...(input.at ? { scheduled: true } : {}),
      };
      const jobId = await enqueue(tx, { kind: 'broadcast', payload, runAt, dedupeKey: newsJobKey(row!.id) });
      return { jobId: jobId!, newsId: row!.id };
    });
  }

  return {
    /** The channel post exactly as it will appear (escaped HTML). */
    render,

    /** The business clock, for conversations that read "domani 10" against today in Rome. */
    now: (): Date => deps.clock(),

    /** Publishes now; the progress message (if any) is edited as it goes. Returns the job's id. */
    async newsToFollowers(
      actor: Actor,
      input: { pointId: number; text: string; photoFileId?: string | null; progress?: { chatId: number; messageId: number; locale: string } },
    ): Promise<number> {
      return (await queueNews(actor, input)).jobId;
    },

    /** Publishes at `at` (in the future, within 60 days); the author hears when it went out. */
    async scheduleNews(
      actor: Actor,
      input: { pointId: number; text: string; photoFileId?: string | null; at: Date; notify: { chatId: number; locale: string } },
    ): Promise<number> {
      return (await queueNews(actor, { ...input, progress: input.notify })).newsId;
    },

    /** The author's news still waiting for their time, soonest first. */
    async scheduledBy(personId: number): Promise<ScheduledNews[]> {
      const rows = await deps.db
        .select()
        .from(news)
        .where(and(eq(news.createdByPersonId, personId), eq(news.status, 'scheduled')))
        .orderBy(asc(news.publishAt), asc(news.id));
      const ref = await deps.reference.get();
      const now = deps.clock().getTime();
      return rows
        .filter((r) => r.publishAt !== null && r.publishAt.getTime() > now)
        .map((r) => ({ id: r.id, pointId: r.pointId, pointName: ref.pointById.get(r.pointId)?.name ?? '', text: r.text, hasPhoto: r.photoFileId !== null, publishAt: r.publishAt! }));
    },

    /**
     * Cancels one of the person's own scheduled news (the id comes from a button, so it is
     * not trusted: someone else's news, or one already out, is left alone and undefined returned).
     */
    async cancelScheduled(personId: number, newsId: number): Promise<ScheduledNews | undefined> {
      const ref = await deps.reference.get();
      return deps.db.transaction(async (tx) => {
        const [row] = await tx
          .update(news)
          .set({ status: 'draft' })
          .where(and(eq(news.id, newsId), eq(news.createdByPersonId, personId), eq(news.status, 'scheduled')))
          .returning();
        if (!row) {
          // Someone else's news, or one that never existed, is a forged button: recorded as refused.
          const [other] = await tx.select({ by: news.createdByPersonId }).from(news).where(eq(news.id, newsId));
          if (!other || other.by !== personId) {
            await auditRepository(tx).record({ at: deps.clock(), actorPersonId: personId, action: 'access.refused', subject: 'news.cancel', detail: { reason: other ? 'not_yours' : 'not_found', newsId } });
          }
          return undefined;
        }
        await cancelJobs(tx, [newsJobKey(row.id)]);
        return { id: row.id, pointId: row.pointId, pointName: ref.pointById.get(row.pointId)?.name ?? '', text: row.text, hasPhoto: row.photoFileId !== null, publishAt: row.publishAt! };
      });
    },
  };
}
export type BroadcastUseCases = ReturnType<typeof broadcastUseCases>;
