import { trusted } from '../../../render/html.js';
import { InlineKeyboard, InputFile, type Context } from 'grammy';
import type { Conversation } from '@grammyjs/conversations';
import type { BotContext } from '../../context.js';
import type { BookingUseCases } from '../../../app/booking.js';
import type { FindUseCases } from '../../../app/find.js';
import type { WaitlistUseCases } from '../../../app/waitlist.js';
import type { ReferenceCache } from '../../../app/reference.js';
import { AppError } from '../../../app/errors.js';
import { SERVICE_CODES } from '../../../domain/services.js';
import { romeInstant } from '../../../domain/time.js';
import type { Locales } from '../../../render/translate.js';
import { formatDay, formatTime } from '../../../render/dates.js';
import { renderConfirmation, renderSummary, serviceName } from '../../../render/booking.js';
import { appointmentIcs } from '../../../render/ics.js';
import { pointWhere } from '../../../render/find.js';
import { MENU_KEYS } from '../../keyboards.js';
import { bookCb, dayToInt, intToDay, intToSlot, myCb, slotToInt } from './codec.js';

export interface BookArgs {
  locale: string;
  personId: number;
  firstName?: string;
  pointId?: number;
  serviceCode?: string;
  publicationId?: number;
  /** /bookfor: a facilitator books for someone without Telegram, at one of these points. */
  forSomeone?: { pointIds: number[] };
}

type Step = 'point' | 'service' | 'day' | 'time' | 'note' | 'summary';
const PREVIOUS: Record<Step, Step | undefined> = { point: undefined, service: 'point', day: 'service', time: 'day', note: 'time', summary: 'note' };

/**
 * The guided booking: point → service (with what to bring) → day → time → note → summary →
 * confirm. Back and Cancel on every step; bad input is asked again; silence ends it (the
 * plugin's timeout). Replayed on every update, so every database call is an `external`.
 */
export function bookingConversation(deps: {
  booking: BookingUseCases;
  waitlist: WaitlistUseCases;
  find: FindUseCases;
  reference: ReferenceCache;
  locales: Locales;
  timeoutMs: number;
}) {
  return async function book(conversation: Conversation<BotContext, Context>, ctx: Context, args: BookArgs): Promise<void> {
    const t = deps.locales.translator(args.locale);
    const label = deps.locales.plain(args.locale);
    const menuLabels = new Set<string>([...MENU_KEYS.map((k) => t(k)), t('menu-location')]);
    let step: Step = args.pointId !== undefined ? (args.serviceCode ? 'day' : 'service') : 'point';
    let pointId = args.pointId;
    let serviceCode = args.serviceCode;
    let day: string | undefined;
    let start: Date | undefined;
    let note: string | null = null;
    let bookedFor: { initials: string; phone: string | null } | undefined;

    if (args.forSomeone) {
      await ctx.reply(t('bookfor-ask-initials'), { parse_mode: 'HTML', reply_markup: new InlineKeyboard().text(t('book-cancel'), bookCb.pack({ a: 'stop', v: 0 })) });
      let initials: string | undefined;
      while (!initials) {
        const c = await conversation.waitFor(['callback_query:data', 'message:text'], { maxMilliseconds: deps.timeoutMs });
        if (c.callbackQuery) {
          await c.answerCallbackQuery();
          if (bookCb.unpack(c.callbackQuery.data)?.a === 'stop') return void (await c.reply(t('book-cancelled-flow'), { parse_mode: 'HTML' }));
          continue;
        }
        const text = (c.message?.text ?? '').trim();
        if (text.startsWith('/')) await conversation.halt({ next: true });
        if (/^[\p{L}. ]{1,10}$/u.test(text)) initials = text.toUpperCase();
        else await c.reply(t('bookfor-bad-initials'), { parse_mode: 'HTML' });
      }
      await ctx.reply(t('bookfor-ask-phone'), { parse_mode: 'HTML', reply_markup: new InlineKeyboard().text(t('bookfor-no-phone'), bookCb.pack({ a: 'nonote', v: 0 })).row().text(t('book-cancel'), bookCb.pack({ a: 'stop', v: 0 })) });
      let phone: string | null | undefined;
      while (phone === undefined) {
        const c = await conversation.waitFor(['callback_query:data', 'message:text'], { maxMilliseconds: deps.timeoutMs });
        if (c.callbackQuery) {
          await c.answerCallbackQuery();
          const a = bookCb.unpack(c.callbackQuery.data)?.a;
          if (a === 'stop') return void (await c.reply(t('book-cancelled-flow'), { parse_mode: 'HTML' }));
          if (a === 'nonote') phone = null;
          continue;
        }
        const text = (c.message?.text ?? '').trim();
        if (text.startsWith('/')) await conversation.halt({ next: true });
        if (/^\+?[0-9 ]{6,20}$/.test(text)) phone = text;
        else await c.reply(t('bookfor-bad-phone'), { parse_mode: 'HTML' });
      }
      bookedFor = { initials, phone };
      await ctx.reply(t('bookfor-note', { initials }), { parse_mode: 'HTML' });
    }

    const withNav = (kb: InlineKeyboard, back = true) => {
      kb.row();
      if (back) kb.text(t('book-back'), bookCb.pack({ a: 'back', v: 0 }));
      return kb.text(t('book-cancel'), bookCb.pack({ a: 'stop', v: 0 }));
    };
    const pointOf = async (id: number) => (await deps.reference.get()).pointById.get(id);

    type Input = {
      ctx: Context;
      button?: NonNullable<ReturnType<typeof bookCb.unpack>>;
      location?: { latitude: number; longitude: number };
      text?: string;
    };
    /** Waits for a button of this conversation, a text or a location; commands and menu buttons leave it. */
    const next = async (): Promise<Input> => {
      for (;;) {
        const c = await conversation.waitFor(['callback_query:data', 'message:text', 'message:location'], { maxMilliseconds: deps.timeoutMs });
        const text = c.message?.text;
        if (text !== undefined && (text.startsWith('/') || menuLabels.has(text))) await conversation.halt({ next: true });
        if (c.callbackQuery) {
          const data = bookCb.unpack(c.callbackQuery.data);
          await c.answerCallbackQuery();
          if (!data) continue; // a button from another message: ignore it here
          return { ctx: c, button: data };
        }
        if (c.message?.location) return { ctx: c, location: c.message.location };
        return { ctx: c, text: text ?? '' };
      }
    };

    const showPoints = async (c: Context, ids: number[]) => {
      const ref = await deps.reference.get();
      const kb = new InlineKeyboard();
      for (const id of ids) {
        const p = ref.pointById.get(id);
        if (p) kb.text(p.name.slice(0, 60), bookCb.pack({ a: 'pt', v: id })).row();
      }
      await c.reply(ids.length > 0 ? t('book-choose-point') : t('book-no-point'), { parse_mode: 'HTML', reply_markup: withNav(kb, false) });
    };

    for (;;) {
      switch (step) {
        case 'point': {
          if (args.forSomeone) {
            await showPoints(ctx, args.forSomeone.pointIds.slice(0, 40));
          } else {
            const last = await conversation.external(() => deps.booking.lastPointOf(args.personId));
            const kb = new InlineKeyboard();
            const lastPoint = last === undefined ? undefined : await pointOf(last);
            if (lastPoint) kb.text(label('book-last-point', { name: lastPoint.name }).slice(0, 60), bookCb.pack({ a: 'pt', v: lastPoint.id })).row();
            await ctx.reply(t('book-ask-point'), { parse_mode: 'HTML', reply_markup: withNav(kb, false) });
          }
          for (;;) {
            const r = await next();
            if (r.button?.a === 'stop') return void (await r.ctx.reply(t('book-cancelled-flow'), { parse_mode: 'HTML' }));
            if (r.button?.a === 'pt') {
              const p = await pointOf(r.button.v);
              if (!p || p.kind !== 'fixed') continue;
              if (args.forSomeone && !args.forSomeone.pointIds.includes(p.id)) continue;
              if (!p.hours.known) {
                await r.ctx.reply(t('book-no-hours', { point: p.name }), { parse_mode: 'HTML' });
                continue;
              }
              pointId = p.id;
              step = 'service';
              break;
            }
            const { location, text } = r;
            if (location) {
              const ids = await conversation.external(async () => (await deps.find.nearest({ lat: location.latitude, lon: location.longitude }, 3)).results.filter((a) => !a.stop).map((a) => a.point.id));
              await showPoints(r.ctx, ids);
            } else if (text !== undefined) {
              const ids = await conversation.external(() => deps.booking.pointsForTown(text));
              await showPoints(r.ctx, ids);
            } else {
              await r.ctx.reply(t('book-please-choose'), { parse_mode: 'HTML' });
            }
          }
          break;
        }
        case 'service': {
          const kb = new InlineKeyboard();
          SERVICE_CODES.forEach((code, i) => kb.text(serviceName(t, code).slice(0, 60), bookCb.pack({ a: 'sv', v: i })).row());
          await ctx.reply(t('book-ask-service'), { parse_mode: 'HTML', reply_markup: withNav(kb) });
          const r = await next();
          if (r.button?.a === 'stop') return void (await r.ctx.reply(t('book-cancelled-flow'), { parse_mode: 'HTML' }));
          if (r.button?.a === 'back') step = PREVIOUS.service!;
          else if (r.button?.a === 'sv' && SERVICE_CODES[r.button.v]) {
            serviceCode = SERVICE_CODES[r.button.v]!;
            await r.ctx.reply(t('book-bring', { service: trusted(serviceName(t, serviceCode)), bring: trusted(t(`service-${serviceCode}-bring`)) }), { parse_mode: 'HTML' });
            step = 'day';
          } else await r.ctx.reply(t('book-please-choose'), { parse_mode: 'HTML' });
          break;
        }
        case 'day': {
          const p = (await pointOf(pointId!))!;
          const days = await conversation.external(async () =>
            (await deps.booking.daysWithSlots(p.id, serviceCode!)).map((d) => ({ date: d.date, count: d.slots.length })),
          );
          const full = await conversation.external(() => deps.waitlist.fullDays(p.id, serviceCode!));
          const kb = new InlineKeyboard();
          days.forEach((d, i) => {
            kb.text(label('book-day-button', { day: formatDay(romeInstant(d.date, 720), args.locale), count: d.count }), bookCb.pack({ a: 'day', v: dayToInt(d.date) }));
            if (i % 2 === 1) kb.row();
          });
          kb.row();
          // Full days can be waited for: the first to free up is offered with one tap.
          for (const d of full.slice(0, 4)) kb.text(label('book-full-day', { day: formatDay(romeInstant(d, 720), args.locale) }), bookCb.pack({ a: 'full', v: dayToInt(d) })).row();
          await ctx.reply(days.length > 0 ? t('book-ask-day', { point: p.name }) : t('book-no-days', { point: p.name }), { parse_mode: 'HTML', reply_markup: withNav(kb) });
          const r = await next();
          if (r.button?.a === 'stop') return void (await r.ctx.reply(t('book-cancelled-flow'), { parse_mode: 'HTML' }));
          if (r.button?.a === 'back') step = args.serviceCode && args.pointId ? 'point' : PREVIOUS.day!;
          else if (r.button?.a === 'day' && intToDay(r.button.v)) {
            day = intToDay(r.button.v)!;
            step = 'time';
          } else if (r.button?.a === 'full' && intToDay(r.button.v)) {
            const fullDay = intToDay(r.button.v)!;
            const joined = await conversation.external(() => deps.waitlist.join(args.personId, p.id, serviceCode!, fullDay));
            await r.ctx.reply(joined === 'joined' ? t('waitlist-joined', { day: formatDay(romeInstant(fullDay, 720), args.locale), point: p.name }) : t('waitlist-already'), { parse_mode: 'HTML' });
            return;
          } else await r.ctx.reply(t('book-please-choose'), { parse_mode: 'HTML' });
          break;
        }
        case 'time': {
          const slots = await conversation.external(async () => (await deps.booking.slotsOn(pointId!, serviceCode!, day!)).map((s) => slotToInt(s.start)));
          if (slots.length === 0) {
            step = 'day';
            break;
          }
          const kb = new InlineKeyboard();
          slots.forEach((s, i) => {
            kb.text(formatTime(intToSlot(s), args.locale), bookCb.pack({ a: 'tm', v: s }));
            if (i % 3 === 2) kb.row();
          });
          await ctx.reply(t('book-ask-time', { day: formatDay(romeInstant(day!, 720), args.locale) }), { parse_mode: 'HTML', reply_markup: withNav(kb) });
          const r = await next();
          if (r.button?.a === 'stop') return void (await r.ctx.reply(t('book-cancelled-flow'), { parse_mode: 'HTML' }));
          if (r.button?.a === 'back') step = 'day';
          else if (r.button?.a === 'tm' && slots.includes(r.button.v)) {
            start = intToSlot(r.button.v);
            step = 'note';
          } else await r.ctx.reply(t('book-please-choose'), { parse_mode: 'HTML' });
          break;
        }
        case 'note': {
          await ctx.reply(t('book-ask-note'), { parse_mode: 'HTML', reply_markup: withNav(new InlineKeyboard().text(t('book-no-note'), bookCb.pack({ a: 'nonote', v: 0 }))) });
          for (;;) {
            const r = await next();
            if (r.button?.a === 'stop') return void (await r.ctx.reply(t('book-cancelled-flow'), { parse_mode: 'HTML' }));
            if (r.button?.a === 'back') {
              step = 'time';
              break;
            }
            if (r.button?.a === 'nonote') {
              note = null;
              step = 'summary';
              break;
            }
            if (r.text !== undefined && r.text.trim().length > 0) {
              if (r.text.length > 200) {
                await r.ctx.reply(t('book-note-too-long'), { parse_mode: 'HTML' });
                continue;
              }
              note = r.text.trim();
              step = 'summary';
              break;
            }
            await r.ctx.reply(t('book-please-choose'), { parse_mode: 'HTML' });
          }
          break;
        }
        case 'summary': {
          const p = (await pointOf(pointId!))!;
          await ctx.reply(renderSummary(t, args.locale, p, { start: start!, serviceCode: serviceCode!, note }), {
            parse_mode: 'HTML',
            reply_markup: withNav(new InlineKeyboard().text(t('book-confirm'), bookCb.pack({ a: 'ok', v: 0 }))),
          });
          const r = await next();
          if (r.button?.a === 'stop') return void (await r.ctx.reply(t('book-cancelled-flow'), { parse_mode: 'HTML' }));
          if (r.button?.a === 'back') {
            step = 'note';
            break;
          }
          if (r.button?.a !== 'ok') {
            await r.ctx.reply(t('book-please-choose'), { parse_mode: 'HTML' });
            break;
          }
          const outcome = await conversation.external(async () => {
            try {
              const b = await deps.booking.book({
                personId: bookedFor ? null : args.personId,
                ...(bookedFor ? { bookedFor } : {}),
                pointId: pointId!,
                serviceCode: serviceCode!,
                start: start!,
                note,
                firstName: bookedFor ? null : (args.firstName ?? null),
                createdByPersonId: args.personId,
                sourcePublicationId: args.publicationId ?? null,
              });
              return { ok: true as const, id: b.id, code: b.code, start: b.startsAt.toISOString(), end: b.endsAt.toISOString() };
            } catch (err) {
              if (err instanceof AppError) return { ok: false as const, code: err.code, detail: err.detail };
              throw err;
            }
          });
          if (!outcome.ok) {
            const key =
              outcome.code === 'SLOT_TAKEN' ? 'error-slot-taken' : outcome.code === 'TOO_MANY_BOOKINGS' ? 'error-too-many-bookings' : outcome.code === 'OVERLAPPING_BOOKING' ? 'error-overlapping-booking' : 'error-not-found';
            await r.ctx.reply(t(key, { max: Number(outcome.detail.max ?? 2) }), { parse_mode: 'HTML' });
            if (outcome.code === 'SLOT_TAKEN') {
              step = 'time';
              break;
            }
            return;
          }
          const view = { code: outcome.code, start: new Date(outcome.start), serviceCode: serviceCode!, note };
          // Cancel and Move right on the confirmation (someone booked by staff is managed from /agenda).
          const manage = bookedFor
            ? undefined
            : new InlineKeyboard()
                .text(label('mybookings-move', { code: outcome.code }), myCb.pack({ a: 'move', id: outcome.id, v: 0 }))
                .text(label('mybookings-cancel', { code: outcome.code }), myCb.pack({ a: 'cancel', id: outcome.id, v: 0 }));
          await r.ctx.reply(renderConfirmation(t, args.locale, p, view), { parse_mode: 'HTML', ...(manage ? { reply_markup: manage } : {}) });
          const stamp = await conversation.now();
          const ics = appointmentIcs(
            {
              uid: `booking-${outcome.code}@digipass-bot`,
              sequence: 0,
              start: view.start,
              end: new Date(outcome.end),
              summary: `${serviceName(t, serviceCode!)} — ${p.name}`,
              description: `${outcome.code}. ${t(`service-${serviceCode!}-bring`)}`,
              location: `${p.name}, ${pointWhere(p)}`,
              geo: { lat: p.lat, lon: p.lon },
              stamp: new Date(stamp),
            },
            'DigiPASS Umbria',
          );
          await r.ctx.replyWithDocument(new InputFile(Buffer.from(ics, 'utf8'), `digipass-${outcome.code}.ics`), { caption: t('book-ics-caption') });
          return;
        }
      }
    }
  };
}
