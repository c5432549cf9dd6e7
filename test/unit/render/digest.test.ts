import { describe, expect, it } from 'vitest';
import { createLocales } from '../../../src/render/translate.js';
import { loadLocaleSources } from '../../../src/locales/load.js';
import { groupByZone, renderDigest, type DigestItem } from '../../../src/render/digest.js';
import { visibleLength } from '../../../src/render/event-post.js';

const locales = createLocales(loadLocaleSources(), { defaultLocale: 'it' });
const it_ = { t: locales.translator('it'), locale: 'it' };

const foligno = { number: 8, name: 'Foligno' };
const perugia = { number: 2, name: 'Perugia' };
const items: DigestItem[] = [
  // Thursday 26 November 2026, 15:00 in Rome.
  { eventId: 1, title: '<b>Tom & "Jerry"</b>', start: new Date('2026-11-26T14:00:00Z'), place: 'DigiPASS Foligno', online: false, zone: foligno, link: 'https://t.me/DigiPassUmbriaBot?start=ev_1_p9' },
  // Tuesday 24 November 2026, 10:00.
  { eventId: 2, title: 'SPID per tutti', start: new Date('2026-11-24T09:00:00Z'), place: 'DigiPASS Perugia', online: false, zone: perugia },
  // Wednesday 25 November 2026, 18:00, online for everyone.
  { eventId: 3, title: 'Webinar PagoPA', start: new Date('2026-11-25T17:00:00Z'), place: undefined, online: true, zone: null },
  // Monday 23 November 2026, 17:30 at Foligno: earlier than the Thursday.
  { eventId: 4, title: 'Open day', start: new Date('2026-11-23T16:30:00Z'), place: 'DigiPASS Foligno', online: false, zone: foligno },
];

describe('the weekly digest', () => {
  it('groups by zona sociale in zone order, region-wide last, dates in order, without touching the input', () => {
    const before = items.map((i) => i.eventId);
    const groups = groupByZone(items);
    expect(groups.map((g) => g.zone?.number ?? null)).toEqual([2, 8, null]);
    expect(groups[1]!.items.map((i) => i.eventId)).toEqual([4, 1]);
    expect(items.map((i) => i.eventId)).toEqual(before);
  });

  it('renders the channel digest with escaped titles, links and places', () => {
    const text = renderDigest(items, { audience: 'channel', ...it_ })!;
    expect(text).toBe(
      [
        '📅 <b>Questa settimana ai DigiPASS</b>',
        '',
        '<b>Zona sociale 2 · Perugia</b>',
        '• martedì 24 novembre, 10:00 — SPID per tutti (DigiPASS Perugia)',
        '',
        '<b>Zona sociale 8 · Foligno</b>',
        '• lunedì 23 novembre, 17:30 — Open day (DigiPASS Foligno)',
        '• giovedì 26 novembre, 15:00 — <a href="https://t.me/DigiPassUmbriaBot?start=ev_1_p9">&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;</a> (DigiPASS Foligno)',
        '',
        "<b>Online e in tutta l'Umbria</b>",
        '• mercoledì 25 novembre, 18:00 — Webinar PagoPA (online)',
        '',
        'Tocca un titolo per i dettagli e per iscriverti. Tutto è gratuito.',
      ].join('\n'),
    );
  });

  it('has its own heading for followers, in their language', () => {
    const text = renderDigest(items.slice(0, 1), { audience: 'follower', t: locales.translator('en'), locale: 'en' })!;
    expect(text.split('\n')[0]).toBe('📅 <b>This week at the DigiPASS points you follow</b>');
    expect(text).toContain('&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;');
    expect(text).not.toContain('<b>Tom');
  });

  it('is nothing at all when the week is empty', () => {
    expect(renderDigest([], { audience: 'channel', ...it_ })).toBeUndefined();
  });

  it("fits Telegram's limit, saying how many more dates there are", () => {
    const many: DigestItem[] = Array.from({ length: 200 }, (_, i) => ({
      eventId: i + 1,
      title: `Corso numero ${i + 1} per imparare a usare lo smartphone`,
      start: new Date(Date.UTC(2026, 10, 23, 8, i)),
      place: 'DigiPASS Foligno',
      online: false,
      zone: foligno,
    }));
    const text = renderDigest(many, { audience: 'channel', ...it_ })!;
    expect(visibleLength(text)).toBeLessThanOrEqual(4096);
    const shown = text.split('\n').filter((l) => l.startsWith('• ')).length;
    expect(shown).toBeGreaterThan(20);
    expect(text).toContain(`…e altri ${200 - shown} appuntamenti.`);
  });

  it('says "in tutta la zona" or "online" for dates without a point, as the event card does', () => {
    const areas: DigestItem[] = [
      // Wednesday 25 November 2026, 10:00, across zona sociale 8.
      { eventId: 5, title: 'Settimana <digitale>', start: new Date('2026-11-25T09:00:00Z'), place: undefined, online: false, wholeZone: true, zone: foligno },
      // Thursday 26 November 2026, 18:00, online for zona sociale 8.
      { eventId: 6, title: 'Webinar INPS', start: new Date('2026-11-26T17:00:00Z'), place: undefined, online: true, zone: foligno },
    ];
    const text = renderDigest(areas, { audience: 'channel', ...it_ })!;
    expect(text).toContain(['<b>Zona sociale 8 · Foligno</b>', '• mercoledì 25 novembre, 10:00 — Settimana &lt;digitale&gt; (in tutta la zona)', '• giovedì 26 novembre, 18:00 — Webinar INPS (online)'].join('\n'));
    for (const locale of locales.locales) {
      const line = renderDigest(areas.slice(0, 1), { audience: 'follower', t: locales.translator(locale), locale })!.split('\n').find((l) => l.startsWith('• '))!;
      expect(line).toMatch(/\(.+\)$/);
    }
    expect(renderDigest(areas.slice(0, 1), { audience: 'channel', t: locales.translator('en'), locale: 'en' })).toContain('(across the whole zone)');
  });
});
