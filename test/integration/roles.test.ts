import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import type { SimulatedPerson } from '../support/person.js';
import { auditLog, invitations, openingRanges, people, points, roleGrants } from '../../src/db/schema/index.js';

const ADMIN_ID = 424_242;
let now = new Date('2026-11-23T09:00:00Z');
let h: Harness;
let admin: SimulatedPerson;

beforeAll(async () => {
  h = await harness({ clock: () => now, env: { ADMIN_TELEGRAM_IDS: String(ADMIN_ID) } });
  admin = await h.citizen({ id: ADMIN_ID, firstName: 'Alessia' });
  await admin.say('/start');
});
afterAll(async () => {
  await h?.close();
});

const inviteLink = (text: string) => /https:\/\/t\.me\/DigiPassUmbriaBot\?start=(inv_[A-Za-z0-9]+)/.exec(text)?.[1];

async function adminInvites(kind: 'facilitator' | 'coordinator', zone: RegExp, point?: string): Promise<string> {
  await admin.say('/invite');
  await admin.press(kind === 'facilitator' ? 'Un facilitatore di un punto' : 'Un coordinatore di zona');
  await admin.press(zone);
  if (point) await admin.press(point);
  const link = inviteLink(admin.lastText());
  expect(link).toBeDefined();
  return link!;
}

async function personRow(tg: number) {
  const [row] = await h.db.db.select().from(people).where(eq(people.telegramId, tg));
  return row!;
}

describe('invitations', () => {
  let fabio: SimulatedPerson;
  let folignoLink: string;

  it('an admin invites a facilitator of a point; the link grants the role once', async () => {
    folignoLink = await adminInvites('facilitator', /^Zona 8 · Foligno/, 'DigiPASS Foligno');
    expect(admin.lastText()).toContain('facilitatore di DigiPASS Foligno');
    fabio = await h.citizen({ firstName: 'Fabio' });
    await fabio.say(`/start ${folignoLink}`);
    expect(fabio.lastText()).toContain('Benvenuto nella squadra! Ora sei facilitatore di DigiPASS Foligno.');
    // Fabio's own chat now shows the staff commands; citizens' menus never do.
    const scoped = h.emulator.calls.filter(
      (c) => c.method === 'setMyCommands' && (c.params as { scope?: { chat_id?: number } }).scope?.chat_id === fabio.id,
    );
    const commands = (scoped.at(-1)?.params as { commands: { command: string }[] }).commands.map((c) => c.command);
    expect(commands).toEqual(expect.arrayContaining(['team', 'invite', 'start']));
    const global = h.emulator.calls.filter((c) => c.method === 'setMyCommands' && !(c.params as { scope?: unknown }).scope);
    for (const call of global) {
      expect((call.params as { commands: { command: string }[] }).commands.map((c) => c.command)).not.toContain('team');
    }
    h.expectNoViolations();
  });

  it('a used invitation fails kindly for the next person and grants nothing', async () => {
    const gina = await h.citizen({ firstName: 'Gina' });
    await gina.say(`/start ${folignoLink}`);
    expect(gina.lastText()).toBe('Questo invito è già stato usato. Chiedi un nuovo invito a chi te l\'ha mandato.');
    const grants = await h.db.db.select().from(roleGrants).where(eq(roleGrants.personId, (await personRow(gina.id)).id));
    expect(grants).toEqual([]);
  });

  it('an expired invitation fails kindly after 72 hours', async () => {
    const link = await adminInvites('facilitator', /^Zona 8 · Foligno/, 'DigiPASS Foligno');
    now = new Date(now.getTime() + 72 * 3_600_000 + 60_000);
    const late = await h.citizen({ firstName: 'Lorenzo' });
    await late.say(`/start ${link}`);
    expect(late.lastText()).toBe('Questo invito è scaduto. Chiedi un nuovo invito a chi te l\'ha mandato.');
    const [inv] = await h.db.db.select().from(invitations).where(eq(invitations.code, link.slice(4)));
    expect(inv?.usedAt).toBeNull();
  });

  it('an invitation code nobody created fails kindly', async () => {
    const p = await h.citizen({ firstName: 'Nino' });
    await p.say('/start inv_ThisCodeDoesNotExist');
    expect(p.lastText()).toBe('Questo invito non esiste. Chiedi un nuovo invito a chi te l\'ha mandato.');
  });
});

describe('boundaries between points and zones', () => {
  let carla: SimulatedPerson;
  let fabio: SimulatedPerson;
  let citizen: SimulatedPerson;

  beforeAll(async () => {
    carla = await h.citizen({ firstName: 'Carla' });
    await carla.say(`/start ${await adminInvites('coordinator', /^Zona 7 · Gubbio/)}`);
    fabio = await h.citizen({ firstName: 'Fabio2' });
    await fabio.say(`/start ${await adminInvites('facilitator', /^Zona 8 · Foligno/, 'DigiPASS Foligno')}`);
    citizen = await h.citizen({ firstName: 'Cittadino' });
    await citizen.say('/start');
  });

  it('a coordinator invites facilitators for the points of her zone only', async () => {
    await carla.say('/invite');
    expect(carla.lastText()).toBe('Scegli il punto:');
    expect(carla.inlineButtons().map((b) => b.text)).toEqual(['DigiPASS Gubbio']);
    await carla.press('DigiPASS Gubbio');
    expect(inviteLink(carla.lastText())).toBeDefined();
    // A forged button for a point of zone 8 is refused and recorded.
    const foligno = (await h.db.db.query.points.findFirst({ where: (p, { eq }) => eq(p.slug, 'digipass-foligno') }))!;
    const before = await h.db.db.select().from(invitations);
    await h.emulator.pressButton(h.token, carla.id, carla.lastBotMessage().message_id, `invp:${foligno.id.toString(36)}`, { forge: true });
    expect(carla.lastText()).toBe('Questa azione è per i coordinatori della zona 8 (Foligno).');
    expect(await h.db.db.select().from(invitations)).toHaveLength(before.length);
    h.expectNoViolations();
  });

  it('a facilitator sees only his point’s team and cannot revoke, even with forged buttons', async () => {
    await fabio.say('/team');
    const text = fabio.lastText();
    expect(text).toContain('facilitatore di DigiPASS Foligno');
    expect(text).not.toContain('Gubbio');
    expect(fabio.inlineButtons()).toEqual([]);
    const carlaGrant = (await h.db.db.select().from(roleGrants).where(eq(roleGrants.personId, (await personRow(carla.id)).id)))[0]!;
    await h.emulator.pressButton(h.token, fabio.id, fabio.lastBotMessage().message_id, `team:yes:${carlaGrant.id.toString(36)}`, { forge: true });
    expect(fabio.lastText()).toBe('Questa azione è per i coordinatori di zona e per la Regione.');
    expect(await h.db.db.select().from(roleGrants).where(eq(roleGrants.id, carlaGrant.id))).toHaveLength(1);
    await fabio.say('/invite');
    expect(fabio.lastText()).toBe('Questa azione è per i coordinatori di zona e per la Regione.');
  });

  it('a coordinator cannot revoke outside her zone; an admin revokes after confirming', async () => {
    const fabioGrant = (await h.db.db.select().from(roleGrants).where(eq(roleGrants.personId, (await personRow(fabio.id)).id)))[0]!;
    await carla.say('/team');
    expect(carla.lastText()).not.toContain('Foligno');
    await h.emulator.pressButton(h.token, carla.id, carla.lastBotMessage().message_id, `team:yes:${fabioGrant.id.toString(36)}`, { forge: true });
    expect(carla.lastText()).toBe('Questa azione è per i coordinatori della zona 8 (Foligno).');
    expect(await h.db.db.select().from(roleGrants).where(eq(roleGrants.id, fabioGrant.id))).toHaveLength(1);

    await admin.say('/team');
    await admin.press('Revoca Fabio2');
    expect(admin.lastText()).toBe('Vuoi togliere a Fabio2 il ruolo di facilitatore di DigiPASS Foligno?');
    await admin.press('Sì, revoca');
    expect(admin.lastText()).toBe('Fatto: Fabio2 non è più facilitatore di DigiPASS Foligno.');
    expect(await h.db.db.select().from(roleGrants).where(eq(roleGrants.id, fabioGrant.id))).toHaveLength(0);
    // His chat's staff menu is removed.
    expect(h.emulator.calls.filter((c) => c.method === 'deleteMyCommands').at(-1)?.params).toMatchObject({ scope: { type: 'chat', chat_id: fabio.id } });
    h.expectNoViolations();
  });

  it('a citizen reaches no staff command or button, and each refusal is audited', async () => {
    const refusalsBefore = (await h.db.db.select().from(auditLog).where(eq(auditLog.action, 'access.refused'))).length;
    await citizen.say('/team');
    expect(citizen.lastText()).toBe('Questo comando è per chi lavora nei punti DigiPASS.');
    await citizen.say('/invite');
    expect(citizen.lastText()).toBe('Questo comando è per chi lavora nei punti DigiPASS.');
    await citizen.say('/start');
    const msg = citizen.lastBotMessage().message_id;
    for (const data of ['invr:coordinator', 'invz:facilitator:8', 'invp:1', 'team:ask:1', 'team:yes:1']) {
      await h.emulator.pressButton(h.token, citizen.id, msg, data, { forge: true });
    }
    const refusals = await h.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'access.refused'), eq(auditLog.actorPersonId, (await personRow(citizen.id)).id)));
    expect(refusals.length).toBeGreaterThanOrEqual(6);
    expect(refusals.length + refusalsBefore).toBeGreaterThan(refusalsBefore);
    const grants = await h.db.db.select().from(roleGrants).where(eq(roleGrants.personId, (await personRow(citizen.id)).id));
    expect(grants).toEqual([]);
    h.expectNoViolations();
  });
});

describe('importing hours from a file (regional admins)', () => {
  it('checks every line, previews, then replaces the hours of the points in the file', async () => {
    const csv = 'point,weekday,start,end,facilitators\ndigipass-foligno,lunedì,9:00,13:00,2\ndigipass-foligno,giovedi,15,18,1\ndigipass-gubbio,fri,9,12,\n';
    await admin.say('/importhours');
    expect(admin.lastText()).toContain('Mandami il file CSV degli orari');
    await h.emulator.sendDocument(h.token, admin.id, { fileName: 'hours.csv', mimeType: 'text/csv', bytes: Buffer.from('point,weekday,start,end,facilitators\ndigipass-nowhere,lun,9,13,1\n') });
    expect(admin.lastText()).toBe('Il file ha errori, non ho importato niente. Righe da correggere: 2 (point "digipass-nowhere")');
    await admin.say('/importhours');
    await h.emulator.sendDocument(h.token, admin.id, { fileName: 'hours.csv', mimeType: 'text/csv', bytes: Buffer.from(csv) });
    expect(admin.lastText()).toBe('Nel file: 3 orari per 2 punti. Li importo?');
    await admin.press('📥 Importa');
    expect(admin.lastText()).toBe('Fatto: importati 3 orari per 2 punti.');
    const [foligno] = await h.db.db.select().from(points).where(eq(points.slug, 'digipass-foligno'));
    const ranges = await h.db.db.select().from(openingRanges).where(eq(openingRanges.pointId, foligno!.id)).orderBy(openingRanges.weekday);
    expect(ranges.map((r) => [r.weekday, r.startTime, r.endTime, r.capacity])).toEqual([
      [1, '09:00:00', '13:00:00', 2],
      [4, '15:00:00', '18:00:00', 1],
    ]);
    h.expectNoViolations();
  });

  it('is refused to anyone but a regional admin', async () => {
    const p = await h.citizen({ firstName: 'Qualcuno' });
    await p.say('/importhours');
    expect(p.lastText()).toBe('Questo comando è per chi lavora nei punti DigiPASS.');
  });
});
