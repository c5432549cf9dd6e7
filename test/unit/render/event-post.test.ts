import { describe, expect, it } from 'vitest';
import { loadLocales } from '../../../src/locales/load.js';
import { CAPTION_LIMIT, renderEventPost, townHashtag, visibleLength, wherePlain, type EventPostInput } from '../../../src/render/event-post.js';
import { everyTwoWeeks, monthlyOnWeekday, weeklyOn } from '../../../src/domain/recurrence.js';

const locales = loadLocales();
const t = locales.translator('it');
const base: EventPostInput = {
  title: '<b>Tom & "Jerry"</b>',
  description: 'SPID & CIE <passo> per passo',
  category: 'course',
  start: new Date('2026-12-01T14:30:00Z'),
  end: new Date('2026-12-01T16:00:00Z'),
  rrule: null,
  place: { name: 'DigiPASS Foligno', where: 'Piazza <Duomo> 1, Foligno', town: 'Foligno' },
  online: false,
  partners: ['Liceo & Co'],
  capacity: 20,
  registration: true,
  status: 'published',
  cancelReason: null,
};

describe('the channel post of an event', () => {
  it('escapes every piece of text a person wrote and keeps the markup of the template', () => {
    const html = renderEventPost(base, t, 'it');
    expect(html).toContain('🎓 Corso: <b>&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;</b>');
    expect(html).toContain('🗓 martedì 1 dicembre, 15:30–17:00');
    expect(html).toContain('📍 DigiPASS Foligno, Piazza &lt;Duomo&gt; 1, Foligno');
    expect(html).toContain('SPID &amp; CIE &lt;passo&gt; per passo');
    expect(html).toContain('🤝 Con: Liceo &amp; Co');
    expect(html).toContain('👥 20 posti');
    expect(html).toContain('#corso #Foligno #DigiPASS');
    expect(html).not.toMatch(/<(?!\/?b>)/);
  });

  it('says how a series repeats, and which of its dates will not take place', () => {
    expect(renderEventPost({ ...base, rrule: weeklyOn([2, 4], { count: 4 }) }, t, 'it')).toContain('🔁 Ogni martedì e giovedì, 4 volte');
    expect(renderEventPost({ ...base, rrule: everyTwoWeeks(2, { until: '2027-01-26' }) }, t, 'it')).toContain('🔁 Ogni due settimane: martedì, fino al 26/01/2027');
    expect(renderEventPost({ ...base, rrule: monthlyOnWeekday(1, 2, { count: 3 }) }, t, 'it')).toContain('🔁 Il primo martedì del mese, 3 volte');
    const skipped = renderEventPost({ ...base, rrule: weeklyOn([2], { count: 4 }), cancelledDates: [new Date('2026-12-08T14:30:00Z')] }, t, 'it');
    expect(skipped).toContain('🚫 Non si tiene: martedì 8 dicembre');
  });

  it('marks a cancelled event with its (escaped) reason', () => {
    const html = renderEventPost({ ...base, status: 'cancelled', cancelReason: 'Il <docente> è malato' }, t, 'it');
    expect(html.startsWith('❌ <b>ANNULLATO</b>: Il &lt;docente&gt; è malato')).toBe(true);
  });

  it('fits a photo caption by shortening the description only', () => {
    const long = { ...base, description: 'Parola & altra '.repeat(200) };
    const html = renderEventPost(long, t, 'it', CAPTION_LIMIT);
    expect(visibleLength(html)).toBeLessThanOrEqual(CAPTION_LIMIT);
    expect(html).toContain('…');
    expect(html).toContain('Tom &amp;');
    expect(html).toContain('#DigiPASS');
    expect(html).not.toMatch(/&[a-z]*…/); // no entity cut in half
  });

  it('fits a caption even when the fixed parts are long: skipped dates go, then partners are cut; title, time and place stay', () => {
    const crowded: EventPostInput = {
      ...base,
      title: 'T'.repeat(120),
      place: undefined,
      online: true,
      onlineUrl: `https://meet.example.it/${'r'.repeat(470)}`,
      rrule: weeklyOn([2, 4], { count: 24 }),
      cancelledDates: Array.from({ length: 10 }, (_, i) => new Date(Date.UTC(2026, 11, 1 + 7 * i, 14, 30))),
      partners: Array.from({ length: 10 }, (_, i) => `Associazione ${i} ${'p'.repeat(64)}`),
      description: 'Parola & altra '.repeat(20),
    };
    const html = renderEventPost(crowded, t, 'it', CAPTION_LIMIT);
    expect(visibleLength(html)).toBeLessThanOrEqual(CAPTION_LIMIT);
    expect(html).toContain('T'.repeat(120));
    expect(html).toContain('🗓 martedì 1 dicembre, 15:30–17:00');
    expect(html).toContain(crowded.onlineUrl!);
    expect(html).toContain('🤝 Con: Associazione 0');
    expect(html).toContain('…');
    expect(html).toContain('#DigiPASS');
    // Without a limit to meet, nothing is dropped.
    const full = renderEventPost(crowded, t, 'it');
    expect(full).toContain('Associazione 9');
    expect(full).toContain('Parola &amp; altra');
  });

  it('makes town hashtags people can tap', () => {
    expect(townHashtag("Città di Castello")).toBe('#CittàDiCastello');
    expect(townHashtag("Sant'Anatolia di Narco")).toBe('#SantAnatoliaDiNarco');
  });
});

describe('events online or across a whole zone', () => {
  const online: EventPostInput = { ...base, place: undefined, online: true, onlineUrl: 'https://meet.example.it/x?a=1&b=2' };
  const zone: EventPostInput = { ...base, place: undefined, zone: { number: 1, name: 'Alta Valle del Tevere' } };

  it('an online event says Online with its address (escaped), and no place or town', () => {
    const html = renderEventPost(online, t, 'it');
    expect(html).toContain('💻 Online: https://meet.example.it/x?a=1&amp;b=2');
    expect(html).not.toContain('📍');
    expect(html).toContain('#corso #online #DigiPASS');
  });

  it('without an address it still says Online', () => {
    expect(renderEventPost({ ...online, onlineUrl: undefined }, t, 'it')).toContain('💻 Online\n');
  });

  it('an event across a zone names the zone and tags it like a town', () => {
    const html = renderEventPost(zone, t, 'it');
    expect(html).toContain('🗺 In tutta la zona sociale 1 · Alta Valle del Tevere');
    expect(html).toContain('#corso #AltaValleDelTevere #DigiPASS');
  });

  it('in every citizen language', () => {
    for (const locale of ['it', 'en', 'ro', 'sq', 'ar', 'uk', 'es']) {
      const tr = locales.translator(locale);
      expect(renderEventPost(online, tr, locale)).toContain('https://meet.example.it/x?a=1&amp;b=2');
      expect(renderEventPost(zone, tr, locale)).toContain('Alta Valle del Tevere');
    }
  });

  it('says where in one plain line for reminders and notices: the point and address, online and its link, or the zone', () => {
    const label = locales.plain('it');
    expect(wherePlain(base, label)).toBe('DigiPASS Foligno, Piazza <Duomo> 1, Foligno');
    expect(wherePlain(online, label)).toBe('online https://meet.example.it/x?a=1&b=2');
    expect(wherePlain({ ...online, onlineUrl: undefined }, label)).toBe('online');
    expect(wherePlain(zone, label)).toBe('Zona sociale 1 · Alta Valle del Tevere');
    // The caller's message escapes it.
    expect(locales.translator('it')('event-place-notice', { title: 'Tom & Jerry', when: 'domani', where: wherePlain(base, label) })).toContain('Piazza &lt;Duomo&gt; 1');
  });
});
