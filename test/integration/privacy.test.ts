import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, countDistinct, eq, is } from 'drizzle-orm';
import { PgTable, getTableConfig } from 'drizzle-orm/pg-core';
import { harness, type Harness } from '../support/harness.js';
import * as schema from '../../src/db/schema/index.js';
import { bookings, conversationState, eventRegistrations, events, people, points, roleGrants, serviceRecords } from '../../src/db/schema/index.js';
import { privacyUseCases } from '../../src/app/privacy.js';

let h: Harness;
let now = new Date('2026-11-23T09:00:00Z');
beforeAll(async () => {
  h = await harness({ clock: () => now, env: { PRIVACY_CONTROLLER: 'Regione Umbria (prova)', PRIVACY_DPO_CONTACT: 'dpo@example.org' } });
});
afterAll(async () => {
  await h?.close();
});

async function indicatorCounts() {
  const [records] = await h.db.db.select({ n: count(), citizens: countDistinct(serviceRecords.citizenKey) }).from(serviceRecords);
  const [booked] = await h.db.db.select({ n: count() }).from(bookings);
  const [registrations] = await h.db.db.select({ n: count() }).from(eventRegistrations);
  return { records, booked, registrations };
}

describe('privacy', () => {
  it('explains in plain words what is stored, why, for how long and whom to ask', async () => {
    const p = await h.citizen({ firstName: 'Paola' });
    await p.say('/privacy');
    const text = p.lastText();
    expect(text).toContain('Cosa conserviamo.');
    expect(text).toContain('dopo 90 giorni');
    expect(text).toContain('Regione Umbria (prova)');
    expect(text).toContain('dpo@example.org');
    expect(text).toContain('Telegram');
    h.expectNoViolations();
  });

  it('/mydata sends a readable summary and a JSON file with what was stored', async () => {
    const p = await h.citizen({ firstName: 'Mario', languageCode: 'it' });
    await p.say('/start');
    await p.say('Gubbio');
    await p.press('1. DigiPASS Gubbio');
    await p.press('🔔 Segui questo punto');
    await p.say('/mydata');
    const [summary, file] = p.botMessages().slice(-2);
    expect(summary!.text).toContain(`Numero utente Telegram: ${p.id}`);
    expect(summary!.text).toContain('Punti e zone che segui: 1');
    const doc = h.emulator.file(file!.document!.file_id)!;
    const data = JSON.parse(Buffer.from(doc.bytes).toString('utf8'));
    expect(data.person.telegramId).toBe(p.id);
    expect(data.follows).toHaveLength(1);
    h.expectNoViolations();
  });

  it('/forgetme asks first, then leaves no personal row behind while the indicators stay the same', async () => {
    const p = await h.citizen({ firstName: 'Rosa' });
    await p.say('/start');
    await p.say('/language');
    await p.press('English');
    await p.say('Foligno');
    await p.press('1. DigiPASS Foligno');
    await p.press('🔔 Follow this point');
    const [person] = await h.db.db.select().from(people).where(eq(people.telegramId, p.id));
    const [foligno] = await h.db.db.select().from(points).where(eq(points.slug, 'digipass-foligno'));
    // What other features will have stored about Rosa: a booking with a note, a registration,
    // a service record, a conversation in progress, a role.
    const [booking] = await h.db.db
      .insert(bookings)
      .values({ code: 'RS0001', personId: person!.id, pointId: foligno!.id, serviceCode: 'spid', startsAt: new Date('2026-11-20T09:00:00Z'), endsAt: new Date('2026-11-20T09:45:00Z'), seat: 1, status: 'arrived', note: 'Mia figlia mi accompagna', createdByPersonId: person!.id })
      .returning();
    const [event] = await h.db.db.insert(events).values({ title: 'Corso SPID', category: 'course', pointId: foligno!.id, startsAt: new Date('2026-12-01T09:00:00Z'), endsAt: new Date('2026-12-01T11:00:00Z'), status: 'published' }).returning();
    await h.db.db.insert(eventRegistrations).values({ eventId: event!.id, occurrenceStart: event!.startsAt, personId: person!.id, seat: 1 });
    await h.db.db.insert(serviceRecords).values({ pointId: foligno!.id, serviceCode: 'spid', bookingId: booking!.id, citizenKey: person!.citizenKey, occurredAt: booking!.startsAt, outcome: 'resolved', ageBand: '55+' });
    await h.db.db.insert(conversationState).values({ key: String(p.id), state: { version: [0, 1], state: {} } });
    await h.db.db.insert(roleGrants).values({ personId: person!.id, role: 'facilitator', pointId: foligno!.id, displayName: 'Rosa' });
    const before = await indicatorCounts();

    await p.say('/forgetme');
    expect(p.lastText()).toContain('Do you want to erase all your data?');
    await p.press('No, keep my data');
    expect(p.lastText()).toBe('All right, I erased nothing.');
    expect(await h.db.db.select().from(people).where(eq(people.id, person!.id))).toHaveLength(1);

    await p.say('/forgetme');
    await p.press('Yes, erase everything');
    expect(p.lastText()).toContain('Done. We erased your data.');

    // Every table, every row: no Telegram id, no link to the erased person, no name or note.
    for (const table of Object.values(schema as Record<string, unknown>).filter((t): t is PgTable => is(t, PgTable))) {
      const rows = await h.db.db.select().from(table);
      const json = JSON.stringify(rows);
      const name = getTableConfig(table).name;
      expect(json, name).not.toContain(String(p.id));
      expect(json, name).not.toContain('Mia figlia');
      expect(json, name).not.toContain('"Rosa"');
      for (const row of rows as Record<string, unknown>[]) {
        for (const [col, value] of Object.entries(row)) {
          if (/personId$|PersonId$/.test(col)) expect(value, `${name}.${col}`).not.toBe(person!.id);
        }
      }
    }
    expect(await indicatorCounts()).toEqual(before);
    h.expectNoViolations();
  });

  it('the retention job clears the personal fields of old bookings and abandoned conversations', async () => {
    const [foligno] = await h.db.db.select().from(points).where(eq(points.slug, 'digipass-foligno'));
    await h.db.db.insert(bookings).values([
      { code: 'OLD001', pointId: foligno!.id, serviceCode: 'cie', startsAt: new Date('2026-07-01T08:00:00Z'), endsAt: new Date('2026-07-01T08:30:00Z'), seat: 1, status: 'arrived', note: 'vecchia nota', bookedForInitials: 'M.R.', bookedForPhone: '333 0000000' },
      { code: 'NEW001', pointId: foligno!.id, serviceCode: 'cie', startsAt: new Date('2026-11-10T08:00:00Z'), endsAt: new Date('2026-11-10T08:30:00Z'), seat: 1, status: 'arrived', note: 'nota recente' },
    ]);
    await h.db.db.insert(conversationState).values({ key: 'stale-chat', state: {}, updatedAt: new Date('2026-11-01T00:00:00Z') });
    const result = await privacyUseCases({ db: h.db.db, clock: () => now }).runRetention();
    expect(result.bookingsCleared).toBe(1);
    expect(result.conversationsRemoved).toBeGreaterThanOrEqual(1);
    const [old] = await h.db.db.select().from(bookings).where(eq(bookings.code, 'OLD001'));
    expect(old).toMatchObject({ note: null, bookedForInitials: null, bookedForPhone: null, status: 'arrived' });
    const [recent] = await h.db.db.select().from(bookings).where(eq(bookings.code, 'NEW001'));
    expect(recent?.note).toBe('nota recente');
  });
});
