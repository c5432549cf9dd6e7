/**
 * Reading and decoding Bot API request bodies: query string, JSON,
 * application/x-www-form-urlencoded and multipart/form-data, with size caps.
 * Errors use the Bot API server's wording.
 */
import type { IncomingMessage } from 'node:http';
import { ApiError } from '../errors.js';
import type { UploadedFile } from '../spec.js';
import { boundaryOf, MultipartError, parseMultipart } from './multipart.js';

/** 50 MB for uploads (Telegram's limit for bots), 1 MB for everything else. */
export const MAX_UPLOAD_BODY = 50 * 1024 * 1024 + 64 * 1024;
export const MAX_PLAIN_BODY = 1024 * 1024;

export interface DecodedBody {
  params: Record<string, unknown>;
  files: Map<string, UploadedFile>;
}

/** Reads the whole body, refusing more than `limit` bytes with 413. */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    throw new ApiError(413, `Request Entity Too Large: content length is ${declared}`, 'invalid_request');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > limit) {
      req.resume();
      throw new ApiError(413, `Request Entity Too Large: content length is ${size}`, 'invalid_request');
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** The byte cap that applies to a request with this Content-Type. */
export function bodyLimitFor(contentType: string | undefined): number {
  return (contentType ?? '').toLowerCase().startsWith('multipart/form-data') ? MAX_UPLOAD_BODY : MAX_PLAIN_BODY;
}

/**
 * Decodes query string + body into raw parameters. Body values win over the
 * query string. JSON values are kept as JSON (validation coerces them);
 * form values are strings.
 */
export function decodeBody(query: URLSearchParams, contentType: string | undefined, body: Buffer): DecodedBody {
  const params: Record<string, unknown> = {};
  for (const [k, v] of query) params[k] = v;
  const files = new Map<string, UploadedFile>();
  const type = (contentType ?? '').toLowerCase();
  if (body.length === 0) return { params, files };

  if (type.startsWith('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8')) as unknown;
    } catch (err) {
      const reason = err instanceof Error ? err.message : 'invalid JSON';
      throw new ApiError(400, `Bad Request: can't parse JSON encoded request: ${reason}`, 'invalid_request');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new ApiError(400, 'Bad Request: JSON object expected', 'invalid_request');
    }
    Object.assign(params, parsed);
  } else if (type.startsWith('application/x-www-form-urlencoded')) {
    for (const [k, v] of new URLSearchParams(body.toString('utf8'))) params[k] = v;
  } else if (type.startsWith('multipart/form-data')) {
    const boundary = boundaryOf(contentType ?? '');
    if (!boundary) throw new ApiError(400, 'Bad Request: boundary not found', 'invalid_request');
    try {
      const mp = parseMultipart(body, boundary);
      Object.assign(params, mp.fields);
      for (const [name, file] of mp.files) {
        files.set(name, file);
        params[name] = file;
      }
    } catch (err) {
      if (err instanceof MultipartError) throw new ApiError(400, `Bad Request: ${err.message}`, 'invalid_request');
      throw err;
    }
  }
  return { params, files };
}
