/**
 * The demo web chat's HTTP server (loopback only):
 *
 *   GET  /, /app.js, /style.css, …   the static page in ./public (no build step)
 *   GET  /demo/api/info              bot, channel, personas, the comuni for the location picker, languages
 *   POST /demo/api/citizens          {firstName, languageCode} → a new emulated person (fresh random id)
 *   GET  /demo/api/commands?chatId=&languageCode=
 *                                    the command menu that person's chat shows (chat scope → private → default)
 *   *    /sandbox/api/…              proxied to the emulator's client API (same origin; SSE unbuffered)
 *
 * The emulator's client API sends no CORS headers and checks the Host header, so the page
 * must reach it through this server. The bot token never leaves the process.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Emulator } from '../emulator/index.js';

export interface PersonaInfo {
  key: 'facilitator' | 'coordinator' | 'admin';
  id: number;
  /** The Telegram first name the emulated person has. */
  firstName: string;
  role: 'facilitator' | 'coordinator' | 'admin';
  /** What the first screen shows, per interface language. */
  label: { it: string; en: string };
  description: { it: string; en: string };
  languageCode: string;
}

export interface DemoInfo {
  bot: { id: number; username: string; firstName: string };
  channel: { id: number; title: string };
  personas: PersonaInfo[];
  comuni: { name: string; province: string; lat: number; lon: number }[];
  languages: { code: string; name: string }[];
}

export interface WebChatOptions {
  /** Default '127.0.0.1'. */
  host?: string;
  /** 0 = a random free port. */
  port: number;
  emulator: Emulator;
  /** Only used in-process (command menus); never sent to the browser. */
  botToken: string;
  info: DemoInfo;
  /** Default: the `public` folder next to this file. */
  staticDir?: string;
}

export interface WebChat {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Everything from this origin only; images may also be data: URIs (none are used today). */
const SECURITY_HEADERS: OutgoingHttpHeaders = {
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/** Request headers passed to the emulator, and response headers passed back. */
const FORWARD_REQUEST = ['content-type', 'content-length', 'accept', 'last-event-id'];
const FORWARD_RESPONSE = ['content-type', 'content-length', 'content-disposition', 'cache-control', 'x-content-type-options', 'x-accel-buffering'];
const MAX_BODY = 16 * 1024;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

/** Loopback names only: a guard against DNS rebinding, as the emulator has. */
function hostAllowed(header: string | undefined): boolean {
  if (!header) return false;
  const name = header.replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase();
  return name === 'localhost' || name === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | string> {
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  // Like the emulator: JSON only, so another web page cannot post here without a CORS preflight.
  if (!type.startsWith('application/json')) return 'send application/json';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return 'body too large';
    chunks.push(chunk as Buffer);
  }
  try {
    const v: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : 'a JSON object is expected';
  } catch {
    return 'malformed JSON';
  }
}

/** A new demo person with a random id (5.1–5.99 billion: clear of the personas and the bot). */
function addCitizen(emulator: Emulator, firstName: string, languageCode: string) {
  for (let attempt = 1; ; attempt++) {
    const id = 5_100_000_000 + Math.floor(Math.random() * 890_000_000);
    try {
      return emulator.addUser({ id, firstName, languageCode });
    } catch (err) {
      // The id was taken (about one chance in a hundred million): draw again.
      if (attempt >= 5) throw err;
    }
  }
}

/** Starts the web chat server on host:port. */
export async function startWebChat(opts: WebChatOptions): Promise<WebChat> {
  const host = opts.host ?? '127.0.0.1';
  const staticDir = opts.staticDir ?? fileURLToPath(new URL('./public/', import.meta.url));
  // Only the files present at start are served: no path from the request ever reaches the file system.
  const files = new Map<string, string>();
  for (const name of readdirSync(staticDir)) {
    const type = CONTENT_TYPES[path.extname(name)];
    if (type) files.set(`/${name}`, type);
  }
  files.set('/', CONTENT_TYPES['.html']!);
  const upstream = new URL(opts.emulator.url);
  const infoJson = JSON.stringify(opts.info);
  const languageCodes = new Set(opts.info.languages.map((l) => l.code));

  const serveStatic = (req: IncomingMessage, res: ServerResponse, pathname: string): boolean => {
    const type = files.get(pathname);
    if (!type || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
    const body = readFileSync(path.join(staticDir, pathname === '/' ? 'index.html' : pathname.slice(1)));
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': type,
      'content-length': body.length,
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };

  const proxy = (req: IncomingMessage, res: ServerResponse, url: URL): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'POST') {
      sendJson(res, 405, { error: 'method not allowed' });
      return;
    }
    const headers: OutgoingHttpHeaders = { host: upstream.host };
    for (const h of FORWARD_REQUEST) {
      const v = req.headers[h];
      if (v !== undefined) headers[h] = v;
    }
    const up = request({
      hostname: upstream.hostname,
      port: upstream.port,
      method: req.method,
      // The normalized path (dot segments resolved): always under /sandbox/api/.
      path: `${url.pathname}${url.search}`,
      headers,
    });
    up.on('response', (upRes) => {
      const out: OutgoingHttpHeaders = {};
      for (const h of FORWARD_RESPONSE) {
        const v = upRes.headers[h];
        if (v !== undefined) out[h] = v;
      }
      const stream = String(upRes.headers['content-type'] ?? '').startsWith('text/event-stream');
      res.writeHead(upRes.statusCode ?? 502, out);
      if (stream) {
        // Server-Sent Events: every chunk goes out at once.
        res.socket?.setNoDelay(true);
        res.flushHeaders();
      }
      upRes.pipe(res);
      upRes.on('error', () => res.destroy());
    });
    up.on('error', () => {
      if (!res.headersSent) sendJson(res, 502, { error: 'the Telegram emulator is not reachable' });
      else res.destroy();
    });
    res.on('close', () => {
      if (!res.writableFinished) up.destroy();
    });
    req.pipe(up);
  };

  const demoApi = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const route = url.pathname.slice('/demo/api/'.length);
    if (route === 'info' && req.method === 'GET') {
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(infoJson),
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      res.end(infoJson);
      return;
    }
    if (route === 'citizens' && req.method === 'POST') {
      const body = await readJson(req);
      if (typeof body === 'string') return sendJson(res, 400, { error: body });
      const firstName = typeof body.firstName === 'string' ? body.firstName.trim() : '';
      const languageCode = typeof body.languageCode === 'string' ? body.languageCode : '';
      if (firstName.length < 1 || firstName.length > 64) return sendJson(res, 400, { error: 'firstName must be 1-64 characters' });
      if (!languageCodes.has(languageCode)) return sendJson(res, 400, { error: 'unknown languageCode' });
      const user = addCitizen(opts.emulator, firstName, languageCode);
      return sendJson(res, 201, user);
    }
    if (route === 'commands' && req.method === 'GET') {
      const chatId = Number(url.searchParams.get('chatId'));
      const languageCode = url.searchParams.get('languageCode') ?? '';
      if (!Number.isSafeInteger(chatId) || chatId <= 0) return sendJson(res, 400, { error: 'chatId must be a user id' });
      if (!/^[a-z]{0,3}(-[A-Za-z]{2,4})?$/.test(languageCode)) return sendJson(res, 400, { error: 'bad languageCode' });
      const commands = opts.emulator.commandsFor(opts.botToken, {
        scope: { type: 'chat', chat_id: chatId },
        ...(languageCode ? { languageCode } : {}),
      });
      return sendJson(res, 200, commands);
    }
    sendJson(res, 404, { error: 'not found' });
  };

  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    void (async () => {
      let url: URL;
      try {
        url = new URL(req.url ?? '/', 'http://localhost');
      } catch {
        return sendJson(res, 400, { error: 'bad request' });
      }
      if (!hostAllowed(req.headers.host)) return sendJson(res, 403, { error: 'unexpected Host header' });
      if (url.pathname.startsWith('/sandbox/api/')) return proxy(req, res, url);
      if (url.pathname.startsWith('/demo/api/')) return demoApi(req, res, url);
      if (serveStatic(req, res, url.pathname)) return;
      sendJson(res, 404, { error: 'not found' });
    })().catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: err instanceof Error ? err.message : 'internal error' });
      else res.destroy();
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Event streams never end by themselves.
        for (const s of sockets) s.destroy();
      }),
  };
}
