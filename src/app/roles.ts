import { randomBytes } from 'node:crypto';
import type { Database } from '../db/client.js';
import { rolesRepository, toGrant, type GrantRow } from '../db/repositories/roles.js';
import { auditRepository } from '../db/repositories/audit.js';
import { peopleRepository } from '../db/repositories/people.js';
import { decide, operableZonesAndPoints, type Action, type Actor, type Grant, type Scope } from '../domain/policy.js';
import { AppError } from './errors.js';
import type { ReferenceCache } from './reference.js';

export const INVITATION_TTL_MS = 72 * 3_600_000;

/** Use cases for roles, invitations and the team; every one checks the policy first. */
export function roleUseCases(deps: { db: Database; clock: () => Date }) {
  const { db, clock } = deps;
  const roles = rolesRepository(db);
  const audit = auditRepository(db);

  /** Checks an action; a refusal is recorded in the audit log and thrown as NOT_ALLOWED. */
  async function authorize(actor: Actor, action: Action): Promise<void> {
    const d = decide(actor, action);
    if (d.allowed) return;
    await audit.record({
      at: clock(),
      actorPersonId: actor.personId,
      action: 'access.refused',
      subject: action.kind,
      detail: { reason: d.reason, ...scopeDetail(action) },
    });
    throw new AppError('NOT_ALLOWED', { reason: d.reason, ...scopeDetail(action) });
  }

  return {
    authorize,

    async actorFor(personId: number): Promise<Actor & { rows: GrantRow[] }> {
      const rows = await roles.grantsOf(personId);
      return { personId, grants: rows.map(toGrant), rows };
    },

    /** ADMIN_TELEGRAM_IDS are regional admins from the first start (and stay so). */
    async ensureAdmins(telegramIds: readonly number[]): Promise<void> {
      const people = peopleRepository(db);
      for (const tg of telegramIds) {
        const person = await people.touch(tg, clock());
        const id = await roles.insertGrant({
          personId: person.id,
          grant: { role: 'admin' },
          displayName: `admin ${tg}`,
          grantedByPersonId: null,
          at: clock(),
        });
        if (id !== undefined) {
          await audit.record({ at: clock(), actorPersonId: null, action: 'role.grant', subject: `grant:${id}`, detail: { role: 'admin', via: 'config' } });
        }
      }
    },

    async createInvitation(actor: Actor, grant: Grant): Promise<{ code: string; expiresAt: Date }> {
      await authorize(actor, { kind: 'invite.create', grant });
      const now = clock();
      // 16 base62-ish characters: unguessable, and short enough for a deep link.
      const code = randomBytes(12).toString('base64url').replace(/[-_]/g, 'x').slice(0, 16);
      const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
      await roles.insertInvitation({ code, grant, createdByPersonId: actor.personId, createdAt: now, expiresAt });
      await audit.record({ at: now, actorPersonId: actor.personId, action: 'invite.create', subject: `invite:${code.slice(0, 4)}…`, detail: grantDetail(grant) });
      return { code, expiresAt };
    },

    /**
     * Accepts an invitation once: the claim and the grant commit together. The link grants only
     * what its creator may still grant today (a coordinator revoked since cannot bring people in);
     * every refusal is recorded.
     */
    async acceptInvitation(person: { id: number; displayName: string }, code: string): Promise<GrantRow> {
      const now = clock();
      try {
        return await db.transaction(async (tx) => {
          const r = rolesRepository(tx);
          const claim = await r.claimInvitation(code, person.id, now);
          if (!claim.ok) {
            throw new AppError(claim.reason === 'not_found' ? 'INVITE_NOT_FOUND' : claim.reason === 'expired' ? 'INVITE_EXPIRED' : 'INVITE_USED');
          }
          let grant: Grant;
          if (claim.role === 'facilitator') {
            const pz = await r.pointZone(claim.pointId!);
            if (!pz) throw new AppError('INVITE_NOT_FOUND');
            grant = { role: 'facilitator', pointId: pz.pointId, zoneNumber: pz.zoneNumber };
          } else if (claim.role === 'coordinator') {
            grant = { role: 'coordinator', zoneNumber: claim.zoneNumber! };
          } else {
            grant = { role: 'admin' };
          }
          const creator: Actor | undefined =
            claim.createdByPersonId === null ? undefined : { personId: claim.createdByPersonId, grants: (await r.grantsOf(claim.createdByPersonId)).map(toGrant) };
          if (!creator || !decide(creator, { kind: 'invite.create', grant }).allowed) {
            throw new AppError('INVITE_REVOKED', grantDetail(grant) as Record<string, string | number>);
          }
          const id = await r.insertGrant({ personId: person.id, grant, displayName: person.displayName.slice(0, 64), grantedByPersonId: claim.createdByPersonId, at: now });
          if (id === undefined) throw new AppError('ALREADY_HAS_ROLE');
          const a = auditRepository(tx);
          await a.record({ at: now, actorPersonId: person.id, action: 'invite.accept', subject: `grant:${id}` });
          await a.record({ at: now, actorPersonId: claim.createdByPersonId, action: 'role.grant', subject: `grant:${id}`, detail: grantDetail(grant) });
          const row = await r.grantById(id);
          return row!;
        });
      } catch (err) {
        // The transaction rolled back (a link refused for its creator stays unused): record the refusal outside it.
        if (err instanceof AppError && err.code !== 'ALREADY_HAS_ROLE') {
          await audit.record({
            at: now,
            actorPersonId: person.id,
            action: 'access.refused',
            subject: 'invite.accept',
            detail: { reason: err.code.toLowerCase(), invite: `${code.slice(0, 4)}…`, ...err.detail },
          });
        }
        throw err;
      }
    },

    /** Records a refusal decided outside the policy (a forged or stale id that leads nowhere). */
    async refused(personId: number, subject: string, detail: Record<string, unknown>): Promise<void> {
      await audit.record({ at: clock(), actorPersonId: personId, action: 'access.refused', subject, detail });
    },

    async team(actor: Actor, scope: Scope): Promise<GrantRow[]> {
      await authorize(actor, { kind: 'team.view', scope });
      if (scope.kind === 'region') return roles.grantsIn({ all: true });
      if (scope.kind === 'zone') return roles.grantsIn({ all: false, zones: [scope.zoneNumber], points: [] });
      return roles.grantsIn({ all: false, zones: [], points: [scope.pointId] });
    },

    /** Everyone the actor may see in /team: their whole scope. */
    async visibleTeam(actor: Actor): Promise<GrantRow[]> {
      const scope = operableZonesAndPoints(actor);
      if (!scope.all && scope.zones.length === 0 && scope.points.length === 0) {
        await authorize(actor, { kind: 'team.view', scope: { kind: 'region' } });
      }
      return roles.grantsIn(scope);
    },

    async revoke(actor: Actor, grantId: number): Promise<GrantRow> {
      const row = await roles.grantById(grantId);
      if (!row) throw new AppError('NOT_FOUND');
      await authorize(actor, { kind: 'team.revoke', grant: toGrant(row), granteePersonId: row.personId });
      await roles.deleteGrant(grantId);
      await audit.record({ at: clock(), actorPersonId: actor.personId, action: 'role.revoke', subject: `grant:${grantId}`, detail: grantDetail(toGrant(row)) });
      return row;
    },

    async grantById(id: number) {
      return roles.grantById(id);
    },

    /**
     * The points a staff member works at (directly, through their zone, or all for admins);
     * refused, and audited, for anyone without a role.
     */
    async operablePointIds(actor: Actor, reference: ReferenceCache, opts: { fixedOnly?: boolean } = {}): Promise<number[]> {
      await authorize(actor, { kind: 'staff.view' });
      const ref = await reference.get();
      const scope = operableZonesAndPoints(actor);
      return ref.points
        .filter((p) => (!opts.fixedOnly || p.kind === 'fixed') && (scope.all || scope.points.includes(p.id) || scope.zones.includes(p.zoneNumber)))
        .map((p) => p.id);
    },

    async staffTelegramIds() {
      return roles.staffTelegramIds();
    },
  };
}
export type RoleUseCases = ReturnType<typeof roleUseCases>;

function grantDetail(g: Grant): Record<string, unknown> {
  return g.role === 'facilitator'
    ? { role: g.role, pointId: g.pointId }
    : g.role === 'coordinator'
      ? { role: g.role, zoneNumber: g.zoneNumber }
      : { role: g.role };
}

function scopeDetail(action: Action): Record<string, string | number> {
  if (action.kind === 'invite.start' || action.kind === 'staff.view' || action.kind === 'hours.import') return { scope: 'region' };
  const scope: Scope =
    'scope' in action
      ? action.scope
      : action.grant.role === 'facilitator'
        ? { kind: 'point', pointId: action.grant.pointId, zoneNumber: action.grant.zoneNumber }
        : action.grant.role === 'coordinator'
          ? { kind: 'zone', zoneNumber: action.grant.zoneNumber }
          : { kind: 'region' };
  if (scope.kind === 'point') return { scope: 'point', pointId: scope.pointId, zoneNumber: scope.zoneNumber };
  if (scope.kind === 'zone') return { scope: 'zone', zoneNumber: scope.zoneNumber };
  return { scope: 'region' };
}
