import { describe, expect, it } from 'vitest';
import { EntityParseError, parseHtml } from '../../../src/sandbox/emulator/text/html.js';
import { formatText } from '../../../src/sandbox/emulator/text/format.js';
import { parseMarkdownV2 } from '../../../src/sandbox/emulator/text/markdown.js';

function parseError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof EntityParseError) return err.message;
    throw err;
  }
  throw new Error('expected a parse error');
}

describe('HTML parse mode (TDLib rules)', () => {
  it('turns tags into entities with UTF-16 offsets (an emoji counts 2)', () => {
    const r = parseHtml('👋 <b>Ciao</b> <i>Anna</i> &amp; <a href="https://example.org/x">link</a>');
    expect(r.text).toBe('👋 Ciao Anna & link');
    expect(r.entities).toEqual([
      { type: 'bold', offset: 3, length: 4 },
      { type: 'italic', offset: 8, length: 4 },
      { type: 'text_link', offset: 15, length: 4, url: 'https://example.org/x' },
    ]);
  });

  it('supports nesting, spoilers, blockquotes, custom emoji and numeric entities', () => {
    const r = parseHtml(
      '<b>a<i>b</i></b><tg-spoiler>s</tg-spoiler><span class="tg-spoiler">t</span><blockquote expandable>q</blockquote><tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>&#65;&#x42;&lt;&gt;&quot;',
    );
    expect(r.text).toBe('abstq👍AB<>"');
    expect(r.entities).toEqual([
      { type: 'bold', offset: 0, length: 2 },
      { type: 'italic', offset: 1, length: 1 },
      { type: 'spoiler', offset: 2, length: 1 },
      { type: 'spoiler', offset: 3, length: 1 },
      { type: 'expandable_blockquote', offset: 4, length: 1 },
      { type: 'custom_emoji', offset: 5, length: 2, custom_emoji_id: '5368324170671202286' },
    ]);
  });

  it('makes <pre><code class="language-x"> a pre entity with a language', () => {
    const r = formatText('<pre><code class="language-ts">let a = 1;</code></pre>', 'HTML', undefined, { kind: 'text' });
    expect(r.entities).toEqual([{ type: 'pre', offset: 0, length: 10, language: 'ts' }]);
    const plain = formatText('<code class="language-ts">x</code>', 'HTML', undefined, { kind: 'text' });
    expect(plain.entities).toEqual([{ type: 'code', offset: 0, length: 1 }]);
  });

  it('rejects an unescaped "<" with the byte offset Telegram reports', () => {
    expect(parseError(() => parseHtml('Orari: 9 < 12'))).toBe('Unsupported start tag "" at byte offset 9');
    // "è" is two bytes in UTF-8, so the offset is in bytes, not characters
    expect(parseError(() => parseHtml('Perché <foo>'))).toBe('Unsupported start tag "foo" at byte offset 8');
  });

  it('rejects unknown, unclosed and mismatched tags with TDLib wording', () => {
    expect(parseError(() => parseHtml('<b>bold'))).toBe('Can\'t find end tag corresponding to start tag "b"');
    expect(parseError(() => parseHtml('<b>x</i>'))).toBe('Unmatched end tag at byte offset 4, expected "</b>", found "</i>"');
    expect(parseError(() => parseHtml('x</b>'))).toBe('Unexpected end tag at byte offset 1');
    expect(parseError(() => parseHtml('<br/>'))).toBe('Unsupported start tag "br/" at byte offset 0');
    expect(parseError(() => parseHtml('<span>x</span>'))).toBe('Tag "span" must have class "tg-spoiler" at byte offset 0');
    expect(parseError(() => parseHtml('<b'))).toBe('Unclosed start tag at byte offset 0');
  });

  it('rejects a bare "&" (documented rule, enforced by the sandbox) but accepts a bare ">"', () => {
    expect(parseError(() => parseHtml('Bar & Caffè'))).toMatch(/^Unescaped "&" at byte offset 4/);
    expect(parseError(() => parseHtml('<a href="https://x.org/?a=1&b=2">x</a>'))).toMatch(/^Unescaped "&" at byte offset 27/);
    expect(parseHtml('a > b').text).toBe('a > b');
  });

  it('drops links Telegram refuses (and reports them) instead of failing', () => {
    const r = parseHtml('<a href="http://localhost:3000">locale</a>');
    expect(r.entities).toEqual([]);
    expect(r.droppedLinks).toEqual(['http://localhost:3000']);
  });
});

describe('formatted text pipeline', () => {
  it('trims, auto-detects commands, mentions, hashtags, URLs and e-mails', () => {
    const r = formatText('  Scrivi /help a @DigiPassUmbriaBot #digitale https://www.regione.umbria.it info@pdf.it  \n', undefined, undefined, {
      kind: 'text',
    });
    expect(r.text).toBe('Scrivi /help a @DigiPassUmbriaBot #digitale https://www.regione.umbria.it info@pdf.it');
    expect(r.entities.map((e) => [e.type, r.text.slice(e.offset, e.offset + e.length)])).toEqual([
      ['bot_command', '/help'],
      ['mention', '@DigiPassUmbriaBot'],
      ['hashtag', '#digitale'],
      ['url', 'https://www.regione.umbria.it'],
      ['email', 'info@pdf.it'],
    ]);
  });

  it('counts length after parsing, in UTF-16 units', () => {
    expect(formatText(`<b>${'a'.repeat(4096)}</b>`, 'HTML', undefined, { kind: 'text' }).text).toHaveLength(4096);
    expect(() => formatText('a'.repeat(4097), undefined, undefined, { kind: 'text' })).toThrow('Bad Request: message is too long');
    expect(() => formatText('x'.repeat(1025), undefined, undefined, { kind: 'caption' })).toThrow('Bad Request: message caption is too long');
    expect(() => formatText('<b> </b>', 'HTML', undefined, { kind: 'text' })).toThrow('Bad Request: text must be non-empty');
  });

  it('checks explicit entities against the text', () => {
    expect(() => formatText('abc', undefined, [{ type: 'bold', offset: 2, length: 5 }], { kind: 'text' })).toThrow(
      'Bad Request: entity beginning at UTF-16 offset 2 ends after the end of the text at UTF-16 offset 7',
    );
    expect(formatText('abc', undefined, [{ type: 'bold', offset: 0, length: 1 }], { kind: 'text' }).entities).toEqual([
      { type: 'bold', offset: 0, length: 1 },
    ]);
  });
});

describe('MarkdownV2 parse mode', () => {
  it('parses entities and escapes', () => {
    const r = parseMarkdownV2('*grassetto* _corsivo_ __sotto__ ~barrato~ ||spoiler|| `code` [link](https://example.org) 1\\.5');
    expect(r.text).toBe('grassetto corsivo sotto barrato spoiler code link 1.5');
    expect(r.entities.map((e) => e.type)).toEqual(['bold', 'italic', 'underline', 'strikethrough', 'spoiler', 'code', 'text_link']);
  });

  it('rejects reserved characters and unclosed entities like Telegram', () => {
    expect(() => parseMarkdownV2('Fine.')).toThrow("Character '.' is reserved and must be escaped with the preceding '\\'");
    expect(() => parseMarkdownV2('*open')).toThrow("Can't find end of Bold entity at byte offset 0");
  });
});
