/**
 * Telegram Bot API error wording, kept in one place.
 *
 * The strings follow the official Bot API server (tdlib/telegram-bot-api) and
 * TDLib: the server prefixes every 400 error with "Bad Request: " and lowercases
 * the first letter of the underlying message unless it looks like a constant
 * (`BUTTON_DATA_INVALID`). Messages that exist only because of the sandbox say
 * so ("… by the sandbox"), so nobody mistakes them for real Telegram wording.
 */

/** Category a rejected call is recorded under in `Emulator.violations`. */
export type ViolationKind =
  | 'invalid_request'
  | 'forbidden'
  | 'unknown_method'
  | 'unauthorized'
  | 'conflict'
  | 'unsupported_method'
  | 'unsupported_feature'
  | 'too_many_requests'
  | 'ignored_retry_after'
  | 'webhook_delivery_failed'
  | 'dropped_entity'
  | 'internal_error';

/** Extra response parameters Telegram attaches to some errors. */
export interface ResponseParameters {
  retry_after?: number;
  migrate_to_chat_id?: number;
}

/** An error answered to the bot exactly as Telegram would serialize it. */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly kind: ViolationKind,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
    this.name = 'ApiError';
  }

  /** The JSON body Telegram sends for this error. */
  toJSON(): { ok: false; error_code: number; description: string; parameters?: ResponseParameters } {
    return {
      ok: false,
      error_code: this.code,
      description: this.description,
      ...(this.parameters ? { parameters: this.parameters } : {}),
    };
  }
}

/**
 * Applies the Bot API server's rule for the text after "Bad Request: ":
 * lowercase the first letter unless the second character is `_` or an
 * uppercase letter (constants such as `BUTTON_DATA_INVALID` stay intact).
 */
export function telegramCase(message: string): string {
  if (message.length >= 2) {
    const second = message[1] ?? '';
    if (second === '_' || (second >= 'A' && second <= 'Z')) return message;
  }
  return message.charAt(0).toLowerCase() + message.slice(1);
}

/** 400 "Bad Request: …" with Telegram's casing rule applied. */
export function badRequest(message: string, kind: ViolationKind = 'invalid_request'): ApiError {
  return new ApiError(400, `Bad Request: ${telegramCase(message)}`, kind);
}

/** 403 "Forbidden: …". */
export function forbidden(message: string): ApiError {
  return new ApiError(403, `Forbidden: ${message}`, 'forbidden');
}

/** Every fixed error the emulator answers, by meaning. */
export const Errors = {
  notFound: () => new ApiError(404, 'Not Found', 'unknown_method'),
  unauthorized: () => new ApiError(401, 'Unauthorized', 'unauthorized'),
  invalidToken: () => new ApiError(401, 'Unauthorized: invalid token specified', 'unauthorized'),
  tooManyRequests: (retryAfter: number, kind: ViolationKind = 'too_many_requests') =>
    new ApiError(429, `Too Many Requests: retry after ${retryAfter}`, kind, { retry_after: retryAfter }),
  conflictGetUpdates: () =>
    new ApiError(
      409,
      'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      'conflict',
    ),
  conflictTerminatedBySetWebhook: () => new ApiError(409, 'Conflict: terminated by setWebhook request', 'conflict'),
  conflictWebhookActive: () =>
    new ApiError(
      409,
      "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      'conflict',
    ),
  unsupportedMethod: () => badRequest('method is not supported by the sandbox', 'unsupported_method'),
  unsupportedFeature: (what: string) => badRequest(`${what} is not supported by the sandbox`, 'unsupported_feature'),

  // message content
  messageTextEmpty: () => badRequest('message text is empty'),
  textMustBeNonEmpty: () => badRequest('text must be non-empty'),
  messageTooLong: () => badRequest('message is too long'),
  captionTooLong: () => badRequest('message caption is too long'),
  cantParseEntities: (detail: string) => badRequest(`can't parse entities: ${detail}`),
  unsupportedParseMode: () => badRequest('unsupported parse_mode'),
  textIsTooLong: () => badRequest('text is too long'),

  // keyboards
  buttonDataInvalid: () => badRequest('BUTTON_DATA_INVALID'),
  textButtonsUnallowed: () => badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"),
  inlineKeyboardExpected: () => badRequest('inline keyboard expected'),

  // messages
  notModified: () =>
    badRequest(
      'message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message',
    ),
  messageToEditNotFound: () => badRequest('message to edit not found'),
  messageToDeleteNotFound: () => badRequest('message to delete not found'),
  messageToCopyNotFound: () => badRequest('message to copy not found'),
  messageToForwardNotFound: () => badRequest('message to forward not found'),
  messageToReplyNotFound: () => badRequest('message to be replied not found'),
  messageCantBeEdited: () => badRequest("message can't be edited"),
  noTextToEdit: () => badRequest('there is no text in the message to edit'),
  noCaptionToEdit: () => badRequest('there is no caption in the message to edit'),
  messageIdNotSpecified: () => badRequest('message identifier is not specified'),

  // chats
  chatNotFound: () => badRequest('chat not found'),
  chatIdEmpty: () => badRequest('chat_id is empty'),
  cantInitiate: () => forbidden("bot can't initiate conversation with a user"),
  blockedByUser: () => forbidden('bot was blocked by the user'),
  botToBot: () => forbidden("bot can't send messages to bots"),
  notChannelMember: () => forbidden('bot is not a member of the channel chat'),

  // callbacks
  queryTooOld: () => badRequest('query is too old and response timeout expired or query ID is invalid'),

  // files
  wrongFileId: () => badRequest('wrong file identifier/HTTP URL specified'),
  wrongRemoteFileId: () => badRequest('wrong remote file identifier specified: Wrong character in the string'),
  fileTypeMismatch: () => badRequest('type of file mismatch'),
  fileTooBig: () => badRequest('file is too big'),
  invalidFileId: () => badRequest('invalid file_id'),
  imageProcessFailed: () => badRequest('IMAGE_PROCESS_FAILED'),
  photoInvalidDimensions: () => badRequest('PHOTO_INVALID_DIMENSIONS'),
  failedToGetUrl: () => badRequest('failed to get HTTP URL content'),
} as const;
