/**
 * The closed vocabulary of things that can go wrong in a use case. The bot turns each code
 * into one translated, kind message (bot/errors.ts); anything else is a bug and is logged.
 */
export const APP_ERROR_CODES = [
  'NOT_ALLOWED',
  'NOT_FOUND',
  'INVITE_NOT_FOUND',
  'INVITE_EXPIRED',
  'INVITE_USED',
  /** The invitation's creator may no longer give that role (revoked since). */
  'INVITE_REVOKED',
  'ALREADY_HAS_ROLE',
  'SLOT_TAKEN',
  'TOO_MANY_BOOKINGS',
  'OVERLAPPING_BOOKING',
  'TOO_LATE_TO_CANCEL',
  'OFFER_EXPIRED',
  /** Input the bot's own screens should have prevented (a forged or stale button, an impossible date). */
  'BAD_INPUT',
] as const;
export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly detail: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}
