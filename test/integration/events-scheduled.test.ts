import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import type { SimulatedPerson } from '../support/person.js';
import { waitFor } from '../support/wait.js';
import { events, people, points, publications, roleGrants } from '../../src/db/schema/index.js';
import { eventAdminUseCases } from '../../src/app/event-admin.js';
import { roleUseCases } from '../../src/app/roles.js';
import { referenceCache } from '../../src/app/reference.js';

// Monday 23 November 2026, 10:00 in Rome. The worker reads this clock.
let now = new Date('2026-11-23T09:00:00Z');
let h: Harness;
let fabio: SimulatedPerson; // facilitator of DigiPASS Foligno, then no longer
let foligno: number;

const personId = async (p: SimulatedPerson) => (await h.db.db.select().from(people).where(eq(people.telegramId, p.id)))[0]!.id;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  h = await harness({ clock: () => now });
  foligno = (await h.db.db.select().from(points).where(eq(points.slug, 'digipass-foligno')))[0]!.id;
  fabio = await h.citizen({ firstName: 'Fabio' });
  await fabio.say('/start');
  await h.db.db.insert(roleGrants).values({ personId: await personId(fabio), role: 'facilitator', pointId: foligno, displayName: 'Fabio' });
});
afterAll(async () => {
  await h?.close();
});

describe('an event scheduled for later', () => {
  const schedule = async (title: string, at: Date) => {
    const roles = roleUseCases({ db: h.db.db, clock: () => now });
    const uc = eventAdminUseCases({ db: h.db.db, clock: () => now, roles, reference: referenceCache(h.db.db) });
    const draft = { title, description: '', where: { kind: 'point' as const, pointId: foligno }, category: 'course' as const, start: new Date('2026-12-10T14:00:00Z'), end: new Date('2026-12-10T16:00:00Z'), rrule: null, registration: false, capacity: null, partners: [], photoFileId: null };
    return uc.create(await roles.actorFor(await personId(fabio)), draft, { kind: 'schedule', at });
  };

  it('goes out at its time while its author may publish for the point', async () => {
    const id = await schedule('Corso PEC', new Date('2026-11-24T08:00:00Z'));
    await pause(700);
    expect(h.emulator.messages(h.token, h.channelId).some((m) => (m.text ?? '').includes('Corso PEC'))).toBe(false);
    now = new Date('2026-11-24T08:00:30Z');
    await waitFor(() => h.emulator.messages(h.token, h.channelId).find((m) => (m.text ?? '').includes('Corso PEC')), 'the channel post');
    expect((await h.db.db.select().from(events).where(eq(events.id, id)))[0]!.status).toBe('published');
    h.expectNoViolations();
  });

  it('is not published when its author lost the role meanwhile: it stays a draft and they are told', async () => {
    const id = await schedule('Corso SPID', new Date('2026-11-25T08:00:00Z'));
    await h.db.db.delete(roleGrants).where(and(eq(roleGrants.personId, await personId(fabio)), eq(roleGrants.pointId, foligno)));
    now = new Date('2026-11-25T08:00:30Z');
    await waitFor(() => fabio.botMessages().find((m) => (m.text ?? '').includes('Corso SPID')), 'the note to the author');
    expect(fabio.lastText()).toBe("🕘 L'evento «Corso SPID» era programmato, ma non l'ho pubblicato: ora non risulti più tra chi può pubblicare per quel punto o quella zona. È rimasto tra le bozze; se serve, chiedi a un coordinatore.");
    expect(h.emulator.messages(h.token, h.channelId).some((m) => (m.text ?? '').includes('Corso SPID'))).toBe(false);
    expect((await h.db.db.select().from(events).where(eq(events.id, id)))[0]!.status).toBe('draft');
    expect(await h.db.db.select().from(publications).where(eq(publications.eventId, id))).toEqual([]);
    expect(h.logs()).toContain('scheduled event not published: its author may no longer publish it');
    h.expectNoViolations();
  });
});
