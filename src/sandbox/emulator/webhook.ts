/**
 * Webhook delivery: POSTs each pending update as JSON to the bot's URL, with
 * `X-Telegram-Bot-Api-Secret-Token` when a secret is set, and treats any 2xx
 * answer as delivered. Failures are retried with exponential back-off (bounded
 * attempts), recorded as `last_error_*` for getWebhookInfo, and updates of one
 * chat are never delivered out of order. Only loopback URLs are allowed: the
 * sandbox never contacts anything else.
 */
import type { QueuedUpdate, UpdateQueue } from './updates.js';

/** How long a webhook may take to answer before the attempt counts as failed. */
const WEBHOOK_TIMEOUT_MS = 60_000;

export interface WebhookConfig {
  url: string;
  secretToken?: string;
  maxConnections: number;
  allowedUpdates?: string[];
  ipAddress?: string;
}

export interface WebhookHooks {
  /** A delivery attempt failed (recorded as a violation and in getWebhookInfo). */
  onFailure(entry: QueuedUpdate, message: string, willRetry: boolean): void;
  /** The webhook answered with a method call in its body ("webhook reply"). */
  onReply(params: Record<string, unknown>): void;
}

/** Delivers one bot's updates to its webhook. */
export class WebhookDispatcher {
  config: WebhookConfig | undefined;
  lastErrorDate: number | undefined;
  lastErrorMessage: string | undefined;
  private readonly inFlight = new Map<QueuedUpdate, AbortController>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly queue: UpdateQueue,
    private readonly retry: { attempts: number; baseDelayMs: number },
    private readonly hooks: WebhookHooks,
    private readonly now: () => number,
  ) {
    queue.onPush = () => this.kick();
  }

  /** Sets or replaces the webhook; in-flight deliveries to the old URL are abandoned (they stay pending). */
  set(config: WebhookConfig | undefined): void {
    this.abortAll();
    this.config = config;
    this.lastErrorDate = undefined;
    this.lastErrorMessage = undefined;
    this.kick();
  }

  /** Stops for good (emulator shutdown). */
  stop(): void {
    this.stopped = true;
    this.abortAll();
    if (this.timer) clearTimeout(this.timer);
  }

  private abortAll(): void {
    for (const [entry, ctrl] of this.inFlight) {
      entry.inFlight = false;
      ctrl.abort();
    }
    this.inFlight.clear();
  }

  /** Starts every delivery that may start now. */
  kick(): void {
    const cfg = this.config;
    if (!cfg || this.stopped) return;
    const now = this.now();
    const busyChats = new Set<string>();
    let nextWake = Infinity;
    for (const entry of this.queue.pending) {
      if (this.inFlight.size >= cfg.maxConnections) break;
      if (entry.inFlight || busyChats.has(entry.chatKey)) {
        busyChats.add(entry.chatKey);
        continue;
      }
      busyChats.add(entry.chatKey);
      if (entry.retryAt > now) {
        nextWake = Math.min(nextWake, entry.retryAt);
        continue;
      }
      void this.deliver(entry, cfg);
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (nextWake !== Infinity) {
      this.timer = setTimeout(() => this.kick(), Math.max(0, nextWake - now));
    }
  }

  private async deliver(entry: QueuedUpdate, cfg: WebhookConfig): Promise<void> {
    const ctrl = new AbortController();
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), WEBHOOK_TIMEOUT_MS);
    entry.inFlight = true;
    entry.attempts++;
    this.inFlight.set(entry, ctrl);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (cfg.secretToken) headers['x-telegram-bot-api-secret-token'] = cfg.secretToken;
    let error: string | undefined;
    try {
      const res = await fetch(cfg.url, {
        method: 'POST',
        headers,
        body: JSON.stringify(entry.update),
        signal: AbortSignal.any([ctrl.signal, timeout.signal]),
      });
      const text = await res.text();
      if (ctrl.signal.aborted) return;
      if (res.status >= 200 && res.status <= 299) {
        const reply = parseReply(text, res.headers.get('content-type'));
        this.finish(entry);
        this.queue.confirm(entry);
        if (reply) this.hooks.onReply(reply);
        this.kick();
        return;
      }
      error = `Wrong response from the webhook: ${res.status} ${res.statusText}`.trim();
    } catch (err) {
      if (ctrl.signal.aborted) return;
      error = timeout.signal.aborted ? 'Read timeout expired' : describeNetworkError(err);
    } finally {
      clearTimeout(timer);
    }
    this.finish(entry);
    this.lastErrorDate = Math.floor(this.now() / 1000);
    this.lastErrorMessage = error;
    const willRetry = entry.attempts < this.retry.attempts;
    this.hooks.onFailure(entry, error, willRetry);
    if (willRetry) {
      entry.retryAt = this.now() + this.retry.baseDelayMs * 2 ** (entry.attempts - 1);
    } else {
      this.queue.drop(entry, new Error(`webhook delivery of update ${entry.id} failed ${entry.attempts} times: ${error}`));
    }
    this.kick();
  }

  private finish(entry: QueuedUpdate): void {
    entry.inFlight = false;
    this.inFlight.delete(entry);
  }
}

function parseReply(text: string, contentType: string | null): Record<string, unknown> | undefined {
  if (!text || !(contentType ?? '').includes('json')) return undefined;
  try {
    const v = JSON.parse(text) as unknown;
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { method?: unknown }).method === 'string') {
      return v as Record<string, unknown>;
    }
  } catch {
    // not a webhook reply
  }
  return undefined;
}

function describeNetworkError(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } })?.cause;
  switch (cause?.code) {
    case 'ECONNREFUSED':
      return 'Connection refused';
    case 'ECONNRESET':
      return 'Connection reset by peer';
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return 'Read timeout expired';
    default:
      return cause?.message ?? (err instanceof Error ? err.message : String(err));
  }
}

/** True for hosts the sandbox may deliver to (loopback only). */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
