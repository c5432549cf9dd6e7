import { afterEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createLogger } from '../../../src/logger.js';
import { healthRoute, startHttpServer, type HttpServer } from '../../../src/http/server.js';
import { createTestDatabase } from '../../support/db.js';

let server: HttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(check: () => Promise<void>): Promise<string> {
  server = await startHttpServer({
    host: '127.0.0.1',
    port: 0,
    routes: [healthRoute(check)],
    logger: createLogger({ level: 'silent' }),
  });
  return server.url;
}

describe('GET /healthz', () => {
  it('answers 200 while the database answers', async () => {
    const url = await serve(async () => {});
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('answers 503 when the database check fails, so a load balancer or monitor sees it', async () => {
    const url = await serve(async () => {
      throw new Error('connection refused');
    });
    const res = await fetch(`${url}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
  });

  it('really asks the database: 200 while it is open, 503 once it is closed', async () => {
    const t = await createTestDatabase();
    let open = true;
    try {
      const url = await serve(async () => void (await t.db.execute(sql`select 1`)));
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      await t.close();
      open = false;
      expect((await fetch(`${url}/healthz`)).status).toBe(503);
    } finally {
      if (open) await t.close();
    }
  });

  it('is not answered for other paths or methods', async () => {
    const url = await serve(async () => {});
    expect((await fetch(`${url}/healthz/x`)).status).toBe(404);
    expect((await fetch(`${url}/healthz`, { method: 'POST' })).status).toBe(404);
    expect((await fetch(`${url}/healthz`, { method: 'HEAD' })).status).toBe(200);
  });
});
