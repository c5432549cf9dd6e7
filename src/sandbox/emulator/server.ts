/**
 * The emulator's HTTP front: `/bot<token>/<method>` (Bot API, GET or POST),
 * `/file/bot<token>/<path>` (downloads, as on api.telegram.org), and the web
 * chat's `/sandbox/api/…`. Every failure becomes a JSON error response; the
 * server never crashes on bad input. Open sockets are tracked so `close()`
 * ends long polls and event streams at once.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { BotApi, ApiResponse } from './api.js';
import { ApiError } from './errors.js';
import { bodyLimitFor, decodeBody, readBody } from './http/body.js';
import type { World } from './state.js';

export interface RouteHandlers {
  api: BotApi;
  world: World;
  /** Handles `/sandbox/api/…`; returns false when the path is not its own. */
  client(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
}

export interface HttpHandle {
  readonly server: Server;
  readonly url: string;
  close(): Promise<void>;
}

/** Sends a JSON body with the given status. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function sendApi(res: ServerResponse, r: ApiResponse): void {
  sendJson(res, r.status, r.body);
}

/** Starts the HTTP server on host:port (0 = random). */
export async function startHttp(host: string, port: number, routes: RouteHandlers): Promise<HttpHandle> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(req, res, routes).catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err);
      sendJson(res, 500, { ok: false, error_code: 500, description: `Internal Server Error: ${message}` });
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address();
  const boundPort = typeof addr === 'object' && addr ? addr.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${urlHost}:${boundPort}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, routes: RouteHandlers): Promise<void> {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://sandbox.invalid');
  } catch {
    sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    return;
  }
  const path = url.pathname;
  if (path.startsWith('/sandbox/api/') || path === '/sandbox/api') {
    if (await routes.client(req, res, url)) return;
  }
  const bot = /^\/bot([^/]*)\/([A-Za-z0-9_]*)$/.exec(path);
  if (bot) {
    await botApi(req, res, url, safeDecode(bot[1] ?? ''), bot[2] ?? '', routes);
    return;
  }
  const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(path);
  if (file && (req.method === 'GET' || req.method === 'HEAD')) {
    download(res, routes.world, safeDecode(file[1] ?? ''), safeDecode(file[2] ?? ''));
    return;
  }
  sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

async function botApi(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  token: string,
  method: string,
  routes: RouteHandlers,
): Promise<void> {
  const ctrl = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) ctrl.abort();
  });
  let decoded;
  try {
    const contentType = req.headers['content-type'];
    const body = req.method === 'GET' || req.method === 'HEAD' ? Buffer.alloc(0) : await readBody(req, bodyLimitFor(contentType));
    decoded = decodeBody(url.searchParams, contentType, body);
  } catch (err) {
    const e = err instanceof ApiError ? err : new ApiError(400, 'Bad Request: can\'t read request body', 'invalid_request');
    const known = routes.world.byToken.get(token);
    routes.world.calls.push({
      at: routes.world.now(),
      botId: known?.id ?? null,
      method,
      params: {},
      ok: false,
      errorCode: e.code,
      description: e.description,
      via: 'http',
    });
    routes.world.violation(known?.id ?? null, method, e.kind, e.description);
    if (e.code === 413) res.setHeader('connection', 'close');
    sendJson(res, e.code, e.toJSON());
    return;
  }
  const r = await routes.api.call(token, method, decoded.params, decoded.files, ctrl.signal, 'http');
  sendApi(res, r);
}

function download(res: ServerResponse, world: World, token: string, filePath: string): void {
  const bot = world.byToken.get(token);
  const file = bot ? world.files.getByPath(bot.id, filePath) : undefined;
  if (!file) {
    sendJson(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    return;
  }
  res.writeHead(200, {
    'content-type': file.mimeType ?? 'application/octet-stream',
    'content-length': file.bytes.length,
  });
  res.end(Buffer.from(file.bytes));
}
