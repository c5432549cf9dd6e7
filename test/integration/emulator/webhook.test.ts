import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Bot, webhookCallback } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { expectApiError, setup, type Setup } from './helpers.js';

interface Hit {
  secret: string | undefined;
  body: { update_id: number; message?: { text?: string } };
}

let s: Setup | undefined;
const servers: Server[] = [];
afterEach(async () => {
  await s?.emu.close();
  s = undefined;
  await Promise.all(servers.splice(0).map((srv) => new Promise((r) => srv.close(r))));
});

/** A local webhook endpoint; `respond` decides each answer. */
async function hookServer(respond: (hit: Hit, n: number, res: ServerResponse) => void | Promise<void>): Promise<{ url: string; hits: Hit[] }> {
  const hits: Hit[] = [];
  const srv = createServer((req: IncomingMessage, res: ServerResponse) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString()));
    req.on('end', () => {
      const hit: Hit = { secret: req.headers['x-telegram-bot-api-secret-token'] as string | undefined, body: JSON.parse(data) as Hit['body'] };
      hits.push(hit);
      void respond(hit, hits.length, res);
    });
  });
  servers.push(srv);
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const addr = srv.address();
  return { url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/telegram`, hits };
}

describe('webhooks', () => {
  it('POSTs updates with the secret header and redelivers after a 500', async () => {
    s = await setup({ webhookRetry: { attempts: 4, baseDelayMs: 20 } });
    const hook = await hookServer((_hit, n, res) => {
      res.writeHead(n === 1 ? 500 : 200, { 'content-type': 'application/json' });
      res.end('{}');
    });
    const set = await s.api.raw.setWebhook({ url: hook.url, secret_token: 'S3cr3t_token-1' });
    expect(set).toBe(true);
    expect(s.emu.calls.at(-1)).toMatchObject({ method: 'setWebhook', ok: true });

    const d = await s.emu.sendText(s.token, s.anna.id, '/start');
    expect(d.status).toBe('delivered');
    expect(hook.hits).toHaveLength(2);
    expect(hook.hits.map((h) => h.secret)).toEqual(['S3cr3t_token-1', 'S3cr3t_token-1']);
    expect(hook.hits[0]?.body).toEqual(hook.hits[1]?.body);
    expect(hook.hits[0]?.body.message?.text).toBe('/start');

    const info = await s.api.getWebhookInfo();
    expect(info).toMatchObject({
      url: hook.url,
      has_custom_certificate: false,
      pending_update_count: 0,
      last_error_message: 'Wrong response from the webhook: 500 Internal Server Error',
      max_connections: 40,
    });
    expect(typeof info.last_error_date).toBe('number');
    expect(s.emu.violations).toMatchObject([{ kind: 'webhook_delivery_failed', method: 'webhook' }]);
  });

  it('delivers updates of one chat in order, and gives up after the last attempt', async () => {
    s = await setup({ webhookRetry: { attempts: 2, baseDelayMs: 10 } });
    const order: string[] = [];
    const hook = await hookServer(async (hit, _n, res) => {
      const text = hit.body.message?.text ?? '';
      await new Promise((r) => setTimeout(r, text === 'uno' ? 60 : 5)); // the first is slow to handle
      order.push(text);
      res.writeHead(text === 'mai' ? 503 : 200).end();
    });
    await s.api.setWebhook(hook.url);
    await Promise.all(['uno', 'due', 'tre'].map((t) => s?.emu.sendText(s.token, s.anna.id, t)));
    expect(order).toEqual(['uno', 'due', 'tre']);

    await expect(s.emu.sendText(s.token, s.anna.id, 'mai')).rejects.toThrow(/failed 2 times: Wrong response from the webhook: 503/);
    expect((await s.api.getWebhookInfo()).pending_update_count).toBe(0);
    expect(s.emu.violations.map((v) => v.detail)).toEqual([
      expect.stringMatching(/attempt 1: .*503.*\(will retry\)/),
      expect.stringMatching(/attempt 2: .*503.*\(dropped\)/),
    ]);
  });

  it('executes a method returned in the webhook response ("webhook reply")', async () => {
    s = await setup();
    const anna = s.anna.id;
    const hook = await hookServer((_hit, _n, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ method: 'sendMessage', chat_id: anna, text: 'Risposta immediata' }));
    });
    await s.api.setWebhook(hook.url);
    await s.emu.sendText(s.token, anna, 'ciao');
    await new Promise((r) => setTimeout(r, 50));
    expect(s.emu.messages(s.token, anna).map((m) => m.text)).toEqual(['ciao', 'Risposta immediata']);
    expect(s.emu.calls.find((c) => c.via === 'webhook_reply')).toMatchObject({ method: 'sendMessage', ok: true });
  });

  it('validates setWebhook and terminates a pending long poll', async () => {
    s = await setup();
    await expectApiError(s.api.setWebhook('https://example.org/hook'), 400, /only to loopback addresses/);
    await expectApiError(s.api.setWebhook('not a url'), 400, 'Bad Request: invalid webhook URL specified');
    await expectApiError(s.api.setWebhook('http://127.0.0.1:9/x', { secret_token: 'no spaces allowed' }), 400, 'Bad Request: secret token contains unallowed characters');
    const poll = s.api.getUpdates({ timeout: 5 });
    await new Promise((r) => setTimeout(r, 30));
    await s.api.setWebhook('http://127.0.0.1:9/x');
    await expectApiError(poll, 409, 'Conflict: terminated by setWebhook request');
    expect(await s.api.raw.deleteWebhook({ drop_pending_updates: true })).toBe(true);
  });

  it('a grammY bot behind webhookCallback answers a /start (full round trip)', async () => {
    s = await setup();
    const bot = new Bot(s.token, { botInfo: s.info, client: { apiRoot: s.emu.apiRoot } });
    bot.command('start', (ctx) => ctx.reply('Benvenuta!'));
    const handle = webhookCallback(bot, 'http', { secretToken: 'abc_123' });
    const srv = createServer((req, res) => void handle(req, res));
    servers.push(srv);
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const addr = srv.address();
    await bot.api.setWebhook(`http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`, { secret_token: 'abc_123' });
    const d = await s.emu.sendText(s.token, s.anna.id, '/start');
    expect(d.replies.map((m) => m.text)).toEqual(['Benvenuta!']);
    expect(s.emu.violations).toEqual([]);
  });
});
