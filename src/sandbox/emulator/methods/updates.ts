/**
 * Receiving updates: getUpdates (long polling), setWebhook, deleteWebhook,
 * getWebhookInfo. Webhook URLs must be loopback addresses: the sandbox never
 * sends anything elsewhere. Unlike Telegram it accepts plain http there
 * (Telegram requires HTTPS on ports 443, 80, 88 or 8443).
 */
import { ApiError, Errors, badRequest } from '../errors.js';
import { DEFAULT_ALLOWED } from '../updates.js';
import { isLoopbackHost } from '../webhook.js';
import { Described, type Handler, type MethodContext, bool, int, str } from './context.js';

function allowedUpdates(ctx: MethodContext): Set<string> | undefined {
  const list = ctx.params.allowed_updates as string[] | undefined;
  if (list === undefined) return ctx.bot.allowedUpdates;
  return list.length === 0 ? new Set(DEFAULT_ALLOWED) : new Set(list);
}

const getUpdates: Handler = async (ctx) => {
  if (ctx.bot.webhook.config) throw Errors.conflictWebhookActive();
  const offset = int(ctx, 'offset') ?? 0;
  const limit = Math.min(100, Math.max(1, int(ctx, 'limit') ?? 100));
  const timeoutS = Math.max(0, int(ctx, 'timeout') ?? 0);
  ctx.bot.allowedUpdates = allowedUpdates(ctx);
  const timeoutMs = Math.min(timeoutS * 1000, ctx.longPollMaxMs);
  return ctx.bot.queue.getUpdates(offset, limit, timeoutMs, ctx.signal);
};

const setWebhook: Handler = (ctx) => {
  const url = str(ctx, 'url') ?? '';
  if (url === '') return removeWebhook(ctx);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badRequest('invalid webhook URL specified');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw badRequest('invalid webhook URL specified');
  if (!isLoopbackHost(parsed.hostname)) {
    throw new ApiError(
      400,
      'Bad Request: bad webhook: the sandbox delivers webhooks only to loopback addresses (127.0.0.1, localhost, ::1)',
      'unsupported_feature',
    );
  }
  const secret = str(ctx, 'secret_token');
  if (secret !== undefined) {
    if (secret.length > 256) throw badRequest('secret token is too long');
    if (!/^[A-Za-z0-9_-]*$/.test(secret)) throw badRequest('secret token contains unallowed characters');
  }
  const maxConnections = Math.min(100, Math.max(1, int(ctx, 'max_connections') ?? 40));
  const drop = bool(ctx, 'drop_pending_updates');
  const allowed = allowedUpdates(ctx);
  const current = ctx.bot.webhook.config;
  const same =
    current !== undefined &&
    current.url === url &&
    (current.secretToken ?? '') === (secret ?? '') &&
    current.maxConnections === maxConnections &&
    !drop;
  ctx.bot.allowedUpdates = allowed;
  if (same) return new Described(true, 'Webhook is already set');
  if (drop) ctx.bot.queue.dropAll('dropped by setWebhook(drop_pending_updates)');
  ctx.bot.queue.endPoll(Errors.conflictTerminatedBySetWebhook());
  ctx.bot.webhook.set({
    url,
    maxConnections,
    ...(secret ? { secretToken: secret } : {}),
    ...(allowed ? { allowedUpdates: [...allowed] } : {}),
    ...(str(ctx, 'ip_address') ? { ipAddress: str(ctx, 'ip_address') as string } : {}),
  });
  return new Described(true, 'Webhook was set');
};

function removeWebhook(ctx: MethodContext): Described {
  if (bool(ctx, 'drop_pending_updates')) ctx.bot.queue.dropAll('dropped by deleteWebhook(drop_pending_updates)');
  if (!ctx.bot.webhook.config) return new Described(true, 'Webhook is already deleted');
  ctx.bot.webhook.set(undefined);
  return new Described(true, 'Webhook was deleted');
}

const deleteWebhook: Handler = (ctx) => removeWebhook(ctx);

const getWebhookInfo: Handler = (ctx) => {
  const wh = ctx.bot.webhook;
  const info: Record<string, unknown> = {
    url: wh.config?.url ?? '',
    has_custom_certificate: false,
    pending_update_count: ctx.bot.queue.pending.length,
  };
  if (wh.config) {
    if (wh.config.ipAddress) info.ip_address = wh.config.ipAddress;
    if (wh.lastErrorDate !== undefined) {
      info.last_error_date = wh.lastErrorDate;
      info.last_error_message = wh.lastErrorMessage;
    }
    info.max_connections = wh.config.maxConnections;
    if (wh.config.allowedUpdates) info.allowed_updates = wh.config.allowedUpdates;
  }
  return info;
};

export const updateMethods: Record<string, Handler> = { getUpdates, setWebhook, deleteWebhook, getWebhookInfo };
