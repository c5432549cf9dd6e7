import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { harness, type Harness } from '../support/harness.js';
import { events, points } from '../../src/db/schema/index.js';
import { weeklyOn } from '../../src/domain/recurrence.js';

let h: Harness;
let eventId: number;
beforeAll(async () => {
  h = await harness();
  const [foligno] = await h.db.db.select().from(points).where(eq(points.slug, 'digipass-foligno'));
  const [e] = await h.db.db
    .insert(events)
    .values({
      title: 'Corso SPID <base> & "app"',
      description: 'Quattro incontri',
      pointId: foligno!.id,
      category: 'course',
      startsAt: new Date('2026-03-17T08:00:00Z'), // Tuesday 09:00 CET
      endsAt: new Date('2026-03-17T10:00:00Z'),
      rrule: weeklyOn([2], { count: 4 }),
      exdates: ['2026-03-31T07:00:00.000Z'], // the third Tuesday, 09:00 CEST
      status: 'published',
      sequence: 3,
    })
    .returning();
  eventId = e!.id;
  await h.db.db.insert(events).values({ title: 'Bozza', pointId: foligno!.id, category: 'other', startsAt: new Date('2026-04-01T08:00:00Z'), endsAt: new Date('2026-04-01T09:00:00Z'), status: 'draft' });
});
afterAll(async () => {
  await h?.close();
});

describe('calendar feeds over HTTP', () => {
  it('serves a point’s calendar: Rome times, the recurrence, the cancelled occurrence, no drafts', async () => {
    const res = await fetch(`${h.service.http.url}/calendar/points/digipass-foligno.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const body = await res.text();
    expect(body).toContain('X-WR-CALNAME:DigiPASS Umbria — DigiPASS Foligno');
    expect(body).toContain('BEGIN:VTIMEZONE');
    expect(body).toContain(`UID:event-${eventId}@digipass-bot`);
    expect(body).toContain('SEQUENCE:3');
    expect(body).toContain('DTSTART;TZID=Europe/Rome:20260317T090000');
    expect(body).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4');
    expect(body).toContain('EXDATE;TZID=Europe/Rome:20260331T090000');
    expect(body).toContain('SUMMARY:Corso SPID <base> & "app"');
    expect(body).not.toContain('Bozza');
  });

  it('answers 304 to a client that already has it, and 404 for what does not exist', async () => {
    const first = await fetch(`${h.service.http.url}/calendar.ics`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(`${h.service.http.url}/calendar.ics`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect((await fetch(`${h.service.http.url}/calendar/points/nowhere.ics`)).status).toBe(404);
    expect((await fetch(`${h.service.http.url}/calendar/zones/99.ics`)).status).toBe(404);
    expect((await fetch(`${h.service.http.url}/calendar/events/${eventId}.ics`)).status).toBe(200);
    expect((await (await fetch(`${h.service.http.url}/calendar/zones/8.ics`)).text())).toContain(`UID:event-${eventId}@digipass-bot`);
  });

  it('changes its ETag when an event changes', async () => {
    const before = (await fetch(`${h.service.http.url}/calendar.ics`)).headers.get('etag');
    await h.db.db.update(events).set({ sequence: 4, updatedAt: new Date() }).where(eq(events.id, eventId));
    const after = await fetch(`${h.service.http.url}/calendar.ics`, { headers: { 'if-none-match': before! } });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain('SEQUENCE:4');
  });
});
