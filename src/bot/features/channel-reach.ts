import { Composer } from 'grammy';
import { and, eq } from 'drizzle-orm';
import type { BotContext } from '../context.js';
import type { Database } from '../../db/client.js';
import { publications } from '../../db/schema/index.js';

/**
 * Reach of the channel's posts without view counts (the Bot API gives bots none): Telegram
 * sends the reaction counts of channel posts to a bot that administers the channel; they are
 * kept on the post's publication for the indicators.
 */
export function channelReachFeature(deps: { db: Database }) {
  const composer = new Composer<BotContext>();
  composer.on('message_reaction_count', async (ctx) => {
    const u = ctx.messageReactionCount;
    const total = u.reactions.reduce((n, r) => n + Math.max(0, r.total_count), 0);
    await deps.db
      .update(publications)
      .set({ reactions: total })
      .where(and(eq(publications.chatId, u.chat.id), eq(publications.messageId, u.message_id)));
  });
  return { composer, commands: [] as const };
}
