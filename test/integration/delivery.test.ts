import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, inArray } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import type { SimulatedPerson } from '../support/person.js';
import { waitFor } from '../support/wait.js';
import { bookings, deliveries, follows, jobs, people, points } from '../../src/db/schema/index.js';
import { enqueue, jobQueue } from '../../src/jobs/queue.js';
import { broadcastUseCases } from '../../src/app/broadcast.js';
import { roleUseCases } from '../../src/app/roles.js';
import { referenceCache } from '../../src/app/reference.js';
import { nextRetentionSlot } from '../../src/jobs/handlers.js';

const ADMIN = 515_151;
let h: Harness;
let pointId: number;
let admin: SimulatedPerson;

beforeAll(async () => {
  h = await harness({ env: { ADMIN_TELEGRAM_IDS: String(ADMIN) } });
  const [p] = await h.db.db.select().from(points).where(eq(points.slug, 'digipass-foligno'));
  pointId = p!.id;
  admin = await h.citizen({ id: ADMIN, firstName: 'Admin' });
});
afterAll(async () => {
  await h?.close();
});

async function followers(n: number, prefix: string) {
  const list = [];
  for (let i = 0; i < n; i++) {
    const p = await h.citizen({ firstName: `${prefix}${i}` });
    await p.say('/start');
    const [row] = await h.db.db.select().from(people).where(eq(people.telegramId, p.id));
    await h.db.db.insert(follows).values({ personId: row!.id, pointId });
    list.push(p);
  }
  return list;
}

async function broadcast(text: string) {
  await admin.say('/start');
  const progressMsg = admin.lastBotMessage();
  const [row] = await h.db.db.select().from(people).where(eq(people.telegramId, ADMIN));
  const roles = roleUseCases({ db: h.db.db, clock: () => new Date() });
  const uc = broadcastUseCases({ db: h.db.db, clock: () => new Date(), roles, reference: referenceCache(h.db.db), channelId: undefined });
  const actor = await roles.actorFor(row!.id);
  // The progress message is edited in place: use the admin's last message from the bot as its stand-in.
  const jobId = await uc.newsToFollowers(actor, { pointId, text, progress: { chatId: ADMIN, messageId: progressMsg.message_id, locale: 'it' } });
  // The report is claimed in the database, then sent: wait for the message itself.
  const report = () => waitFor(() => admin.lastText().startsWith('Invio finito.'), 'the final report', 30_000);
  return { jobId, report };
}

describe('broadcasting news to followers', () => {
  it('reaches every follower once, edits the progress and reports at the end', async () => {
    const people8 = await followers(8, 'Seguace');
    const { report } = await broadcast('Martedì 1 dicembre: corso <SPID> & CIE');
    await report();
    for (const p of people8) {
      const news = p.botMessages().filter((m) => m.text?.includes('Notizie da DigiPASS Foligno'));
      expect(news).toHaveLength(1);
      expect(news[0]!.text).toContain('corso <SPID> & CIE');
    }
    expect(admin.botMessages().some((m) => m.text === 'Invio in corso: 8 / 8')).toBe(true);
    expect(admin.lastText()).toBe('Invio finito.\nConsegnati: 8\nNon raggiungibili: 0\nNon riusciti: 0');
    h.expectNoViolations();
  });

  it('marks a person who blocked the bot unreachable and sends them nothing more', async () => {
    const [blocker] = await followers(1, 'Bloccato');
    h.emulator.blockBot(h.token, blocker!.id);
    const { report } = await broadcast('Seconda notizia');
    await report();
    expect(admin.lastText()).toContain('Non raggiungibili: 1');
    const [row] = await h.db.db.select().from(people).where(eq(people.telegramId, blocker!.id));
    expect(row?.unreachableAt).not.toBeNull();
    const attempts = h.emulator.calls.filter((c) => c.method === 'sendMessage' && (c.params as { chat_id?: number }).chat_id === blocker!.id && !c.ok);
    expect(attempts).toHaveLength(1);
    h.emulator.unblockBot(h.token, blocker!.id);
    // A 403 is the expected answer, not a violation of the bot's.
    h.expectViolations('forbidden');
  });

  it('keeps to Telegram’s limits when told to wait: every message arrives, no retry_after is ignored', async () => {
    const group = await followers(6, 'Lento');
    // The emulator now allows a burst of two and ten a second overall, far less than the bot's
    // pacing expects: back-to-back sends get 429, and the bot must learn from each retry_after.
    h.emulator.setLimits({ scale: 5, globalPerSecond: 2 });
    const { report } = await broadcast('Terza notizia');
    await report();
    h.emulator.setLimits({ scale: 50 });
    for (const p of group) expect(p.botMessages().filter((m) => m.text?.includes('Terza notizia'))).toHaveLength(1);
    expect(h.emulator.calls.some((c) => c.errorCode === 429)).toBe(true);
    expect(h.emulator.violations.filter((v) => v.kind === 'ignored_retry_after')).toEqual([]);
  });

  it('puts a message Telegram rejects in the dead letters, with the reason', async () => {
    const [p] = await followers(1, 'Rifiuto');
    const queue = jobQueue(h.db.db);
    const jobId = (await enqueue(h.db.db, { kind: 'manual', runAt: new Date('2999-01-01') }))!;
    await queue.addDeliveries(h.db.db, jobId, [{ chatId: p!.id, request: { method: 'sendMessage', params: { text: '<b>unclosed', parse_mode: 'HTML' } } }], new Date());
    const dead = await waitFor(async () => {
      const [d] = await h.db.db.select().from(deliveries).where(eq(deliveries.jobId, jobId));
      return d?.status === 'failed' ? d : undefined;
    }, 'the dead letter');
    expect(dead.lastError).toMatch(/can't parse entities/);
    expect(h.logs()).toContain('delivery rejected (dead letter)');
    h.expectViolations('invalid_request');
  });
});

describe('the job queue', () => {
  it('commits a job with the change that caused it, or not at all', async () => {
    await expect(
      h.db.db.transaction(async (tx) => {
        await enqueue(tx, { kind: 'retention', runAt: new Date('2999-01-01'), dedupeKey: 'rollback-test' });
        throw new Error('the booking failed');
      }),
    ).rejects.toThrow('the booking failed');
    expect(await h.db.db.select().from(jobs).where(eq(jobs.dedupeKey, 'rollback-test'))).toEqual([]);
  });

  it('keeps one live job per dedupe key', async () => {
    const a = await enqueue(h.db.db, { kind: 'retention', runAt: new Date('2999-01-01'), dedupeKey: 'once' });
    const b = await enqueue(h.db.db, { kind: 'retention', runAt: new Date('2999-01-02'), dedupeKey: 'once' });
    expect(a).toBeDefined();
    expect(b).toBeUndefined();
  });

  it('runs the retention job and schedules the next slot', async () => {
    const [p] = await h.db.db.select().from(points).where(eq(points.id, pointId));
    await h.db.db.insert(bookings).values({ code: 'RET001', pointId: p!.id, serviceCode: 'spid', startsAt: new Date('2025-01-10T09:00:00Z'), endsAt: new Date('2025-01-10T09:30:00Z'), seat: 1, status: 'arrived', note: 'da cancellare' });
    const id = (await enqueue(h.db.db, { kind: 'retention', runAt: new Date(), dedupeKey: `retention:test` }))!;
    await waitFor(async () => (await h.db.db.select().from(jobs).where(eq(jobs.id, id)))[0]?.status === 'done', 'the retention job');
    const [b] = await h.db.db.select().from(bookings).where(eq(bookings.code, 'RET001'));
    expect(b?.note).toBeNull();
    const next = nextRetentionSlot(new Date());
    expect(await h.db.db.select().from(jobs).where(inArray(jobs.dedupeKey, [`retention:${next.toISOString()}`]))).toHaveLength(1);
  });

  it('gives up on a job with no handler instead of retrying it forever', async () => {
    const id = (await enqueue(h.db.db, { kind: 'no-such-kind', runAt: new Date() }))!;
    const job = await waitFor(async () => {
      const [j] = await h.db.db.select().from(jobs).where(eq(jobs.id, id));
      return j?.status === 'failed' ? j : undefined;
    }, 'the job to fail');
    expect(job.lastError).toContain('no handler for job kind no-such-kind');
    expect(job.attempts).toBe(1);
  });
});
