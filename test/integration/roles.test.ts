import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import type { SimulatedPerson } from '../support/person.js';
import { auditLog, bookings, invitations, news, openingRanges, people, points, roleGrants, serviceRecords } from '../../src/db/schema/index.js';

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
    expect(commands).toEqual(expect.arrayContaining(['team', 'agenda', 'news', 'start']));
    // Only what the policy lets a facilitator do: no invitations, no hours import.
    expect(commands).not.toContain('invite');
    expect(commands).not.toContain('importhours');
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

  it('every refused invitation is in the audit log, with its reason and the person who tried', async () => {
    const refused = await h.db.db.select().from(auditLog).where(and(eq(auditLog.action, 'access.refused'), eq(auditLog.subject, 'invite.accept')));
    const byReason = new Map(refused.map((r) => [r.detail.reason, r.actorPersonId]));
    const [gina, lorenzo, nino] = await Promise.all(['Gina', 'Lorenzo', 'Nino'].map(async (name) => {
      const [g] = await h.db.db.select({ personId: roleGrants.personId }).from(roleGrants).where(eq(roleGrants.displayName, name));
      return g?.personId;
    }));
    // None of them got a role; each refusal names who tried.
    expect([gina, lorenzo, nino]).toEqual([undefined, undefined, undefined]);
    expect([...byReason.keys()].sort()).toEqual(['invite_expired', 'invite_not_found', 'invite_used']);
    for (const actor of byReason.values()) expect(actor).toEqual(expect.any(Number));
    // The code itself is not written down, only its first characters.
    expect(JSON.stringify(refused)).not.toContain('ThisCodeDoesNotExist');
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

  it('each staff menu shows what the policy allows: coordinators invite, only admins import hours', async () => {
    const menuOf = (tg: number) => {
      const call = h.emulator.calls.filter((c) => c.method === 'setMyCommands' && (c.params as { scope?: { chat_id?: number } }).scope?.chat_id === tg).at(-1);
      return (call?.params as { commands: { command: string }[] }).commands.map((c) => c.command);
    };
    expect(menuOf(fabio.id)).not.toContain('invite');
    expect(menuOf(fabio.id)).not.toContain('importhours');
    expect(menuOf(fabio.id)).toEqual(expect.arrayContaining(['agenda', 'team', 'news']));
    expect(menuOf(carla.id)).toEqual(expect.arrayContaining(['invite', 'team', 'agenda']));
    expect(menuOf(carla.id)).not.toContain('importhours');
    expect(menuOf(admin.id)).toEqual(expect.arrayContaining(['invite', 'importhours', 'team']));
    // A citizen has no menu of their own chat.
    expect(h.emulator.calls.filter((c) => c.method === 'setMyCommands' && (c.params as { scope?: { chat_id?: number } }).scope?.chat_id === citizen.id)).toEqual([]);
    h.expectNoViolations();
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

  it('grants, revocations and invitations are in the audit log, with who did them', async () => {
    const adminId = (await personRow(ADMIN_ID)).id;
    const carlaId = (await personRow(carla.id)).id;
    const log = await h.db.db.select().from(auditLog).orderBy(auditLog.id);
    const revoke = log.filter((r) => r.action === 'role.revoke').at(-1)!;
    expect(revoke).toMatchObject({ actorPersonId: adminId, detail: { role: 'facilitator' } });
    const revokedId = Number(revoke.subject!.split(':')[1]);
    // The grant that was revoked had been recorded when the invitation was accepted, by the admin who invited.
    expect(log.find((r) => r.action === 'role.grant' && r.subject === `grant:${revokedId}`)).toMatchObject({ actorPersonId: adminId, detail: { role: 'facilitator' } });
    expect(log.find((r) => r.action === 'invite.accept' && r.subject === `grant:${revokedId}`)).toMatchObject({ actorPersonId: (await personRow(fabio.id)).id });
    expect(log.filter((r) => r.action === 'invite.create' && r.actorPersonId === carlaId)).toEqual([expect.objectContaining({ detail: expect.objectContaining({ role: 'facilitator' }) })]);
    expect(log.filter((r) => r.action === 'invite.create' && r.actorPersonId === adminId).length).toBeGreaterThanOrEqual(4);
    // Admins from the configuration are recorded too.
    expect(log.find((r) => r.action === 'role.grant' && r.detail.via === 'config')).toBeDefined();
  });

  it('a revocation button for a grant that does not exist is recorded as refused', async () => {
    await admin.say('/team');
    await h.emulator.pressButton(h.token, admin.id, admin.lastBotMessage().message_id, `team:ask:${(987_654).toString(36)}`, { forge: true });
    expect(admin.lastText()).toBe('Non trovo quello che cerchi. Forse è stato cancellato.');
    const [row] = await h.db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'access.refused'), eq(auditLog.subject, 'team.revoke'), eq(auditLog.actorPersonId, (await personRow(ADMIN_ID)).id)));
    expect(row?.detail).toMatchObject({ reason: 'not_found', grantId: 987_654 });
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
  it('a citizen pressing forged staff buttons changes nothing and is answered kindly', async () => {
    const [foligno] = await h.db.db.select().from(points).where(eq(points.slug, 'digipass-foligno'));
    const adminId = (await personRow(ADMIN_ID)).id;
    const [booking] = await h.db.db
      .insert(bookings)
      .values({ code: 'FRG001', pointId: foligno!.id, serviceCode: 'spid', startsAt: new Date('2026-11-27T09:00:00Z'), endsAt: new Date('2026-11-27T09:45:00Z'), seat: 1, firstName: 'Altra' })
      .returning();
    const [record] = await h.db.db
      .insert(serviceRecords)
      .values({ pointId: foligno!.id, serviceCode: 'spid', citizenKey: '00000000-0000-4000-8000-000000000001', occurredAt: new Date('2026-11-23T09:00:00Z'), outcome: 'resolved' })
      .returning();
    const [scheduled] = await h.db.db
      .insert(news)
      .values({ pointId: foligno!.id, text: 'Notizia in programma', status: 'scheduled', publishAt: new Date('2026-12-10T09:00:00Z'), createdByPersonId: adminId })
      .returning();
    const citizenId = (await personRow(citizen.id)).id;
    const id36 = (n: number) => n.toString(36);
    const forged = [
      `aga:arrived:${id36(booking!.id)}`,
      `aga:noshow:${id36(booking!.id)}`,
      `wk:out:${id36(foligno!.id)}:0:0`,
      `pn:age:${id36(record!.id)}:1`,
      `hr:add:0`,
      `nwx:${id36(scheduled!.id)}`,
      `nwx:${id36(2_000_000)}`,
    ];
    const refusalsBefore = (await h.db.db.select().from(auditLog).where(and(eq(auditLog.action, 'access.refused'), eq(auditLog.actorPersonId, citizenId)))).length;
    for (const data of forged) {
      const sent = citizen.botMessages().length;
      await h.emulator.pressButton(h.token, citizen.id, citizen.lastBotMessage().message_id, data, { forge: true });
      const answer = citizen.botMessages().length > sent ? citizen.lastText() : (h.emulator.callbackAnswers.at(-1)?.text ?? '');
      expect(answer, data).toMatch(/^(Questo comando è per chi lavora nei punti DigiPASS\.|Questa notizia non è più in programma|Questo pulsante non è più valido)/);
    }
    // An id no database integer can hold is not even read: no error, no message.
    const sent = citizen.botMessages().length;
    await h.emulator.pressButton(h.token, citizen.id, citizen.lastBotMessage().message_id, 'nwx:zzzzzzzzzzz', { forge: true });
    expect(citizen.botMessages()).toHaveLength(sent);
    const [b] = await h.db.db.select().from(bookings).where(eq(bookings.id, booking!.id));
    expect(b?.status).toBe('booked');
    const [r] = await h.db.db.select().from(serviceRecords).where(eq(serviceRecords.id, record!.id));
    expect(r?.ageBand).toBeNull();
    expect(await h.db.db.select().from(serviceRecords).where(eq(serviceRecords.walkIn, true))).toEqual([]);
    const [n] = await h.db.db.select().from(news).where(eq(news.id, scheduled!.id));
    expect(n?.status).toBe('scheduled');
    const refusals = await h.db.db.select().from(auditLog).where(and(eq(auditLog.action, 'access.refused'), eq(auditLog.actorPersonId, citizenId)));
    expect(refusals.length - refusalsBefore).toBeGreaterThanOrEqual(5);
    expect(refusals.filter((x) => x.subject === 'news.cancel').map((x) => x.detail.reason).sort()).toEqual(['not_found', 'not_yours']);
    expect(h.logs()).not.toContain('update handling failed');
    h.expectNoViolations();
  });

  it('a facilitator of two points cannot post news for a third, even with a forged button', async () => {
    const [assisi] = await h.db.db.select().from(points).where(eq(points.name, 'DigiPASS Assisi'));
    const [foligno] = await h.db.db.select().from(points).where(eq(points.slug, 'digipass-foligno'));
    const [gubbio] = await h.db.db.select().from(points).where(eq(points.slug, 'digipass-gubbio'));
    const dora = await h.citizen({ firstName: 'Dora' });
    await dora.say('/start');
    const doraId = (await personRow(dora.id)).id;
    await h.db.db.insert(roleGrants).values([
      { personId: doraId, role: 'facilitator', pointId: foligno!.id, displayName: 'Dora' },
      { personId: doraId, role: 'facilitator', pointId: assisi!.id, displayName: 'Dora' },
    ]);
    await dora.say('/news');
    expect(dora.lastText()).toBe('Per quale punto è la notizia?');
    expect(dora.inlineButtons().map((b) => b.text)).not.toContain('DigiPASS Gubbio');
    await h.emulator.pressButton(h.token, dora.id, dora.lastBotMessage().message_id, `nw:pt:${gubbio!.id.toString(36)}`, { forge: true });
    // Not one of hers: the question is asked again, and nothing is written for Gubbio.
    expect(dora.lastText()).toBe('Per quale punto è la notizia?');
    await dora.say('Notizia per Gubbio');
    await dora.press('✖️ Annulla');
    expect(await h.db.db.select().from(news).where(eq(news.pointId, gubbio!.id))).toEqual([]);
    h.expectNoViolations();
  });

  it('an invitation made by a coordinator who has since lost the role is refused kindly', async () => {
    await carla.say('/invite');
    await carla.press('DigiPASS Gubbio');
    const link = inviteLink(carla.lastText())!;
    const carlaGrant = (await h.db.db.select().from(roleGrants).where(eq(roleGrants.personId, (await personRow(carla.id)).id)))[0]!;
    await admin.say('/team');
    await admin.press('Revoca Carla');
    await admin.press('Sì, revoca');
    expect(await h.db.db.select().from(roleGrants).where(eq(roleGrants.id, carlaGrant.id))).toEqual([]);
    const late = await h.citizen({ firstName: 'Elio' });
    await late.say(`/start ${link}`);
    expect(late.lastText()).toBe("Questo invito non vale più: chi l'ha creato non può più assegnare questo ruolo. Chiedi un nuovo invito al tuo coordinatore o alla Regione.");
    const elioId = (await personRow(late.id)).id;
    expect(await h.db.db.select().from(roleGrants).where(eq(roleGrants.personId, elioId))).toEqual([]);
    const [refusal] = await h.db.db.select().from(auditLog).where(and(eq(auditLog.action, 'access.refused'), eq(auditLog.subject, 'invite.accept'), eq(auditLog.actorPersonId, elioId)));
    expect(refusal?.detail).toMatchObject({ reason: 'invite_revoked', role: 'facilitator' });
    // The link stays unused: nobody got anything from it.
    const [inv] = await h.db.db.select().from(invitations).where(eq(invitations.code, link.slice(4)));
    expect(inv?.usedAt).toBeNull();
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
