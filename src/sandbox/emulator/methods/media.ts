/**
 * Sending files: sendPhoto, sendDocument, sendAudio, sendVideo, sendAnimation,
 * sendVoice, sendSticker, sendVideoNote and sendMediaGroup. Files come as
 * multipart uploads (directly or via `attach://name`), as file_ids of this bot,
 * or as URLs. The sandbox never downloads: a public URL is accepted with a
 * placeholder file; loopback/private URLs fail like on Telegram, which cannot
 * reach them.
 */
import { badRequest, Errors } from '../errors.js';
import { type FileKind, type FileStore, type StoredFile, guessMime, imageSize } from '../files.js';
import { isUpload, type UploadedFile } from '../spec.js';
import type { Json } from '../state.js';
import { isLoopbackHost } from '../webhook.js';
import {
  type Handler,
  type MethodContext,
  bool,
  flood,
  formatted,
  int,
  markupOf,
  replyTarget,
  resolveChat,
  storeOutgoing,
  str,
  textFields,
} from './context.js';

const PHOTO_MAX = 10 * 1024 * 1024;
const KIND_LABEL: Record<FileKind, string> = {
  photo: 'photo',
  document: 'document',
  audio: 'audio',
  video: 'video',
  animation: 'animation',
  voice: 'voice',
  sticker: 'sticker',
  video_note: 'video note',
};
const TD_TYPE: Record<FileKind, string> = {
  photo: 'Photo',
  document: 'Document',
  audio: 'Audio',
  video: 'Video',
  animation: 'Animation',
  voice: 'VoiceNote',
  sticker: 'Sticker',
  video_note: 'VideoNote',
};

/** Media JSON (e.g. the PhotoSize array) shared by every identifier of the same upload. */
const mediaJson = new WeakMap<StoredFile, unknown>();

function isPrivateHost(host: string): boolean {
  return isLoopbackHost(host) || /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|0\.)/.test(host) || !host.includes('.');
}

/** Resolves an InputFile parameter to a stored file of this bot. */
export function resolveInputFile(ctx: MethodContext, value: unknown, kind: FileKind): StoredFile {
  const missing = (): Error => badRequest(`there is no ${KIND_LABEL[kind]} in the request`);
  if (isUpload(value)) return fromUpload(ctx, value, kind);
  if (typeof value !== 'string' || value === '') throw missing();
  if (value.startsWith('attach://')) {
    const part = ctx.files.get(value.slice('attach://'.length));
    if (!part) throw missing();
    return fromUpload(ctx, part, kind);
  }
  if (/^https?:\/\//i.test(value)) {
    let host = '';
    try {
      host = new URL(value).hostname;
    } catch {
      throw Errors.wrongFileId();
    }
    if (isPrivateHost(host)) throw Errors.failedToGetUrl();
    const name = decodeURIComponent(new URL(value).pathname.split('/').pop() ?? '') || undefined;
    return ctx.world.files.add({
      botId: ctx.bot.id,
      kind,
      bytes: new Uint8Array(0),
      sourceUrl: value,
      ...(name ? { fileName: name } : {}),
      ...(guessMime(name) ? { mimeType: guessMime(name) } : {}),
      ...(kind === 'photo' ? { width: 800, height: 600 } : {}),
    });
  }
  const existing = ctx.world.files.get(value);
  if (!existing || existing.botId !== ctx.bot.id) throw Errors.wrongFileId();
  if (existing.kind !== kind) throw badRequest(`can't use file of type ${TD_TYPE[existing.kind]} as ${TD_TYPE[kind]}`);
  return existing;
}

function fromUpload(ctx: MethodContext, up: UploadedFile, kind: FileKind): StoredFile {
  if (up.bytes.length === 0) throw badRequest('file must be non-empty');
  const base = {
    botId: ctx.bot.id,
    kind,
    bytes: up.bytes,
    fileName: up.fileName,
    ...(guessMime(up.fileName, up.contentType) ? { mimeType: guessMime(up.fileName, up.contentType) } : {}),
  };
  if (kind === 'photo') {
    if (up.bytes.length > PHOTO_MAX) throw Errors.fileTooBig();
    const size = imageSize(up.bytes);
    if (!size || size.width === 0 || size.height === 0) throw Errors.imageProcessFailed();
    const { width, height } = size;
    if (width + height > 10000 || Math.max(width, height) / Math.min(width, height) > 20) {
      throw Errors.photoInvalidDimensions();
    }
    return ctx.world.files.add({ ...base, width, height });
  }
  return ctx.world.files.add(base);
}

/** A photo's PhotoSize[], smallest first, as Telegram gives it: thumbnails of 90, 320, 800 px and the photo (at most 1280). */
export function photoSizes(files: FileStore, file: StoredFile): Json[] {
  const cached = mediaJson.get(file);
  if (cached) return structuredClone(cached) as Json[];
  const common = { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_size: file.bytes.length };
  const w = file.width ?? 0;
  const h = file.height ?? 0;
  const sizes: Json[] = [];
  const longest = Math.max(w, h);
  for (const box of [90, 320, 800]) {
    if (longest > box) {
      const alias = files.alias(file, scaled(w, h, box));
      sizes.push({ file_id: alias.fileId, file_unique_id: alias.fileUniqueId, file_size: file.bytes.length, ...scaled(w, h, box) });
      mediaJson.set(alias, sizes);
    }
  }
  sizes.push({ ...common, ...(longest > 1280 ? scaled(w, h, 1280) : { width: w, height: h }) });
  mediaJson.set(file, sizes);
  return structuredClone(sizes);
}

/** The Message field for a file: PhotoSize[] for photos, an object otherwise. */
export function mediaField(ctx: MethodContext, file: StoredFile): unknown {
  const cached = mediaJson.get(file);
  if (cached) return structuredClone(cached);
  const common = { file_id: file.fileId, file_unique_id: file.fileUniqueId, file_size: file.bytes.length };
  let json: unknown;
  switch (file.kind) {
    case 'photo':
      json = photoSizes(ctx.world.files, file);
      break;
    case 'document':
      json = { ...names(file), ...common };
      break;
    case 'audio':
      json = { duration: int(ctx, 'duration') ?? 0, ...opt(ctx, ['performer', 'title']), ...names(file), ...common };
      break;
    case 'video':
    case 'animation':
      json = { width: int(ctx, 'width') ?? 0, height: int(ctx, 'height') ?? 0, duration: int(ctx, 'duration') ?? 0, ...names(file), ...common };
      break;
    case 'voice':
      json = { duration: int(ctx, 'duration') ?? 0, ...(file.mimeType ? { mime_type: file.mimeType } : {}), ...common };
      break;
    case 'video_note':
      json = { length: int(ctx, 'length') ?? 0, duration: int(ctx, 'duration') ?? 0, ...common };
      break;
    case 'sticker':
      json = { width: 512, height: 512, type: 'regular', is_animated: false, is_video: false, ...common };
      break;
  }
  mediaJson.set(file, json);
  return structuredClone(json);
}

function scaled(w: number, h: number, box: number): { width: number; height: number } {
  const k = box / Math.max(w, h);
  return { width: Math.max(1, Math.round(w * k)), height: Math.max(1, Math.round(h * k)) };
}
function names(file: StoredFile): Json {
  return { ...(file.fileName ? { file_name: file.fileName } : {}), ...(file.mimeType ? { mime_type: file.mimeType } : {}) };
}
function opt(ctx: MethodContext, keys: string[]): Json {
  const out: Json = {};
  for (const k of keys) {
    const v = str(ctx, k);
    if (v) out[k] = v;
  }
  return out;
}

function sendFile(kind: FileKind): Handler {
  return (ctx) => {
    const file = resolveInputFile(ctx, ctx.params[kind], kind);
    const caption =
      kind === 'sticker' || kind === 'video_note'
        ? { text: '', entities: [], droppedLinks: [] }
        : formatted(ctx, 'caption', 'parse_mode', 'caption_entities', 'caption');
    const chat = resolveChat(ctx, ctx.params.chat_id, 'send');
    const markup = markupOf(ctx, chat);
    const content: Json = { [kind]: mediaField(ctx, file), ...textFields(caption, 'caption') };
    if (bool(ctx, 'has_spoiler')) content.has_media_spoiler = true;
    if (bool(ctx, 'show_caption_above_media')) content.show_caption_above_media = true;
    if (bool(ctx, 'protect_content')) content.has_protected_content = true;
    const reply = replyTarget(ctx, chat);
    flood(ctx, chat);
    return ctx.world.snapshot(storeOutgoing(ctx, chat, content, markup, reply));
  };
}

const sendMediaGroup: Handler = (ctx) => {
  const media = ctx.params.media as Json[];
  if (media.length < 2 || media.length > 10) throw badRequest('wrong number of media specified: must be 2-10');
  const kinds = new Set(media.map((m) => String(m.type)));
  if ((kinds.has('document') || kinds.has('audio')) && kinds.size > 1) {
    throw badRequest("can't use the media of the specified type in the album");
  }
  const chat = resolveChat(ctx, ctx.params.chat_id, 'send');
  const items = media.map((m) => {
    const kind = String(m.type) as FileKind;
    if (!['photo', 'video', 'document', 'audio'].includes(kind)) {
      throw badRequest("can't use the media of the specified type in the album");
    }
    const file = resolveInputFile(ctx, m.media, kind);
    const sub: MethodContext = { ...ctx, params: { ...m } };
    const caption = formatted(sub, 'caption', 'parse_mode', 'caption_entities', 'caption');
    return { kind, file, caption, sub };
  });
  const reply = replyTarget(ctx, chat);
  flood(ctx, chat);
  const groupId = String(BigInt(Date.now()) * 1000n + BigInt(Math.floor(Math.random() * 1000)));
  return items.map((it, i) =>
    ctx.world.snapshot(
      storeOutgoing(
        ctx,
        chat,
        { media_group_id: groupId, [it.kind]: mediaField(it.sub, it.file), ...textFields(it.caption, 'caption') },
        { kind: 'none' },
        i === 0 ? reply : undefined,
      ),
    ),
  );
};

export const mediaMethods: Record<string, Handler> = {
  sendPhoto: sendFile('photo'),
  sendDocument: sendFile('document'),
  sendAudio: sendFile('audio'),
  sendVideo: sendFile('video'),
  sendAnimation: sendFile('animation'),
  sendVoice: sendFile('voice'),
  sendSticker: sendFile('sticker'),
  sendVideoNote: sendFile('video_note'),
  sendMediaGroup,
};

