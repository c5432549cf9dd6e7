import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual, createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../logger.js';

export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean> | boolean;

export interface HttpServer {
  readonly server: Server;
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

/** A small HTTP server: routes are tried in order; the first that answers wins. */
export async function startHttpServer(opts: {
  host: string;
  port: number;
  routes: Route[];
  logger: Logger;
}): Promise<HttpServer> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    void (async () => {
      try {
        for (const route of opts.routes) {
          if (await route(req, res, url)) return;
        }
        sendJson(res, 404, { error: 'not found' });
      } catch (err) {
        opts.logger.error({ err, path: url.pathname }, 'http request failed');
        if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
        else res.end();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = opts.host === '0.0.0.0' || opts.host === '::' ? '127.0.0.1' : opts.host;
  return {
    server,
    port,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(data) });
  res.end(data);
}

/** GET /healthz: 200 when the database answers, 503 otherwise. */
export function healthRoute(checkDatabase: () => Promise<void>): Route {
  return async (req, res, url) => {
    if (url.pathname !== '/healthz') return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    try {
      await checkDatabase();
      sendJson(res, 200, { status: 'ok', database: 'ok' });
    } catch {
      sendJson(res, 503, { status: 'unavailable', database: 'unreachable' });
    }
    return true;
  };
}

export const WEBHOOK_PATH = '/telegram/webhook';

/** Compares secrets in constant time (hashing first makes the lengths equal). */
export function secretsEqual(given: string | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * POST /telegram/webhook: checks X-Telegram-Bot-Api-Secret-Token in constant time, then hands
 * the update to grammY, which answers after the update has been handled.
 */
export function webhookRoute(
  secret: string,
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<unknown>,
): Route {
  return async (req, res, url) => {
    if (url.pathname !== WEBHOOK_PATH) return false;
    if (req.method !== 'POST') {
      sendJson(res, 405, { error: 'method not allowed' });
      return true;
    }
    const header = req.headers['x-telegram-bot-api-secret-token'];
    if (!secretsEqual(Array.isArray(header) ? header[0] : header, secret)) {
      sendJson(res, 401, { error: 'unauthorized' });
      return true;
    }
    await handle(req, res);
    return true;
  };
}
