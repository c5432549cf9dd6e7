import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../support/db.js';
import { follows, people, zones } from '../../../src/db/schema/index.js';
import { SqlState, dbErrorKind, isUniqueViolation, sqlState, violatedConstraint } from '../../../src/db/errors.js';

/** Runs a statement that must fail and returns what it threw. */
async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (err) {
    return err;
  }
  throw new Error('the statement did not fail');
}

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.insert(zones).values({ number: 1, name: 'Zona 1', capofilaIstat: '054039', verification: 'verified' });
});
afterAll(async () => {
  await t?.close();
});

describe('database errors are told apart by SQLSTATE, on either driver', () => {
  it('a duplicate is a unique violation, naming its constraint', async () => {
    const err = await failure(() =>
      t.db.insert(zones).values({ number: 1, name: 'Zona 1 bis', capofilaIstat: '054039', verification: 'verified' }),
    );
    expect(sqlState(err)).toBe(SqlState.uniqueViolation);
    expect(sqlState(err)).toBe('23505');
    expect(dbErrorKind(err)).toBe('uniqueViolation');
    expect(isUniqueViolation(err)).toBe(true);
    expect(violatedConstraint(err)).toBe('zones_pkey');
  });

  it('a row breaking a CHECK rule is a check violation', async () => {
    const [anna] = await t.db.insert(people).values({ telegramId: 4_200_001 }).returning({ id: people.id });
    // A follow must name a point or a zone: neither breaks follows_target.
    const err = await failure(() => t.db.insert(follows).values({ personId: anna!.id }));
    expect(sqlState(err)).toBe('23514');
    expect(dbErrorKind(err)).toBe('checkViolation');
    expect(isUniqueViolation(err)).toBe(false);
    expect(violatedConstraint(err)).toBe('follows_target');
  });

  it('a reference to nothing is a foreign-key violation', async () => {
    const err = await failure(() => t.db.insert(follows).values({ personId: 999_999, zoneNumber: 1 }));
    expect(dbErrorKind(err)).toBe('foreignKeyViolation');
    expect(sqlState(err)).toBe('23503');
  });

  it('anything else is not classified', async () => {
    const err = await failure(() => t.db.execute(sql`select * from no_such_table`));
    expect(sqlState(err)).toBe('42P01');
    expect(dbErrorKind(err)).toBeUndefined();
    expect(dbErrorKind(new Error('plain'))).toBeUndefined();
    expect(dbErrorKind(undefined)).toBeUndefined();
    expect(violatedConstraint(new Error('plain'))).toBeUndefined();
  });
});
