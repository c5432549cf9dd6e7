// Renders Telegram messages as DOM nodes. Message text is only ever inserted as text nodes
// (never as HTML); formatting comes from `entities`, whose offsets and lengths count UTF-16
// code units — the same units JavaScript strings use, so String#slice is exact.

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The URL when it is safe to link (http, https, mailto, tel), otherwise null. */
export function safeUrl(raw) {
  try {
    const u = new URL(raw);
    return SAFE_PROTOCOLS.has(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/** An <a> that opens in a new tab without giving the new page a handle on this one. */
export function externalLink(doc, href, opensNewLabel) {
  const a = doc.createElement('a');
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  if (opensNewLabel) a.title = opensNewLabel;
  return a;
}

const BLOCK = new Set(['pre', 'blockquote', 'expandable_blockquote']);

/**
 * The element for one entity: `root` goes into the parent, `inner` receives the children.
 * Unknown types keep their text without formatting.
 */
function elementFor(doc, e, slice, opts) {
  const el = (tag, cls) => {
    const x = doc.createElement(tag);
    if (cls) x.className = cls;
    return { root: x, inner: x };
  };
  switch (e.type) {
    case 'bold':
      return el('strong');
    case 'italic':
      return el('em');
    case 'underline':
      return el('u');
    case 'strikethrough':
      return el('s');
    case 'spoiler': {
      const x = el('span', 'spoiler');
      x.root.tabIndex = 0;
      return x;
    }
    case 'code':
      return el('code');
    case 'pre': {
      const pre = doc.createElement('pre');
      const code = doc.createElement('code');
      if (typeof e.language === 'string' && /^[\w+#.-]{1,32}$/.test(e.language)) code.dataset.language = e.language;
      pre.append(code);
      return { root: pre, inner: code };
    }
    case 'blockquote':
    case 'expandable_blockquote':
      return el('blockquote');
    case 'text_link':
    case 'url':
    case 'email':
    case 'phone_number': {
      let href = null;
      if (e.type === 'text_link') href = safeUrl(e.url);
      else if (e.type === 'url') href = safeUrl(/^[a-z][a-z0-9+.-]*:/i.test(slice) ? slice : `http://${slice}`);
      else if (e.type === 'email') href = safeUrl(`mailto:${slice}`);
      else href = safeUrl(`tel:${slice.replace(/[^\d+]/g, '')}`);
      if (!href) return el('span', 'link-dropped');
      const a = externalLink(doc, href, opts.opensNewLabel);
      return { root: a, inner: a };
    }
    case 'bot_command': {
      if (!opts.onCommand) return el('span', 'command');
      // Tapping a /command in Telegram sends it.
      const b = doc.createElement('button');
      b.type = 'button';
      b.className = 'command-link';
      b.addEventListener('click', () => opts.onCommand(slice.split('@')[0]));
      return { root: b, inner: b };
    }
    case 'mention':
    case 'hashtag':
    case 'cashtag':
    case 'text_mention':
      return el('span', e.type.replace('_', '-'));
    default:
      return el('span');
  }
}

/**
 * Builds the formatted text. Entities may nest; a partial overlap (which Telegram allows for
 * some types) is split at the outer entity's end so the DOM stays a tree.
 * `opts.onCommand(command)`: makes /commands clickable; `opts.opensNewLabel`: link title.
 */
export function renderText(doc, text, entities, opts = {}) {
  const frag = doc.createDocumentFragment();
  if (typeof text !== 'string') return frag;
  const items = (Array.isArray(entities) ? entities : [])
    .filter((e) => e && Number.isInteger(e.offset) && Number.isInteger(e.length) && e.length > 0 && e.offset >= 0 && e.offset < text.length)
    .map((e) => ({ ...e, end: Math.min(e.offset + e.length, text.length) }))
    .sort(byStart);

  const build = (parent, start, end, list) => {
    let pos = start;
    while (list.length > 0) {
      const e = list.shift();
      if (e.offset > pos) parent.append(text.slice(pos, e.offset));
      const inner = [];
      while (list.length > 0 && list[0].offset < e.end) {
        const c = list.shift();
        if (c.end > e.end) {
          inner.push({ ...c, end: e.end });
          list.push({ ...c, offset: e.end });
          list.sort(byStart);
        } else {
          inner.push(c);
        }
      }
      const { root, inner: into } = elementFor(doc, e, text.slice(e.offset, e.end), opts);
      build(into, e.offset, e.end, inner);
      parent.append(root);
      pos = e.end;
      // A block element already breaks the line: drop the newline that follows it.
      if (BLOCK.has(e.type) && text[pos] === '\n' && pos < end && !(list[0] && list[0].offset === pos)) pos += 1;
    }
    if (pos < end) parent.append(text.slice(pos, end));
  };
  build(frag, 0, text.length, items);
  return frag;
}

function byStart(a, b) {
  return a.offset - b.offset || b.end - a.end;
}

/** OpenStreetMap address of a point (a link only: no map tiles are loaded). */
export function osmUrl(lat, lon) {
  const la = Number(lat).toFixed(5);
  const lo = Number(lon).toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=17/${la}/${lo}`;
}

function formatSize(bytes) {
  if (!Number.isFinite(bytes)) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const FILE_KINDS = ['document', 'audio', 'video', 'voice', 'animation', 'video_note', 'sticker'];

/**
 * One message as a list item.
 * ctx: { doc, t(key, vars), lang, botName, isBot(m), onCommand?, onCallback?(message, button, el), channel? }
 */
export function renderMessage(m, ctx) {
  const { doc, t } = ctx;
  const fromBot = ctx.isBot(m);
  const li = doc.createElement('li');
  li.className = `msg ${fromBot ? 'msg-bot' : 'msg-me'}`;
  li.dataset.from = fromBot ? 'bot' : 'me';
  li.dataset.testid = ctx.channel ? 'channel-post' : 'message';
  li.dataset.messageId = String(m.message_id);
  li.tabIndex = -1;

  // Who speaks, for screen readers (the bubble's side says it visually).
  const who = doc.createElement('span');
  who.className = 'visually-hidden';
  who.textContent = `${fromBot ? ctx.botName : t('msg.me')}: `;
  li.append(who);

  if (m.reply_to_message) {
    const q = doc.createElement('div');
    q.className = 'reply-quote';
    const label = doc.createElement('span');
    label.className = 'visually-hidden';
    label.textContent = `${t('msg.replyTo')} `;
    const r = m.reply_to_message;
    q.append(label, (r.text ?? r.caption ?? '…').slice(0, 120));
    li.append(q);
  }

  const textOpts = { onCommand: ctx.onCommand, opensNewLabel: t('msg.opensNew') };
  const body = doc.createElement('div');
  body.className = 'msg-body';
  li.append(body);

  if (Array.isArray(m.photo) && m.photo.length > 0) {
    const largest = m.photo.reduce((a, b) => ((b.width ?? 0) * (b.height ?? 0) > (a.width ?? 0) * (a.height ?? 0) ? b : a));
    const img = doc.createElement('img');
    img.className = 'msg-photo';
    img.src = `/sandbox/api/files/${encodeURIComponent(largest.file_id)}`;
    img.alt = m.caption ? m.caption.slice(0, 200) : t('msg.photo');
    img.loading = 'lazy';
    if (largest.width && largest.height) {
      img.width = largest.width;
      img.height = largest.height;
    }
    body.append(img);
  }

  for (const kind of FILE_KINDS) {
    const f = m[kind];
    if (!f || !f.file_id) continue;
    const name = f.file_name || `${kind}${extensionFor(f.mime_type)}`;
    const a = doc.createElement('a');
    a.className = 'msg-file';
    a.href = `/sandbox/api/files/${encodeURIComponent(f.file_id)}`;
    a.download = name;
    a.setAttribute('aria-label', t('msg.download', { name }));
    const icon = doc.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.className = 'file-icon';
    icon.textContent = kind === 'sticker' ? '🖼️' : '📄';
    const label = doc.createElement('span');
    label.className = 'file-name';
    label.textContent = name;
    const size = doc.createElement('span');
    size.className = 'file-size';
    size.textContent = formatSize(f.file_size);
    a.append(icon, label, size);
    body.append(a);
  }

  if (m.venue || m.location) {
    const loc = m.venue ? m.venue.location : m.location;
    const card = doc.createElement('div');
    card.className = 'place-card';
    const title = doc.createElement('p');
    title.className = 'place-title';
    const pin = doc.createElement('span');
    pin.setAttribute('aria-hidden', 'true');
    pin.textContent = '📍 ';
    title.append(pin, m.venue ? m.venue.title : t('msg.location'));
    card.append(title);
    if (m.venue?.address) {
      const addr = doc.createElement('p');
      addr.className = 'place-address';
      addr.textContent = m.venue.address;
      card.append(addr);
    }
    if (loc && Number.isFinite(loc.latitude) && Number.isFinite(loc.longitude)) {
      const coords = doc.createElement('p');
      coords.className = 'place-coords';
      coords.textContent = `${loc.latitude.toFixed(5)}, ${loc.longitude.toFixed(5)}`;
      const a = externalLink(doc, osmUrl(loc.latitude, loc.longitude), t('msg.opensNew'));
      a.className = 'place-link';
      a.textContent = t('msg.openMap');
      card.append(coords, a);
    }
    body.append(card);
  }

  if (m.contact) {
    const card = doc.createElement('div');
    card.className = 'place-card';
    const title = doc.createElement('p');
    title.className = 'place-title';
    title.textContent = `👤 ${t('msg.contact')}: ${[m.contact.first_name, m.contact.last_name].filter(Boolean).join(' ')}`;
    const phone = doc.createElement('p');
    phone.textContent = m.contact.phone_number ?? '';
    card.append(title, phone);
    body.append(card);
  }

  const text = m.text ?? m.caption;
  if (typeof text === 'string' && text.length > 0) {
    const p = doc.createElement('div');
    p.className = 'msg-text';
    p.append(renderText(doc, text, m.text !== undefined ? m.entities : m.caption_entities, textOpts));
    body.append(p);
  }

  if (body.childNodes.length === 0) {
    const p = doc.createElement('p');
    p.className = 'msg-other';
    const kind = Object.keys(m).find((k) => !['message_id', 'from', 'chat', 'date', 'sender_chat', 'reply_markup', 'edit_date', 'author_signature'].includes(k)) ?? '?';
    p.textContent = t('msg.other', { kind });
    body.append(p);
  }

  const rows = m.reply_markup?.inline_keyboard;
  if (Array.isArray(rows) && rows.some((r) => Array.isArray(r) && r.length > 0)) {
    const kb = doc.createElement('div');
    kb.className = 'inline-kb';
    kb.setAttribute('role', 'group');
    kb.setAttribute('aria-label', t('msg.buttons'));
    for (const row of rows) {
      if (!Array.isArray(row) || row.length === 0) continue;
      const r = doc.createElement('div');
      r.className = 'kb-row';
      for (const button of row) r.append(inlineButton(m, button, ctx));
      kb.append(r);
    }
    li.append(kb);
  }

  const meta = doc.createElement('p');
  meta.className = 'msg-meta';
  if (Number.isFinite(m.date)) {
    const time = doc.createElement('time');
    const d = new Date(m.date * 1000);
    time.dateTime = d.toISOString();
    time.textContent = new Intl.DateTimeFormat(ctx.lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Rome' }).format(d);
    meta.append(time);
  }
  if (m.edit_date) meta.append(` · ${t('msg.edited')}`);
  li.append(meta);
  return li;
}

function inlineButton(m, button, ctx) {
  const { doc, t } = ctx;
  const label = typeof button.text === 'string' ? button.text : '';
  if (typeof button.url === 'string') {
    const href = safeUrl(button.url);
    if (href) {
      const a = externalLink(doc, href, t('msg.opensNew'));
      a.className = 'btn inline-btn inline-link';
      a.dataset.testid = 'inline-button';
      a.textContent = label;
      const arrow = doc.createElement('span');
      arrow.setAttribute('aria-hidden', 'true');
      arrow.className = 'link-arrow';
      arrow.textContent = ' ↗';
      a.append(arrow);
      return a;
    }
  }
  const b = doc.createElement('button');
  b.type = 'button';
  b.className = 'btn inline-btn';
  b.dataset.testid = 'inline-button';
  b.textContent = label;
  if (typeof button.callback_data === 'string' && ctx.onCallback && !ctx.channel) {
    b.dataset.callback = button.callback_data;
    b.addEventListener('click', () => ctx.onCallback(m, button, b));
  } else {
    // Still focusable, so keyboard users can learn why it does nothing.
    const why = ctx.channel ? t('button.channel') : t('button.unavailable');
    b.setAttribute('aria-disabled', 'true');
    b.title = why;
    b.addEventListener('click', () => ctx.onNotice?.(why));
  }
  return b;
}

function extensionFor(mime) {
  if (typeof mime !== 'string') return '';
  const known = { 'application/json': '.json', 'application/pdf': '.pdf', 'text/calendar': '.ics', 'text/plain': '.txt', 'image/jpeg': '.jpg', 'image/png': '.png' };
  return known[mime] ?? '';
}
