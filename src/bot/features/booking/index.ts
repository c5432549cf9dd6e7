import { Composer, InlineKeyboard } from 'grammy';
import { createConversation } from '@grammyjs/conversations';
import type { BotContext } from '../../context.js';
import { kindly } from '../../errors.js';
import { matchesMenu } from '../../menu.js';
import type { DeepLink } from '../../deep-links.js';
import type { BookingUseCases } from '../../../app/booking.js';
import type { FindUseCases } from '../../../app/find.js';
import type { WaitlistUseCases } from '../../../app/waitlist.js';
import type { ReferenceCache } from '../../../app/reference.js';
import type { RoleUseCases } from '../../../app/roles.js';
import type { Locales } from '../../../render/translate.js';
import { formatDateTime, formatDay, formatTime } from '../../../render/dates.js';
import { renderMyBookings } from '../../../render/booking.js';
import { romeInstant } from '../../../domain/time.js';
import { bookingConversation, type BookArgs } from './conversation.js';
import { sendConfirmation } from './confirmation.js';
import type { BookingRow } from '../../../db/repositories/bookings.js';
import { bookHereCb, dayToInt, intToDay, intToSlot, myCb, slotToInt, waitCb, waitDeclineCb } from './codec.js';

export const BOOK_CONVERSATION = 'book';

/** Booking: the guided conversation (from /book, the menu, a point card or a deep link) and /mybookings. */
export function bookingFeature(deps: {
  booking: BookingUseCases;
  waitlist: WaitlistUseCases;
  find: FindUseCases;
  roles: RoleUseCases;
  reference: ReferenceCache;
  locales: Locales;
  timeoutMs: number;
}) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');
  pm.use(createConversation(bookingConversation(deps), { id: BOOK_CONVERSATION }));

  const enter = async (ctx: BotContext, preset: Omit<BookArgs, 'locale' | 'personId'> = {}) => {
    if (!ctx.person) return;
    ctx.exitingOnPurpose = true;
    await ctx.conversation.exitAll();
    const args: BookArgs = { locale: ctx.locale, personId: ctx.person.id, ...(ctx.from ? { firstName: ctx.from.first_name } : {}), ...preset };
    await ctx.conversation.enter(BOOK_CONVERSATION, args);
  };
  pm.command('book', (ctx) => enter(ctx));
  // /bookfor: staff book for someone without Telegram, at the points they work at.
  pm.command(
    'bookfor',
    kindly(deps.reference, async (ctx) => {
      if (!ctx.person) return;
      const actor = await deps.roles.actorFor(ctx.person.id);
      const pointIds = await deps.roles.operablePointIds(actor, deps.reference, { fixedOnly: true });
      await enter(ctx, { forSomeone: { pointIds } });
    }),
  );
  pm.on('message:text').filter(matchesMenu(['menu-book']), (ctx) => enter(ctx));
  pm.callbackQuery(bookHereCb.filter, async (ctx) => {
    const data = bookHereCb.unpack(ctx.callbackQuery.data);
    await ctx.answerCallbackQuery();
    const point = data ? (await deps.reference.get()).pointById.get(data.point) : undefined;
    if (!point) return;
    await enter(ctx, { pointId: point.id });
  });

  /** The same confirmation as a new booking: code, place, time, what to bring, Cancel/Move, .ics. */
  const confirm = async (ctx: BotContext, b: BookingRow) => {
    const point = (await deps.reference.get()).pointById.get(b.pointId);
    if (!point) return;
    await sendConfirmation(
      ctx,
      { t: ctx.t, label: ctx.label, locale: ctx.locale },
      point,
      { id: b.id, code: b.code, start: b.startsAt, end: b.endsAt, serviceCode: b.serviceCode, note: b.note, createdAt: b.createdAt },
      { manage: b.personId !== null },
    );
  };

  const list = async (ctx: BotContext) => {
    if (!ctx.person) return;
    const ref = await deps.reference.get();
    const items = (await deps.booking.upcoming(ctx.person.id)).flatMap((b) => {
      const point = ref.pointById.get(b.pointId);
      return point ? [{ booking: { code: b.code, start: b.startsAt, serviceCode: b.serviceCode, note: b.note }, point, id: b.id }] : [];
    });
    const kb = new InlineKeyboard();
    for (const i of items) {
      kb.text(ctx.label('mybookings-move', { code: i.booking.code }), myCb.pack({ a: 'move', id: i.id, v: 0 }));
      kb.text(ctx.label('mybookings-cancel', { code: i.booking.code }), myCb.pack({ a: 'cancel', id: i.id, v: 0 })).row();
    }
    await ctx.reply(renderMyBookings(ctx.t, ctx.locale, items), { parse_mode: 'HTML', reply_markup: kb });
  };
  pm.command('mybookings', list);
  pm.on('message:text').filter(matchesMenu(['menu-mybookings']), list);

  pm.callbackQuery(
    myCb.filter,
    kindly(deps.reference, async (ctx) => {
      const data = myCb.unpack(ctx.callbackQuery?.data);
      if (!data || !ctx.person) {
        await ctx.answerCallbackQuery({ text: ctx.t('error-button-expired') });
        return;
      }
      await ctx.answerCallbackQuery();
      const actor = await deps.roles.actorFor(ctx.person.id);
      // Checked on the server at every press: the id in the button is never trusted.
      if (data.a === 'confirm') {
        const c = await deps.booking.confirm(actor, data.id);
        await ctx.editMessageReplyMarkup().catch(() => {});
        await ctx.reply(ctx.t('booking-confirmed-thanks', { code: c.code }), { parse_mode: 'HTML' });
        return;
      }
      const b = data.a === 'cno' ? await deps.booking.forActor(actor, data.id) : await deps.booking.changeable(actor, data.id);
      const when = formatDateTime(b.startsAt, ctx.locale);
      switch (data.a) {
        case 'cancel':
          await ctx.reply(ctx.t('mybookings-cancel-confirm', { code: b.code, when }), {
            parse_mode: 'HTML',
            reply_markup: new InlineKeyboard()
              .text(ctx.t('mybookings-cancel-yes'), myCb.pack({ a: 'cyes', id: b.id, v: 0 }))
              .text(ctx.t('mybookings-cancel-no'), myCb.pack({ a: 'cno', id: b.id, v: 0 })),
          });
          return;
        case 'cno':
          await ctx.editMessageText(ctx.t('mybookings-kept'), { parse_mode: 'HTML' });
          return;
        case 'cyes':
          await deps.booking.cancel(actor, b.id);
          await ctx.editMessageText(ctx.t('mybookings-cancelled', { code: b.code }), { parse_mode: 'HTML' });
          return;
        case 'move': {
          const days = await deps.booking.daysWithSlots(b.pointId, b.serviceCode, b.personId);
          const kb = new InlineKeyboard();
          days.forEach((d, i) => {
            kb.text(formatDay(romeInstant(d.date, 720), ctx.locale), myCb.pack({ a: 'mday', id: b.id, v: dayToInt(d.date) }));
            if (i % 2 === 1) kb.row();
          });
          await ctx.reply(ctx.t('mybookings-move-day', { code: b.code }), { parse_mode: 'HTML', reply_markup: kb });
          return;
        }
        case 'mday': {
          const day = intToDay(data.v);
          if (!day) return;
          const slots = await deps.booking.slotsOn(b.pointId, b.serviceCode, day, undefined, b.personId);
          const kb = new InlineKeyboard();
          slots.forEach((s, i) => {
            kb.text(formatTime(s.start, ctx.locale), myCb.pack({ a: 'mtime', id: b.id, v: slotToInt(s.start) }));
            if (i % 3 === 2) kb.row();
          });
          await ctx.editMessageText(ctx.t('mybookings-move-time', { day: formatDay(romeInstant(day, 720), ctx.locale) }), { parse_mode: 'HTML', reply_markup: kb });
          return;
        }
        case 'mtime': {
          const moved = await deps.booking.move(actor, b.id, intToSlot(data.v));
          await ctx.editMessageText(ctx.t('mybookings-moved', { code: moved.code, when: formatDateTime(moved.startsAt, ctx.locale) }), { parse_mode: 'HTML' });
          await confirm(ctx, moved);
          return;
        }
      }
    }),
  );

  // A waiting-list offer: one tap books the freed time, if the offer still stands.
  pm.callbackQuery(
    waitCb.filter,
    kindly(deps.reference, async (ctx) => {
      const data = waitCb.unpack(ctx.callbackQuery?.data);
      await ctx.answerCallbackQuery();
      if (!data || !ctx.person) return;
      const b = await deps.waitlist.take(ctx.person.id, data.entry, ctx.from?.first_name ?? null);
      await ctx.editMessageReplyMarkup().catch(() => {});
      await confirm(ctx, b);
    }),
  );
  // "No, thanks": the offer is released to the next in line at once, and the message says so.
  pm.callbackQuery(
    waitDeclineCb.filter,
    kindly(deps.reference, async (ctx) => {
      const data = waitDeclineCb.unpack(ctx.callbackQuery?.data);
      await ctx.answerCallbackQuery();
      if (!data || !ctx.person) return;
      const out = await deps.waitlist.decline(ctx.person.id, data.entry);
      if (out.kind !== 'declined') {
        const why = { already: 'waitlist-decline-already', taken: 'waitlist-decline-taken', gone: 'waitlist-decline-gone' } as const;
        await ctx.reply(ctx.t(why[out.kind]), { parse_mode: 'HTML' });
        return;
      }
      const point = (await deps.reference.get()).pointById.get(out.entry.pointId);
      const when = out.entry.offeredStartsAt ? formatDateTime(out.entry.offeredStartsAt, ctx.locale) : '';
      await ctx.editMessageText(ctx.t('waitlist-declined', { point: point?.name ?? '', when }), { parse_mode: 'HTML' });
    }),
  );

  return {
    composer,
    commands: ['book', 'mybookings'] as const,
    staffCommands: ['bookfor'] as const,
    enter,
    deepLinks: {
      book: async (ctx: BotContext, link: Extract<DeepLink, { kind: 'book' }>) => {
        const point = link.pointSlug ? (await deps.reference.get()).pointBySlug.get(link.pointSlug) : undefined;
        await enter(ctx, {
          ...(point ? { pointId: point.id } : {}),
          ...(link.serviceCode ? { serviceCode: link.serviceCode } : {}),
          ...(link.publicationId ? { publicationId: link.publicationId } : {}),
        });
      },
    },
  };
}
