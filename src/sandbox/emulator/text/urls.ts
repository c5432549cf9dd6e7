/**
 * URL checks modelled on TDLib's `LinkManager::check_link`: what Telegram
 * accepts in URL buttons and text links. Notably an http(s) host without a dot
 * (`http://localhost:3000`) is rejected with "Wrong HTTP URL", a classic
 * surprise when a bot that worked in a local test meets real Telegram.
 */

/** Outcome of a URL check: the normalized URL Telegram would store, or the reason it refuses it. */
export type LinkCheck = { ok: true; url: string } | { ok: false; error: string };

const TG_HOST = /^[A-Za-z0-9_-]+$/;

/**
 * Checks a link the way Telegram does for buttons and text links.
 * `httpsOnly` is used for Web App and login URLs.
 */
export function checkLink(link: string, opts: { httpsOnly?: boolean } = {}): LinkCheck {
  const lower = link.toLowerCase();
  if (lower.startsWith('tg:')) {
    if (opts.httpsOnly) return { ok: false, error: 'Only HTTPS links are allowed' };
    let rest = link.slice(3);
    if (rest.startsWith('//')) rest = rest.slice(2);
    const m = /^([^/?#]*)(.*)$/s.exec(rest);
    const host = m?.[1] ?? '';
    const tail = m?.[2] ?? '';
    if (host === '') return { ok: false, error: 'URL host is empty' };
    if (!TG_HOST.test(host)) return { ok: false, error: 'Unallowed characters in URL host' };
    if (/\s/.test(tail)) return { ok: false, error: 'Disallowed character in URL query' };
    const query = tail.startsWith('/') ? tail.slice(1) : tail;
    return { ok: true, url: `tg://${host}${query.startsWith('?') || query === '' ? '' : '/'}${query}` };
  }
  const schemeMatch = /^([^:/?#@[\]]*):\/\//.exec(link);
  let candidate = link;
  if (schemeMatch) {
    const scheme = (schemeMatch[1] ?? '').toLowerCase();
    if (scheme !== 'http' && scheme !== 'https') return { ok: false, error: 'Unsupported URL protocol' };
  } else {
    candidate = `http://${link}`;
  }
  if (/[\s<>"`{}|\\^]/.test(candidate)) return { ok: false, error: 'Disallowed character in URL' };
  let parsed: URL;
  try {
    parsed = new URL(candidate);
  } catch {
    return { ok: false, error: 'Host is invalid' };
  }
  if (parsed.hostname === '') return { ok: false, error: 'URL host is empty' };
  if (opts.httpsOnly && parsed.protocol !== 'https:') return { ok: false, error: 'Only HTTPS links are allowed' };
  const isIpv6 = parsed.hostname.startsWith('[');
  if (!isIpv6 && !parsed.hostname.includes('.')) return { ok: false, error: 'Wrong HTTP URL' };
  return { ok: true, url: parsed.href };
}

/** True for `tg://user?id=N` links, which become `text_mention` entities. */
export function linkUserId(link: string): number | undefined {
  const m = /^tg:(?:\/\/)?user\?id=(\d{1,15})$/i.exec(link);
  if (!m) return undefined;
  const id = Number(m[1]);
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}
