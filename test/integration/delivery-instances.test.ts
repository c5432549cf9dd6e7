import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Emulator, EmulatorEvent } from '../../src/sandbox/emulator/index.js';
import { deliveries, jobs, leases, people } from '../../src/db/schema/index.js';
import { broadcastUseCases } from '../../src/app/broadcast.js';
import { roleUseCases } from '../../src/app/roles.js';
import { referenceCache } from '../../src/app/reference.js';
import type { TestDatabase } from '../support/db.js';
import { copiesOf, followersOf, killQuietly, startFleet, type BotProcess, type Fleet } from '../support/children.js';
import { waitFor } from '../support/wait.js';
import { watchViolations } from '../support/violations.js';

/**
 * Two bot processes on one database, as when a deploy overlaps the old and the new version
 * or a second instance runs for availability. Both run the worker and the sender; both are in
 * webhook mode (Telegram delivers updates to one webhook per bot, so only the last one that
 * set it gets updates — that is fine: the point here is the shared jobs and deliveries).
 * The sender lease keeps one sender at a time; when the first process stops mid-way the
 * other takes over. Every follower gets each news exactly once.
 */
const POSTGRES = Boolean(process.env.TEST_DATABASE_URL);
const FOLLOWERS = 100;
const FIRST_FOLLOWER = 640_000_000;
const ADMIN = 515_000_202;
const SCALE = 1;
const NEWS = ['Corso SPID — novità', 'Sportello CIE — novità', 'Fascicolo sanitario — novità', 'Pagamenti pagoPA — novità'] as const;

let fleet: Fleet;
let emu: Emulator;
let db: TestDatabase;
let token: string;

describe.skipIf(!POSTGRES)(
  'two bot processes sharing one PostgreSQL database (PostgreSQL only — set TEST_DATABASE_URL: PGlite is an embedded, single-process database that two processes cannot share)',
  () => {
    beforeAll(async () => {
      fleet = await startFleet({ admin: ADMIN, scale: SCALE });
      ({ emu, db, token } = fleet);
      watchViolations(emu);
    });
    afterAll(async () => {
      await fleet?.close();
    });

    const bot = () => fleet.bot();

    it('share the jobs and the sending: each news reaches every follower exactly once', async () => {
      // One after the other: each migrates and seeds at start (no-ops the second time).
      const first = await bot();
      const second = await bot();
      const holderOf = (p: BotProcess) => new RegExp(`:${p.pid}:`);

      // Who holds the sender lease, every 50 ms.
      const holders: string[] = [];
      let watching = true;
      const watcher = (async () => {
        while (watching) {
          const [l] = await db.db.select({ holder: leases.holder }).from(leases).where(eq(leases.name, 'sender'));
          if (l && holders.at(-1) !== l.holder) holders.push(l.holder);
          await new Promise((r) => setTimeout(r, 50));
        }
      })();

      // Set-up, limits off: the followers and the admin write to the bot (the second process
      // set the webhook last, so it answers them); one progress message per broadcast.
      emu.setLimits(false);
      emu.addUser({ id: ADMIN, firstName: 'Admin', languageCode: 'it' });
      for (let i = 0; i < NEWS.length; i++) await emu.sendText(token, ADMIN, '/start');
      const progressIds = emu.messages(token, ADMIN).filter((m) => m.from?.is_bot).map((m) => m.message_id).slice(-NEWS.length);
      const { ids, pointId } = await followersOf({ emulator: emu, token, db: db.db, pointSlug: 'digipass-foligno', count: FOLLOWERS, firstId: FIRST_FOLLOWER });
      emu.setLimits({ scale: SCALE });
      expect(holders.at(-1)).toMatch(holderOf(first));

      const roles = roleUseCases({ db: db.db, clock: () => new Date() });
      const [adminRow] = await db.db.select({ id: people.id }).from(people).where(eq(people.telegramId, ADMIN));
      const actor = await roles.actorFor(adminRow!.id);
      const broadcasts = broadcastUseCases({ db: db.db, clock: () => new Date(), roles, reference: referenceCache(db.db), channelId: undefined });
      const news = (i: number) =>
        broadcasts.newsToFollowers(actor, { pointId, text: NEWS[i]!, progress: { chatId: ADMIN, messageId: progressIds[i]!, locale: 'it' } });

      const followerIds = new Set(ids);
      let firstExitedAt = Infinity;
      const sentWhile = { first: 0, second: 0 };
      let stopRequested = false;
      const off = emu.on('message', (e: EmulatorEvent) => {
        if (e.type !== 'message' || !followerIds.has(e.chatId) || !NEWS.some((n) => e.message.text?.includes(n))) return;
        if (Date.now() < firstExitedAt) sentWhile.first++;
        else sentWhile.second++;
        // Part of the way through the first three broadcasts, the first process is stopped
        // (SIGTERM, as a deploy does): it finishes the messages it claimed and hands over.
        if (!stopRequested && sentWhile.first >= FOLLOWERS * 1.2) {
          stopRequested = true;
          first.child.kill('SIGTERM');
        }
      });

      // Three broadcasts while both processes run: either worker may plan each of them.
      const jobIds: number[] = [];
      for (let i = 0; i < 3; i++) {
        jobIds.push(await news(i));
        await new Promise((r) => setTimeout(r, 150));
      }
      expect((await first.exited).code).toBe(0);
      firstExitedAt = Date.now();
      expect(first.logs()).toContain('"msg":"stopped"');
      // A fourth once only the second process is left: its worker plans it, its sender sends it.
      jobIds.push(await news(3));

      const reports = () => emu.messages(token, ADMIN).filter((m) => m.from?.is_bot && m.text?.startsWith('Invio finito.'));
      await waitFor(() => reports().length === NEWS.length, 'the four final reports', 45_000);
      off();
      watching = false;
      await watcher;

      for (const text of NEWS) {
        const copies = copiesOf(emu, token, ids, text);
        expect([...copies].filter(([, n]) => n !== 1), `followers without exactly one "${text}"`).toEqual([]);
      }
      await new Promise((r) => setTimeout(r, 500));
      expect(reports().map((m) => m.text)).toEqual(NEWS.map(() => `Invio finito.\nConsegnati: ${FOLLOWERS}\nNon raggiungibili: 0\nNon riusciti: 0`));

      // Each job ran once, and nothing is left over.
      const rows = await db.db.select().from(jobs).where(inArray(jobs.id, jobIds));
      expect(rows.map((j) => [j.status, j.attempts])).toEqual(jobIds.map(() => ['done', 1]));
      const unsent = await db.db.select({ id: deliveries.id }).from(deliveries).where(and(inArray(deliveries.jobId, jobIds), ne(deliveries.status, 'sent')));
      expect(unsent).toEqual([]);

      // Both processes sent: the first until it stopped, then the second took the lease over.
      expect(sentWhile.first).toBeGreaterThan(0);
      expect(sentWhile.second).toBeGreaterThan(0);
      expect(sentWhile.first + sentWhile.second).toBe(FOLLOWERS * NEWS.length);
      expect(holders.length).toBe(2);
      expect(holders[0]).toMatch(holderOf(first));
      expect(holders[1]).toMatch(holderOf(second));

      expect(emu.violations.map((v) => `${v.method}: ${v.kind}: ${v.detail}`)).toEqual([]);
      for (const p of [first, second]) expect(p.logs()).not.toMatch(/"level":50/);

      second.child.kill('SIGTERM');
      expect((await second.exited).code).toBe(0);
    }, 90_000);
  },
);
