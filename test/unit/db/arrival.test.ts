import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../support/db.js';
import { arrivalRepository } from '../../../src/db/repositories/arrival.js';
import { conversationStorage } from '../../../src/db/repositories/conversations.js';
import { people, processedUpdates } from '../../../src/db/schema/index.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

const at = (iso: string) => new Date(iso);
const seen = async (tg: number) => (await t.db.select().from(people).where(eq(people.telegramId, tg)))[0];

describe('arrival: claim the update, touch the person, read the conversation, in one statement', () => {
  it('creates the person on first contact and takes each update id once', async () => {
    const arrivals = arrivalRepository(t.db);
    const first = await arrivals.arrive({ botId: 1, updateId: 10, telegramId: 5551, conversationKey: '5551', now: at('2026-11-23T09:00:00Z') });
    expect(first.fresh).toBe(true);
    expect(first.person).toEqual({ id: (await seen(5551))!.id, telegramId: 5551, language: null });
    expect(first.conversation).toBeUndefined();
    expect((await seen(5551))!.firstSeenAt).toEqual(at('2026-11-23T09:00:00Z'));

    const again = await arrivals.arrive({ botId: 1, updateId: 10, telegramId: 5551, conversationKey: '5551', now: at('2026-11-23T09:05:00Z') });
    expect(again.fresh).toBe(false);
    // A redelivery changes nothing.
    expect((await seen(5551))!.lastSeenAt).toEqual(at('2026-11-23T09:00:00Z'));
    // Another bot's update with the same id is its own.
    expect((await arrivals.arrive({ botId: 2, updateId: 10, telegramId: undefined, conversationKey: undefined, now: at('2026-11-23T09:05:00Z') })).fresh).toBe(true);
    expect(await t.db.select().from(processedUpdates).where(eq(processedUpdates.updateId, 10))).toHaveLength(2);
  });

  it('returns a known person with their language, writing "last seen" at most once a minute', async () => {
    const arrivals = arrivalRepository(t.db);
    await arrivals.arrive({ botId: 1, updateId: 20, telegramId: 5552, conversationKey: '5552', now: at('2026-11-23T09:00:00Z') });
    await t.db.update(people).set({ language: 'uk', unreachableAt: at('2026-11-23T08:00:00Z') }).where(eq(people.telegramId, 5552));
    const soon = await arrivals.arrive({ botId: 1, updateId: 21, telegramId: 5552, conversationKey: '5552', now: at('2026-11-23T09:00:30Z') });
    expect(soon.person).toMatchObject({ telegramId: 5552, language: 'uk' });
    expect((await seen(5552))!.lastSeenAt).toEqual(at('2026-11-23T09:00:00Z'));
    const later = await arrivals.arrive({ botId: 1, updateId: 22, telegramId: 5552, conversationKey: '5552', now: at('2026-11-23T09:02:00Z') });
    expect(later.person).toEqual(soon.person);
    const row = (await seen(5552))!;
    expect(row.lastSeenAt).toEqual(at('2026-11-23T09:02:00Z'));
    // Writing to the bot again means the bot can reach them again.
    expect(row.unreachableAt).toBeNull();
  });

  it('brings the chat’s conversation state along, and nothing for an update without a person', async () => {
    const arrivals = arrivalRepository(t.db);
    const state = { version: [0, 1], state: { book: [{ args: '["x"]', interrupts: [], replay: { send: [], receive: [] } }] } };
    await conversationStorage(t.db, () => at('2026-11-23T09:00:00Z')).write('5553', state);
    const got = await arrivals.arrive({ botId: 1, updateId: 30, telegramId: 5553, conversationKey: '5553', now: at('2026-11-23T09:00:00Z') });
    expect(got.conversation).toEqual(state);
    const channel = await arrivals.arrive({ botId: 1, updateId: 31, telegramId: undefined, conversationKey: '-1001', now: at('2026-11-23T09:00:00Z') });
    expect(channel).toEqual({ fresh: true, person: undefined, conversation: undefined });
  });
});
