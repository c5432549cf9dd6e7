/**
 * One Bot API call from start to finish, independent of HTTP: token check,
 * method lookup, spec validation, the handler, and the records (`calls`,
 * `violations`). Used by the HTTP server and for webhook replies.
 */
import { ApiError, Errors, type ResponseParameters } from './errors.js';
import { handlerFor } from './methods/index.js';
import { Described, type MethodContext } from './methods/context.js';
import { isUpload, type SpecValidator, type UploadedFile } from './spec.js';
import type { BotState, World } from './state.js';
import type { CallRecord } from './types.js';

export type ApiBody =
  | { ok: true; result: unknown; description?: string }
  | { ok: false; error_code: number; description: string; parameters?: ResponseParameters };

export interface ApiResponse {
  status: number;
  body: ApiBody;
}

/** Telegram's token sanity check (malformed tokens never reach a bot). */
export function isWellFormedToken(token: string): boolean {
  return /^[1-9]\d{0,17}:[A-Za-z0-9_-]{1,70}$/.test(token) && token.length <= 80;
}

export class BotApi {
  constructor(
    private readonly world: World,
    private readonly validator: SpecValidator,
    private readonly opts: { longPollMaxMs: number },
  ) {}

  /** Executes a call and records it. Never throws. */
  async call(
    token: string,
    methodName: string,
    raw: Record<string, unknown>,
    files: Map<string, UploadedFile>,
    signal: AbortSignal,
    via: CallRecord['via'] = 'http',
  ): Promise<ApiResponse> {
    const bot = this.world.byToken.get(token);
    const spec = this.validator.method(methodName);
    const method = spec?.name ?? methodName;
    try {
      if (!isWellFormedToken(token)) throw Errors.invalidToken();
      if (!bot) throw Errors.unauthorized();
      if (!spec) throw Errors.notFound();
      const params = this.validator.validate(method, raw);
      const handler = handlerFor(method);
      if (!handler) throw Errors.unsupportedMethod();
      const ctx: MethodContext = {
        world: this.world,
        bot,
        method,
        params,
        files,
        signal,
        longPollMaxMs: this.opts.longPollMaxMs,
      };
      const out = await handler(ctx);
      const body: ApiBody =
        out instanceof Described ? { ok: true, result: out.result, description: out.description } : { ok: true, result: out };
      this.record(bot, method, raw, true, via);
      return { status: 200, body };
    } catch (err) {
      const apiErr =
        err instanceof ApiError
          ? err
          : new ApiError(500, `Internal Server Error: ${err instanceof Error ? err.message : String(err)}`, 'internal_error');
      await this.settleConflict(apiErr, signal);
      this.record(bot, method, raw, false, via, apiErr);
      const clientGone = signal.aborted && apiErr.kind === 'conflict';
      if (apiErr.kind !== 'too_many_requests' && !clientGone) {
        this.world.violation(bot?.id ?? null, method, apiErr.kind, apiErr.description);
      }
      return { status: apiErr.code, body: apiErr.toJSON() };
    }
  }

  /**
   * A getUpdates terminated by a newer one is often a client that already
   * aborted its request (grammY's `bot.stop()`); give the disconnect a moment
   * to arrive so it is not recorded as a violation.
   */
  private async settleConflict(err: ApiError, signal: AbortSignal): Promise<void> {
    if (err.kind !== 'conflict' || signal.aborted) return;
    await new Promise((r) => setTimeout(r, 50));
  }

  private record(
    bot: BotState | undefined,
    method: string,
    raw: Record<string, unknown>,
    ok: boolean,
    via: CallRecord['via'],
    err?: ApiError,
  ): void {
    const rec: CallRecord = { at: this.world.now(), botId: bot?.id ?? null, method, params: sanitize(raw, bot?.token), ok, via };
    if (err) {
      rec.errorCode = err.code;
      rec.description = err.description;
    }
    this.world.calls.push(rec);
  }
}

/**
 * Parameters as recorded: JSON text decoded where possible, uploads
 * summarized, and the bot's token redacted wherever it appears (a webhook URL
 * may contain it).
 */
function sanitize(raw: Record<string, unknown>, token: string | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (isUpload(v)) out[k] = { file: v.fileName, size: v.bytes.length, contentType: v.contentType };
    else if (typeof v === 'string' && /^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v) as unknown;
      } catch {
        out[k] = v;
      }
    } else out[k] = v;
  }
  return token ? (redact(out, token) as Record<string, unknown>) : out;
}

function redact(v: unknown, token: string): unknown {
  if (typeof v === 'string') return v.includes(token) ? v.split(token).join('<redacted token>') : v;
  if (Array.isArray(v)) return v.map((x) => redact(x, token));
  if (typeof v === 'object' && v !== null) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, redact(x, token)]));
  }
  return v;
}
