import { Composer, InlineKeyboard, type Context } from 'grammy';
import { createConversation, type Conversation } from '@grammyjs/conversations';
import type { BotContext } from '../context.js';
import { callbackData } from '../callback-data.js';
import { kindly } from '../errors.js';
import { enterWithPoints } from '../staff-conversation.js';
import { EVENT_CATEGORIES, type EventCategory } from '../../db/schema/index.js';
import { DESCRIPTION_MAX, TITLE_MAX, rowPostInput, type EventAdminUseCases, type EventDraft, type EventWhere, type PublishChoice } from '../../app/event-admin.js';
import type { ReferenceCache } from '../../app/reference.js';
import type { RoleUseCases } from '../../app/roles.js';
import { AppError } from '../../app/errors.js';
import { parseDateTime, parseDuration, parseOnlineUrl, parsePartners, type LocalDateTime } from '../../domain/event-input.js';
import { eventAreaZones } from '../../domain/policy.js';
import { RECURRENCE_PRESETS, nthOfMonth, presetRule, type RecurrenceEnd, type RecurrencePreset } from '../../domain/recurrence.js';
import { addDays, isoWeekday, localDateInRome, romeInstant, type IsoWeekday, type LocalDate } from '../../domain/time.js';
import { CAPTION_LIMIT, MESSAGE_LIMIT, renderEventPost } from '../../render/event-post.js';
import { formatDateTime } from '../../render/dates.js';
import type { Locales, Translate } from '../../render/translate.js';

/**
 * /newevent steps (and the /myevents edits that reuse them). `v` carries a number: an index,
 * a point id, a zone number (-1: the whole region), minutes, a day offset.
 */
const neCb = callbackData('ne', {
  a: ['stop', 'skip', 'pt', 'on', 'zn', 'cat', 'when', 'dur', 'rec', 'day', 'ok', 'cnt', 'reg', 'pub', 'sch', 'dft'] as const,
  v: 'int',
});
/** /myevents: open, cancel (ask reason), cancel one date, duplicate, publish a draft, and the edits. */
export const meCb = callbackData('me', {
  a: ['open', 'cancel', 'occ', 'occx', 'dup', 'pub', 'when', 'title', 'desc', 'cap', 'kind', 'ptn', 'photo', 'rec', 'place'] as const,
  id: 'id',
  v: 'int',
});
/** What /myevents asks for in one typed answer. */
type TypedFollowUp = 'dup' | 'cancel' | 'when' | 'title' | 'desc' | 'cap';
/** What /myevents changes with the same steps as /newevent. */
type StepFollowUp = 'kind' | 'ptn' | 'photo' | 'rec' | 'place';
type FollowUp = TypedFollowUp | StepFollowUp;
const STEP_FOLLOW_UPS: readonly string[] = ['kind', 'ptn', 'photo', 'rec', 'place'] satisfies StepFollowUp[];

const DURATIONS = [60, 90, 120, 180];
const COUNTS = [4, 6, 8, 10, 12];
const WEEKDAYS: IsoWeekday[] = [1, 2, 3, 4, 5, 6];
/** Up to this many zones get a button each; more (admins) choose the zone next. */
const ZONE_BUTTONS = 3;
const REGION = -1;

interface NewEventArgs {
  locale: string;
  personId: number;
  pointIds: number[];
}

interface DupArgs {
  locale: string;
  personId: number;
  eventId: number;
  mode: FollowUp;
}

type Step = ReturnType<typeof neCb.unpack>;
type Answer = { text?: string; data?: NonNullable<Step>; photo?: string; c: Context };

/** What the shared steps need: the first message's context, words, and a way to wait for an answer. */
interface StepIO {
  ctx: Context;
  t: Translate;
  label: Translate;
  /** Waits for text, a photo or a button of these steps; `undefined` = the person stopped. */
  next: () => Promise<Answer | undefined>;
  /** Adds the "Cancel" row to a keyboard. */
  stopRow: (kb: InlineKeyboard) => InlineKeyboard;
}

/** Waits for answers to the steps; a command leaves the conversation, "Cancel" says `stopped`. */
function stepIO(conversation: Conversation<BotContext, Context>, ctx: Context, t: Translate, label: Translate, timeoutMs: number, stopped: string): StepIO {
  return {
    ctx,
    t,
    label,
    stopRow: (kb) => kb.row().text(label('book-cancel'), neCb.pack({ a: 'stop', v: 0 })),
    async next() {
      for (;;) {
        const c = await conversation.waitFor(['callback_query:data', 'message:text', 'message:photo'], { maxMilliseconds: timeoutMs });
        if (c.callbackQuery) {
          await c.answerCallbackQuery();
          const data = neCb.unpack(c.callbackQuery.data);
          if (!data) continue;
          if (data.a === 'stop') {
            await c.reply(t(stopped), { parse_mode: 'HTML' });
            return undefined;
          }
          return { data, c };
        }
        if (c.message?.photo) return { photo: c.message.photo.at(-1)!.file_id, c };
        const text = c.message?.text ?? '';
        if (text.startsWith('/')) await conversation.halt({ next: true });
        return { text: text.trim(), c };
      }
    },
  };
}

/** The kind of event. */
async function askCategory(io: StepIO): Promise<EventCategory | undefined> {
  const kb = new InlineKeyboard();
  EVENT_CATEGORIES.forEach((c, i) => {
    kb.text(io.label(`event-category-${c}`), neCb.pack({ a: 'cat', v: i }));
    if (i % 2 === 1) kb.row();
  });
  await io.ctx.reply(io.t('ne-ask-category'), { parse_mode: 'HTML', reply_markup: io.stopRow(kb) });
  for (;;) {
    const r = await io.next();
    if (!r) return undefined;
    const category = r.data?.a === 'cat' ? EVENT_CATEGORIES[r.data.v] : undefined;
    if (category) return category;
  }
}

/** Whether and how it repeats, from its first date: a preset, the weekdays of a weekly one, how it ends. `{ rrule: null }` = once. */
async function askRecurrence(io: StepIO, first: LocalDate, today: LocalDate): Promise<{ rrule: string | null } | undefined> {
  const { t, label, ctx, next, stopRow } = io;
  const day = isoWeekday(first);
  const nth = nthOfMonth(first);
  const recKb = new InlineKeyboard();
  RECURRENCE_PRESETS.forEach((k, i) => recKb.text(label(`ne-rec-${k}`, { nth: nth === -1 ? 'last' : nth }), neCb.pack({ a: 'rec', v: i })).row());
  await ctx.reply(t('ne-ask-recurrence'), { parse_mode: 'HTML', reply_markup: stopRow(recKb) });
  let preset: RecurrencePreset | undefined;
  while (preset === undefined) {
    const r = await next();
    if (!r) return undefined;
    if (r.data?.a === 'rec') preset = RECURRENCE_PRESETS[r.data.v];
  }
  if (preset === 'once') return { rrule: null };
  let days: IsoWeekday[] = [day];
  if (preset === 'weekly') {
    // Which days of the week (the first day is always one of them).
    const daysKb = () => {
      const kb = new InlineKeyboard();
      for (const d of WEEKDAYS) kb.text(`${days.includes(d) ? '✅ ' : ''}${label(`ne-weekday-${d}`)}`, neCb.pack({ a: 'day', v: d }));
      return stopRow(kb.row().text(label('ne-days-done'), neCb.pack({ a: 'ok', v: 0 })));
    };
    const msg = await ctx.reply(t('ne-ask-days'), { parse_mode: 'HTML', reply_markup: daysKb() });
    for (;;) {
      const r = await next();
      if (!r) return undefined;
      if (r.data?.a === 'ok') break;
      if (r.data?.a === 'day' && WEEKDAYS.includes(r.data.v as IsoWeekday) && r.data.v !== day) {
        const d = r.data.v as IsoWeekday;
        days = days.includes(d) ? days.filter((x) => x !== d) : [...days, d];
        await r.c.api.editMessageReplyMarkup(msg.chat.id, msg.message_id, { reply_markup: daysKb() });
      }
    }
  }
  // How it ends: a number of times or a last day.
  const cntKb = new InlineKeyboard();
  for (const n of COUNTS) cntKb.text(String(n), neCb.pack({ a: 'cnt', v: n }));
  await ctx.reply(t('ne-ask-end'), { parse_mode: 'HTML', reply_markup: stopRow(cntKb) });
  let endRule: RecurrenceEnd | undefined;
  while (endRule === undefined) {
    const r = await next();
    if (!r) return undefined;
    if (r.data?.a === 'cnt' && COUNTS.includes(r.data.v)) endRule = { count: r.data.v };
    else if (r.text && /^\d{1,2}$/.test(r.text) && Number(r.text) >= 2 && Number(r.text) <= 52) endRule = { count: Number(r.text) };
    else if (r.text) {
      const last = parseDateTime(`${r.text} 23:59`, today);
      if (last && last.date > first) endRule = { until: last.date };
    }
    if (endRule === undefined && !r.data) await r.c.reply(t('ne-end-bad'), { parse_mode: 'HTML' });
  }
  return { rrule: presetRule(preset, first, endRule, days) };
}

/** Partners, typed and separated by commas; the button says there are none. */
async function askPartners(io: StepIO): Promise<string[] | undefined> {
  await io.ctx.reply(io.t('ne-ask-partners'), { parse_mode: 'HTML', reply_markup: io.stopRow(new InlineKeyboard().text(io.label('ne-no-partners'), neCb.pack({ a: 'skip', v: 0 }))) });
  for (;;) {
    const r = await io.next();
    if (!r) return undefined;
    if (r.data?.a === 'skip') return [];
    if (r.text) {
      const partners = parsePartners(r.text);
      if (partners.length > 0) return partners;
    }
  }
}

/** A photo, or none (for an event that has one: remove it). */
async function askPhoto(io: StepIO, has: boolean): Promise<string | null | undefined> {
  await io.ctx.reply(io.t(has ? 'me-ask-photo' : 'ne-ask-photo'), {
    parse_mode: 'HTML',
    reply_markup: io.stopRow(new InlineKeyboard().text(io.label(has ? 'me-remove-photo' : 'ne-no-photo'), neCb.pack({ a: 'skip', v: 0 }))),
  });
  for (;;) {
    const r = await io.next();
    if (!r) return undefined;
    if (r.data?.a === 'skip') return null;
    if (r.photo) return r.photo;
    await r.c.reply(io.t(has ? 'me-photo-bad' : 'ne-photo-bad'), { parse_mode: 'HTML' });
  }
}

/** What the place step offers: the actor's points, the zones they may hold online or zone-wide events in, and (admins) the whole region. */
interface PlaceOptions {
  points: { id: number; name: string; comune: string }[];
  zones: { number: number; name: string }[];
  region: boolean;
}

/**
 * Where: one of the actor's points, online, or a whole zone they work in; for online, its https
 * link. Only those are offered, and a forged id is simply not among them (the use case checks
 * again anyway). `auto`: with one point and nothing else to choose, it is that point, unasked.
 */
async function askWhere(io: StepIO, options: PlaceOptions, auto: boolean): Promise<EventWhere | undefined> {
  const { t, label, ctx, next, stopRow } = io;
  const { points, zones } = options;
  const zoneIds = zones.map((z) => z.number);
  const pointButtons = (kb: InlineKeyboard, list: typeof points) => {
    for (const p of list) kb.text(p.name.slice(0, 60), neCb.pack({ a: 'pt', v: p.id })).row();
    return kb;
  };
  const areaButtons = (kb: InlineKeyboard) => {
    if (zones.length === 0) return kb;
    kb.text(label('ne-where-online'), neCb.pack({ a: 'on', v: zones.length === 1 && !options.region ? zones[0]!.number : 0 })).row();
    if (zones.length <= ZONE_BUTTONS) for (const z of zones) kb.text(label('ne-where-zone', { zone: z.name }).slice(0, 60), neCb.pack({ a: 'zn', v: z.number })).row();
    else kb.text(label('ne-where-some-zone'), neCb.pack({ a: 'zn', v: 0 })).row();
    return kb;
  };
  const few = points.length <= 12;
  let where: EventWhere | undefined = auto && points.length === 1 && zones.length === 0 ? { kind: 'point', pointId: points[0]!.id } : undefined;
  if (where === undefined) {
    await ctx.reply(t(few ? 'ne-ask-point' : 'ne-ask-point-town'), { parse_mode: 'HTML', reply_markup: stopRow(areaButtons(few ? pointButtons(new InlineKeyboard(), points) : new InlineKeyboard())) });
  }
  while (where === undefined) {
    const r = await next();
    if (!r) return undefined;
    const d = r.data;
    if (d?.a === 'pt' && points.some((p) => p.id === d.v)) where = { kind: 'point', pointId: d.v };
    else if (d?.a === 'zn' && zoneIds.includes(d.v)) where = { kind: 'zone', zoneNumber: d.v };
    else if (d?.a === 'on' && (zoneIds.includes(d.v) || (d.v === REGION && options.region))) where = { kind: 'online', zoneNumber: d.v === REGION ? null : d.v, url: '' };
    else if ((d?.a === 'on' || d?.a === 'zn') && d.v === 0 && zones.length > 0) {
      // Several zones: which one (online events of the whole region are the admins').
      const kb = new InlineKeyboard();
      for (const z of zones) kb.text(`${z.number} · ${z.name}`.slice(0, 60), neCb.pack({ a: d.a, v: z.number })).row();
      if (d.a === 'on' && options.region) kb.text(label('ne-zone-region'), neCb.pack({ a: 'on', v: REGION })).row();
      await r.c.reply(t('ne-ask-zone'), { parse_mode: 'HTML', reply_markup: stopRow(kb) });
    } else if (r.text) {
      // Many points (coordinators, the region): the town's name narrows them down.
      const q = r.text.toLowerCase();
      const found = points.filter((p) => p.comune.toLowerCase().includes(q) || p.name.toLowerCase().includes(q)).slice(0, 12);
      await r.c.reply(t(found.length > 0 ? 'ne-ask-point' : 'ne-point-none'), { parse_mode: 'HTML', reply_markup: stopRow(areaButtons(pointButtons(new InlineKeyboard(), found))) });
    }
  }
  if (where.kind !== 'online') return where;

  // The address of an online event.
  await ctx.reply(t('ne-ask-url'), { parse_mode: 'HTML', reply_markup: stopRow(new InlineKeyboard()) });
  for (;;) {
    const r = await next();
    if (!r) return undefined;
    const url = r.text ? parseOnlineUrl(r.text) : undefined;
    if (url) return { ...where, url };
    await r.c.reply(t('ne-url-bad'), { parse_mode: 'HTML' });
  }
}

/**
 * /newevent and /myevents: facilitators create events for their points (or online, or for a
 * whole zone they work in) step by step, see the post exactly as the channel will show it, and
 * publish now, later or keep a draft; then change, cancel (all or one date) and duplicate them.
 * Every step that touches an event asks the use cases, which check the policy again.
 */
export function eventAdminFeature(deps: { events: EventAdminUseCases; roles: RoleUseCases; reference: ReferenceCache; locales: Locales; clock: () => Date; timeoutMs: number }) {
  /** The post exactly as the channel will show it. */
  async function previewText(t: Translate, locale: string, draft: EventDraft): Promise<string> {
    const input = await deps.events.postInput({ ...draft, status: 'published', cancelReason: null });
    return renderEventPost(input, t, locale, draft.photoFileId ? CAPTION_LIMIT : MESSAGE_LIMIT);
  }

  /** The places this person may choose (their points: given, else looked up). */
  async function placeOptions(personId: number, pointIds?: readonly number[]): Promise<PlaceOptions> {
    const ref = await deps.reference.get();
    const actor = await deps.roles.actorFor(personId);
    const areas = eventAreaZones(actor);
    const own = pointIds ?? (await deps.roles.operablePointIds(actor, deps.reference));
    return {
      points: ref.points.filter((p) => own.includes(p.id)).map((p) => ({ id: p.id, name: p.name, comune: p.comuneName })),
      zones: ref.zones.filter((z) => areas.all || areas.zones.includes(z.number)).map((z) => ({ number: z.number, name: z.name })),
      region: areas.all,
    };
  }

  async function newEvent(conversation: Conversation<BotContext, Context>, ctx: Context, args: NewEventArgs): Promise<void> {
    const t = deps.locales.translator(args.locale);
    const label = deps.locales.plain(args.locale);
    const io = stepIO(conversation, ctx, t, label, deps.timeoutMs, 'ne-cancelled');
    const { next, stopRow } = io;
    const now = new Date(await conversation.external(() => deps.clock().toISOString()));
    const today = localDateInRome(now);

    // Title
    await ctx.reply(t('ne-ask-title'), { parse_mode: 'HTML', reply_markup: stopRow(new InlineKeyboard()) });
    let title: string | undefined;
    while (title === undefined) {
      const r = await next();
      if (!r) return;
      if (r.text && r.text.length <= TITLE_MAX) title = r.text;
      else await r.c.reply(t('ne-title-bad', { max: TITLE_MAX }), { parse_mode: 'HTML' });
    }

    // Description
    await ctx.reply(t('ne-ask-description', { max: DESCRIPTION_MAX }), { parse_mode: 'HTML', reply_markup: stopRow(new InlineKeyboard().text(label('ne-skip'), neCb.pack({ a: 'skip', v: 0 }))) });
    let description: string | undefined;
    while (description === undefined) {
      const r = await next();
      if (!r) return;
      if (r.data?.a === 'skip') description = '';
      else if (r.text !== undefined && r.text.length > 0 && r.text.length <= DESCRIPTION_MAX) description = r.text;
      else await r.c.reply(t('ne-description-bad', { max: DESCRIPTION_MAX }), { parse_mode: 'HTML' });
    }

    // Where: one of the actor's points, online (and its link), or a whole zone they work in.
    const options = await conversation.external(() => placeOptions(args.personId, args.pointIds));
    const where = await askWhere(io, options, true);
    if (!where) return;

    // Category
    const category = await askCategory(io);
    if (!category) return;

    // Date and time: typed in many forms, or a common choice.
    const whenKb = new InlineKeyboard()
      .text(label('ne-when-tomorrow', { time: '10:00' }), neCb.pack({ a: 'when', v: 1 * 10_000 + 600 }))
      .text(label('ne-when-tomorrow', { time: '15:00' }), neCb.pack({ a: 'when', v: 1 * 10_000 + 900 }))
      .row()
      .text(label('ne-when-in-a-week', { time: '10:00' }), neCb.pack({ a: 'when', v: 7 * 10_000 + 600 }));
    await ctx.reply(t('ne-ask-when'), { parse_mode: 'HTML', reply_markup: stopRow(whenKb) });
    let when: LocalDateTime | undefined;
    while (when === undefined) {
      const r = await next();
      if (!r) return;
      let candidate: LocalDateTime | undefined;
      if (r.data?.a === 'when' && r.data.v > 0) candidate = { date: addDays(today, Math.floor(r.data.v / 10_000)), minutes: r.data.v % 10_000 };
      else if (r.text) candidate = parseDateTime(r.text, today);
      if (candidate && romeInstant(candidate.date, candidate.minutes).getTime() > now.getTime()) when = candidate;
      else await r.c.reply(t(candidate ? 'ne-when-past' : 'ne-when-bad'), { parse_mode: 'HTML' });
    }
    const start = romeInstant(when.date, when.minutes);

    // Duration
    const durKb = new InlineKeyboard();
    for (const m of DURATIONS) durKb.text(label('ne-duration', { hours: Math.floor(m / 60), minutes: String(m % 60).padStart(2, '0') }), neCb.pack({ a: 'dur', v: m }));
    await ctx.reply(t('ne-ask-duration'), { parse_mode: 'HTML', reply_markup: stopRow(durKb) });
    let minutes: number | undefined;
    while (minutes === undefined) {
      const r = await next();
      if (!r) return;
      if (r.data?.a === 'dur' && DURATIONS.includes(r.data.v)) minutes = r.data.v;
      else if (r.text) minutes = parseDuration(r.text);
      if (minutes === undefined && !r.data) await r.c.reply(t('ne-duration-bad'), { parse_mode: 'HTML' });
    }
    const end = romeInstant(when.date, when.minutes + minutes);

    // Recurrence presets
    const repeat = await askRecurrence(io, when.date, today);
    if (!repeat) return;
    const { rrule } = repeat;

    // Registration
    await ctx.reply(t('ne-ask-registration'), {
      parse_mode: 'HTML',
      reply_markup: stopRow(new InlineKeyboard().text(label('ne-reg-no'), neCb.pack({ a: 'reg', v: 0 })).row().text(label('ne-reg-yes'), neCb.pack({ a: 'reg', v: 1 }))),
    });
    let capacity: number | null | undefined;
    while (capacity === undefined) {
      const r = await next();
      if (!r) return;
      if (r.data?.a === 'reg' && r.data.v === 0) capacity = null;
      else if (r.data?.a === 'reg' && r.data.v === 1) {
        await r.c.reply(t('ne-ask-capacity'), { parse_mode: 'HTML' });
        for (;;) {
          const q = await next();
          if (!q) return;
          const n = Number(q.text);
          if (q.text && /^\d{1,4}$/.test(q.text) && n >= 1) {
            capacity = n;
            break;
          }
          await q.c.reply(t('ne-capacity-bad'), { parse_mode: 'HTML' });
        }
      }
    }

    // Partners and photo
    const partners = await askPartners(io);
    if (!partners) return;
    const photo = await askPhoto(io, false);
    if (photo === undefined) return;

    const draft: EventDraft = { title, description, where, category, start, end, rrule, registration: capacity !== null, capacity, partners, photoFileId: photo };
    await ctx.reply(t('ne-preview'), { parse_mode: 'HTML' });
    const choiceKb = new InlineKeyboard()
      .text(label('ne-publish-now'), neCb.pack({ a: 'pub', v: 0 }))
      .row()
      .text(label('ne-schedule'), neCb.pack({ a: 'sch', v: 0 }))
      .row()
      .text(label('ne-save-draft'), neCb.pack({ a: 'dft', v: 0 }));
    const post = await conversation.external(() => previewText(t, args.locale, draft));
    if (draft.photoFileId) await ctx.replyWithPhoto(draft.photoFileId, { caption: post, parse_mode: 'HTML', reply_markup: stopRow(choiceKb) });
    else await ctx.reply(post, { parse_mode: 'HTML', reply_markup: stopRow(choiceKb), link_preview_options: { is_disabled: true } });
    let choice: PublishChoice | undefined;
    let done: Context | undefined;
    while (choice === undefined) {
      const r = await next();
      if (!r) return;
      if (r.data?.a === 'pub') choice = { kind: 'now' };
      else if (r.data?.a === 'dft') choice = { kind: 'draft' };
      else if (r.data?.a === 'sch') {
        await r.c.reply(t('ne-ask-publish-at'), { parse_mode: 'HTML', reply_markup: stopRow(new InlineKeyboard()) });
        for (;;) {
          const q = await next();
          if (!q) return;
          const at = q.text ? parseDateTime(q.text, today) : undefined;
          const instant = at ? romeInstant(at.date, at.minutes) : undefined;
          if (instant && instant.getTime() > now.getTime() && instant.getTime() < start.getTime()) {
            choice = { kind: 'schedule', at: instant };
            done = q.c;
            break;
          }
          await q.c.reply(t('ne-publish-at-bad'), { parse_mode: 'HTML' });
        }
      }
      done ??= r.c;
    }
    const outcome = await conversation.external(async () => {
      try {
        const actor = await deps.roles.actorFor(args.personId);
        const id = await deps.events.create(actor, draft, choice!);
        return { id };
      } catch (err) {
        if (err instanceof AppError) return { error: err.code };
        throw err;
      }
    });
    if ('error' in outcome) {
      await done!.reply(t(outcome.error === 'NOT_ALLOWED' ? 'error-not-allowed-staff' : 'error-button-expired'), { parse_mode: 'HTML' });
      return;
    }
    const key = choice.kind === 'now' ? 'ne-published' : choice.kind === 'schedule' ? 'ne-scheduled' : 'ne-drafted';
    await done!.reply(t(key, { when: choice.kind === 'schedule' ? formatDateTime(choice.at, args.locale) : '' }), { parse_mode: 'HTML' });
  }

  /** One typed answer for /myevents: a new date, title, description or number of places; a copy's date; a reason to cancel. */
  async function eventFollowUp(conversation: Conversation<BotContext, Context>, ctx: Context, args: DupArgs): Promise<void> {
    const t = deps.locales.translator(args.locale);
    const now = new Date(await conversation.external(() => deps.clock().toISOString()));
    const today = localDateInRome(now);
    /** Runs a use case as this person (replay-safe); an AppError becomes its code. */
    const act = <T,>(fn: (actor: Awaited<ReturnType<RoleUseCases['actorFor']>>) => Promise<T>) =>
      conversation.external(async (): Promise<{ ok: true; value: T } | { ok: false; code: string }> => {
        try {
          return { ok: true, value: await fn(await deps.roles.actorFor(args.personId)) };
        } catch (err) {
          if (err instanceof AppError) return { ok: false, code: err.code };
          throw err;
        }
      });
    const failed = (c: Context, code: string) => c.reply(t(code === 'NOT_ALLOWED' ? 'error-not-allowed-staff' : 'error-button-expired'), { parse_mode: 'HTML' });

    if (STEP_FOLLOW_UPS.includes(args.mode)) {
      // The same steps as /newevent; the change goes through the use case like any other.
      const label = deps.locales.plain(args.locale);
      const io = stepIO(conversation, ctx, t, label, deps.timeoutMs, 'me-edit-stopped');
      const e = await act(async (actor) => {
        const row = await deps.events.get(actor, args.eventId);
        return { first: localDateInRome(row.startsAt), photo: row.photoFileId !== null };
      });
      if (!e.ok) return void (await failed(ctx, e.code));
      let patch: Parameters<EventAdminUseCases['update']>[2];
      if (args.mode === 'kind') {
        const category = await askCategory(io);
        if (!category) return;
        patch = { category };
      } else if (args.mode === 'ptn') {
        const partners = await askPartners(io);
        if (!partners) return;
        patch = { partners };
      } else if (args.mode === 'photo') {
        const photo = await askPhoto(io, e.value.photo);
        if (photo === undefined) return;
        patch = { photoFileId: photo };
      } else if (args.mode === 'place') {
        const options = await conversation.external(() => placeOptions(args.personId));
        const where = await askWhere(io, options, false);
        if (!where) return;
        patch = { where };
      } else {
        const repeat = await askRecurrence(io, e.value.first, today);
        if (!repeat) return;
        patch = { rrule: repeat.rrule };
      }
      const result = await act(async (actor) => void (await deps.events.update(actor, args.eventId, patch)));
      const done = args.mode === 'rec' ? 'me-rec-updated' : args.mode === 'place' ? 'me-place-updated' : 'me-updated';
      return void (await (result.ok ? ctx.reply(t(done), { parse_mode: 'HTML' }) : failed(ctx, result.code)));
    }

    const asks: Record<TypedFollowUp, string> = { dup: 'me-ask-dup-when', cancel: 'me-ask-reason', when: 'me-ask-when', title: 'me-ask-title', desc: 'ne-ask-description', cap: 'ne-ask-capacity' };
    await ctx.reply(t(asks[args.mode as TypedFollowUp], { max: args.mode === 'title' ? TITLE_MAX : DESCRIPTION_MAX }), { parse_mode: 'HTML' });
    for (;;) {
      const c = await conversation.waitFor('message:text', { maxMilliseconds: deps.timeoutMs });
      const text = c.message.text.trim();
      if (text.startsWith('/')) await conversation.halt({ next: true });
      if (!text) continue;
      let result: { ok: true } | { ok: false; code: string };
      if (args.mode === 'cancel') {
        result = await act((actor) => deps.events.cancel(actor, args.eventId, text));
        if (result.ok) return void (await c.reply(t('me-cancelled'), { parse_mode: 'HTML' }));
      } else if (args.mode === 'title' || args.mode === 'desc') {
        const max = args.mode === 'title' ? TITLE_MAX : DESCRIPTION_MAX;
        if (text.length > max) {
          await c.reply(t(args.mode === 'title' ? 'ne-title-bad' : 'ne-description-bad', { max }), { parse_mode: 'HTML' });
          continue;
        }
        result = await act(async (actor) => void (await deps.events.update(actor, args.eventId, args.mode === 'title' ? { title: text } : { description: text })));
        if (result.ok) return void (await c.reply(t('me-updated'), { parse_mode: 'HTML' }));
      } else if (args.mode === 'cap') {
        if (!/^\d{1,4}$/.test(text) || Number(text) < 1) {
          await c.reply(t('ne-capacity-bad'), { parse_mode: 'HTML' });
          continue;
        }
        result = await act(async (actor) => void (await deps.events.update(actor, args.eventId, { capacity: Number(text), registration: true })));
        if (result.ok) return void (await c.reply(t('me-updated'), { parse_mode: 'HTML' }));
      } else {
        const at = parseDateTime(text, today);
        const instant = at ? romeInstant(at.date, at.minutes) : undefined;
        if (!instant || instant.getTime() <= now.getTime()) {
          await c.reply(t(at ? 'ne-when-past' : 'ne-when-bad'), { parse_mode: 'HTML' });
          continue;
        }
        if (args.mode === 'when') {
          result = await act(async (actor) => {
            const e = await deps.events.get(actor, args.eventId);
            await deps.events.update(actor, args.eventId, { start: instant, end: new Date(instant.getTime() + e.endsAt.getTime() - e.startsAt.getTime()) });
          });
          if (result.ok) return void (await c.reply(t('me-moved', { when: formatDateTime(instant, args.locale) }), { parse_mode: 'HTML' }));
        } else {
          const copy = await act((actor) => deps.events.duplicate(actor, args.eventId, instant));
          if (copy.ok) {
            return void (await c.reply(t('me-duplicated', { when: formatDateTime(instant, args.locale) }), {
              parse_mode: 'HTML',
              reply_markup: new InlineKeyboard().text(deps.locales.plain(args.locale)('ne-publish-now'), meCb.pack({ a: 'pub', id: copy.value, v: 0 })),
            }));
          }
          result = copy;
        }
      }
      if (!result.ok) await failed(c, result.code);
      return;
    }
  }

  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');
  pm.use(createConversation(newEvent, { id: 'newevent' }));
  pm.use(createConversation(eventFollowUp, { id: 'event-follow-up' }));

  pm.command('newevent', enterWithPoints(deps, 'newevent', (ctx, personId, pointIds) => ({ locale: ctx.locale, personId, pointIds }) satisfies NewEventArgs));

  pm.command(
    'myevents',
    kindly(deps.reference, async (ctx) => {
      if (!ctx.person) return;
      const actor = await deps.roles.actorFor(ctx.person.id);
      const rows = await deps.events.mine(actor);
      if (rows.length === 0) {
        await ctx.reply(ctx.t('me-none'), { parse_mode: 'HTML' });
        return;
      }
      const kb = new InlineKeyboard();
      const lines = rows.map((e) => {
        kb.text(`${ctx.label(`me-status-${e.status}`)} · ${e.title.slice(0, 40)}`, meCb.pack({ a: 'open', id: e.id, v: 0 })).row();
        return ctx.t('me-line', { when: formatDateTime(e.startsAt, ctx.locale), title: e.title, status: ctx.t(`me-status-${e.status}`) });
      });
      await ctx.reply([ctx.t('me-title'), '', ...lines].join('\n'), { parse_mode: 'HTML', reply_markup: kb });
    }),
  );

  composer.callbackQuery(
    meCb.filter,
    kindly(deps.reference, async (ctx) => {
      const data = meCb.unpack(ctx.callbackQuery?.data);
      if (!data || !ctx.person) {
        await ctx.answerCallbackQuery({ text: ctx.label('error-button-expired') });
        return;
      }
      const actor = await deps.roles.actorFor(ctx.person.id);
      // Every button checks again that this person may work on this event.
      const e = await deps.events.get(actor, data.id);
      await ctx.answerCallbackQuery();
      if (data.a === 'open') {
        const kb = new InlineKeyboard();
        if (e.status === 'draft' || e.status === 'scheduled') kb.text(ctx.label('ne-publish-now'), meCb.pack({ a: 'pub', id: e.id, v: 0 })).row();
        kb.text(ctx.label('me-edit-when'), meCb.pack({ a: 'when', id: e.id, v: 0 })).text(ctx.label('me-edit-place'), meCb.pack({ a: 'place', id: e.id, v: 0 })).row();
        kb.text(ctx.label('me-edit-title'), meCb.pack({ a: 'title', id: e.id, v: 0 })).text(ctx.label('me-edit-desc'), meCb.pack({ a: 'desc', id: e.id, v: 0 })).row();
        kb.text(ctx.label('me-edit-cap'), meCb.pack({ a: 'cap', id: e.id, v: 0 })).text(ctx.label('me-edit-kind'), meCb.pack({ a: 'kind', id: e.id, v: 0 })).row();
        kb.text(ctx.label('me-edit-partners'), meCb.pack({ a: 'ptn', id: e.id, v: 0 })).text(ctx.label('me-edit-photo'), meCb.pack({ a: 'photo', id: e.id, v: 0 })).row();
        kb.text(ctx.label('me-edit-rec'), meCb.pack({ a: 'rec', id: e.id, v: 0 })).row();
        if (e.rrule) kb.text(ctx.label('me-cancel-one'), meCb.pack({ a: 'occ', id: e.id, v: 0 })).row();
        kb.text(ctx.label('me-cancel'), meCb.pack({ a: 'cancel', id: e.id, v: 0 })).row();
        kb.text(ctx.label('me-duplicate'), meCb.pack({ a: 'dup', id: e.id, v: 0 }));
        const input = await rowPostInput(deps.reference, e);
        await ctx.reply(renderEventPost(input, ctx.t, ctx.locale), { parse_mode: 'HTML', reply_markup: kb, link_preview_options: { is_disabled: true } });
      } else if (data.a === 'pub') {
        await deps.events.publish(actor, e.id, { kind: 'now' });
        await ctx.reply(ctx.t('ne-published'), { parse_mode: 'HTML' });
      } else if (data.a === 'occ') {
        const kb = new InlineKeyboard();
        for (const s of deps.events.upcomingOccurrences(e)) kb.text(formatDateTime(s, ctx.locale), meCb.pack({ a: 'occx', id: e.id, v: Math.round(s.getTime() / 60_000) })).row();
        await ctx.reply(ctx.t('me-choose-occurrence'), { parse_mode: 'HTML', reply_markup: kb });
      } else if (data.a === 'occx') {
        await deps.events.cancelOccurrence(actor, e.id, new Date(data.v * 60_000), '');
        await ctx.reply(ctx.t('me-occurrence-cancelled', { when: formatDateTime(new Date(data.v * 60_000), ctx.locale) }), { parse_mode: 'HTML' });
      } else {
        ctx.exitingOnPurpose = true;
        await ctx.conversation.exitAll();
        await ctx.conversation.enter('event-follow-up', { locale: ctx.locale, personId: ctx.person.id, eventId: e.id, mode: data.a } satisfies DupArgs);
      }
    }),
  );

  return { composer, commands: [] as const, staffCommands: ['newevent', 'myevents'] as const };
}
