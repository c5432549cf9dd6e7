import { describe, expect, it } from 'vitest';
import { callbackData } from '../../../src/bot/callback-data.js';

describe('ids in callback data', () => {
  const codec = callbackData('nwx', { id: 'id' });

  it('accepts every id a database integer can hold', () => {
    expect(codec.unpack(`nwx:${(2_147_483_647).toString(36)}`)).toEqual({ id: 2_147_483_647 });
  });

  it('refuses a forged id beyond a database integer, so it never reaches a query', () => {
    expect(codec.unpack(`nwx:${(2_147_483_648).toString(36)}`)).toBeUndefined();
    expect(codec.unpack('nwx:zzzzzzzzzzz')).toBeUndefined();
  });
});
