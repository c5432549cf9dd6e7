import { InputFile } from 'grammy';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectApiError, greet, setup, type Setup } from './helpers.js';
import { png } from '../../support/png.js';

let s: Setup;
beforeEach(async () => {
  s = await setup();
  await greet(s);
});
afterEach(async () => {
  await s.emu.close();
});

describe('files', () => {
  it('uploads a document with multipart, then downloads it via getFile, /file/ and the client API', async () => {
    const bytes = new TextEncoder().encode('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    const sent = await s.api.sendDocument(s.anna.id, new InputFile(bytes, 'Corso SPID – Perugia.ics'), {
      caption: '<b>Aggiungi</b> al calendario',
      parse_mode: 'HTML',
    });
    expect(sent.document).toMatchObject({ file_name: 'Corso SPID – Perugia.ics', mime_type: 'text/calendar', file_size: bytes.length });
    expect(sent.caption).toBe('Aggiungi al calendario');
    expect(sent.caption_entities).toEqual([{ type: 'bold', offset: 0, length: 8 }]);
    expect(s.emu.calls.at(-1)?.params.caption).toBe('<b>Aggiungi</b> al calendario');

    const fileId = sent.document?.file_id ?? '';
    expect(s.emu.file(fileId)).toEqual({ bytes, fileName: 'Corso SPID – Perugia.ics', mimeType: 'text/calendar' });

    const file = await s.api.getFile(fileId);
    expect(file.file_path).toMatch(/^documents\/file_\d+\.ics$/);
    const viaTelegramPath = await fetch(`${s.emu.url}/file/bot${s.token}/${file.file_path ?? ''}`);
    expect(viaTelegramPath.status).toBe(200);
    expect(new Uint8Array(await viaTelegramPath.arrayBuffer())).toEqual(bytes);

    const viaClient = await fetch(`${s.emu.url}/sandbox/api/files/${encodeURIComponent(fileId)}`);
    expect(viaClient.headers.get('content-type')).toBe('text/calendar');
    expect(viaClient.headers.get('content-disposition')).toBe(
      `attachment; filename="Corso SPID _ Perugia.ics"; filename*=UTF-8''${encodeURIComponent('Corso SPID – Perugia.ics')}`,
    );
    expect(new Uint8Array(await viaClient.arrayBuffer())).toEqual(bytes);

    // the same file again by file_id: same document, no new upload
    const again = await s.api.sendDocument(s.anna.id, fileId);
    expect(again.document).toEqual(sent.document);
    await expectApiError(s.api.sendPhoto(s.anna.id, fileId), 400, "Bad Request: can't use file of type Document as Photo");
    await expectApiError(s.api.sendDocument(s.anna.id, 'BQACAgQAAxkDAAInvalid'), 400, 'Bad Request: wrong file identifier/HTTP URL specified');
    await expectApiError(s.api.getFile('nope'), 400, 'Bad Request: wrong file_id or the file is temporarily unavailable');
  });

  it('lets a person send a photo with a caption: sizes as Telegram gives them, and the bot can fetch and reuse it', async () => {
    const bytes = png(1000, 500);
    const delivered = s.emu.sendPhoto(s.token, s.anna.id, { bytes, caption: 'La locandina' });
    const updates = await s.api.getUpdates({ offset: -1, timeout: 1 });
    await s.api.getUpdates({ offset: updates.at(-1)!.update_id + 1, timeout: 0 });
    const { update } = await delivered;
    const sizes = update.message?.photo ?? [];
    expect(sizes.map((p) => [p.width, p.height])).toEqual([
      [90, 45],
      [320, 160],
      [800, 400],
      [1000, 500],
    ]);
    expect(update.message?.caption).toBe('La locandina');
    const file = await s.api.getFile(sizes.at(-1)!.file_id);
    const got = await fetch(`${s.emu.url}/file/bot${s.token}/${file.file_path ?? ''}`);
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(bytes);
    // The bot may post it again by its file_id (a facilitator's photo in the channel).
    const again = await s.api.sendPhoto(s.anna.id, sizes.at(-1)!.file_id);
    expect(again.photo?.at(-1)?.file_id).toBe(sizes.at(-1)!.file_id);
    // Only images are photos, and a caption has Telegram's limit.
    await expect(s.emu.sendPhoto(s.token, s.anna.id, { bytes: new TextEncoder().encode('not an image') })).rejects.toThrow(/only an image/);
    await expect(s.emu.sendPhoto(s.token, s.anna.id, { bytes, caption: 'x'.repeat(1025) })).rejects.toThrow(/1024/);
  });

  it('swaps a photo in place with editMessageMedia, caption and buttons included; a text message has no media to edit', async () => {
    const first = await s.api.sendPhoto(s.anna.id, new InputFile(png(120, 90), 'a.png'), { caption: 'Prima' });
    const second = await s.api.sendPhoto(s.anna.id, new InputFile(png(60, 40), 'b.png'));
    const newId = second.photo!.at(-1)!.file_id;
    const edited = await s.api.editMessageMedia(s.anna.id, first.message_id, { type: 'photo', media: newId, caption: '<b>Dopo</b>', parse_mode: 'HTML' }, {
      reply_markup: { inline_keyboard: [[{ text: 'Apri', url: 'https://t.me/DigiPassTestBot?start=x' }]] },
    });
    expect(edited).toMatchObject({ message_id: first.message_id, caption: 'Dopo', caption_entities: [{ type: 'bold', offset: 0, length: 4 }] });
    expect((edited as { photo?: { file_id: string }[] }).photo?.at(-1)?.file_id).toBe(newId);
    expect(s.emu.messages(s.token, s.anna.id).find((m) => m.message_id === first.message_id)?.photo?.at(-1)?.file_id).toBe(newId);
    const text = await s.api.sendMessage(s.anna.id, 'solo testo');
    await expectApiError(s.api.editMessageMedia(s.anna.id, text.message_id, { type: 'photo', media: newId }), 400, 'Bad Request: there is no media in the message to edit');
  });

  it('accepts real images as photos with their sizes and refuses what Telegram cannot decode', async () => {
    const sent = await s.api.sendPhoto(s.anna.id, new InputFile(png(400, 300), 'mappa.png'));
    const sizes = sent.photo ?? [];
    expect(sizes.map((p) => [p.width, p.height])).toEqual([
      [90, 68],
      [320, 240],
      [400, 300],
    ]);
    expect(s.emu.file(sizes.at(-1)?.file_id ?? '')?.mimeType).toBe('image/png');
    await expectApiError(s.api.sendPhoto(s.anna.id, new InputFile(new TextEncoder().encode('not an image'), 'x.jpg')), 400, 'Bad Request: IMAGE_PROCESS_FAILED');
    await expectApiError(s.api.sendPhoto(s.anna.id, new InputFile(png(5000, 200), 'wide.png')), 400, 'Bad Request: PHOTO_INVALID_DIMENSIONS');
    await expectApiError(s.api.sendPhoto(s.anna.id, 'http://127.0.0.1:8080/map.png'), 400, 'Bad Request: failed to get HTTP URL content');
    await expectApiError(s.api.sendDocument(s.anna.id, new InputFile(new Uint8Array(0), 'empty.pdf')), 400, 'Bad Request: file must be non-empty');
    await expectApiError(
      s.api.sendPhoto(s.anna.id, new InputFile(png(10, 10), 'a.png'), { caption: 'x'.repeat(1025) }),
      400,
      'Bad Request: message caption is too long',
    );
  });

  it('sends albums with attach:// parts', async () => {
    const album = await s.api.sendMediaGroup(s.anna.id, [
      { type: 'photo', media: new InputFile(png(20, 20), 'a.png'), caption: 'Prima' },
      { type: 'photo', media: new InputFile(png(30, 20), 'b.png') },
    ]);
    expect(album).toHaveLength(2);
    const groups = album.map((m) => (m as { media_group_id?: string }).media_group_id);
    expect(groups[0]).toBeDefined();
    expect(groups[0]).toBe(groups[1]);
    expect(album[0]?.caption).toBe('Prima');
    await expectApiError(
      s.api.sendMediaGroup(s.anna.id, [{ type: 'photo', media: 'attach://missing' }, { type: 'photo', media: 'attach://missing2' }]),
      400,
      'Bad Request: there is no photo in the request',
    );
  });
});
