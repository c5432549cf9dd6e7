import type { Database } from '../db/client.js';
import { enqueue } from '../jobs/queue.js';
import type { Actor } from '../domain/policy.js';
import type { RoleUseCases } from './roles.js';
import type { ReferenceCache } from './reference.js';
import { AppError } from './errors.js';
import { escapeHtml } from '../render/html.js';
import type { BroadcastPayload } from '../jobs/handlers.js';

/** Starting a broadcast of a point's news: the channel post and every follower, through the queue. */
export function broadcastUseCases(deps: { db: Database; clock: () => Date; roles: RoleUseCases; reference: ReferenceCache; channelId: number | string | undefined }) {
  const render = async (pointId: number, text: string): Promise<string> => {
    const point = (await deps.reference.get()).pointById.get(pointId);
    if (!point) throw new AppError('NOT_FOUND');
    return `<b>${escapeHtml(point.name)}</b>\n\n${escapeHtml(text.slice(0, 3500))}`;
  };

  return {
    /** The channel post exactly as it will appear (escaped HTML). */
    render,

    async newsToFollowers(
      actor: Actor,
      input: { pointId: number; text: string; progress?: { chatId: number; messageId: number; locale: string } },
    ): Promise<number> {
      const point = (await deps.reference.get()).pointById.get(input.pointId);
      if (!point) throw new AppError('NOT_FOUND');
      await deps.roles.authorize(actor, { kind: 'point.operate', scope: { kind: 'point', pointId: point.id, zoneNumber: point.zoneNumber } });
      const html = await render(point.id, input.text);
      const payload: BroadcastPayload = {
        pointId: point.id,
        html,
        ...(typeof deps.channelId === 'number' ? { channelId: deps.channelId } : {}),
        ...(input.progress ? { progress: input.progress } : {}),
      };
      const id = await enqueue(deps.db, { kind: 'broadcast', payload, runAt: deps.clock() });
      return id!;
    },
  };
}
export type BroadcastUseCases = ReturnType<typeof broadcastUseCases>;
