import { describe, expect, it } from 'vitest';
import { DEMO_SEED_ENV, DEMO_SEED_FLAG, demoSeedRefusal } from '../../../src/sandbox/demo-data.js';

describe('demo data goes only where it cannot reach real people', () => {
  const postgres = { kind: 'postgres' as const, url: 'postgres://bot@db.example.org/digipass' };

  it('the embedded database, in a folder or in memory, needs no confirmation', () => {
    expect(demoSeedRefusal({ kind: 'pglite', dataDir: './data/demo/pglite' }, { argv: [], env: {} })).toBeUndefined();
    expect(demoSeedRefusal({ kind: 'pglite', dataDir: undefined }, { argv: [], env: {} })).toBeUndefined();
  });

  it('a PostgreSQL database is refused, saying why and how to confirm', () => {
    const refusal = demoSeedRefusal(postgres, { argv: ['node', 'scripts/seed.ts', '--demo'], env: { [DEMO_SEED_ENV]: '' } });
    expect(refusal).toContain('Demo data was NOT written');
    expect(refusal).toContain('regional admin');
    expect(refusal).toContain(DEMO_SEED_FLAG);
    expect(refusal).toContain(`${DEMO_SEED_ENV}=1`);
    // Anything but exactly "1" is not a confirmation.
    expect(demoSeedRefusal(postgres, { argv: [], env: { [DEMO_SEED_ENV]: 'yes' } })).toBeDefined();
    expect(demoSeedRefusal(postgres, { argv: ['--i-know'], env: {} })).toBeDefined();
  });

  it('is confirmed by the flag or by DEMO_SEED_CONFIRM=1', () => {
    expect(demoSeedRefusal(postgres, { argv: ['node', 'scripts/seed.ts', '--demo', DEMO_SEED_FLAG], env: {} })).toBeUndefined();
    expect(demoSeedRefusal(postgres, { argv: [], env: { [DEMO_SEED_ENV]: '1' } })).toBeUndefined();
  });
});
