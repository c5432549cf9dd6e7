import { eq, lt } from 'drizzle-orm';
import type { Database } from '../client.js';
import { conversationState } from '../schema/index.js';

/**
 * Storage for grammY conversations v2 (a VersionedStateStorage): each chat's conversation
 * state is one JSON row, so a restart or a second instance loses nothing.
 */
export function conversationStorage<S>(db: Database, clock: () => Date) {
  return {
    async read(key: string): Promise<S | undefined> {
      const [row] = await db
        .select({ state: conversationState.state })
        .from(conversationState)
        .where(eq(conversationState.key, key));
      return row?.state as S | undefined;
    },
    async write(key: string, state: S): Promise<void> {
      const now = clock();
      await db
        .insert(conversationState)
        .values({ key, state, updatedAt: now })
        .onConflictDoUpdate({ target: conversationState.key, set: { state, updatedAt: now } });
    },
    async delete(key: string): Promise<void> {
      await db.delete(conversationState).where(eq(conversationState.key, key));
    },
    /** Removes abandoned conversations (retention). */
    async deleteOlderThan(when: Date): Promise<number> {
      const rows = await db
        .delete(conversationState)
        .where(lt(conversationState.updatedAt, when))
        .returning({ key: conversationState.key });
      return rows.length;
    },
  };
}
