import { lt } from 'drizzle-orm';
import type { Database } from '../client.js';
import { processedUpdates } from '../schema/index.js';

export function updatesRepository(db: Database) {
  return {
    /** True the first time an update id is claimed; false when it was taken before. */
    async claim(botId: number, updateId: number): Promise<boolean> {
      const rows = await db
        .insert(processedUpdates)
        .values({ botId, updateId })
        .onConflictDoNothing()
        .returning({ updateId: processedUpdates.updateId });
      return rows.length === 1;
    },
    async forgetBefore(when: Date): Promise<number> {
      const rows = await db
        .delete(processedUpdates)
        .where(lt(processedUpdates.processedAt, when))
        .returning({ id: processedUpdates.updateId });
      return rows.length;
    },
  };
}
export type UpdatesRepository = ReturnType<typeof updatesRepository>;
