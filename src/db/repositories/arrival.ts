import { sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import type { PersonRecord } from './people.js';

/** What the bot needs to know before it handles an update, read in one round trip. */
export interface Arrival {
  /** False when this update id was taken before (a redelivery): it must have no effect. */
  fresh: boolean;
  /** The person behind the update, created on first contact (when a Telegram id was given). */
  person: PersonRecord | undefined;
  /** The stored conversation state for `conversationKey` (undefined when there is none). */
  conversation: unknown;
}

export interface ArrivalInput {
  botId: number;
  updateId: number;
  /** The person's Telegram id, when the update comes from a person in a private chat. */
  telegramId: number | undefined;
  /** The conversation storage key of the chat, when there is a chat. */
  conversationKey: string | undefined;
  now: Date;
}

/** Both drivers return rows from `execute`, postgres.js as the result itself, PGlite under `rows`. */
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** How long a person's "last seen" may lag: no write for every message. */
const SEEN_GRANULARITY_MS = 60_000;

/**
 * Every update used to cost four round trips before any handler ran: claim the update id, touch
 * the person, read the person back, read the conversation state. This does all four in one
 * statement (data-modifying CTEs), which is what the database is good at. A duplicate update
 * touches nobody.
 */
export function arrivalRepository(db: Database) {
  return {
    async arrive(input: ArrivalInput): Promise<Arrival> {
      const tg = input.telegramId ?? null;
      const now = input.now.toISOString();
      const seenBefore = new Date(input.now.getTime() - SEEN_GRANULARITY_MS).toISOString();
      const result = await db.execute(sql`
        with claim as (
          insert into processed_updates (bot_id, update_id) values (${input.botId}, ${input.updateId})
          on conflict do nothing
          returning update_id
        ), touched as (
          insert into people (telegram_id, first_seen_at, last_seen_at)
          select ${tg}::bigint, ${now}::timestamptz, ${now}::timestamptz
          where ${tg}::bigint is not null and exists (select 1 from claim)
          on conflict (telegram_id) do update set last_seen_at = excluded.last_seen_at, unreachable_at = null
          where people.last_seen_at < ${seenBefore}::timestamptz
          returning id, language
        ), person as (
          select id, language from touched
          union all
          select id, language from people
          where telegram_id = ${tg}::bigint and not exists (select 1 from touched)
        )
        select exists (select 1 from claim) as fresh, person.id as person_id, person.language,
          conversation_state.state as conversation
        from (select 1) as one
        left join person on true
        left join conversation_state on conversation_state.key = ${input.conversationKey ?? null}::text
      `);
      const [row] = rowsOf<{ fresh: boolean; person_id: number | null; language: string | null; conversation: unknown }>(result);
      if (!row) throw new Error('arrival returned no row');
      const conversation = typeof row.conversation === 'string' ? JSON.parse(row.conversation) : (row.conversation ?? undefined);
      return {
        fresh: row.fresh,
        person: tg !== null && row.person_id !== null ? { id: Number(row.person_id), telegramId: tg, language: row.language } : undefined,
        conversation,
      };
    },
  };
}
export type ArrivalRepository = ReturnType<typeof arrivalRepository>;
