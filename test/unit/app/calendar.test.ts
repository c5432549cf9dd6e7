import { describe, expect, it } from 'vitest';
import { feedLocation } from '../../../src/app/calendar.js';

describe('LOCATION in the calendar feeds', () => {
  const point = { name: 'DigiPASS Foligno', address: 'via dei Monasteri 19', comuneName: 'Foligno' };
  const zone = { number: 8, name: 'Foligno' };
  it('is the address for an event at a point', () => {
    expect(feedLocation({ online: false, onlineUrl: null }, point, zone)).toBe('DigiPASS Foligno, via dei Monasteri 19, Foligno');
  });
  it('is "Online" and the link for an online event, whatever its zone', () => {
    expect(feedLocation({ online: true, onlineUrl: 'https://meet.example.it/x' }, undefined, zone)).toBe('Online: https://meet.example.it/x');
    expect(feedLocation({ online: true, onlineUrl: null }, undefined, undefined)).toBe('Online');
  });
  it('is the zone for an event across a whole zone, and empty when nothing is known', () => {
    expect(feedLocation({ online: false, onlineUrl: null }, undefined, zone)).toBe('Zona sociale 8 Foligno, Umbria');
    expect(feedLocation({ online: false, onlineUrl: null }, undefined, undefined)).toBe('');
  });
});
