/**
 * A point's news as it appears in the DigiPASS channel, in followers' chats and in the
 * preview the facilitator approves. Pure.
 */
import { escapeHtml } from './html.js';
import { CAPTION_LIMIT, visibleLength } from './event-post.js';

/** What a facilitator may write (Telegram's 4096 leaves room for the point's name and the followers' heading). */
export const NEWS_MAX = 3500;

/** The channel post: the point's name in bold, then the text as it was typed (escaped). */
export function renderNews(pointName: string, text: string): string {
  return `<b>${escapeHtml(pointName)}</b>\n\n${escapeHtml(text.slice(0, NEWS_MAX))}`;
}

export interface NewsMessage {
  method: 'sendPhoto' | 'sendMessage';
  params: Record<string, unknown>;
}

/**
 * The Bot API calls that show a news (`html`, already safe) with its optional photo:
 * one photo with the text as its caption when it fits Telegram's 1,024 characters;
 * otherwise the photo alone and then the whole text (never cut: a news is read to its end).
 */
export function newsMessages(html: string, photoFileId: string | null | undefined): NewsMessage[] {
  const text: NewsMessage = { method: 'sendMessage', params: { text: html, parse_mode: 'HTML', link_preview_options: { is_disabled: true } } };
  if (!photoFileId) return [text];
  if (visibleLength(html) <= CAPTION_LIMIT) return [{ method: 'sendPhoto', params: { photo: photoFileId, caption: html, parse_mode: 'HTML' } }];
  return [{ method: 'sendPhoto', params: { photo: photoFileId } }, text];
}
