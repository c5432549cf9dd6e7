import { Composer, InlineKeyboard, type Context } from 'grammy';
import { createConversation, type Conversation } from '@grammyjs/conversations';
import type { BotContext } from '../context.js';
import { callbackData } from '../callback-data.js';
import { kindly } from '../errors.js';
import type { HoursOverview, HoursUseCases } from '../../app/hours.js';
import type { ReferenceCache } from '../../app/reference.js';
import type { RoleUseCases } from '../../app/roles.js';
import { AppError } from '../../app/errors.js';
import { parseDay, parseHoursRows, parseRange, parseRanges } from '../../domain/hours-input.js';
import { parseCsv } from '../../db/seed/csv.js';
import { localDateInRome, romeInstant } from '../../domain/time.js';
import { formatDate, formatDay } from '../../render/dates.js';
import type { Locales, Translate } from '../../render/translate.js';
import { escapeHtml, trusted } from '../../render/html.js';

const HOURS_ACTIONS = ['pt', 'add', 'rm', 'rmid', 'rmx', 'close', 'special', 'done', 'wd', 'cap', 'always', 'from', 'noend', 'until', 'rel', 'save', 'back', 'stop'] as const;
type HoursAction = (typeof HOURS_ACTIONS)[number];
const hoursCb = callbackData('hr', { a: HOURS_ACTIONS, v: 'int' });

interface HoursArgs {
  locale: string;
  personId: number;
  pointIds: number[];
}

/** Weekday names in the person's language, Monday first (from a known Monday). */
function weekdayName(locale: string, isoWeekday: number): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'Europe/Rome' }).format(romeInstant(`2026-11-${22 + isoWeekday}`, 720));
}

/** The schedule as staff review it: weekly hours with their validity, special days ahead, confirm-or-release. */
function renderOverview(t: Translate, locale: string, pointName: string, view: HoursOverview): string {
  const date = (d: string) => formatDate(romeInstant(d, 720), locale);
  const weekly = view.ranges.map((r) => {
    const validity =
      r.validFrom && r.validTo
        ? t('hours-line-valid-period', { from: date(r.validFrom), to: date(r.validTo) })
        : r.validFrom
          ? t('hours-line-valid-from', { from: date(r.validFrom) })
          : r.validTo
            ? t('hours-line-valid-until', { to: date(r.validTo) })
            : '';
    return t('hours-line', { day: weekdayName(locale, r.weekday), start: r.start, end: r.end, capacity: r.capacity }) + (validity ? ` ${validity}` : '');
  });
  const special = view.exceptions.map((e) => {
    const day = formatDay(romeInstant(e.date, 720), locale);
    if (e.kind === 'closed') return t('hours-special-closed-line', { day });
    const span = (r: { start: string; end: string }) => escapeHtml(`${r.start}–${r.end}`);
    const uniform = e.ranges.every((r) => r.capacity === e.ranges[0]?.capacity);
    const ranges = uniform
      ? `${e.ranges.map(span).join(', ')} (${t('hours-capacity', { capacity: e.ranges[0]?.capacity ?? 1 })})`
      : e.ranges.map((r) => `${span(r)} (${t('hours-capacity', { capacity: r.capacity })})`).join(', ');
    return t('hours-special-line', { day, ranges: trusted(ranges) });
  });
  return [
    t('hours-current', { point: pointName }),
    ...(weekly.length ? weekly : [t('hours-none')]),
    ...(special.length ? ['', t('hours-specials'), ...special] : []),
    '',
    t(view.releaseUnconfirmed ? 'hours-release-on' : 'hours-release-off'),
  ].join('\n');
}

/**
 * /hours: staff edit a point's schedule — weekly hours with a validity period, special days
 * (closed, or open with their own ranges and facilitators), confirm-or-release — each change
 * previewed before saving, with Back and Cancel on every step.
 */
export function hoursFeature(deps: {
  hours: HoursUseCases;
  roles: RoleUseCases;
  reference: ReferenceCache;
  locales: Locales;
  timeoutMs: number;
  clock: () => Date;
  /** Downloads a file the person sent (Bot API getFile + the file URL). */
  download: (filePath: string) => Promise<string>;
}) {
  /** /importhours (regional admins): a CSV of hours, checked line by line, previewed, then imported. */
  async function importHours(conversation: Conversation<BotContext, Context>, ctx: Context, args: { locale: string; personId: number }): Promise<void> {
    const t = deps.locales.translator(args.locale);
    await ctx.reply(t('import-ask-file'), { parse_mode: 'HTML' });
    for (;;) {
      const c = await conversation.waitFor(['message:document', 'message:text'], { maxMilliseconds: deps.timeoutMs });
      if (c.message?.text?.startsWith('/')) await conversation.halt({ next: true });
      const doc = c.message?.document;
      if (!doc || !/\.csv$/i.test(doc.file_name ?? '') || (doc.file_size ?? 0) > 1_000_000) {
        await c.reply(t('import-not-csv'), { parse_mode: 'HTML' });
        continue;
      }
      const file = await c.getFile();
      const parsed = await conversation.external(async () => {
        const text = await deps.download(file.file_path ?? '');
        const slugs = new Set((await deps.reference.get()).points.map((p) => p.slug));
        return parseHoursRows(parseCsv(text), slugs);
      });
      if (parsed.errors.length > 0) {
        await c.reply(t('import-errors', { lines: parsed.errors.slice(0, 20).map((e) => `${e.line} (${e.problem})`).join(', ') }), { parse_mode: 'HTML' });
        return;
      }
      const points = new Set(parsed.ranges.map((r) => r.pointSlug)).size;
      await c.reply(t('import-preview', { ranges: parsed.ranges.length, points }), {
        parse_mode: 'HTML',
        reply_markup: new InlineKeyboard().text(t('import-confirm'), hoursCb.pack({ a: 'save', v: 0 })).text(t('book-cancel'), hoursCb.pack({ a: 'stop', v: 0 })),
      });
      const answer = await conversation.waitFor('callback_query:data', { maxMilliseconds: deps.timeoutMs });
      await answer.answerCallbackQuery();
      if (hoursCb.unpack(answer.callbackQuery.data)?.a !== 'save') return void (await answer.reply(t('news-cancelled'), { parse_mode: 'HTML' }));
      const done = await conversation.external(async () => {
        try {
          return await deps.hours.importRanges(await deps.roles.actorFor(args.personId), parsed.ranges);
        } catch (err) {
          if (err instanceof AppError) return undefined;
          throw err;
        }
      });
      await answer.reply(done ? t('import-done', done) : t('error-not-allowed-admin'), { parse_mode: 'HTML' });
      return;
    }
  }

  async function hours(conversation: Conversation<BotContext, Context>, ctx: Context, args: HoursArgs): Promise<void> {
    const t = deps.locales.translator(args.locale);
    const html = { parse_mode: 'HTML' as const };
    const pack = (a: HoursAction, v = 0) => hoursCb.pack({ a, v });
    /** Back (when there is a step to go back to) and Cancel, under every question. */
    const nav = (kb = new InlineKeyboard(), back = true) => {
      kb.row();
      if (back) kb.text(t('book-back'), pack('back'));
      return kb.text(t('book-cancel'), pack('stop'));
    };
    const wait = async () => {
      for (;;) {
        const c = await conversation.waitFor(['callback_query:data', 'message:text'], { maxMilliseconds: deps.timeoutMs });
        if (c.message?.text?.startsWith('/')) await conversation.halt({ next: true });
        if (c.callbackQuery) {
          await c.answerCallbackQuery();
          const data = hoursCb.unpack(c.callbackQuery.data);
          if (!data) continue;
          return { c, data, text: undefined };
        }
        return { c, data: undefined, text: c.message?.text ?? '' };
      }
    };
    /** A typed answer (a date, hours), asked again until it reads; or Back / Cancel. */
    const askText = async <T,>(prompt: string, parse: (text: string) => T | undefined, bad: (text: string) => string, back = true): Promise<T | 'back' | 'stop'> => {
      await ctx.reply(prompt, { ...html, reply_markup: nav(undefined, back) });
      for (;;) {
        const r = await wait();
        if (r.data?.a === 'stop') return 'stop';
        if (r.data?.a === 'back' && back) return 'back';
        if (r.text === undefined) continue; // a button of an earlier message
        const v = parse(r.text);
        if (v !== undefined) return v;
        await ctx.reply(bad(r.text), { ...html, reply_markup: nav(undefined, back) });
      }
    };
    /** A choice among buttons; a button of an earlier question is ignored. */
    const askChoice = async (prompt: string, kb: InlineKeyboard, accept: readonly HoursAction[], back = true) => {
      await ctx.reply(prompt, { ...html, reply_markup: nav(kb, back) });
      for (;;) {
        const r = await wait();
        if (r.data?.a === 'stop' || (r.data?.a === 'back' && back)) return r.data.a;
        if (r.data && accept.includes(r.data.a)) return r.data;
        if (r.text !== undefined) await ctx.reply(t('book-please-choose'), { ...html, reply_markup: nav(undefined, back) });
      }
    };
    const capacityKb = () => {
      const kb = new InlineKeyboard();
      for (let n = 1; n <= 4; n++) kb.text(String(n), pack('cap', n));
      return kb;
    };
    const today = async () => localDateInRome(new Date(await conversation.now()));
    const dayOf = (d: string) => formatDay(romeInstant(d, 720), args.locale);
    const save = (fn: () => Promise<void>) =>
      conversation.external(async () => {
        try {
          await fn();
          return 'ok';
        } catch (err) {
          if (err instanceof AppError) return err.code;
          throw err;
        }
      });
    const saved = async (done: string) => {
      await ctx.reply(done === 'ok' ? t('hours-saved') : done === 'NOT_ALLOWED' ? t('error-not-allowed-staff') : t('error-button-expired'), html);
    };
    const notChanged = () => ctx.reply(t('hours-not-changed'), html);
    const actor = () => deps.roles.actorFor(args.personId);

    const points = await conversation.external(async () => (await deps.reference.get()).points.filter((p) => args.pointIds.includes(p.id)).map((p) => ({ id: p.id, name: p.name })));
    let point = points.length === 1 ? points[0] : undefined;
    while (!point) {
      const kb = new InlineKeyboard();
      for (const p of points.slice(0, 40)) kb.text(p.name.slice(0, 60), pack('pt', p.id)).row();
      await ctx.reply(t('hours-choose-point'), { ...html, reply_markup: kb.text(t('book-cancel'), pack('stop')) });
      const r = await wait();
      if (r.data?.a === 'stop') return;
      if (r.data?.a === 'pt') point = points.find((p) => p.id === r.data!.v);
    }
    const pointId = point.id;
    const pointName = point.name;

    /** A weekly range: weekday → hours → facilitators → validity (from, until) → preview. */
    const addRange = async (): Promise<void> => {
      type Step = 'weekday' | 'range' | 'capacity' | 'validity' | 'from' | 'end' | 'until' | 'preview';
      let step: Step = 'weekday';
      let weekday = 1;
      let range: { start: string; end: string } = { start: '', end: '' };
      let capacity = 1;
      let validFrom: string | undefined;
      let validTo: string | undefined;
      for (;;) {
        switch (step) {
          case 'weekday': {
            const kb = new InlineKeyboard();
            for (let d = 1; d <= 7; d++) kb.text(weekdayName(args.locale, d), pack('wd', d)).row();
            const r = await askChoice(t('hours-choose-weekday'), kb, ['wd'], false);
            if (r === 'stop' || r === 'back') return void (await notChanged());
            if (r.v < 1 || r.v > 7) continue;
            weekday = r.v;
            step = 'range';
            break;
          }
          case 'range': {
            const r = await askText(t('hours-ask-range'), parseRange, () => t('hours-bad-range'));
            if (r === 'stop') return void (await notChanged());
            if (r === 'back') step = 'weekday';
            else {
              range = r;
              step = 'capacity';
            }
            break;
          }
          case 'capacity': {
            const r = await askChoice(t('hours-ask-capacity'), capacityKb(), ['cap']);
            if (r === 'stop') return void (await notChanged());
            if (r === 'back') step = 'range';
            else if (r.v >= 1 && r.v <= 4) {
              capacity = r.v;
              step = 'validity';
            }
            break;
          }
          case 'validity': {
            // Seasonal hours: always, from a date (and maybe until another), or until a date.
            const kb = new InlineKeyboard().text(t('hours-always'), pack('always')).row().text(t('hours-from'), pack('from')).row().text(t('hours-until'), pack('until'));
            const r = await askChoice(t('hours-ask-validity'), kb, ['always', 'from', 'until']);
            if (r === 'stop') return void (await notChanged());
            if (r === 'back') step = 'capacity';
            else {
              validFrom = undefined;
              validTo = undefined;
              step = r.a === 'always' ? 'preview' : r.a === 'from' ? 'from' : 'until';
            }
            break;
          }
          case 'from': {
            const day = await today();
            const r = await askText(t('hours-ask-from'), (x) => parseDay(x, day), () => t('hours-bad-day'));
            if (r === 'stop') return void (await notChanged());
            if (r === 'back') step = 'validity';
            else {
              validFrom = r;
              step = 'end';
            }
            break;
          }
          case 'end': {
            const kb = new InlineKeyboard().text(t('hours-no-end'), pack('noend')).row().text(t('hours-until'), pack('until'));
            const r = await askChoice(t('hours-ask-end', { day: dayOf(validFrom!) }), kb, ['noend', 'until']);
            if (r === 'stop') return void (await notChanged());
            if (r === 'back') step = 'from';
            else {
              validTo = undefined;
              step = r.a === 'noend' ? 'preview' : 'until';
            }
            break;
          }
          case 'until': {
            const day = await today();
            const from = validFrom;
            const r = await askText(
              t('hours-ask-until'),
              (x) => {
                const d = parseDay(x, from && from > day ? from : day);
                return d !== undefined && (from === undefined || d >= from) ? d : undefined;
              },
              (x) => (parseDay(x, day) !== undefined && from !== undefined ? t('hours-until-before-from', { day: dayOf(from) }) : t('hours-bad-day')),
            );
            if (r === 'stop') return void (await notChanged());
            if (r === 'back') step = validFrom ? 'end' : 'validity';
            else {
              validTo = r;
              step = 'preview';
            }
            break;
          }
          case 'preview': {
            const validity =
              validFrom && validTo
                ? t('hours-valid-period', { from: dayOf(validFrom), to: dayOf(validTo) })
                : validFrom
                  ? t('hours-valid-from', { day: dayOf(validFrom) })
                  : validTo
                    ? t('hours-valid-until', { day: dayOf(validTo) })
                    : undefined;
            const text = t('hours-preview', { day: weekdayName(args.locale, weekday), start: range.start, end: range.end, capacity }) + (validity ? `\n${validity}` : '');
            const r = await askChoice(text, new InlineKeyboard().text(t('hours-save'), pack('save')), ['save']);
            if (r === 'stop') return void (await notChanged());
            if (r === 'back') {
              step = validTo ? 'until' : validFrom ? 'end' : 'validity';
              break;
            }
            const bounds = { ...(validFrom ? { validFrom } : {}), ...(validTo ? { validTo } : {}) };
            return saved(await save(async () => deps.hours.addRange(await actor(), pointId, { weekday, start: range.start, end: range.end, capacity, ...bounds })));
          }
        }
      }
    };

    /** A special day: date → its ranges (one or more) → facilitators on duty → preview. */
    const specialDay = async (): Promise<void> => {
      type Step = 'day' | 'ranges' | 'capacity' | 'preview';
      let step: Step = 'day';
      let day = '';
      let ranges: { start: string; end: string }[] = [];
      let capacity = 1;
      for (;;) {
        switch (step) {
          case 'day': {
            const now = await today();
            const r = await askText(t('hours-ask-day-special'), (x) => parseDay(x, now), () => t('hours-bad-day'), false);
            if (r === 'stop' || r === 'back') return void (await notChanged());
            day = r;
            step = 'ranges';
            break;
          }
          case 'ranges': {
            const r = await askText(t('hours-ask-ranges-special', { day: dayOf(day) }), parseRanges, () => t('hours-bad-ranges'));
            if (r === 'stop') return void (await notChanged());
            if (r === 'back') step = 'day';
            else {
              ranges = r;
              step = 'capacity';
            }
            break;
          }
          case 'capacity': {
            const r = await askChoice(t('hours-ask-capacity'), capacityKb(), ['cap']);
            if (r === 'stop') return void (await notChanged());
            if (r === 'back') step = 'ranges';
            else if (r.v >= 1 && r.v <= 4) {
              capacity = r.v;
              step = 'preview';
            }
            break;
          }
          case 'preview': {
            const text = t('hours-special-preview', { point: pointName, day: dayOf(day), ranges: ranges.map((x) => `${x.start}–${x.end}`).join(', '), capacity });
            const r = await askChoice(text, new InlineKeyboard().text(t('hours-save'), pack('save')), ['save']);
            if (r === 'stop') return void (await notChanged());
            if (r === 'back') {
              step = 'capacity';
              break;
            }
            return saved(await save(async () => deps.hours.specialDay(await actor(), pointId, day, ranges.map((x) => ({ ...x, capacity })))));
          }
        }
      }
    };

    /** A closed day: date → preview (with a warning when people are booked). */
    const closeDay = async (): Promise<void> => {
      for (;;) {
        const now = await today();
        const day = await askText(t('hours-ask-day'), (x) => parseDay(x, now), () => t('hours-bad-day'), false);
        if (day === 'stop' || day === 'back') return void (await notChanged());
        const booked = await conversation.external(() => deps.hours.bookingsOn(pointId, day));
        const warning = booked > 0 ? `\n${t('hours-close-has-bookings', { count: booked })}` : '';
        const r = await askChoice(t('hours-close-preview', { point: pointName, day: dayOf(day) }) + warning, new InlineKeyboard().text(t('hours-save'), pack('save')), ['save']);
        if (r === 'stop') return void (await notChanged());
        if (r === 'back') continue;
        return saved(await save(async () => deps.hours.closeDay(await actor(), pointId, day, null)));
      }
    };

    for (;;) {
      const now = await today();
      const view = await conversation.external(() => deps.hours.overview(pointId, now));
      await ctx.reply(renderOverview(t, args.locale, pointName, view), {
        ...html,
        reply_markup: new InlineKeyboard()
          .text(t('hours-add'), pack('add'))
          .row()
          .text(t('hours-remove'), pack('rm'))
          .row()
          .text(t('hours-close-day'), pack('close'))
          .row()
          .text(t('hours-special-day'), pack('special'))
          .row()
          .text(view.releaseUnconfirmed ? t('hours-release-turn-off') : t('hours-release-turn-on'), pack('rel', view.releaseUnconfirmed ? 0 : 1))
          .row()
          .text(t('hours-done'), pack('done')),
      });
      const r = await wait();
      if (!r.data || r.data.a === 'done' || r.data.a === 'stop') {
        await r.c.reply(t('hours-finished'), html);
        return;
      }
      if (r.data.a === 'add') await addRange();
      else if (r.data.a === 'special') await specialDay();
      else if (r.data.a === 'close') await closeDay();
      else if (r.data.a === 'rel') {
        const on = r.data.v === 1;
        const answer = await askChoice(t(on ? 'hours-release-preview-on' : 'hours-release-preview-off', { point: pointName }), new InlineKeyboard().text(t('hours-save'), pack('save')), ['save']);
        if (answer === 'stop' || answer === 'back') await notChanged();
        else await saved(await save(async () => deps.hours.setReleaseUnconfirmed(await actor(), pointId, on)));
      } else if (r.data.a === 'rm') {
        const kb = new InlineKeyboard();
        for (const x of view.ranges) kb.text(`${weekdayName(args.locale, x.weekday)} ${x.start}–${x.end}`.slice(0, 60), pack('rmid', x.id)).row();
        for (const x of view.exceptions) kb.text(`📅 ${dayOf(x.date)}`.slice(0, 60), pack('rmx', x.id)).row();
        const pick = await askChoice(t('hours-choose-remove'), kb, ['rmid', 'rmx'], false);
        if (pick === 'stop' || pick === 'back') {
          await notChanged();
          continue;
        }
        // Only what was shown (of this point) can be removed, and the use case checks again.
        if (pick.a === 'rmid' && view.ranges.some((x) => x.id === pick.v)) await saved(await save(async () => deps.hours.removeRange(await actor(), pick.v)));
        else if (pick.a === 'rmx' && view.exceptions.some((x) => x.id === pick.v)) await saved(await save(async () => deps.hours.removeException(await actor(), pick.v)));
      }
    }
  }

  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');
  pm.use(createConversation(hours, { id: 'hours' }));
  pm.use(createConversation(importHours, { id: 'importhours' }));
  pm.command(
    'importhours',
    kindly(deps.reference, async (ctx) => {
      if (!ctx.person) return;
      await deps.roles.authorize(await deps.roles.actorFor(ctx.person.id), { kind: 'hours.import' });
      ctx.exitingOnPurpose = true;
      await ctx.conversation.exitAll();
      await ctx.conversation.enter('importhours', { locale: ctx.locale, personId: ctx.person.id });
    }),
  );
  pm.command(
    'hours',
    kindly(deps.reference, async (ctx) => {
      if (!ctx.person) return;
      const actor = await deps.roles.actorFor(ctx.person.id);
      const pointIds = await deps.roles.operablePointIds(actor, deps.reference, { fixedOnly: true });
      ctx.exitingOnPurpose = true;
      await ctx.conversation.exitAll();
      await ctx.conversation.enter('hours', { locale: ctx.locale, personId: ctx.person.id, pointIds } satisfies HoursArgs);
    }),
  );
  return { composer, commands: [] as const, staffCommands: ['hours', 'importhours'] as const };
}
