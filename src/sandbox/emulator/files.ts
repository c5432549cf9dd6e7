/**
 * Files sent by bots: storage, Telegram-like identifiers, MIME type guessing
 * and image dimensions (read from PNG/JPEG/GIF/WebP headers, because Telegram
 * rejects photos it cannot decode and reports their size).
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';

export type FileKind = 'photo' | 'document' | 'audio' | 'video' | 'animation' | 'voice' | 'sticker' | 'video_note';

export interface StoredFile {
  fileId: string;
  fileUniqueId: string;
  botId: number;
  kind: FileKind;
  bytes: Uint8Array;
  fileName?: string;
  mimeType?: string;
  /** Path for `getFile` / `GET /file/bot<token>/<path>`. */
  filePath: string;
  width?: number;
  height?: number;
  /** Set when the file came from a URL the sandbox did not fetch. */
  sourceUrl?: string;
}

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  txt: 'text/plain',
  csv: 'text/csv',
  ics: 'text/calendar',
  html: 'text/html',
  json: 'application/json',
  xml: 'application/xml',
  zip: 'application/zip',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  m4a: 'audio/mp4',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  pem: 'application/x-pem-file',
};

/** MIME type from a file name's extension (Telegram guesses it the same way for octet-stream uploads). */
export function guessMime(fileName: string | undefined, declared?: string): string | undefined {
  if (declared && declared !== 'application/octet-stream') return declared;
  const ext = path.extname(fileName ?? '').slice(1).toLowerCase();
  return MIME[ext] ?? (declared || undefined);
}

/** Width and height of a PNG, JPEG, GIF or WebP image, or undefined when the bytes are not one. */
export function imageSize(b: Uint8Array): { width: number; height: number; format: string } | undefined {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length >= 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    return { width: dv.getUint32(16), height: dv.getUint32(20), format: 'png' };
  }
  if (b.length >= 10 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) {
    return { width: dv.getUint16(6, true), height: dv.getUint16(8, true), format: 'gif' };
  }
  if (b.length >= 30 && String.fromCharCode(...b.subarray(0, 4)) === 'RIFF' && String.fromCharCode(...b.subarray(8, 12)) === 'WEBP') {
    const chunk = String.fromCharCode(...b.subarray(12, 16));
    if (chunk === 'VP8X') {
      const w = 1 + ((b[24] ?? 0) | ((b[25] ?? 0) << 8) | ((b[26] ?? 0) << 16));
      const h = 1 + ((b[27] ?? 0) | ((b[28] ?? 0) << 8) | ((b[29] ?? 0) << 16));
      return { width: w, height: h, format: 'webp' };
    }
    if (chunk === 'VP8 ') return { width: dv.getUint16(26, true) & 0x3fff, height: dv.getUint16(28, true) & 0x3fff, format: 'webp' };
    if (chunk === 'VP8L') {
      const bits = dv.getUint32(21, true);
      return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1, format: 'webp' };
    }
    return undefined;
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    let i = 2;
    while (i + 9 < b.length) {
      if (b[i] !== 0xff) {
        i++;
        continue;
      }
      const marker = b[i + 1] ?? 0;
      if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0xff) {
        i += marker === 0xff ? 1 : 2;
        continue;
      }
      const len = dv.getUint16(i + 2);
      const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
      if (isSof) return { width: dv.getUint16(i + 7), height: dv.getUint16(i + 5), format: 'jpeg' };
      i += 2 + len;
    }
    return undefined;
  }
  return undefined;
}

const DIR: Record<FileKind, string> = {
  photo: 'photos',
  document: 'documents',
  audio: 'music',
  video: 'videos',
  animation: 'animations',
  voice: 'voice',
  sticker: 'stickers',
  video_note: 'video_notes',
};

/** All files of all bots. File identifiers are valid only for the bot that owns them, as on Telegram. */
export class FileStore {
  private readonly byId = new Map<string, StoredFile>();
  private readonly byPath = new Map<string, StoredFile>();
  private seq = 0;

  add(f: Omit<StoredFile, 'fileId' | 'fileUniqueId' | 'filePath'>): StoredFile {
    this.seq++;
    const ext = path.extname(f.fileName ?? '').toLowerCase() || (f.kind === 'photo' ? '.jpg' : '');
    const file: StoredFile = {
      ...f,
      fileId: `${prefix(f.kind)}${randomBytes(30).toString('base64url')}`,
      fileUniqueId: `AQAD${randomBytes(9).toString('base64url')}`,
      filePath: `${DIR[f.kind]}/file_${this.seq}${ext}`,
    };
    this.byId.set(file.fileId, file);
    this.byPath.set(`${file.botId}/${file.filePath}`, file);
    return file;
  }

  /** Adds another identifier (e.g. a smaller photo size) for the same bytes. */
  alias(original: StoredFile, overrides: Partial<Pick<StoredFile, 'width' | 'height'>>): StoredFile {
    return this.add({ ...original, ...overrides });
  }

  get(fileId: string): StoredFile | undefined {
    return this.byId.get(fileId);
  }

  getByPath(botId: number, filePath: string): StoredFile | undefined {
    return this.byPath.get(`${botId}/${filePath}`);
  }
}

function prefix(kind: FileKind): string {
  // Real identifiers start with a type-dependent header; these mimic the look, not the encoding.
  switch (kind) {
    case 'photo':
      return 'AgACAgQAAxkDAAI';
    case 'document':
      return 'BQACAgQAAxkDAAI';
    case 'video':
      return 'BAACAgQAAxkDAAI';
    case 'audio':
      return 'CQACAgQAAxkDAAI';
    case 'voice':
      return 'AwACAgQAAxkDAAI';
    case 'animation':
      return 'CgACAgQAAxkDAAI';
    case 'sticker':
      return 'CAACAgQAAxkDAAI';
    case 'video_note':
      return 'DQACAgQAAxkDAAI';
  }
}
