import { and, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import { comuni, invitations, people, points, roleGrants, zones } from '../schema/index.js';
import type { Grant } from '../../domain/policy.js';
import type { Role } from '../schema/people.js';

export interface GrantRow {
  id: number;
  personId: number;
  telegramId: number;
  displayName: string;
  role: Role;
  pointId: number | null;
  pointName: string | null;
  zoneNumber: number | null;
  zoneName: string | null;
}

/** The zone a grant lives in, joined once so the policy can reason about zones. */
const grantColumns = {
  id: roleGrants.id,
  personId: roleGrants.personId,
  telegramId: people.telegramId,
  displayName: roleGrants.displayName,
  role: roleGrants.role,
  pointId: roleGrants.pointId,
  pointName: points.name,
  zoneNumber: sql<number | null>`coalesce(${roleGrants.zoneNumber}, ${comuni.zoneNumber})`.mapWith(
    (v: unknown) => (v === null ? null : Number(v)),
  ),
  zoneName: zones.name,
};

function baseGrantQuery(db: Database) {
  return db
    .select(grantColumns)
    .from(roleGrants)
    .innerJoin(people, eq(people.id, roleGrants.personId))
    .leftJoin(points, eq(points.id, roleGrants.pointId))
    .leftJoin(comuni, eq(comuni.istat, points.comuneIstat))
    .leftJoin(zones, eq(zones.number, sql`coalesce(${roleGrants.zoneNumber}, ${comuni.zoneNumber})`));
}

export function toGrant(row: GrantRow): Grant {
  if (row.role === 'facilitator') return { role: 'facilitator', pointId: row.pointId!, zoneNumber: row.zoneNumber! };
  if (row.role === 'coordinator') return { role: 'coordinator', zoneNumber: row.zoneNumber! };
  return { role: 'admin' };
}

export function rolesRepository(db: Database) {
  return {
    async grantsOf(personId: number): Promise<GrantRow[]> {
      return baseGrantQuery(db).where(eq(roleGrants.personId, personId)).orderBy(roleGrants.id);
    },
    async grantById(id: number): Promise<GrantRow | undefined> {
      const [row] = await baseGrantQuery(db).where(eq(roleGrants.id, id));
      return row;
    },
    /** Grants inside a scope: everything (admin), a zone (its coordinators and its points' facilitators), or points. */
    async grantsIn(scope: { all: true } | { all: false; zones: number[]; points: number[] }): Promise<GrantRow[]> {
      const q = baseGrantQuery(db);
      if (scope.all) return q.orderBy(roleGrants.role, roleGrants.id);
      const conds = [];
      if (scope.zones.length > 0) {
        conds.push(inArray(roleGrants.zoneNumber, scope.zones), inArray(comuni.zoneNumber, scope.zones));
      }
      if (scope.points.length > 0) conds.push(inArray(roleGrants.pointId, scope.points));
      if (conds.length === 0) return [];
      return q.where(or(...conds)).orderBy(roleGrants.role, roleGrants.id);
    },
    async staffTelegramIds(): Promise<{ telegramId: number; language: string | null }[]> {
      return db
        .selectDistinct({ telegramId: people.telegramId, language: people.language })
        .from(roleGrants)
        .innerJoin(people, eq(people.id, roleGrants.personId));
    },
    /** Inserts a grant unless the person already has it; true when inserted. */
    async insertGrant(g: {
      personId: number;
      grant: Grant;
      displayName: string;
      grantedByPersonId: number | null;
      at: Date;
    }): Promise<number | undefined> {
      const rows = await db
        .insert(roleGrants)
        .values({
          personId: g.personId,
          role: g.grant.role,
          pointId: g.grant.role === 'facilitator' ? g.grant.pointId : null,
          zoneNumber: g.grant.role === 'coordinator' ? g.grant.zoneNumber : null,
          displayName: g.displayName,
          grantedByPersonId: g.grantedByPersonId,
          grantedAt: g.at,
        })
        .onConflictDoNothing()
        .returning({ id: roleGrants.id });
      return rows[0]?.id;
    },
    async deleteGrant(id: number): Promise<boolean> {
      const rows = await db.delete(roleGrants).where(eq(roleGrants.id, id)).returning({ id: roleGrants.id });
      return rows.length === 1;
    },
    async insertInvitation(inv: {
      code: string;
      grant: Grant;
      createdByPersonId: number;
      createdAt: Date;
      expiresAt: Date;
    }): Promise<void> {
      await db.insert(invitations).values({
        code: inv.code,
        role: inv.grant.role,
        pointId: inv.grant.role === 'facilitator' ? inv.grant.pointId : null,
        zoneNumber: inv.grant.role === 'coordinator' ? inv.grant.zoneNumber : null,
        createdByPersonId: inv.createdByPersonId,
        createdAt: inv.createdAt,
        expiresAt: inv.expiresAt,
      });
    },
    /**
     * Marks an invitation used by this person if it is still unused and unexpired (one
     * statement, so two people racing for one link cannot both get it). Returns the row, or
     * the reason it cannot be used.
     */
    async claimInvitation(
      code: string,
      personId: number,
      now: Date,
    ): Promise<
      | { ok: true; role: Role; pointId: number | null; zoneNumber: number | null; createdByPersonId: number | null }
      | { ok: false; reason: 'not_found' | 'expired' | 'used' }
    > {
      const claimed = await db
        .update(invitations)
        .set({ usedByPersonId: personId, usedAt: now })
        .where(and(eq(invitations.code, code), isNull(invitations.usedAt), gt(invitations.expiresAt, now)))
        .returning({
          role: invitations.role,
          pointId: invitations.pointId,
          zoneNumber: invitations.zoneNumber,
          createdByPersonId: invitations.createdByPersonId,
        });
      if (claimed[0]) return { ok: true, ...claimed[0] };
      const [row] = await db
        .select({ usedAt: invitations.usedAt, expiresAt: invitations.expiresAt })
        .from(invitations)
        .where(eq(invitations.code, code));
      if (!row) return { ok: false, reason: 'not_found' };
      return { ok: false, reason: row.usedAt ? 'used' : 'expired' };
    },
    async pointZone(pointId: number): Promise<{ pointId: number; zoneNumber: number; name: string } | undefined> {
      const [row] = await db
        .select({ pointId: points.id, zoneNumber: comuni.zoneNumber, name: points.name })
        .from(points)
        .innerJoin(comuni, eq(comuni.istat, points.comuneIstat))
        .where(eq(points.id, pointId));
      return row;
    },
  };
}
export type RolesRepository = ReturnType<typeof rolesRepository>;
