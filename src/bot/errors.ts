import { AppError } from '../app/errors.js';
import type { ReferenceCache } from '../app/reference.js';
import type { BotContext } from './context.js';

/** The one place where a use case's error code becomes a kind, translated message. */
export async function appErrorMessage(ctx: BotContext, err: AppError, reference: ReferenceCache): Promise<string> {
  switch (err.code) {
    case 'NOT_ALLOWED': {
      const ref = await reference.get();
      switch (err.detail.reason) {
        case 'staff_only':
          return ctx.t('error-not-allowed-staff');
        case 'not_your_point': {
          const point = ref.pointById.get(Number(err.detail.pointId));
          return ctx.t('error-not-allowed-point', { point: point?.name ?? '?' });
        }
        case 'not_your_zone': {
          const zone = ref.zoneByNumber.get(Number(err.detail.zoneNumber));
          return ctx.t('error-not-allowed-zone', { zone: zone ? `${zone.number} (${zone.name})` : '?' });
        }
        case 'not_yours':
          return ctx.t('error-not-allowed-yours');
        case 'coordinators_only':
          return ctx.t('error-not-allowed-coordinators');
        case 'cannot_revoke_self':
          return ctx.t('error-not-allowed-self');
        default:
          return ctx.t('error-not-allowed-admin');
      }
    }
    case 'NOT_FOUND':
      return ctx.t('error-not-found');
    case 'INVITE_NOT_FOUND':
      return ctx.t('error-invite-not-found');
    case 'INVITE_EXPIRED':
      return ctx.t('error-invite-expired');
    case 'INVITE_USED':
      return ctx.t('error-invite-used');
    case 'INVITE_REVOKED':
      return ctx.t('error-invite-revoked');
    case 'ALREADY_HAS_ROLE':
      return ctx.t('error-already-has-role');
    case 'SLOT_TAKEN':
      return ctx.t('error-slot-taken');
    case 'TOO_MANY_BOOKINGS':
      return ctx.t('error-too-many-bookings', { max: Number(err.detail.max ?? 2) });
    case 'OVERLAPPING_BOOKING':
      return ctx.t('error-overlapping-booking');
    case 'OFFER_EXPIRED':
      return ctx.t('waitlist-offer-gone');
    case 'BAD_INPUT':
      return ctx.t('error-button-expired');
    case 'TOO_LATE_TO_CANCEL':
      return ctx.t('error-too-late-to-cancel', { hours: Number(err.detail.hours ?? 2) });
  }
}

/**
 * Runs a handler; an AppError becomes a reply (or a callback toast) and changes nothing more.
 * Other errors go on to the bot's error boundary.
 */
export function kindly<A extends unknown[]>(reference: ReferenceCache, fn: (ctx: BotContext, ...args: A) => Promise<unknown>) {
  return async (ctx: BotContext, ...args: A) => {
    try {
      await fn(ctx, ...args);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const text = await appErrorMessage(ctx, err, reference);
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
      await ctx.reply(text, { parse_mode: 'HTML' });
    }
  };
}
