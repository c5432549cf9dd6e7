import { trusted } from '../../../render/html.js';
import { InlineKeyboard, type Context } from 'grammy';
import type { Conversation } from '@grammyjs/conversations';
import type { BotContext } from '../../context.js';
import type { BookingUseCases } from '../../../app/booking.js';
import type { FindUseCases } from '../../../app/find.js';
import type { WaitlistUseCases } from '../../../app/waitlist.js';
import { hasBookableOpening, servicesOf, type Point, type ReferenceCache } from '../../../app/reference.js';
import type { RoleUseCases } from '../../../app/roles.js';
import { AppError } from '../../../app/errors.js';
import { isServiceCode, SERVICE_CODES } from '../../../domain/services.js';
import { localDateInRome, romeInstant } from '../../../domain/time.js';
import type { Locales } from '../../../render/translate.js';
import { formatDay, formatTime } from '../../../render/dates.js';
import { renderSummary, serviceName } from '../../../render/booking.js';
import { MENU_KEYS } from '../../keyboards.js';
import { bookCb, dayToInt, intToDay, intToSlot, slotToInt } from './codec.js';
import { sendConfirmation } from './confirmation.js';

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

type Step = 'initials' | 'phone' | 'point' | 'service' | 'day' | 'time' | 'note' | 'summary';

/**
 * The guided booking: point → service (with what to bring) → day → time → note → summary →
 * confirm (for /bookfor, initials and phone first). Back and Cancel on every step; bad input is
 * asked again; silence ends it (the plugin's timeout). Replayed on every update, so every
 * database call is an `external` that returns plain data.
 */
export function bookingConversation(deps: {
  booking: BookingUseCases;
  waitlist: WaitlistUseCases;
  find: FindUseCases;
  roles: RoleUseCases;
  reference: ReferenceCache;
  locales: Locales;
  timeoutMs: number;
}) {
  return async function book(conversation: Conversation<BotContext, Context>, ctx: Context, args: BookArgs): Promise<void> {
    const t = deps.locales.translator(args.locale);
    const label = deps.locales.plain(args.locale);
    const menuLabels = new Set<string>([...MENU_KEYS.map((k) => t(k)), t('menu-location')]);
    // A service chosen before the conversation (a deep link) skips the service step.
    const presetService = args.serviceCode && isServiceCode(args.serviceCode) ? args.serviceCode : undefined;
    let step: Step = args.forSomeone ? 'initials' : args.pointId !== undefined ? (presetService ? 'day' : 'service') : 'point';
    let pointId = args.pointId;
    let serviceCode = presetService;
    let day: string | undefined;
    let start: Date | undefined;
    let note: string | null = null;
    let initials: string | undefined;
    let phone: string | null = null;

    const withNav = (kb: InlineKeyboard, back = true) => {
      kb.row();
      if (back) kb.text(t('book-back'), bookCb.pack({ a: 'back', v: 0 }));
      return kb.text(t('book-cancel'), bookCb.pack({ a: 'stop', v: 0 }));
    };
    /** The point as plain data, read through `external` (the reference cache is the database). */
    const pointOf = (id: number) => conversation.external(async (): Promise<Point | null> => (await deps.reference.get()).pointById.get(id) ?? null);

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
    const stopped = async (r: Input) => void (await r.ctx.reply(t('book-cancelled-flow'), { parse_mode: 'HTML' }));

    const showPoints = async (c: Context, ids: number[]) => {
      const list = await conversation.external(async () => {
        const ref = await deps.reference.get();
        return ids.flatMap((id) => {
          const p = ref.pointById.get(id);
          return p ? [{ id: p.id, name: p.name }] : [];
        });
      });
      const kb = new InlineKeyboard();
      for (const p of list) kb.text(p.name.slice(0, 60), bookCb.pack({ a: 'pt', v: p.id })).row();
      await c.reply(ids.length > 0 ? t('book-choose-point') : t('book-no-point'), { parse_mode: 'HTML', reply_markup: withNav(kb, !!args.forSomeone) });
    };

    if (presetService) {
      await ctx.reply(t('book-bring', { service: trusted(serviceName(t, presetService)), bring: trusted(t(`service-${presetService}-bring`)) }), { parse_mode: 'HTML' });
    }

    for (;;) {
      switch (step) {
        case 'initials': {
          await ctx.reply(t('bookfor-ask-initials'), { parse_mode: 'HTML', reply_markup: withNav(new InlineKeyboard(), false) });
          for (;;) {
            const r = await next();
            if (r.button?.a === 'stop') return stopped(r);
            if (r.button) continue;
            const text = (r.text ?? '').trim();
            if (/^[\p{L}. ]{1,10}$/u.test(text)) {
              initials = text.toUpperCase();
              step = 'phone';
              break;
            }
            await r.ctx.reply(t('bookfor-bad-initials'), { parse_mode: 'HTML' });
          }
          break;
        }
        case 'phone': {
          await ctx.reply(t('bookfor-ask-phone'), { parse_mode: 'HTML', reply_markup: withNav(new InlineKeyboard().text(t('bookfor-no-phone'), bookCb.pack({ a: 'nonote', v: 0 }))) });
          for (;;) {
            const r = await next();
            if (r.button?.a === 'stop') return stopped(r);
            if (r.button?.a === 'back') {
              step = 'initials';
              break;
            }
            const text = (r.text ?? '').trim();
            if (r.button?.a === 'nonote' || /^\+?[0-9 ]{6,20}$/.test(text)) {
              phone = r.button?.a === 'nonote' ? null : text;
              await r.ctx.reply(t('bookfor-note', { initials: initials! }), { parse_mode: 'HTML' });
              step = 'point';
              break;
            }
            if (!r.button) await r.ctx.reply(t('bookfor-bad-phone'), { parse_mode: 'HTML' });
          }
          break;
        }
        case 'point': {
          if (args.forSomeone) {
            await showPoints(ctx, args.forSomeone.pointIds.slice(0, 40));
          } else {
            const last = await conversation.external(async () => {
              const id = await deps.booking.lastPointOf(args.personId);
              const p = id === undefined ? undefined : (await deps.reference.get()).pointById.get(id);
              return p ? { id: p.id, name: p.name } : null;
            });
            const kb = new InlineKeyboard();
            if (last) kb.text(label('book-last-point', { name: last.name }).slice(0, 60), bookCb.pack({ a: 'pt', v: last.id })).row();
            await ctx.reply(t('book-ask-point'), { parse_mode: 'HTML', reply_markup: withNav(kb, false) });
          }
          for (;;) {
            const r = await next();
            if (r.button?.a === 'stop') return stopped(r);
            if (r.button?.a === 'back' && args.forSomeone) {
              step = 'phone';
              break;
            }
            if (r.button?.a === 'pt') {
              const p = await pointOf(r.button.v);
              if (!p || p.kind !== 'fixed') continue;
              if (args.forSomeone && !args.forSomeone.pointIds.includes(p.id)) continue;
              // A point can be booked for its weekly hours or for openings its staff announced.
              if (!hasBookableOpening(p, localDateInRome(new Date(await conversation.now())))) {
                await r.ctx.reply(t('book-no-hours', { point: p.name }), { parse_mode: 'HTML' });
                continue;
              }
              pointId = p.id;
              // A preselected service the point does not offer is asked again among its own.
              if (serviceCode && !servicesOf(p).includes(serviceCode)) serviceCode = undefined;
              step = serviceCode ? 'day' : 'service';
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
          // Only the services this point offers; the button carries the catalogue index.
          const offered = servicesOf((await pointOf(pointId!))!);
          const kb = new InlineKeyboard();
          for (const code of offered) kb.text(serviceName(t, code).slice(0, 60), bookCb.pack({ a: 'sv', v: SERVICE_CODES.indexOf(code) })).row();
          await ctx.reply(t('book-ask-service'), { parse_mode: 'HTML', reply_markup: withNav(kb) });
          const r = await next();
          if (r.button?.a === 'stop') return stopped(r);
          if (r.button?.a === 'back') step = 'point';
          else if (r.button?.a === 'sv' && SERVICE_CODES[r.button.v] && offered.includes(SERVICE_CODES[r.button.v]!)) {
            serviceCode = SERVICE_CODES[r.button.v]!;
            await r.ctx.reply(t('book-bring', { service: trusted(serviceName(t, serviceCode)), bring: trusted(t(`service-${serviceCode}-bring`)) }), { parse_mode: 'HTML' });
            step = 'day';
          } else await r.ctx.reply(t('book-please-choose'), { parse_mode: 'HTML' });
          break;
        }
        case 'day': {
          const p = (await pointOf(pointId!))!;
          const days = await conversation.external(async () =>
            (await deps.booking.daysWithSlots(p.id, serviceCode!, args.forSomeone ? null : args.personId)).map((d) => ({ date: d.date, count: d.slots.length })),
          );
          const full = args.forSomeone ? [] : await conversation.external(() => deps.waitlist.fullDays(p.id, serviceCode!));
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
          if (r.button?.a === 'stop') return stopped(r);
          if (r.button?.a === 'back') step = presetService ? 'point' : 'service';
          else if (r.button?.a === 'day' && intToDay(r.button.v)) {
            day = intToDay(r.button.v)!;
            step = 'time';
          } else if (r.button?.a === 'full' && intToDay(r.button.v) && !args.forSomeone) {
            const fullDay = intToDay(r.button.v)!;
            const joined = await conversation.external(() => deps.waitlist.join(args.personId, p.id, serviceCode!, fullDay));
            await r.ctx.reply(joined === 'joined' ? t('waitlist-joined', { day: formatDay(romeInstant(fullDay, 720), args.locale), point: p.name }) : t('waitlist-already'), { parse_mode: 'HTML' });
            return;
          } else await r.ctx.reply(t('book-please-choose'), { parse_mode: 'HTML' });
          break;
        }
        case 'time': {
          const slots = await conversation.external(async () =>
            (await deps.booking.slotsOn(pointId!, serviceCode!, day!, undefined, args.forSomeone ? null : args.personId)).map((s) => slotToInt(s.start)),
          );
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
          if (r.button?.a === 'stop') return stopped(r);
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
            if (r.button?.a === 'stop') return stopped(r);
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
          if (r.button?.a === 'stop') return stopped(r);
          if (r.button?.a === 'back') {
            step = 'note';
            break;
          }
          if (r.button?.a !== 'ok') {
            await r.ctx.reply(t('book-please-choose'), { parse_mode: 'HTML' });
            break;
          }
          const bookedFor = args.forSomeone && initials ? { initials, phone } : undefined;
          const outcome = await conversation.external(async () => {
            try {
              if (bookedFor) {
                // Asked again at the last step: a role revoked since /bookfor began no longer books.
                const actor = await deps.roles.actorFor(args.personId);
                await deps.roles.authorize(actor, { kind: 'point.operate', scope: { kind: 'point', pointId: p.id, zoneNumber: p.zoneNumber } });
              }
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
              return { ok: true as const, id: b.id, code: b.code, start: b.startsAt.toISOString(), end: b.endsAt.toISOString(), createdAt: b.createdAt.toISOString() };
            } catch (err) {
              if (err instanceof AppError) return { ok: false as const, code: err.code, detail: err.detail };
              throw err;
            }
          });
          if (!outcome.ok) {
            const key =
              outcome.code === 'SLOT_TAKEN'
                ? 'error-slot-taken'
                : outcome.code === 'TOO_MANY_BOOKINGS'
                  ? 'error-too-many-bookings'
                  : outcome.code === 'OVERLAPPING_BOOKING'
                    ? 'error-overlapping-booking'
                    : outcome.code === 'NOT_ALLOWED'
                      ? 'error-not-allowed-point'
                      : 'error-not-found';
            await r.ctx.reply(t(key, { max: Number(outcome.detail.max ?? 2), point: p.name }), { parse_mode: 'HTML' });
            if (outcome.code === 'SLOT_TAKEN') {
              step = 'time';
              break;
            }
            return;
          }
          await sendConfirmation(
            r.ctx,
            { t, label, locale: args.locale },
            p,
            { id: outcome.id, code: outcome.code, start: new Date(outcome.start), end: new Date(outcome.end), serviceCode: serviceCode!, note, createdAt: new Date(outcome.createdAt) },
            // Someone booked by staff is managed from /agenda.
            { manage: !bookedFor },
          );
          return;
        }
      }
    }
  };
}
