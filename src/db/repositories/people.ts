import { eq, lt } from 'drizzle-orm';
import type { Database } from '../client.js';
import { people } from '../schema/index.js';

export interface PersonRecord {
  id: number;
  telegramId: number;
  language: string | null;
}

const columns = { id: people.id, telegramId: people.telegramId, language: people.language };

export function peopleRepository(db: Database) {
  return {
    /** Finds or creates the person behind a Telegram id and notes that they were seen. */
    async touch(telegramId: number, now: Date): Promise<PersonRecord> {
      const [row] = await db
        .insert(people)
        .values({ telegramId, firstSeenAt: now, lastSeenAt: now })
        .onConflictDoUpdate({
          target: people.telegramId,
          set: { lastSeenAt: now, unreachableAt: null },
          // Skip the write when the person was seen in the last minute.
          setWhere: lt(people.lastSeenAt, new Date(now.getTime() - 60_000)),
        })
        .returning(columns);
      if (row) return row;
      const [existing] = await db.select(columns).from(people).where(eq(people.telegramId, telegramId));
      if (!existing) throw new Error('person vanished during touch');
      return existing;
    },
    async setLanguage(personId: number, language: string): Promise<void> {
      await db.update(people).set({ language }).where(eq(people.id, personId));
    },
    async byTelegramId(telegramId: number): Promise<PersonRecord | undefined> {
      const [row] = await db.select(columns).from(people).where(eq(people.telegramId, telegramId));
      return row;
    },
  };
}
export type PeopleRepository = ReturnType<typeof peopleRepository>;
