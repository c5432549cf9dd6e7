/**
 * A small, lenient multipart/form-data parser. grammY writes part headers
 * without spaces and file names unquoted (`content-disposition:form-data;
 * name="x";filename=my report.pdf`), which stricter parsers refuse but the
 * Bot API server accepts; this one accepts both styles.
 */
import type { UploadedFile } from '../spec.js';

export interface MultipartResult {
  fields: Record<string, string>;
  files: Map<string, UploadedFile>;
}

export class MultipartError extends Error {}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');
const MAX_PARTS = 1000;

/** Extracts the boundary from a Content-Type header. */
export function boundaryOf(contentType: string): string | undefined {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m?.[1] ?? m?.[2];
}

/**
 * Parses a multipart body.
 * @throws MultipartError with the Bot API server's wording for malformed bodies.
 */
export function parseMultipart(body: Buffer, boundary: string): MultipartResult {
  if (boundary.length === 0 || boundary.length > 200) throw new MultipartError('boundary too big or empty');
  const delimiter = Buffer.from(`--${boundary}`);
  const fields: Record<string, string> = {};
  const files = new Map<string, UploadedFile>();

  let pos = body.indexOf(delimiter);
  if (pos === -1) throw new MultipartError('boundary not found');
  let parts = 0;
  for (;;) {
    pos += delimiter.length;
    // closing delimiter "--"
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break;
    // skip transport padding and the CRLF after the delimiter
    while (body[pos] === 0x20 || body[pos] === 0x09) pos++;
    if (body[pos] === 0x0d && body[pos + 1] === 0x0a) pos += 2;
    else if (body[pos] === 0x0a) pos += 1;

    const headerEnd = body.indexOf(HEADER_END, pos);
    if (headerEnd === -1) throw new MultipartError("can't parse form data headers");
    const headerText = body.subarray(pos, headerEnd).toString('utf8');
    const contentStart = headerEnd + HEADER_END.length;
    const next = body.indexOf(Buffer.concat([CRLF, delimiter]), contentStart - 2);
    if (next === -1) throw new MultipartError('unexpected end of request content');
    const content = body.subarray(contentStart, Math.max(contentStart, next));

    if (++parts > MAX_PARTS) throw new MultipartError('too many parameters in form data');
    const headers = parseHeaders(headerText);
    const disposition = headers.get('content-disposition');
    if (!disposition) throw new MultipartError('expected form-data content disposition');
    const params = parseDisposition(disposition);
    const name = params.get('name');
    if (name === undefined) throw new MultipartError('field name in multipart/form-data not found');
    const fileName = params.get('filename*') ?? params.get('filename');
    if (fileName !== undefined) {
      files.set(name, {
        kind: 'upload',
        field: name,
        fileName,
        contentType: headers.get('content-type') ?? 'application/octet-stream',
        bytes: new Uint8Array(content),
      });
    } else {
      fields[name] = content.toString('utf8');
    }
    pos = next + CRLF.length;
  }
  return { fields, files };
}

function parseHeaders(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    map.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return map;
}

/** Parses `form-data; name="a"; filename=b c.pdf` (quoted or bare values). */
function parseDisposition(value: string): Map<string, string> {
  const params = new Map<string, string>();
  const semi = value.indexOf(';');
  if (semi === -1 || value.slice(0, semi).trim().toLowerCase() !== 'form-data') {
    throw new MultipartError('expected form-data content disposition');
  }
  let rest = value.slice(semi + 1);
  while (rest.length > 0) {
    const eq = rest.indexOf('=');
    if (eq === -1) break;
    const key = rest.slice(0, eq).trim().toLowerCase();
    rest = rest.slice(eq + 1).trimStart();
    let v: string;
    if (rest.startsWith('"')) {
      let i = 1;
      let out = '';
      while (i < rest.length && rest[i] !== '"') {
        if (rest[i] === '\\' && i + 1 < rest.length) i++;
        out += rest[i];
        i++;
      }
      if (i >= rest.length) throw new MultipartError('unclosed quoted string in Content-Disposition header');
      v = out;
      rest = rest.slice(i + 1);
      const s = rest.indexOf(';');
      rest = s === -1 ? '' : rest.slice(s + 1);
    } else {
      // Bare value: up to the next ';' that starts another key=value, else to the end (file names may contain ';').
      const m = /;\s*[A-Za-z*-]+=/.exec(rest);
      v = (m ? rest.slice(0, m.index) : rest).trim();
      rest = m ? rest.slice(m.index + 1) : '';
    }
    if (key === 'filename*') {
      const enc = /^([^']*)'[^']*'(.*)$/.exec(v);
      if (enc) {
        try {
          v = decodeURIComponent(enc[2] ?? '');
        } catch {
          v = enc[2] ?? '';
        }
      }
    }
    params.set(key, v);
  }
  return params;
}
