/**
 * Who may do what. One pure function decides every command, button and conversation step,
 * so the rules live in one place and are tested without Telegram or a database.
 */
export type Grant =
  | { role: 'facilitator'; pointId: number; zoneNumber: number }
  | { role: 'coordinator'; zoneNumber: number }
  | { role: 'admin' };

export interface Actor {
  personId: number;
  grants: readonly Grant[];
}

/** A place an action touches: a point (and the zone it is in), a zone, or the whole region. */
export type Scope =
  | { kind: 'point'; pointId: number; zoneNumber: number }
  | { kind: 'zone'; zoneNumber: number }
  | { kind: 'region' };

export type Action =
  /** Agenda, hours, walk-ins, services recorded, news and events of a point. */
  | { kind: 'point.operate'; scope: Extract<Scope, { kind: 'point' }> }
  /** Indicators of a point, a zone or the region. */
  | { kind: 'stats.view'; scope: Scope }
  /** Replace the hours of many points from a file (regional admins). */
  | { kind: 'hours.import' }
  /** Open one's own staff views (agenda, team) — what they contain is scoped separately. */
  | { kind: 'staff.view' }
  /** Open the invitation menu (coordinators and admins), then create one that grants `grant`. */
  | { kind: 'invite.start' }
  | { kind: 'invite.create'; grant: Grant }
  /** See the team of a scope / revoke one grant. */
  | { kind: 'team.view'; scope: Scope }
  | { kind: 'team.revoke'; grant: Grant; granteePersonId: number }
  /**
   * Create or manage an event that belongs to no point: online, or held across a whole zone,
   * of a zone or of the whole region. Anyone who works in the zone may — a facilitator of one
   * of its points, its coordinator, a regional admin; a region-wide event is the admins'.
   */
  | { kind: 'event.area'; scope: Extract<Scope, { kind: 'zone' | 'region' }> }
  /** Act on a booking or registration: the owner, or staff of its point. */
  | { kind: 'booking.act'; ownerPersonId: number | null; scope: Extract<Scope, { kind: 'point' }> };

export type Decision =
  | { allowed: true; as: 'owner' | 'facilitator' | 'coordinator' | 'admin' }
  | { allowed: false; reason: DenyReason };

export type DenyReason =
  | 'staff_only'
  | 'not_your_point'
  | 'not_your_zone'
  | 'admin_only'
  | 'coordinators_only'
  | 'not_yours'
  | 'cannot_revoke_self';

export const isAdmin = (a: Actor) => a.grants.some((g) => g.role === 'admin');
export const isStaff = (a: Actor) => a.grants.length > 0;

function coordinates(a: Actor, zoneNumber: number): boolean {
  return a.grants.some((g) => g.role === 'coordinator' && g.zoneNumber === zoneNumber);
}
function facilitates(a: Actor, pointId: number): boolean {
  return a.grants.some((g) => g.role === 'facilitator' && g.pointId === pointId);
}

/** The strongest role an actor holds over a scope, if any. */
function roleOver(a: Actor, scope: Scope): 'admin' | 'coordinator' | 'facilitator' | undefined {
  if (isAdmin(a)) return 'admin';
  if (scope.kind === 'region') return undefined;
  if (coordinates(a, scope.zoneNumber)) return 'coordinator';
  if (scope.kind === 'point' && facilitates(a, scope.pointId)) return 'facilitator';
  return undefined;
}

function denyFor(a: Actor, scope: Scope): DenyReason {
  if (!isStaff(a)) return 'staff_only';
  if (scope.kind === 'region') return 'admin_only';
  return scope.kind === 'point' ? 'not_your_point' : 'not_your_zone';
}

/** Granting or revoking roles is a zone matter (coordinators) or a regional one (admins). */
function denyInvite(a: Actor, g: Grant): DenyReason {
  if (!isStaff(a)) return 'staff_only';
  if (g.role === 'facilitator' && a.grants.some((x) => x.role === 'coordinator')) return 'not_your_zone';
  return a.grants.some((x) => x.role === 'coordinator') ? 'admin_only' : 'coordinators_only';
}

export function decide(actor: Actor, action: Action): Decision {
  switch (action.kind) {
    case 'point.operate':
    case 'stats.view':
    case 'team.view': {
      const role = roleOver(actor, action.scope);
      return role ? { allowed: true, as: role } : { allowed: false, reason: denyFor(actor, action.scope) };
    }
    case 'hours.import':
      return isAdmin(actor) ? { allowed: true, as: 'admin' } : { allowed: false, reason: isStaff(actor) ? 'admin_only' : 'staff_only' };
    case 'staff.view':
      return isStaff(actor) ? { allowed: true, as: isAdmin(actor) ? 'admin' : actor.grants.some((g) => g.role === 'coordinator') ? 'coordinator' : 'facilitator' } : { allowed: false, reason: 'staff_only' };
    case 'invite.start': {
      if (isAdmin(actor)) return { allowed: true, as: 'admin' };
      if (actor.grants.some((g) => g.role === 'coordinator')) return { allowed: true, as: 'coordinator' };
      return { allowed: false, reason: isStaff(actor) ? 'coordinators_only' : 'staff_only' };
    }
    case 'invite.create': {
      // Coordinators invite facilitators of their zone's points; admins invite facilitators and coordinators anywhere.
      if (action.grant.role === 'admin') return { allowed: false, reason: 'admin_only' };
      if (isAdmin(actor)) return { allowed: true, as: 'admin' };
      if (action.grant.role === 'facilitator' && coordinates(actor, action.grant.zoneNumber)) {
        return { allowed: true, as: 'coordinator' };
      }
      return { allowed: false, reason: denyInvite(actor, action.grant) };
    }
    case 'team.revoke': {
      if (action.granteePersonId === actor.personId) return { allowed: false, reason: 'cannot_revoke_self' };
      if (isAdmin(actor)) return { allowed: true, as: 'admin' };
      if (action.grant.role === 'facilitator' && coordinates(actor, action.grant.zoneNumber)) {
        return { allowed: true, as: 'coordinator' };
      }
      return { allowed: false, reason: denyInvite(actor, action.grant) };
    }
    case 'event.area': {
      if (isAdmin(actor)) return { allowed: true, as: 'admin' };
      if (action.scope.kind === 'region') return { allowed: false, reason: isStaff(actor) ? 'admin_only' : 'staff_only' };
      const zone = action.scope.zoneNumber;
      if (coordinates(actor, zone)) return { allowed: true, as: 'coordinator' };
      if (actor.grants.some((g) => g.role === 'facilitator' && g.zoneNumber === zone)) return { allowed: true, as: 'facilitator' };
      return { allowed: false, reason: isStaff(actor) ? 'not_your_zone' : 'staff_only' };
    }
    case 'booking.act': {
      if (action.ownerPersonId !== null && action.ownerPersonId === actor.personId) return { allowed: true, as: 'owner' };
      const role = roleOver(actor, action.scope);
      return role ? { allowed: true, as: role } : { allowed: false, reason: isStaff(actor) ? denyFor(actor, action.scope) : 'not_yours' };
    }
  }
}

/** Points an actor works at directly or through their zone (admins: undefined = all). */
export function operableZonesAndPoints(a: Actor): { all: true } | { all: false; zones: number[]; points: number[] } {
  if (isAdmin(a)) return { all: true };
  const zones: number[] = [];
  const points: number[] = [];
  for (const g of a.grants) {
    if (g.role === 'coordinator') zones.push(g.zoneNumber);
    if (g.role === 'facilitator') points.push(g.pointId);
  }
  return { all: false, zones, points };
}

/**
 * Zones in which an actor may create events of the whole zone or online ones (see
 * 'event.area'): the zones of their points and the zones they coordinate; admins: all.
 */
export function eventAreaZones(a: Actor): { all: true } | { all: false; zones: number[] } {
  if (isAdmin(a)) return { all: true };
  const zones = new Set<number>();
  for (const g of a.grants) if (g.role === 'coordinator' || g.role === 'facilitator') zones.add(g.zoneNumber);
  return { all: false, zones: [...zones].sort((x, y) => x - y) };
}
