import { describe, expect, it } from 'vitest';
import { parseDateTime, parseDuration, parseOnlineUrl, parsePartners, parseTimeOfDay } from '../../../src/domain/event-input.js';

// Monday 23 November 2026.
const today = '2026-11-23';

describe('reading the date and time of an event', () => {
  it.each([
    ['12/3 15:30', '2027-03-12', 15 * 60 + 30], // March has passed this year: next year's
    ['12/12 15:30', '2026-12-12', 15 * 60 + 30],
    ['24/11/2026 9', '2026-11-24', 9 * 60],
    ['24.11.26 ore 9.30', '2026-11-24', 9 * 60 + 30],
    ['12 marzo 15:30', '2027-03-12', 15 * 60 + 30],
    ['12 Dicembre alle 17', '2026-12-12', 17 * 60],
    ['sabato 12 dic 10:00', '2026-12-12', 10 * 60],
    ['domani 10', '2026-11-24', 10 * 60],
    ['Dopodomani, 18:15', '2026-11-25', 18 * 60 + 15],
    ['oggi 17', '2026-11-23', 17 * 60],
    ['martedì 9:30', '2026-11-24', 9 * 60 + 30],
    ['lunedì 9:30', '2026-11-30', 9 * 60 + 30], // today is Monday: the next one
    ['tomorrow at 10', '2026-11-24', 10 * 60],
    ['23/11 9', '2026-11-23', 9 * 60],
  ])('"%s" → %s at %i minutes', (input, date, minutes) => {
    expect(parseDateTime(input, today)).toEqual({ date, minutes });
  });

  it.each(['domani', '15:30', '31/2 10', '12/13 10', '12 brumaio 10', 'domani 25', 'domani 10:75', '', 'venerdì'])('refuses "%s"', (input) => {
    expect(parseDateTime(input, today)).toBeUndefined();
  });

  it('a date already past this year is next year\'s; 29 February only when it exists', () => {
    expect(parseDateTime('1/1 10', today)?.date).toBe('2027-01-01');
    expect(parseDateTime('29/2 10', today)).toBeUndefined(); // 2027 is not a leap year
    expect(parseDateTime('29/2/2028 10', today)?.date).toBe('2028-02-29');
  });

  it('reads times of day', () => {
    expect(parseTimeOfDay('9')).toBe(540);
    expect(parseTimeOfDay('09.05')).toBe(545);
    expect(parseTimeOfDay('24:00')).toBeUndefined();
  });
});

describe('reading a duration', () => {
  it.each([
    ['90', 90],
    ['45 min', 45],
    ['1h30', 90],
    ['1:30', 90],
    ['2 ore', 120],
    ['1 ora e 30', 90],
    ['2h', 120],
    ['3 hours', 180],
  ])('"%s" → %i minutes', (input, minutes) => {
    expect(parseDuration(input)).toBe(minutes);
  });
  it.each(['0', '2', '13 ore', 'tanto', '1h75x', ''])('refuses "%s"', (input) => {
    expect(parseDuration(input)).toBeUndefined();
  });
});

describe('the address of an online event', () => {
  it.each(['https://meet.google.com/abc-defg-hij', 'https://teams.microsoft.com/l/meetup-join/19%3a?context=%7b%7d', ' https://zoom.us/j/123?pwd=x&y=1 '])('takes %s', (url) => {
    expect(parseOnlineUrl(url)).toBe(url.trim());
  });
  it('writes a link typed with capitals as the database and calendars expect it (https:// in lower case)', () => {
    expect(parseOnlineUrl('Https://Meet.Example.it/Stanza-1')).toBe('https://meet.example.it/Stanza-1');
    expect(parseOnlineUrl('HTTPS://meet.example.it')).toBe('https://meet.example.it/');
  });
  it.each(['http://meet.google.com/x', 'javascript:alert(1)', 'https://', 'https://localhost/x', 'https://user:pw@meet.example.it', 'https://meet.example.it/<b>', 'meet.google.com/x', 'https://a b.it', `https://x.it/${'a'.repeat(500)}`])(
    'refuses %s',
    (url) => {
      expect(parseOnlineUrl(url)).toBeUndefined();
    },
  );
});

describe('the partners of an event', () => {
  it('splits on commas, semicolons and lines; trims; at most 10 of 80 characters', () => {
    expect(parsePartners('Liceo Marconi, Pro Loco;\n Comune  ')).toEqual(['Liceo Marconi', 'Pro Loco', 'Comune']);
    expect(parsePartners(' , ;')).toEqual([]);
    expect(parsePartners(Array.from({ length: 12 }, (_, i) => `P${i}`).join(','))).toHaveLength(10);
    expect(parsePartners('x'.repeat(100))[0]).toHaveLength(80);
  });
});
