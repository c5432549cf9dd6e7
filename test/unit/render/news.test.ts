import { describe, expect, it } from 'vitest';
import { NEWS_MAX, newsMessages, renderNews } from '../../../src/render/news.js';
import { CAPTION_LIMIT } from '../../../src/render/event-post.js';
import { formatText } from '../../../src/sandbox/emulator/text/format.js';

const visible = (html: string) => formatText(html, 'HTML', undefined, { kind: 'text' }).text;

describe('a point’s news', () => {
  it('shows the point in bold and the text exactly as typed', () => {
    const html = renderNews('DigiPASS <Foligno>', 'Corso <b>SPID</b> & "CIE"');
    expect(html).toBe('<b>DigiPASS &lt;Foligno&gt;</b>\n\nCorso &lt;b&gt;SPID&lt;/b&gt; &amp; &quot;CIE&quot;');
    expect(visible(html)).toBe('DigiPASS <Foligno>\n\nCorso <b>SPID</b> & "CIE"');
  });

  it('never goes beyond what a facilitator may write', () => {
    expect(visible(renderNews('P', 'x'.repeat(NEWS_MAX + 50)))).toHaveLength(3 + NEWS_MAX);
  });

  it('is one message without a photo', () => {
    const html = renderNews('P', 'ciao');
    expect(newsMessages(html, null)).toEqual([{ method: 'sendMessage', params: { text: html, parse_mode: 'HTML', link_preview_options: { is_disabled: true } } }]);
  });

  it('is the photo with the text as its caption when it fits', () => {
    const html = renderNews('P', 'ciao');
    expect(newsMessages(html, 'PHOTO')).toEqual([{ method: 'sendPhoto', params: { photo: 'PHOTO', caption: html, parse_mode: 'HTML' } }]);
  });

  it('counts the characters Telegram counts, not the escapes', () => {
    // 1,000 ampersands are 5,000 characters of HTML but 1,000 on screen: still a caption.
    const html = renderNews('P', '&'.repeat(CAPTION_LIMIT - 3));
    expect(visible(html)).toHaveLength(CAPTION_LIMIT);
    expect(newsMessages(html, 'PHOTO')).toHaveLength(1);
    expect(newsMessages(renderNews('P', '&'.repeat(CAPTION_LIMIT - 2)), 'PHOTO')).toHaveLength(2);
  });

  it('is the photo and then the whole text when the text is longer than a caption', () => {
    const html = renderNews('P', 'parola '.repeat(300).trim());
    const [photo, text, ...rest] = newsMessages(html, 'PHOTO');
    expect(photo).toEqual({ method: 'sendPhoto', params: { photo: 'PHOTO' } });
    expect(text).toMatchObject({ method: 'sendMessage', params: { text: html } });
    expect(rest).toEqual([]);
  });
});
