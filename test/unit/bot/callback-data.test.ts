import { describe, expect, it } from 'vitest';
import { callbackData } from '../../../src/bot/callback-data.js';
import { parseDeepLink, deepLinkPayload } from '../../../src/bot/deep-links.js';

describe('callback data codec', () => {
  const codec = callbackData('bk', { action: ['cancel', 'move'] as const, id: 'id' });

  it('round-trips typed values in a short string', () => {
    const data = codec.pack({ action: 'cancel', id: 123456 });
    expect(data).toBe('bk:cancel:2n9c');
    expect(codec.unpack(data)).toEqual({ action: 'cancel', id: 123456 });
  });

  it('rejects anything forged or malformed', () => {
    for (const bad of [
      undefined,
      '',
      'bk',
      'bk:cancel',
      'bk:delete:1',
      'bk:cancel:1:extra',
      'xx:cancel:1',
      'bk:cancel:-1',
      'bk:cancel:1.5',
      'bk:cancel:zzzzzzzzzzzzzzz',
      `bk:cancel:${'1'.repeat(70)}`,
    ]) {
      expect(codec.unpack(bad)).toBeUndefined();
    }
  });

  it('refuses to build data over 64 bytes', () => {
    const many = callbackData('x', { a: 'int', b: 'int', c: 'int', d: 'int', e: 'int', f: 'int' });
    const big = Number.MAX_SAFE_INTEGER;
    expect(() => many.pack({ a: big, b: big, c: big, d: big, e: big, f: big })).toThrow(/64 bytes/);
  });
});

describe('deep links', () => {
  it('parses the kinds the bot knows and round-trips them', () => {
    const cases = [
      { kind: 'invite', code: 'Ab12Cd34Ef' },
      { kind: 'point', slug: 'digipass-foligno' },
      { kind: 'event', eventId: 42, publicationId: 7 },
      { kind: 'book', pointSlug: 'digipass-gubbio' },
      { kind: 'book' },
    ] as const;
    for (const c of cases) expect(parseDeepLink(deepLinkPayload(c))).toEqual(c);
  });
  it('returns undefined for anything else', () => {
    for (const p of [undefined, '', 'hello', 'inv_short', 'ev_x', 'pt_UPPER', 'a'.repeat(65), 'ev_1 2']) {
      expect(parseDeepLink(p)).toBeUndefined();
    }
  });
});
