/**
 * Client API for the browser web chat: JSON over HTTP on the emulator's own
 * server, under `/sandbox/api/`. Bots are identified by id, never by token.
 *
 *   GET  /sandbox/api/state                          → { bots, users, channels }
 *   GET  /sandbox/api/bots | /users | /channels      → lists
 *   POST /sandbox/api/users                          {firstName, lastName?, username?, languageCode?} → user
 *   GET  /sandbox/api/chats/:botId/:chatId           → { messages, replyKeyboard } (as last edited; channels too)
 *   GET  /sandbox/api/channels/:channelId/posts      → { messages } (posts by any bot)
 *   POST /sandbox/api/chats/:botId/:userId/text      {text, replyToMessageId?}
 *   POST /sandbox/api/chats/:botId/:userId/location  {latitude, longitude}
 *   POST /sandbox/api/chats/:botId/:userId/contact   {phone}
 *   POST /sandbox/api/chats/:botId/:userId/button    {messageId, callbackData}
 *   POST /sandbox/api/chats/:botId/:userId/block | /unblock
 *        → { status, updateId, replies } once the bot has received the update
 *   GET  /sandbox/api/commands/:botId?languageCode=it → the bot's commands for private chats
 *   GET  /sandbox/api/files/:fileId                  → the bytes, with Content-Type and Content-Disposition
 *   GET  /sandbox/api/events[?botId=&chatId=]        → Server-Sent Events: message, edit, delete, callback_answer
 *
 * Inputs are validated. POST bodies must be `application/json` (≤ 64 KB), so
 * a foreign web page cannot send them without a CORS preflight, and no CORS
 * headers are ever sent. The Host header must name a loopback address or the
 * configured host (a guard against DNS rebinding). Errors are
 * `{ "error": "…" }` with a 4xx status.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Delivery, EmulatorEvent, EmulatorEventType } from './types.js';
import type { People } from './people.js';
import type { BotState, World } from './state.js';

const MAX_CLIENT_BODY = 64 * 1024;
const SSE_EVENTS: EmulatorEventType[] = ['message', 'edit', 'delete', 'callback_answer'];

class ClientError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Body = Record<string, unknown>;

function json(res: ServerResponse, status: number, body: unknown): void {
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

async function readJson(req: IncomingMessage): Promise<Body> {
  const type = (req.headers['content-type'] ?? '').toLowerCase();
  if (!type.startsWith('application/json')) throw new ClientError(415, 'send application/json');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_CLIENT_BODY) throw new ClientError(413, 'body too large');
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  let v: unknown;
  try {
    v = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ClientError(400, 'malformed JSON');
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ClientError(400, 'a JSON object is expected');
  return v as Body;
}

function intParam(v: unknown, name: string): number {
  const n = typeof v === 'string' && /^-?\d{1,16}$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw new ClientError(400, `${name} must be an integer`);
  return n;
}
function strParam(v: unknown, name: string, min: number, max: number): string {
  if (typeof v !== 'string' || v.length < min || v.length > max) {
    throw new ClientError(400, `${name} must be a string of ${min}-${max} characters`);
  }
  return v;
}
function optStr(v: unknown, name: string, max: number): string | undefined {
  return v === undefined || v === null || v === '' ? undefined : strParam(v, name, 1, max);
}
function numParam(v: unknown, name: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) throw new ClientError(400, `${name} must be a number in ${min}..${max}`);
  return v;
}

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266). */
function disposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export interface ClientApi {
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  close(): void;
}

/** True when the Host header names this server (loopback or the configured host). */
function hostAllowed(header: string | undefined, extraHost: string): boolean {
  if (!header) return false;
  const name = header.replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase();
  return name === 'localhost' || name === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name) || name === extraHost.toLowerCase();
}

/** Creates the client API bound to a world. `host` is the address the server listens on. */
export function createClientApi(world: World, people: People, host = '127.0.0.1'): ClientApi {
  const streams = new Set<ServerResponse>();

  const botById = (v: unknown): BotState => {
    const bot = world.bots.get(intParam(v, 'botId'));
    if (!bot) throw new ClientError(404, 'unknown bot');
    return bot;
  };
  const userById = (v: unknown) => {
    const user = world.users.get(intParam(v, 'userId'));
    if (!user) throw new ClientError(404, 'unknown user');
    return user;
  };
  const bots = () => [...world.bots.values()].map((b) => ({ id: b.id, username: b.username, firstName: b.firstName }));
  const users = () => [...world.users.values()];
  const channels = () =>
    [...world.channels.values()].map((c) => ({ id: c.id, title: c.title, username: c.username ?? null, adminBotIds: [...c.adminBotIds] }));

  const chatView = (bot: BotState, chatId: number) => {
    const chat = chatId > 0 ? world.existingPrivateChat(bot.id, chatId) : world.chats.get(`channel:${chatId}`);
    const messages = chat ? [...chat.messages.values()].filter((m) => !m.deleted).map((m) => world.snapshot(m)) : [];
    return { messages, replyKeyboard: chat?.replyKeyboard ?? null };
  };

  const deliveryView = (d: Delivery) => ({ status: d.status, updateId: d.updateId, replies: d.replies });

  async function act(action: string, bot: BotState, userId: unknown, body: Body): Promise<unknown> {
    const user = userById(userId);
    try {
      switch (action) {
        case 'text':
          return deliveryView(
            await people.sendText(
              bot,
              user,
              strParam(body.text, 'text', 1, 4096),
              body.replyToMessageId === undefined ? undefined : intParam(body.replyToMessageId, 'replyToMessageId'),
            ),
          );
        case 'location':
          return deliveryView(
            await people.sendLocation(bot, user, {
              latitude: numParam(body.latitude, 'latitude', -90, 90),
              longitude: numParam(body.longitude, 'longitude', -180, 180),
            }),
          );
        case 'contact':
          return deliveryView(await people.sendContact(bot, user, strParam(body.phone, 'phone', 3, 25)));
        case 'button':
          return deliveryView(
            await people.pressButton(bot, user, intParam(body.messageId, 'messageId'), strParam(body.callbackData, 'callbackData', 1, 64)),
          );
        case 'block':
          people.block(bot, user);
          return { ok: true };
        case 'unblock':
          people.unblock(bot, user);
          return { ok: true };
        default:
          throw new ClientError(404, 'unknown action');
      }
    } catch (err) {
      if (err instanceof ClientError) throw err;
      throw new ClientError(409, err instanceof Error ? err.message : String(err));
    }
  }

  function events(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const botFilter = url.searchParams.get('botId');
    const chatFilter = url.searchParams.get('chatId');
    const botId = botFilter === null ? undefined : intParam(botFilter, 'botId');
    const chatId = chatFilter === null ? undefined : intParam(chatFilter, 'chatId');
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(': connected\n\n');
    streams.add(res);
    const send = (e: EmulatorEvent): void => {
      if (botId !== undefined && e.botId !== botId) return;
      if (chatId !== undefined && 'chatId' in e && e.chatId !== chatId) return;
      res.write(`event: ${e.type}\ndata: ${JSON.stringify(e)}\n\n`);
    };
    const offs = SSE_EVENTS.map((t) => world.on(t, send));
    const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
    const stop = (): void => {
      clearInterval(ping);
      for (const off of offs) off();
      streams.delete(res);
    };
    req.on('close', stop);
    res.on('close', stop);
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
    const parts = url.pathname.replace(/^\/sandbox\/api\/?/, '').split('/').filter(Boolean);
    const method = req.method ?? 'GET';
    const [head, a, b, c] = parts;
    if (method === 'GET' && head === 'events' && parts.length === 1) {
      events(req, res, url);
      return true;
    }
    if (method === 'GET' && head === 'state' && parts.length === 1) {
      json(res, 200, { bots: bots(), users: users(), channels: channels() });
      return true;
    }
    if (method === 'GET' && head === 'bots' && parts.length === 1) return done(res, bots());
    if (head === 'users' && parts.length === 1) {
      if (method === 'GET') return done(res, users());
      if (method === 'POST') {
        const body = await readJson(req);
        const user = world.addUser({
          firstName: strParam(body.firstName, 'firstName', 1, 64),
          ...(optStr(body.lastName, 'lastName', 64) ? { lastName: optStr(body.lastName, 'lastName', 64) as string } : {}),
          ...(optStr(body.username, 'username', 32) ? { username: optStr(body.username, 'username', 32) as string } : {}),
          ...(optStr(body.languageCode, 'languageCode', 10) ? { languageCode: optStr(body.languageCode, 'languageCode', 10) as string } : {}),
        });
        json(res, 201, user);
        return true;
      }
    }
    if (method === 'GET' && head === 'channels' && parts.length === 1) return done(res, channels());
    if (method === 'GET' && head === 'channels' && parts.length === 3 && b === 'posts') {
      const ch = world.channels.get(intParam(a, 'channelId'));
      if (!ch) throw new ClientError(404, 'unknown channel');
      const chat = world.chats.get(`channel:${ch.id}`);
      return done(res, { messages: chat ? [...chat.messages.values()].filter((m) => !m.deleted).map((m) => world.snapshot(m)) : [] });
    }
    if (head === 'chats' && parts.length === 3 && method === 'GET') return done(res, chatView(botById(a), intParam(b, 'chatId')));
    if (head === 'chats' && parts.length === 4 && method === 'POST' && c) {
      const bot = botById(a);
      const body = c === 'block' || c === 'unblock' ? {} : await readJson(req);
      return done(res, await act(c, bot, b, body));
    }
    if (method === 'GET' && head === 'commands' && parts.length === 2) {
      const bot = botById(a);
      const lang = url.searchParams.get('languageCode') ?? '';
      for (const scope of ['all_private_chats', 'default']) {
        for (const l of lang ? [lang, ''] : ['']) {
          const found = world.findCommands(bot.id, { type: scope } as never, l);
          if (found) return done(res, found);
        }
      }
      return done(res, []);
    }
    if ((method === 'GET' || method === 'HEAD') && head === 'files' && parts.length === 2 && a) {
      const file = world.files.get(decodeURIComponent(a));
      if (!file) throw new ClientError(404, 'unknown file');
      const name = file.fileName ?? file.filePath.split('/').pop() ?? 'file';
      res.writeHead(200, {
        'content-type': file.mimeType ?? 'application/octet-stream',
        'content-length': file.bytes.length,
        'content-disposition': disposition(name),
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
      res.end(method === 'HEAD' ? undefined : Buffer.from(file.bytes));
      return true;
    }
    throw new ClientError(404, 'not found');
  }

  function done(res: ServerResponse, body: unknown): true {
    json(res, 200, body);
    return true;
  }

  return {
    async handle(req, res, url) {
      try {
        if (!hostAllowed(req.headers.host, host)) throw new ClientError(403, 'unexpected Host header');
        return await route(req, res, url);
      } catch (err) {
        if (err instanceof ClientError) json(res, err.status, { error: err.message });
        else json(res, 400, { error: err instanceof Error ? err.message : String(err) });
        return true;
      }
    },
    close() {
      for (const s of streams) s.end();
      streams.clear();
    },
  };
}
