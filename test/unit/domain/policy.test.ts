import { describe, expect, it } from 'vitest';
import { decide, eventAreaZones, type Actor } from '../../../src/domain/policy.js';

const citizen: Actor = { personId: 1, grants: [] };
const folignoFacilitator: Actor = { personId: 2, grants: [{ role: 'facilitator', pointId: 10, zoneNumber: 8 }] };
const zone8Coordinator: Actor = { personId: 3, grants: [{ role: 'coordinator', zoneNumber: 8 }] };
const admin: Actor = { personId: 4, grants: [{ role: 'admin' }] };

const foligno = { kind: 'point', pointId: 10, zoneNumber: 8 } as const;
const spello = { kind: 'point', pointId: 11, zoneNumber: 8 } as const;
const gubbio = { kind: 'point', pointId: 20, zoneNumber: 7 } as const;

describe('who may operate a point', () => {
  it('lets its facilitators, its zone coordinator and admins in', () => {
    expect(decide(folignoFacilitator, { kind: 'point.operate', scope: foligno })).toEqual({ allowed: true, as: 'facilitator' });
    expect(decide(zone8Coordinator, { kind: 'point.operate', scope: spello })).toEqual({ allowed: true, as: 'coordinator' });
    expect(decide(admin, { kind: 'point.operate', scope: gubbio })).toEqual({ allowed: true, as: 'admin' });
  });
  it('keeps others out, saying why', () => {
    expect(decide(citizen, { kind: 'point.operate', scope: foligno })).toEqual({ allowed: false, reason: 'staff_only' });
    expect(decide(folignoFacilitator, { kind: 'point.operate', scope: spello })).toEqual({ allowed: false, reason: 'not_your_point' });
    expect(decide(zone8Coordinator, { kind: 'point.operate', scope: gubbio })).toEqual({ allowed: false, reason: 'not_your_point' });
  });
});

describe('events online or across a whole zone', () => {
  const zone = (zoneNumber: number) => ({ kind: 'event.area', scope: { kind: 'zone', zoneNumber } }) as const;
  it('a facilitator may, in the zone of one of their points only', () => {
    expect(decide(folignoFacilitator, zone(8))).toEqual({ allowed: true, as: 'facilitator' });
    expect(decide(folignoFacilitator, zone(7))).toEqual({ allowed: false, reason: 'not_your_zone' });
  });
  it('a coordinator in their zone, an admin anywhere and for the whole region; a citizen never', () => {
    expect(decide(zone8Coordinator, zone(8))).toEqual({ allowed: true, as: 'coordinator' });
    expect(decide(zone8Coordinator, zone(7))).toEqual({ allowed: false, reason: 'not_your_zone' });
    expect(decide(admin, zone(7))).toEqual({ allowed: true, as: 'admin' });
    expect(decide(admin, { kind: 'event.area', scope: { kind: 'region' } })).toEqual({ allowed: true, as: 'admin' });
    expect(decide(zone8Coordinator, { kind: 'event.area', scope: { kind: 'region' } })).toEqual({ allowed: false, reason: 'admin_only' });
    expect(decide(citizen, zone(8))).toEqual({ allowed: false, reason: 'staff_only' });
  });
  it('lists the zones each may choose', () => {
    const two: Actor = { personId: 5, grants: [{ role: 'facilitator', pointId: 20, zoneNumber: 7 }, { role: 'facilitator', pointId: 10, zoneNumber: 8 }, { role: 'facilitator', pointId: 11, zoneNumber: 8 }] };
    expect(eventAreaZones(two)).toEqual({ all: false, zones: [7, 8] });
    expect(eventAreaZones(zone8Coordinator)).toEqual({ all: false, zones: [8] });
    expect(eventAreaZones(admin)).toEqual({ all: true });
    expect(eventAreaZones(citizen)).toEqual({ all: false, zones: [] });
  });
});

describe('indicators', () => {
  it('zone figures for that zone’s coordinator, region figures for admins only', () => {
    expect(decide(zone8Coordinator, { kind: 'stats.view', scope: { kind: 'zone', zoneNumber: 8 } }).allowed).toBe(true);
    expect(decide(zone8Coordinator, { kind: 'stats.view', scope: { kind: 'zone', zoneNumber: 7 } })).toEqual({ allowed: false, reason: 'not_your_zone' });
    expect(decide(zone8Coordinator, { kind: 'stats.view', scope: { kind: 'region' } })).toEqual({ allowed: false, reason: 'admin_only' });
    expect(decide(folignoFacilitator, { kind: 'stats.view', scope: { kind: 'zone', zoneNumber: 8 } })).toEqual({ allowed: false, reason: 'not_your_zone' });
  });
});

describe('invitations and revocations', () => {
  const facOf = (pointId: number, zoneNumber: number) => ({ role: 'facilitator', pointId, zoneNumber }) as const;
  it('coordinators invite facilitators of their own zone only; admins invite anyone but admins', () => {
    expect(decide(zone8Coordinator, { kind: 'invite.create', grant: facOf(11, 8) }).allowed).toBe(true);
    expect(decide(zone8Coordinator, { kind: 'invite.create', grant: facOf(20, 7) })).toEqual({ allowed: false, reason: 'not_your_zone' });
    expect(decide(zone8Coordinator, { kind: 'invite.create', grant: { role: 'coordinator', zoneNumber: 8 } })).toEqual({ allowed: false, reason: 'admin_only' });
    expect(decide(folignoFacilitator, { kind: 'invite.create', grant: facOf(10, 8) })).toEqual({ allowed: false, reason: 'coordinators_only' });
    expect(decide(admin, { kind: 'invite.create', grant: { role: 'coordinator', zoneNumber: 3 } }).allowed).toBe(true);
    expect(decide(admin, { kind: 'invite.create', grant: { role: 'admin' } })).toEqual({ allowed: false, reason: 'admin_only' });
    expect(decide(folignoFacilitator, { kind: 'invite.start' })).toEqual({ allowed: false, reason: 'coordinators_only' });
    expect(decide(citizen, { kind: 'invite.start' })).toEqual({ allowed: false, reason: 'staff_only' });
  });
  it('revocation follows the same scopes and never targets oneself', () => {
    expect(decide(zone8Coordinator, { kind: 'team.revoke', grant: facOf(10, 8), granteePersonId: 2 }).allowed).toBe(true);
    expect(decide(zone8Coordinator, { kind: 'team.revoke', grant: facOf(20, 7), granteePersonId: 9 }).allowed).toBe(false);
    expect(decide(folignoFacilitator, { kind: 'team.revoke', grant: facOf(10, 8), granteePersonId: 9 })).toEqual({ allowed: false, reason: 'coordinators_only' });
    expect(decide(citizen, { kind: 'team.revoke', grant: facOf(10, 8), granteePersonId: 9 })).toEqual({ allowed: false, reason: 'staff_only' });
    expect(decide(admin, { kind: 'team.revoke', grant: { role: 'admin' }, granteePersonId: 4 })).toEqual({ allowed: false, reason: 'cannot_revoke_self' });
  });
});

describe('bookings', () => {
  it('the owner and the point’s staff may act; another citizen may not', () => {
    expect(decide(citizen, { kind: 'booking.act', ownerPersonId: 1, scope: foligno })).toEqual({ allowed: true, as: 'owner' });
    expect(decide({ personId: 5, grants: [] }, { kind: 'booking.act', ownerPersonId: 1, scope: foligno })).toEqual({ allowed: false, reason: 'not_yours' });
    expect(decide(folignoFacilitator, { kind: 'booking.act', ownerPersonId: 1, scope: foligno }).allowed).toBe(true);
    expect(decide(folignoFacilitator, { kind: 'booking.act', ownerPersonId: 1, scope: gubbio })).toEqual({ allowed: false, reason: 'not_your_point' });
    expect(decide({ personId: 5, grants: [] }, { kind: 'booking.act', ownerPersonId: null, scope: foligno })).toEqual({ allowed: false, reason: 'not_yours' });
  });
});

