import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema/index.js';

/** One type for both drivers and for transactions, so repositories never care which runs. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  readonly db: Database;
  readonly driver: 'pglite' | 'postgres';
  /** Applies the drizzle-kit migrations from `migrationsFolder`. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string | undefined /* undefined = in memory */ }
  | { kind: 'postgres'; url: string; max?: number };

export interface OpenDatabaseOptions {
  /** Resolved from the working directory by default (after a build import.meta.url would point elsewhere). */
  migrationsFolder?: string;
}

/** Opens PGlite (a data folder, or memory) or PostgreSQL through postgres.js. */
export async function openDatabase(
  target: DatabaseTarget,
  opts: OpenDatabaseOptions = {},
): Promise<DatabaseHandle> {
  const migrationsFolder = opts.migrationsFolder ?? path.resolve('drizzle');
  if (target.kind === 'pglite') {
    if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
    const client = target.dataDir ? new PGlite(target.dataDir) : new PGlite();
    await client.waitReady;
    const db = drizzlePglite(client, { schema });
    return {
      db: db as unknown as Database,
      driver: 'pglite',
      migrate: () => migratePglite(db, { migrationsFolder }),
      close: () => client.close(),
    };
  }
  const sql = postgres(target.url, {
    max: target.max ?? 10,
    onnotice: () => {},
  });
  const db = drizzlePostgres(sql, { schema });
  return {
    db: db as unknown as Database,
    driver: 'postgres',
    migrate: () => migratePostgres(db, { migrationsFolder }),
    close: () => sql.end({ timeout: 5 }),
  };
}
