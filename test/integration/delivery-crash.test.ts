import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import type { Emulator, EmulatorEvent } from '../../src/sandbox/emulator/index.js';
import { deliveries, leases, people } from '../../src/db/schema/index.js';
import { broadcastUseCases } from '../../src/app/broadcast.js';
import { roleUseCases } from '../../src/app/roles.js';
import { referenceCache } from '../../src/app/reference.js';
import type { TestDatabase } from '../support/db.js';
import { copiesOf, followersOf, killQuietly, startFleet, type BotProcess, type Fleet } from '../support/children.js';
import { waitFor } from '../support/wait.js';
import { watchViolations } from '../support/violations.js';

/**
 * The bot process dies (SIGKILL: no clean-up at all) in the middle of a broadcast and is
 * started again: every follower still gets the news, at most one of them twice (the message
 * that was on its way when the process died), and Telegram's limits are kept throughout.
 * The new process must not send while the dead one's sender lease runs; the test fast-forwards
 * that lease (30 s) and the dead one's claims (60 s) instead of waiting for them.
 */
const POSTGRES = Boolean(process.env.TEST_DATABASE_URL);
const FOLLOWERS = 300;
const FIRST_FOLLOWER = 620_000_000;
const ADMIN = 515_000_101;
/** Telegram's real rates (30/s overall): 300 messages take about ten seconds. */
const SCALE = 1;
const NEWS = 'Corso SPID di martedì alle 10';

let fleet: Fleet;
let emu: Emulator;
let db: TestDatabase;
let token: string;

describe.skipIf(!POSTGRES)(
  'a bot process killed in the middle of a broadcast (PostgreSQL only — set TEST_DATABASE_URL: PGlite is an embedded, single-process database, so the test and the bot process cannot share it)',
  () => {
    beforeAll(async () => {
      fleet = await startFleet({ admin: ADMIN, scale: SCALE });
      ({ emu, db, token } = fleet);
      watchViolations(emu, { allow: ['too_many_requests'] });
    });
    afterAll(async () => {
      await fleet?.close();
    });

    const bot = () => fleet.bot();

    async function statusesOf(jobId: number): Promise<Record<string, number>> {
      const rows = await db.db.select({ status: deliveries.status, n: count() }).from(deliveries).where(eq(deliveries.jobId, jobId)).groupBy(deliveries.status);
      return Object.fromEntries(rows.map((r) => [r.status, r.n]));
    }

    it('reaches every follower after a restart; only the message in flight when it died goes twice', async () => {
      // Set-up: the followers write /start (the bot may only write to people who wrote first).
      // The flood limits are off meanwhile, and this process stops before the broadcast, so the
      // broadcasting process starts with a fresh flood gate instead of one drained by 300 welcomes.
      emu.setLimits(false);
      const setup = await bot();
      emu.addUser({ id: ADMIN, firstName: 'Admin', languageCode: 'it' });
      await emu.sendText(token, ADMIN, '/start');
      const { ids, pointId } = await followersOf({ emulator: emu, token, db: db.db, pointSlug: 'digipass-foligno', count: FOLLOWERS, firstId: FIRST_FOLLOWER });
      setup.child.kill('SIGTERM');
      expect((await setup.exited).code).toBe(0);
      emu.setLimits({ scale: SCALE });

      const first = await bot();
      const progress = emu.messages(token, ADMIN).filter((m) => m.from?.is_bot).at(-1)!;
      const followerIds = new Set(ids);
      let newsMessages = 0;
      const reached = new Set<number>();
      let inFlight: number | undefined;
      const off = emu.on('message', (e: EmulatorEvent) => {
        if (e.type !== 'message' || !followerIds.has(e.chatId) || !e.message.text?.includes(NEWS)) return;
        newsMessages++;
        reached.add(e.chatId);
        // A third of the way, the process dies with no chance to tidy up — while this very
        // message is being answered: the bot cannot learn it was sent, nor record it.
        if (reached.size === FOLLOWERS / 3) {
          inFlight = e.chatId;
          first.child.kill('SIGKILL');
        }
      });

      const roles = roleUseCases({ db: db.db, clock: () => new Date() });
      const [adminRow] = await db.db.select({ id: people.id }).from(people).where(eq(people.telegramId, ADMIN));
      const actor = await roles.actorFor(adminRow!.id);
      const broadcasts = broadcastUseCases({ db: db.db, clock: () => new Date(), roles, reference: referenceCache(db.db), channelId: undefined });
      const jobId = await broadcasts.newsToFollowers(actor, { pointId, text: NEWS, progress: { chatId: ADMIN, messageId: progress.message_id, locale: 'it' } });

      expect((await first.exited).signal).toBe('SIGKILL');
      // Let a request that was already on the wire land before taking the count.
      await new Promise((r) => setTimeout(r, 300));
      const sentBeforeRestart = newsMessages;
      expect(sentBeforeRestart).toBe(FOLLOWERS / 3);
      // The dead process still holds the sender lease, and the deliveries it had claimed
      // (the one in flight among them) are still marked as being sent.
      const [lease] = await db.db.select().from(leases).where(eq(leases.name, 'sender'));
      expect(lease?.holder).toContain(`:${first.pid}:`);
      expect(lease!.until.getTime()).toBeGreaterThan(Date.now());
      const atKill = await statusesOf(jobId);
      expect(atKill.sent).toBe(FOLLOWERS / 3 - 1);
      expect(atKill.sending).toBeGreaterThanOrEqual(1);

      const second = await bot();
      // While the dead process's lease runs, the new one must not send: two senders would
      // share Telegram's per-bot limits without knowing of each other.
      await new Promise((r) => setTimeout(r, 1500));
      expect(newsMessages).toBe(sentBeforeRestart);

      // Fast-forward to when the lease (30 s) and the claims (60 s) of the dead process have
      // run out, rather than waiting for them: the new process takes over from there.
      const past = new Date(Date.now() - 1000);
      await db.db.update(leases).set({ until: past }).where(eq(leases.name, 'sender'));
      await db.db.update(deliveries).set({ lockedUntil: past }).where(eq(deliveries.status, 'sending'));

      const reportText = () => emu.messages(token, ADMIN).filter((m) => m.from?.is_bot && m.text?.startsWith('Invio finito.'));
      await waitFor(() => reportText().length > 0, 'the final report', 40_000);
      off();

      const copies = copiesOf(emu, token, ids, NEWS);
      const missing = ids.filter((id) => copies.get(id) === 0);
      const twice = ids.filter((id) => copies.get(id)! > 1);
      expect(missing).toEqual([]);
      // At most one follower got the news twice: the one whose message was in flight.
      expect(twice).toEqual([inFlight]);
      expect(copies.get(inFlight!)).toBe(2);
      expect(newsMessages).toBe(FOLLOWERS + 1);

      expect(await statusesOf(jobId)).toEqual({ sent: FOLLOWERS });
      // One report, counting each follower once, sent by the process that finished the job.
      await new Promise((r) => setTimeout(r, 500));
      expect(reportText().map((m) => m.text)).toEqual([`Invio finito.\nConsegnati: ${FOLLOWERS}\nNon raggiungibili: 0\nNon riusciti: 0`]);
      const [after] = await db.db.select().from(leases).where(eq(leases.name, 'sender'));
      expect(after?.holder).toContain(`:${second.pid}:`);

      expect(emu.violations.filter((v) => v.kind === 'ignored_retry_after')).toEqual([]);
      // A 429 that was honoured is allowed; anything else Telegram would reject is not.
      expect(emu.violations.filter((v) => v.kind !== 'too_many_requests').map((v) => `${v.method}: ${v.kind}: ${v.detail}`)).toEqual([]);
      expect(second.logs()).not.toContain('sender round failed');

      second.child.kill('SIGTERM');
      expect((await second.exited).code).toBe(0);
    }, 90_000);
  },
);
