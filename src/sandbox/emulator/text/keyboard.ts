/**
 * Semantic checks of `reply_markup` after the spec check: what Telegram
 * enforces on keyboards beyond types. Inline buttons need exactly one action
 * (Telegram itself silently uses the first one; the sandbox rejects the
 * ambiguity), `callback_data` is 1–64 bytes, URLs must be valid http(s)/tg
 * links. Empty rows are dropped, as Telegram does (grammY's `InlineKeyboard`
 * produces a trailing empty row after `.row()`, and Telegram accepts it).
 */
import type { InlineKeyboardMarkup, ReplyKeyboardMarkup } from 'grammy/types';
import { Errors, badRequest } from '../errors.js';
import { utf8Length } from './entities.js';
import { checkLink, linkUserId } from './urls.js';

/** The meaning of a validated reply_markup. */
export type Markup =
  | { kind: 'inline'; markup: InlineKeyboardMarkup }
  | { kind: 'reply'; markup: ReplyKeyboardMarkup }
  | { kind: 'remove' }
  | { kind: 'force_reply'; markup: Record<string, unknown> }
  | { kind: 'none' };

const INLINE_ACTIONS = [
  'url',
  'callback_data',
  'callback_game',
  'pay',
  'switch_inline_query',
  'switch_inline_query_chosen_chat',
  'switch_inline_query_current_chat',
  'login_url',
  'web_app',
  'copy_text',
] as const;

const REPLY_ACTIONS = [
  'request_users',
  'request_chat',
  'request_managed_bot',
  'request_contact',
  'request_location',
  'request_poll',
  'web_app',
] as const;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Validates a spec-normalized reply_markup and returns its meaning.
 * @throws ApiError with Telegram's wording.
 */
export function checkReplyMarkup(markup: unknown, ctx: { privateChat: boolean; inlineOnly?: boolean }): Markup {
  if (!isObj(markup)) return { kind: 'none' };
  if (Array.isArray(markup.inline_keyboard)) {
    const rows = (markup.inline_keyboard as unknown[][])
      .map((row) => row.map((b) => checkInlineButton(b as Obj)))
      .filter((row) => row.length > 0);
    if (rows.length === 0) return { kind: 'none' };
    return { kind: 'inline', markup: { inline_keyboard: rows } as unknown as InlineKeyboardMarkup };
  }
  if (ctx.inlineOnly) throw Errors.inlineKeyboardExpected();
  if (Array.isArray(markup.keyboard)) {
    const rows = (markup.keyboard as unknown[][])
      .map((row) => row.map((b) => checkReplyButton(b as Obj, ctx.privateChat)))
      .filter((row) => row.length > 0);
    if (rows.length === 0) {
      throw badRequest('reply keyboard has no buttons (rejected by the sandbox: Telegram would silently send no keyboard)');
    }
    const out: Obj = { keyboard: rows };
    for (const k of ['is_persistent', 'resize_keyboard', 'one_time_keyboard', 'input_field_placeholder', 'selective']) {
      if (markup[k] !== undefined) out[k] = markup[k];
    }
    if (typeof out.input_field_placeholder === 'string' && out.input_field_placeholder.length > 64) {
      throw badRequest('input field placeholder is too long (1-64 characters)');
    }
    return { kind: 'reply', markup: out as unknown as ReplyKeyboardMarkup };
  }
  if (markup.remove_keyboard === true) return { kind: 'remove' };
  if (markup.force_reply === true) return { kind: 'force_reply', markup: { ...markup } };
  return { kind: 'none' };
}

function checkInlineButton(b: Obj): Obj {
  const text = typeof b.text === 'string' ? b.text : '';
  const actions = INLINE_ACTIONS.filter((k) => {
    const v = b[k];
    if (v === undefined) return false;
    // Telegram treats empty url/callback_data as absent.
    if ((k === 'url' || k === 'callback_data') && v === '') return false;
    return true;
  });
  if (actions.length === 0) throw Errors.textButtonsUnallowed();
  if (actions.length > 1) {
    throw badRequest(
      `can't parse inline keyboard button: exactly one of the optional fields must be used, found ${actions.join(', ')} (rejected by the sandbox: Telegram would silently use the first one)`,
    );
  }
  if (text === '' && b.icon_custom_emoji_id === undefined) {
    throw badRequest('inline keyboard button text must be non-empty (rejected by the sandbox: Telegram would silently drop the button)');
  }
  const action = actions[0] as (typeof INLINE_ACTIONS)[number];
  const out: Obj = { text };
  if (b.icon_custom_emoji_id !== undefined) out.icon_custom_emoji_id = b.icon_custom_emoji_id;
  if (b.style !== undefined) {
    if (!['danger', 'success', 'primary'].includes(String(b.style))) throw badRequest('invalid button style specified');
    out.style = b.style;
  }
  switch (action) {
    case 'callback_data': {
      const data = String(b.callback_data);
      const bytes = utf8Length(data);
      if (bytes < 1 || bytes > 64) throw Errors.buttonDataInvalid();
      out.callback_data = data;
      break;
    }
    case 'url': {
      const url = String(b.url);
      if (linkUserId(url) !== undefined) {
        out.url = url;
        break;
      }
      const checked = checkLink(url);
      if (!checked.ok) throw badRequest(`inline keyboard button URL '${url}' is invalid: ${checked.error}`);
      out.url = checked.url;
      break;
    }
    case 'web_app': {
      const url = isObj(b.web_app) ? String(b.web_app.url ?? '') : '';
      const checked = checkLink(url, { httpsOnly: true });
      if (!checked.ok) throw badRequest(`inline keyboard button Web App URL '${url}' is invalid: ${checked.error}`);
      out.web_app = { url: checked.url };
      break;
    }
    case 'login_url': {
      const login = isObj(b.login_url) ? b.login_url : {};
      const url = String(login.url ?? '');
      const checked = checkLink(url, { httpsOnly: true });
      if (!checked.ok) throw badRequest(`inline keyboard button login URL '${url}' is invalid: ${checked.error}`);
      out.login_url = { ...login, url: checked.url };
      break;
    }
    case 'copy_text': {
      const copy = isObj(b.copy_text) ? String(b.copy_text.text ?? '') : '';
      if (copy.length < 1 || copy.length > 256) throw badRequest('COPY_TEXT_INVALID');
      out.copy_text = { text: copy };
      break;
    }
    default:
      out[action] = b[action];
  }
  return out;
}

function checkReplyButton(b: Obj, privateChat: boolean): Obj {
  const text = typeof b.text === 'string' ? b.text : '';
  if (text === '' && b.icon_custom_emoji_id === undefined) {
    throw badRequest('keyboard button text must be non-empty (rejected by the sandbox: Telegram would silently drop the button)');
  }
  const actions = REPLY_ACTIONS.filter((k) => b[k] !== undefined && b[k] !== false);
  if (actions.length > 1) {
    throw badRequest(
      `can't parse keyboard button: at most one of the optional fields may be used, found ${actions.join(', ')} (rejected by the sandbox: Telegram would silently use the first one)`,
    );
  }
  const out: Obj = { text };
  if (b.icon_custom_emoji_id !== undefined) out.icon_custom_emoji_id = b.icon_custom_emoji_id;
  if (b.style !== undefined) out.style = b.style;
  const action = actions[0];
  if (action) {
    if (!privateChat) {
      const what: Record<string, string> = {
        request_contact: 'Phone number',
        request_location: 'Location',
        request_poll: 'Poll',
        web_app: 'Web App buttons',
        request_users: 'Users',
        request_chat: 'Chats',
        request_managed_bot: 'Managed bots',
      };
      throw badRequest(`${what[action] ?? action} can be requested in private chats only`);
    }
    if (action === 'web_app') {
      const url = isObj(b.web_app) ? String(b.web_app.url ?? '') : '';
      const checked = checkLink(url, { httpsOnly: true });
      if (!checked.ok) throw badRequest(`keyboard button Web App URL '${url}' is invalid: ${checked.error}`);
      out.web_app = { url: checked.url };
    } else {
      out[action] = b[action];
    }
  }
  return out;
}
