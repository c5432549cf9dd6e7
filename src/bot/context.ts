import type { Context } from 'grammy';
import type { ConversationFlavor } from '@grammyjs/conversations';
import type { Logger } from '../logger.js';
import type { Translate } from '../render/translate.js';
import type { PersonRecord } from '../db/repositories/people.js';

/** What every handler can rely on, installed by the bot's first middlewares. */
export interface BotExtras {
  /** Translator for the person's language; string variables are HTML-escaped. */
  t: Translate;
  /** The same for button labels and alerts (plain text, nothing escaped). */
  label: Translate;
  locale: string;
  /** The person behind a private-chat update (undefined in channels and for service updates). */
  person: PersonRecord | undefined;
  log: Logger;
  /** Set when the person ends a conversation themselves (/cancel, a new one), so no "expired" note follows. */
  exitingOnPurpose?: boolean;
}

export type BaseContext = Context & BotExtras;
export type BotContext = ConversationFlavor<BaseContext>;
