import { Composer, InlineKeyboard, type Context } from 'grammy';
import { createConversation, type Conversation } from '@grammyjs/conversations';
import type { BotContext } from '../context.js';
import { callbackData } from '../callback-data.js';
import { kindly } from '../errors.js';
import type { HoursUseCases } from '../../app/hours.js';
import type { ReferenceCache } from '../../app/reference.js';
import type { RoleUseCases } from '../../app/roles.js';
import { AppError } from '../../app/errors.js';
import { parseDay, parseHoursRows, parseRange } from '../../domain/hours-input.js';
import { parseCsv } from '../../db/seed/csv.js';
import { localDateInRome, romeInstant } from '../../domain/time.js';
import { formatDay } from '../../render/dates.js';
import type { Locales } from '../../render/translate.js';

const hoursCb = callbackData('hr', { a: ['pt', 'add', 'rm', 'rmid', 'close', 'special', 'done', 'wd', 'cap', 'always', 'until', 'save', 'stop'] as const, v: 'int' });

interface HoursArgs {
  locale: string;
  personId: number;
  pointIds: number[];
}

/** Weekday names in the person's language, Monday first (from a known Monday). */
function weekdayName(locale: string, isoWeekday: number): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'Europe/Rome' }).format(romeInstant(`2026-11-${22 + isoWeekday}`, 720));
}

/** /hours: staff add and remove weekly hours and close single days, with a preview before saving. */
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
    const points = await conversation.external(async () => (await deps.reference.get()).points.filter((p) => args.pointIds.includes(p.id)).map((p) => ({ id: p.id, name: p.name })));
    let point = points.length === 1 ? points[0] : undefined;
    while (!point) {
      const kb = new InlineKeyboard();
      for (const p of points.slice(0, 40)) kb.text(p.name.slice(0, 60), hoursCb.pack({ a: 'pt', v: p.id })).row();
      await ctx.reply(t('hours-choose-point'), { parse_mode: 'HTML', reply_markup: kb.text(t('book-cancel'), hoursCb.pack({ a: 'stop', v: 0 })) });
      const r = await wait();
      if (r.data?.a === 'stop') return;
      if (r.data?.a === 'pt') point = points.find((p) => p.id === r.data!.v);
    }
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

    for (;;) {
      const ranges = await conversation.external(async () => (await deps.hours.ranges(point!.id)).filter((r) => !r.demo).map((r) => ({ id: r.id, weekday: r.weekday, start: r.startTime.slice(0, 5), end: r.endTime.slice(0, 5), capacity: r.capacity })));
      const lines = ranges.map((r) => t('hours-line', { day: weekdayName(args.locale, r.weekday), start: r.start, end: r.end, capacity: r.capacity }));
      await ctx.reply([t('hours-current', { point: point.name }), ...(lines.length ? lines : [t('hours-none')])].join('\n'), {
        parse_mode: 'HTML',
        reply_markup: new InlineKeyboard()
          .text(t('hours-add'), hoursCb.pack({ a: 'add', v: 0 }))
          .row()
          .text(t('hours-remove'), hoursCb.pack({ a: 'rm', v: 0 }))
          .row()
          .text(t('hours-close-day'), hoursCb.pack({ a: 'close', v: 0 }))
          .row()
          .text(t('hours-special-day'), hoursCb.pack({ a: 'special', v: 0 }))
          .row()
          .text(t('hours-done'), hoursCb.pack({ a: 'done', v: 0 })),
      });
      const r = await wait();
      if (!r.data || r.data.a === 'done' || r.data.a === 'stop') {
        await r.c.reply(t('hours-finished'), { parse_mode: 'HTML' });
        return;
      }
      if (r.data.a === 'add') {
        const kb = new InlineKeyboard();
        for (let d = 1; d <= 7; d++) kb.text(weekdayName(args.locale, d), hoursCb.pack({ a: 'wd', v: d })).row();
        await ctx.reply(t('hours-choose-weekday'), { parse_mode: 'HTML', reply_markup: kb });
        const wd = await wait();
        if (wd.data?.a !== 'wd' || wd.data.v < 1 || wd.data.v > 7) continue;
        const weekday = wd.data.v;
        await ctx.reply(t('hours-ask-range'), { parse_mode: 'HTML' });
        let range = parseRange((await wait()).text ?? '');
        while (!range) {
          await ctx.reply(t('hours-bad-range'), { parse_mode: 'HTML' });
          range = parseRange((await wait()).text ?? '');
        }
        await ctx.reply(t('hours-ask-capacity'), { parse_mode: 'HTML', reply_markup: new InlineKeyboard().text('1', hoursCb.pack({ a: 'cap', v: 1 })).text('2', hoursCb.pack({ a: 'cap', v: 2 })).text('3', hoursCb.pack({ a: 'cap', v: 3 })) });
        const cap = await wait();
        const capacity = cap.data?.a === 'cap' && cap.data.v >= 1 && cap.data.v <= 3 ? cap.data.v : 1;
        // A validity period, for seasonal hours: always, or until a date.
        await ctx.reply(t('hours-ask-validity'), {
          parse_mode: 'HTML',
          reply_markup: new InlineKeyboard().text(t('hours-always'), hoursCb.pack({ a: 'always', v: 0 })).row().text(t('hours-until'), hoursCb.pack({ a: 'until', v: 0 })),
        });
        let validTo: string | undefined;
        if ((await wait()).data?.a === 'until') {
          await ctx.reply(t('hours-ask-until'), { parse_mode: 'HTML' });
          const today = localDateInRome(new Date(await conversation.now()));
          validTo = parseDay((await wait()).text ?? '', today);
          while (!validTo) {
            await ctx.reply(t('hours-bad-day'), { parse_mode: 'HTML' });
            validTo = parseDay((await wait()).text ?? '', today);
          }
        }
        await ctx.reply(t('hours-preview', { day: weekdayName(args.locale, weekday), start: range.start, end: range.end, capacity }) + (validTo ? `\n${t('hours-valid-until', { day: formatDay(romeInstant(validTo, 720), args.locale) })}` : ''), {
          parse_mode: 'HTML',
          reply_markup: new InlineKeyboard().text(t('hours-save'), hoursCb.pack({ a: 'save', v: 0 })).text(t('book-cancel'), hoursCb.pack({ a: 'stop', v: 0 })),
        });
        if ((await wait()).data?.a !== 'save') continue;
        const done = await save(async () => deps.hours.addRange(await deps.roles.actorFor(args.personId), point!.id, { weekday, start: range!.start, end: range!.end, capacity, ...(validTo ? { validTo } : {}) }));
        await ctx.reply(done === 'ok' ? t('hours-saved') : t('error-not-allowed-staff'), { parse_mode: 'HTML' });
      } else if (r.data.a === 'rm') {
        const kb = new InlineKeyboard();
        for (const x of ranges) kb.text(`${weekdayName(args.locale, x.weekday)} ${x.start}–${x.end}`, hoursCb.pack({ a: 'rmid', v: x.id })).row();
        await ctx.reply(t('hours-choose-remove'), { parse_mode: 'HTML', reply_markup: kb.text(t('book-cancel'), hoursCb.pack({ a: 'stop', v: 0 })) });
        const pick = await wait();
        // Only the ranges shown (of this point) can be removed, and the use case checks again.
        if (pick.data?.a !== 'rmid' || !ranges.some((x) => x.id === pick.data!.v)) continue;
        const done = await save(async () => deps.hours.removeRange(await deps.roles.actorFor(args.personId), pick.data!.v));
        await ctx.reply(done === 'ok' ? t('hours-saved') : t('error-not-allowed-staff'), { parse_mode: 'HTML' });
      } else if (r.data.a === 'special') {
        await ctx.reply(t('hours-ask-day-special'), { parse_mode: 'HTML' });
        const today = localDateInRome(new Date(await conversation.now()));
        let day = parseDay((await wait()).text ?? '', today);
        while (!day) {
          await ctx.reply(t('hours-bad-day'), { parse_mode: 'HTML' });
          day = parseDay((await wait()).text ?? '', today);
        }
        await ctx.reply(t('hours-ask-range'), { parse_mode: 'HTML' });
        let range = parseRange((await wait()).text ?? '');
        while (!range) {
          await ctx.reply(t('hours-bad-range'), { parse_mode: 'HTML' });
          range = parseRange((await wait()).text ?? '');
        }
        await ctx.reply(t('hours-special-preview', { point: point.name, day: formatDay(romeInstant(day, 720), args.locale), start: range.start, end: range.end }), {
          parse_mode: 'HTML',
          reply_markup: new InlineKeyboard().text(t('hours-save'), hoursCb.pack({ a: 'save', v: 0 })).text(t('book-cancel'), hoursCb.pack({ a: 'stop', v: 0 })),
        });
        if ((await wait()).data?.a !== 'save') continue;
        const done = await save(async () => deps.hours.specialDay(await deps.roles.actorFor(args.personId), point!.id, day!, { ...range!, capacity: 1 }));
        await ctx.reply(done === 'ok' ? t('hours-saved') : t('error-not-allowed-staff'), { parse_mode: 'HTML' });
      } else if (r.data.a === 'close') {
        await ctx.reply(t('hours-ask-day'), { parse_mode: 'HTML' });
        const today = localDateInRome(new Date(await conversation.now()));
        let day = parseDay((await wait()).text ?? '', today);
        while (!day) {
          await ctx.reply(t('hours-bad-day'), { parse_mode: 'HTML' });
          day = parseDay((await wait()).text ?? '', today);
        }
        const booked = await conversation.external(() => deps.hours.bookingsOn(point!.id, day!));
        const warning = booked > 0 ? `\n${t('hours-close-has-bookings', { count: booked })}` : '';
        await ctx.reply(t('hours-close-preview', { point: point.name, day: formatDay(romeInstant(day, 720), args.locale) }) + warning, {
          parse_mode: 'HTML',
          reply_markup: new InlineKeyboard().text(t('hours-save'), hoursCb.pack({ a: 'save', v: 0 })).text(t('book-cancel'), hoursCb.pack({ a: 'stop', v: 0 })),
        });
        if ((await wait()).data?.a !== 'save') continue;
        const done = await save(async () => deps.hours.closeDay(await deps.roles.actorFor(args.personId), point!.id, day!, null));
        await ctx.reply(done === 'ok' ? t('hours-saved') : t('error-not-allowed-staff'), { parse_mode: 'HTML' });
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
