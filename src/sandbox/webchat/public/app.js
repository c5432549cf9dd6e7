// The demo web chat: choose who you are, then talk to the real bot through the local
// Telegram emulator (its client API under /sandbox/api/, proxied by the demo server).
// Plain DOM: message text is always inserted as text nodes, never as HTML.

import { LANGUAGE_IN, translate } from './i18n.js';
import { renderMessage, safeUrl } from './render.js';

const $ = (id) => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing`);
  return el;
};

const DEMO_PHONE = '+39 075 000 0000';

const state = {
  lang: 'it',
  /** /demo/api/info */
  info: null,
  /** The person you are: { id, firstName, languageCode, role, label? } */
  me: null,
  events: null,
  offline: false,
  messages: [],
  messageEls: new Map(),
  posts: [],
  postEls: new Map(),
  replyKeyboard: null,
  keyboardSig: 'null',
  keyboardVisible: true,
  locationReturnFocus: null,
};

const storage = {
  get(kind, key) {
    try {
      return window[kind].getItem(key);
    } catch {
      return null;
    }
  },
  set(kind, key, value) {
    try {
      if (value === null) window[kind].removeItem(key);
      else window[kind].setItem(key, value);
    } catch {
      // private browsing: the page still works, it just forgets
    }
  },
};

const t = (key, vars) => translate(state.lang, key, vars);
const other = () => (state.lang === 'it' ? 'en' : 'it');
const botId = () => state.info.bot.id;

async function api(path, body) {
  const init =
    body === undefined
      ? { headers: { accept: 'application/json' } }
      : { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body) };
  const res = await fetch(path, init);
  let data = null;
  try {
    data = await res.json();
  } catch {
    // not JSON
  }
  if (!res.ok) throw new Error(data && typeof data.error === 'string' ? data.error : `HTTP ${res.status}`);
  return data;
}

/** Runs `fn` now, or once more after the current run when called meanwhile (coalesces bursts of events). */
function coalesce(fn) {
  let running = false;
  let again = false;
  return async function run() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        try {
          await fn();
        } catch {
          // a failed refresh is retried at the next event or reconnection
        }
      } while (again);
    } finally {
      running = false;
    }
  };
}

// ---------------------------------------------------------------- interface language

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.title = t('doc.title');
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  const toggle = $('ui-language');
  toggle.textContent = t('ui.switch');
  toggle.setAttribute('aria-label', t('ui.switchAria'));
  toggle.lang = other();
  document.querySelector('.who-title-other')?.setAttribute('lang', other());
  renderPersonas();
  renderLanguageChoices();
  updateChatHeader();
  updateKeyboardToggle();
  updatePlaceholder();
  // Times, "edited", "You": re-render what is on screen in the new language.
  state.messageEls.clear();
  state.postEls.clear();
  renderChat(state.messages, { keepScroll: true });
  renderPosts(state.posts);
}

// ---------------------------------------------------------------- first screen

function renderPersonas() {
  const list = $('persona-list');
  list.replaceChildren();
  for (const p of state.info?.personas ?? []) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'btn persona-btn';
    b.dataset.testid = `persona-${p.key}`;
    const name = document.createElement('span');
    name.className = 'persona-name';
    name.textContent = p.label[state.lang] ?? p.label.it;
    const desc = document.createElement('span');
    desc.className = 'persona-desc';
    desc.textContent = p.description[state.lang] ?? p.description.it;
    b.append(name, desc);
    b.addEventListener('click', () =>
      enterChat({ id: p.id, firstName: p.firstName, languageCode: p.languageCode, role: p.role, label: p.label }),
    );
    li.append(b);
    list.append(li);
  }
}

function renderLanguageChoices() {
  const box = $('citizen-languages');
  const checked = box.querySelector('input:checked')?.value ?? state.info?.languages[0]?.code;
  box.replaceChildren();
  for (const l of state.info?.languages ?? []) {
    const label = document.createElement('label');
    label.className = 'radio';
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'languageCode';
    input.value = l.code;
    input.dataset.testid = `citizen-lang-${l.code}`;
    input.checked = l.code === checked;
    const text = document.createElement('span');
    text.lang = l.code;
    text.textContent = l.name;
    label.append(input, text);
    box.append(label);
  }
}

function showWho() {
  document.body.classList.remove('in-chat');
  $('loading').hidden = true;
  $('chat-screen').hidden = true;
  $('change-persona').hidden = true;
  $('who').hidden = false;
}

async function submitCitizen(ev) {
  ev.preventDefault();
  const input = $('citizen-name');
  const firstName = input.value.trim();
  const error = $('citizen-name-error');
  if (!firstName) {
    error.hidden = false;
    input.setAttribute('aria-invalid', 'true');
    input.focus();
    return;
  }
  error.hidden = true;
  input.removeAttribute('aria-invalid');
  const languageCode = $('citizen-languages').querySelector('input:checked')?.value ?? 'it';
  const submit = ev.submitter ?? $('citizen-form').querySelector('button[type=submit]');
  submit.disabled = true;
  try {
    const user = await api('/demo/api/citizens', { firstName, languageCode });
    input.value = '';
    enterChat({ id: user.id, firstName: user.first_name, languageCode, role: 'citizen' });
  } catch (e) {
    setStatus(t('status.sendFailed', { error: e.message }), { alert: true });
  } finally {
    submit.disabled = false;
  }
}

// ---------------------------------------------------------------- chat screen

function updateChatHeader() {
  if (!state.info) return;
  $('chat-title').textContent = t('chat.title', { bot: state.info.bot.firstName });
  const me = state.me;
  if (!me) return;
  const language = LANGUAGE_IN[me.languageCode]?.[state.lang] ?? me.languageCode;
  $('chat-as').textContent = t('chat.as', { name: me.firstName, role: t(`role.${me.role}`), language });
}

function enterChat(me) {
  state.me = me;
  storage.set('sessionStorage', 'digipass-demo-me', JSON.stringify(me));
  state.messages = [];
  state.messageEls.clear();
  $('messages').replaceChildren();
  state.keyboardSig = 'undefined';
  renderReplyKeyboard(null);
  clearStatus();
  closeCommands();
  $('loading').hidden = true;
  $('who').hidden = true;
  document.body.classList.add('in-chat');
  $('chat-screen').hidden = false;
  $('change-persona').hidden = false;
  $('start-panel').hidden = true;
  updateChatHeader();
  connectEvents();
  void refreshChat();
  void refreshChannel();
  $('message-input').focus();
}

function leaveChat() {
  state.events?.close();
  state.events = null;
  state.me = null;
  storage.set('sessionStorage', 'digipass-demo-me', null);
  state.messages = [];
  state.messageEls.clear();
  $('messages').replaceChildren();
  renderReplyKeyboard(null);
  clearStatus();
  closeCommands();
  showWho();
  const title = $('who-title');
  title.tabIndex = -1;
  title.focus();
}

function connectEvents() {
  state.events?.close();
  const es = new EventSource(`/sandbox/api/events?botId=${encodeURIComponent(botId())}`);
  state.events = es;
  const onChange = (ev) => {
    let d;
    try {
      d = JSON.parse(ev.data);
    } catch {
      return;
    }
    if (state.me && d.chatId === state.me.id) void refreshChat();
    else if (d.chatId === state.info.channel.id) void refreshChannel();
  };
  for (const type of ['message', 'edit', 'delete']) es.addEventListener(type, onChange);
  es.addEventListener('callback_answer', (ev) => {
    try {
      const d = JSON.parse(ev.data);
      if (state.me && d.answer?.userId === state.me.id) showCallbackAnswer(d.answer);
    } catch {
      // ignore a malformed event
    }
  });
  es.addEventListener('open', () => {
    if (state.offline) {
      state.offline = false;
      setStatus(t('status.online'));
    }
    void refreshChat();
    void refreshChannel();
  });
  es.addEventListener('error', () => {
    if (!state.offline && es === state.events) {
      state.offline = true;
      setStatus(t('status.offline'), { alert: true, noFocus: true });
    }
  });
}

const refreshChat = coalesce(async () => {
  const me = state.me;
  if (!me) return;
  const view = await api(`/sandbox/api/chats/${botId()}/${me.id}`);
  if (state.me !== me) return;
  renderChat(view.messages);
  renderReplyKeyboard(view.replyKeyboard);
});

const refreshChannel = coalesce(async () => {
  const view = await api(`/sandbox/api/channels/${state.info.channel.id}/posts`);
  renderPosts(view.messages);
});

function messageContext(channel) {
  return {
    doc: document,
    t,
    lang: state.lang,
    botName: channel ? state.info.channel.title : state.info.bot.firstName,
    channel,
    isBot: (m) => m.from?.is_bot === true || (m.from === undefined && m.sender_chat !== undefined) || m.chat?.type === 'channel',
    onCommand: channel ? undefined : (command) => void sendText(command),
    onCallback: channel ? undefined : pressInline,
    onNotice: (text) => setStatus(text),
  };
}

/** Puts `messages` in `list`, reusing unchanged elements so focus and scroll survive updates. */
function reconcile(list, els, messages, ctx) {
  const next = new Map();
  for (const m of messages) {
    const sig = JSON.stringify(m);
    const old = els.get(m.message_id);
    next.set(m.message_id, { sig, el: old && old.sig === sig ? old.el : renderMessage(m, ctx) });
  }
  for (const [id, o] of els) {
    const n = next.get(id);
    if (!n || n.el !== o.el) o.el.remove();
  }
  let ref = list.firstChild;
  for (const { el } of next.values()) {
    if (el === ref) ref = ref.nextSibling;
    else list.insertBefore(el, ref);
  }
  els.clear();
  for (const [id, v] of next) els.set(id, v);
}

function renderChat(messages, opts = {}) {
  const list = $('messages');
  const before = state.messages;
  state.messages = messages;
  if (!state.me) return;
  const nearBottom = list.dataset.pinned === 'true' || distanceFromEnd(list) < 96;
  const active = document.activeElement;
  const activeMsg = active instanceof Element ? active.closest('#messages > li') : null;
  const activeId = activeMsg ? Number(activeMsg.dataset.messageId) : undefined;
  const activeWasButton = active instanceof Element && active.matches('.inline-btn');

  reconcile(list, state.messageEls, messages, messageContext(false));

  // Focus was inside a message that changed (e.g. a menu edited in place): keep it close by.
  if (activeMsg && !activeMsg.isConnected) {
    const replacement = activeId !== undefined ? state.messageEls.get(activeId)?.el : undefined;
    const target = replacement ? (activeWasButton && replacement.querySelector('.inline-btn:not([aria-disabled])')) || replacement : $('message-input');
    target.focus({ preventScroll: true });
  }
  $('start-panel').hidden = messages.length > 0;
  // An empty list is not worth a tab stop; a full one is, so keyboard users can scroll it.
  list.tabIndex = messages.length > 0 ? 0 : -1;
  const lastBefore = before.at(-1)?.message_id;
  const grew = messages.length > 0 && messages.at(-1).message_id !== lastBefore;
  const mine = grew && messages.at(-1).from?.is_bot !== true;
  if (!opts.keepScroll && (nearBottom || mine || before.length === 0)) scrollToEnd(list);
  // When the page scrolls rather than the list (narrow screens, zoom), show the chat's end on arrival.
  if (before.length === 0 && messages.length > 0 && list.scrollHeight <= list.clientHeight) {
    $('composer').scrollIntoView({ block: 'nearest' });
  }
}

function renderPosts(posts) {
  state.posts = posts;
  const list = $('channel-posts');
  const nearBottom = list.dataset.pinned === 'true' || distanceFromEnd(list) < 96;
  reconcile(list, state.postEls, posts, messageContext(true));
  $('channel-empty').hidden = posts.length > 0;
  list.hidden = posts.length === 0;
  if (nearBottom) scrollToEnd(list);
}

function scrollToEnd(list) {
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  list.dataset.pinned = 'true';
  list.scrollTo({ top: list.scrollHeight, behavior: smooth ? 'smooth' : 'auto' });
}

const distanceFromEnd = (list) => list.scrollHeight - list.scrollTop - list.clientHeight;

/**
 * A list showing its newest message stays there when its size changes (window resized,
 * zoomed, phone rotated); a list the reader scrolled up in stays where it is.
 */
function keepPinned(list) {
  list.dataset.pinned = 'true';
  list.addEventListener('scroll', () => (list.dataset.pinned = String(distanceFromEnd(list) < 96)), { passive: true });
  new ResizeObserver(() => {
    if (list.dataset.pinned === 'true') list.scrollTop = list.scrollHeight;
  }).observe(list);
}

// ---------------------------------------------------------------- sending

async function sendText(text) {
  const me = state.me;
  if (!me) return;
  try {
    await api(`/sandbox/api/chats/${botId()}/${me.id}/text`, { text });
  } catch (e) {
    setStatus(t('status.sendFailed', { error: e.message }), { alert: true });
  }
  void refreshChat();
}

async function sendLocation(latitude, longitude) {
  const me = state.me;
  if (!me) return;
  try {
    await api(`/sandbox/api/chats/${botId()}/${me.id}/location`, { latitude, longitude });
  } catch (e) {
    setStatus(t('status.sendFailed', { error: e.message }), { alert: true });
  }
  void refreshChat();
}

async function pressInline(message, button, el) {
  const me = state.me;
  if (!me || el.getAttribute('aria-busy') === 'true') return;
  el.setAttribute('aria-busy', 'true');
  el.classList.add('is-busy');
  try {
    await api(`/sandbox/api/chats/${botId()}/${me.id}/button`, { messageId: message.message_id, callbackData: button.callback_data });
  } catch (e) {
    setStatus(t('status.sendFailed', { error: e.message }), { alert: true });
  } finally {
    el.removeAttribute('aria-busy');
    el.classList.remove('is-busy');
  }
  void refreshChat();
}

function submitComposer(ev) {
  ev.preventDefault();
  const input = $('message-input');
  const text = input.value.trim();
  if (!text) return;
  input.value = '';
  closeCommands();
  void sendText(text);
}

// ---------------------------------------------------------------- reply keyboard

function renderReplyKeyboard(kb) {
  const sig = JSON.stringify(kb ?? null);
  if (sig === state.keyboardSig) return;
  state.keyboardSig = sig;
  const valid = kb && Array.isArray(kb.keyboard) && kb.keyboard.some((r) => Array.isArray(r) && r.length > 0);
  state.replyKeyboard = valid ? kb : null;
  const rows = $('reply-keyboard-rows');
  const hadFocus = rows.contains(document.activeElement);
  rows.replaceChildren();
  if (valid) {
    for (const row of kb.keyboard) {
      if (!Array.isArray(row) || row.length === 0) continue;
      const r = document.createElement('div');
      r.className = 'reply-row';
      for (const raw of row) {
        const button = typeof raw === 'string' ? { text: raw } : raw;
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'btn reply-btn';
        b.dataset.testid = 'reply-button';
        b.textContent = button.text;
        b.addEventListener('click', () => pressReply(button, b));
        r.append(b);
      }
      rows.append(r);
    }
    // A new keyboard from the bot is shown, as Telegram does.
    state.keyboardVisible = true;
  }
  $('keyboard-toggle').hidden = !valid;
  $('reply-keyboard').hidden = !(valid && state.keyboardVisible);
  updateKeyboardToggle();
  updatePlaceholder();
  if (hadFocus) (rows.querySelector('button') ?? $('message-input')).focus();
}

function updateKeyboardToggle() {
  const toggle = $('keyboard-toggle');
  toggle.setAttribute('aria-expanded', String(state.keyboardVisible));
  $('keyboard-toggle-label').textContent = t(state.keyboardVisible ? 'keyboard.hide' : 'keyboard.show');
}

function updatePlaceholder() {
  const custom = state.replyKeyboard?.input_field_placeholder;
  $('message-input').placeholder = typeof custom === 'string' && custom ? custom : t('input.placeholder');
}

function pressReply(button, el) {
  const kb = state.replyKeyboard;
  if (button.request_location) {
    openLocation(el);
    return;
  }
  if (button.request_contact) {
    setStatus(t('status.contactSent'));
    void (async () => {
      try {
        await api(`/sandbox/api/chats/${botId()}/${state.me.id}/contact`, { phone: DEMO_PHONE });
      } catch (e) {
        setStatus(t('status.sendFailed', { error: e.message }), { alert: true });
      }
      void refreshChat();
    })();
  } else if (button.request_users || button.request_chat || button.request_poll || button.web_app) {
    setStatus(t('button.unavailable'));
    return;
  } else {
    void sendText(button.text);
  }
  if (kb?.one_time_keyboard) {
    state.keyboardVisible = false;
    $('reply-keyboard').hidden = true;
    updateKeyboardToggle();
    $('message-input').focus();
  }
}

function toggleKeyboard() {
  if (!state.replyKeyboard) return;
  state.keyboardVisible = !state.keyboardVisible;
  $('reply-keyboard').hidden = !state.keyboardVisible;
  updateKeyboardToggle();
}

// ---------------------------------------------------------------- command menu

async function toggleCommands() {
  const menu = $('commands-menu');
  if (!menu.hidden) {
    closeCommands();
    return;
  }
  const me = state.me;
  if (!me) return;
  const list = $('commands-list');
  let commands = [];
  try {
    commands = await api(`/demo/api/commands?chatId=${me.id}&languageCode=${encodeURIComponent(me.languageCode ?? '')}`);
  } catch (e) {
    setStatus(t('status.sendFailed', { error: e.message }), { alert: true });
    return;
  }
  list.replaceChildren();
  if (commands.length === 0) {
    const li = document.createElement('li');
    li.className = 'hint';
    li.textContent = t('commands.none');
    list.append(li);
  }
  for (const c of commands) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'btn command-item';
    b.dataset.testid = 'command-item';
    const name = document.createElement('span');
    name.className = 'command-name';
    name.textContent = `/${c.command}`;
    const desc = document.createElement('span');
    desc.className = 'command-desc';
    desc.textContent = c.description;
    b.append(name, desc);
    b.addEventListener('click', () => {
      closeCommands();
      $('message-input').focus();
      void sendText(`/${c.command}`);
    });
    li.append(b);
    list.append(li);
  }
  menu.hidden = false;
  $('commands-button').setAttribute('aria-expanded', 'true');
  (list.querySelector('button') ?? $('commands-button')).focus();
}

function closeCommands() {
  $('commands-menu').hidden = true;
  $('commands-button').setAttribute('aria-expanded', 'false');
}

// ---------------------------------------------------------------- location picker

function fillComuni() {
  const select = $('location-comune');
  if (select.options.length > 0) return;
  state.info.comuni.forEach((c, i) => {
    const o = document.createElement('option');
    o.value = String(i);
    o.textContent = `${c.name} (${c.province})`;
    select.append(o);
  });
  const perugia = state.info.comuni.findIndex((c) => c.name === 'Perugia');
  if (perugia >= 0) select.value = String(perugia);
}

function openLocation(returnFocus) {
  fillComuni();
  closeCommands();
  state.locationReturnFocus = returnFocus ?? $('location-button');
  $('location-error').hidden = true;
  const dialog = $('location-dialog');
  dialog.showModal();
  $('location-comune').focus();
}

function closeLocation() {
  const dialog = $('location-dialog');
  if (dialog.open) dialog.close();
}

function sendComune(ev) {
  ev.preventDefault();
  const c = state.info.comuni[Number($('location-comune').value)];
  if (!c) return;
  closeLocation();
  void sendLocation(c.lat, c.lon);
}

function sendCoords(ev) {
  ev.preventDefault();
  const latInput = $('location-lat');
  const lonInput = $('location-lon');
  const lat = latInput.valueAsNumber;
  const lon = lonInput.valueAsNumber;
  const ok = Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
  $('location-error').hidden = ok;
  for (const i of [latInput, lonInput]) {
    if (ok) i.removeAttribute('aria-invalid');
    else i.setAttribute('aria-invalid', 'true');
  }
  if (!ok) {
    latInput.focus();
    return;
  }
  closeLocation();
  void sendLocation(lat, lon);
}

// ---------------------------------------------------------------- status line

function setStatus(text, opts = {}) {
  const box = $('status-box');
  box.classList.toggle('is-alert', opts.alert === true);
  $('status-text').textContent = text;
  const link = $('status-link');
  const href = opts.url ? safeUrl(opts.url) : null;
  link.hidden = !href;
  if (href) {
    link.href = href;
    link.textContent = href;
  }
  box.hidden = false;
  if (opts.alert && opts.focus) $('status-close').focus();
}

function clearStatus() {
  $('status-box').hidden = true;
  $('status-text').textContent = '';
}

function showCallbackAnswer(answer) {
  if (!answer.text && !answer.url) return;
  const text = answer.showAlert ? `${t('status.alert')} ${answer.text ?? ''}` : (answer.text ?? '');
  setStatus(text, { alert: answer.showAlert === true, focus: answer.showAlert === true, url: answer.url });
}

// ---------------------------------------------------------------- start

async function boot() {
  const saved = storage.get('localStorage', 'digipass-demo-lang');
  state.lang = saved === 'en' || saved === 'it' ? saved : 'it';

  $('ui-language').addEventListener('click', () => {
    state.lang = other();
    storage.set('localStorage', 'digipass-demo-lang', state.lang);
    applyLanguage();
  });
  $('change-persona').addEventListener('click', leaveChat);
  $('citizen-form').addEventListener('submit', submitCitizen);
  $('composer').addEventListener('submit', submitComposer);
  $('start-button').addEventListener('click', () => {
    $('message-input').focus();
    void sendText('/start');
  });
  $('commands-button').addEventListener('click', () => void toggleCommands());
  $('commands-menu').addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') {
      closeCommands();
      $('commands-button').focus();
    }
  });
  $('location-button').addEventListener('click', () => openLocation($('location-button')));
  $('keyboard-toggle').addEventListener('click', toggleKeyboard);
  $('location-comune-form').addEventListener('submit', sendComune);
  $('location-coords-form').addEventListener('submit', sendCoords);
  $('location-cancel').addEventListener('click', closeLocation);
  $('location-dialog').addEventListener('close', () => {
    const back = state.locationReturnFocus;
    state.locationReturnFocus = null;
    if (back?.isConnected) back.focus();
    else $('message-input').focus();
  });
  keepPinned($('messages'));
  keepPinned($('channel-posts'));
  $('status-close').addEventListener('click', () => {
    clearStatus();
    $('message-input').focus();
  });

  try {
    state.info = await api('/demo/api/info');
  } catch {
    $('loading').hidden = true;
    const fatal = $('fatal');
    fatal.textContent = t('load.failed');
    fatal.hidden = false;
    return;
  }
  applyLanguage();

  // After a reload, stay the same person if the emulator still knows them.
  let me = null;
  try {
    me = JSON.parse(storage.get('sessionStorage', 'digipass-demo-me') ?? 'null');
  } catch {
    me = null;
  }
  if (me && Number.isSafeInteger(me.id)) {
    try {
      const users = await api('/sandbox/api/users');
      if (users.some((u) => u.id === me.id)) {
        enterChat(me);
        return;
      }
    } catch {
      // fall through to the first screen
    }
  }
  showWho();
}

void boot();
