import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';

export interface TestDatabase extends DatabaseHandle {
  /** Where this database lives, for a second process (e.g. a child bot) to connect to. */
  readonly url: string | undefined;
}

/**
 * A fresh, migrated database for one test file (or one benchmark run): in-memory PGlite by
 * default, or a new database on the PostgreSQL server named by `serverUrl` (TEST_DATABASE_URL
 * for tests), dropped again on close, so the same suite runs on both.
 */
export async function createTestDatabase(serverUrl: string | undefined = process.env.TEST_DATABASE_URL): Promise<TestDatabase> {
  if (!serverUrl) {
    const handle = await openDatabase({ kind: 'pglite', dataDir: undefined });
    await handle.migrate();
    return { ...handle, url: undefined };
  }
  const name = `digipass_t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = withDatabase(serverUrl, name);
  const handle = await openDatabase({ kind: 'postgres', url });
  await handle.migrate();
  return {
    ...handle,
    url,
    async close() {
      await handle.close();
      const again = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await again.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await again.end({ timeout: 5 });
      }
    },
  };
}

function withDatabase(serverUrl: string, db: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${db}`;
  return u.toString();
}
