import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs that never contain the bot token: anything that looks like a token is masked,
 * wherever it hides (an HttpError's message can contain the request URL).
 */
export function createLogger(
  opts: { level: string; secrets?: string[] },
  destination?: DestinationStream,
): Logger {
  const secrets = (opts.secrets ?? []).filter((s) => s.length >= 8);
  const tokenPattern = /\b\d{6,20}:[A-Za-z0-9_-]{30,}\b/g;
  const mask = (s: string): string => {
    let out = s.replace(tokenPattern, '[token]');
    for (const secret of secrets) out = out.split(secret).join('[secret]');
    return out;
  };
  const errorFields = (e: Error & { error_code?: number; description?: string; method?: string; code?: unknown; error?: unknown }): Record<string, unknown> => ({
    type: e.name,
    message: mask(e.message),
    code: typeof e.code === 'string' || typeof e.code === 'number' ? e.code : undefined,
    method: e.method,
    errorCode: e.error_code,
    description: e.description,
    stack: e.stack ? mask(e.stack) : undefined,
    // A grammY BotError wraps the real error and the whole context (with personal data): keep only the former.
    cause: e.error instanceof Error ? errorFields(e.error as Error) : e.cause instanceof Error ? errorFields(e.cause) : undefined,
  });
  const scrub = (value: unknown, depth = 0): unknown => {
    if (typeof value === 'string') return mask(value);
    if (value instanceof Error) return errorFields(value);
    if (depth > 4 || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((v) => scrub(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = scrub(v, depth + 1);
    return out;
  };
  return pino(
    {
      level: opts.level,
      base: undefined,
      formatters: { log: (obj) => scrub(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === 'string' ? mask(a) : a)) as Parameters<typeof method>,
          );
        },
      },
      serializers: {
        // Log errors by fields, never whole objects: nested errors may carry URLs with the token.
        err: (err: unknown) => scrub(err),
      },
    },
    destination,
  );
}
