import { Bot, Composer, GrammyError, HttpError, type BotError, type Transformer } from 'grammy';
import { conversations } from '@grammyjs/conversations';
import { sequentialize } from '@grammyjs/runner';
import { limit } from '@grammyjs/ratelimiter';
import { autoRetry } from '@grammyjs/auto-retry';
import type { BotCommand, LanguageCode, UserFromGetMe } from 'grammy/types';
import type { Database } from '../db/client.js';
import type { Logger } from '../logger.js';
import type { Locales } from '../render/translate.js';
import { peopleRepository } from '../db/repositories/people.js';
import { arrivalRepository } from '../db/repositories/arrival.js';
import { conversationStorage } from '../db/repositories/conversations.js';
import { roleUseCases } from '../app/roles.js';
import { privacyUseCases } from '../app/privacy.js';
import { referenceCache, type ReferenceCache } from '../app/reference.js';
import type { BotContext } from './context.js';
import { answerCallbackOnce, arrival, chatConversationStorage, withLogger } from './middlewares/extras.js';
import { startFeature } from './features/start.js';
import { languageFeature } from './features/language.js';
import { privacyFeature } from './features/privacy.js';
import { teamFeature } from './features/team.js';
import { findFeature } from './features/find.js';
import { findUseCases } from '../app/find.js';
import { bookingUseCases, type BookingSettings } from '../app/booking.js';
import { waitlistUseCases } from '../app/waitlist.js';
import { BOOK_CONVERSATION, bookingFeature } from './features/booking/index.js';
import { agendaFeature } from './features/agenda.js';
import { statsFeature } from './features/stats.js';
import { agendaUseCases } from '../app/agenda.js';
import { newsFeature } from './features/news.js';
import { hoursFeature } from './features/hours.js';
import { eventsFeature } from './features/events.js';
import { eventCardFeature } from './features/event-card.js';
import { eventRegistrationUseCases } from '../app/event-registration.js';
import { eventAdminFeature } from './features/event-admin.js';
import { channelReachFeature } from './features/channel-reach.js';
import { followsFeature } from './features/follows.js';
import { eventAdminUseCases } from '../app/event-admin.js';
import { eventUseCases } from '../app/events.js';
import { calendarUseCases } from '../app/calendar.js';
import { hoursUseCases } from '../app/hours.js';
import { broadcastUseCases } from '../app/broadcast.js';
import { unhandledFeature } from './features/unhandled.js';
import { MENU_KEYS, mainMenu } from './keyboards.js';
import { decide, type Action } from '../domain/policy.js';

/** What a staff command asks of the policy (the others need only a role), so each menu shows what its person may use. */
const STAFF_COMMAND_ACTIONS: Readonly<Record<string, Action>> = { invite: { kind: 'invite.start' }, importhours: { kind: 'hours.import' } };

export interface BotDeps {
  token: string;
  apiRoot: string;
  db: Database;
  locales: Locales;
  logger: Logger;
  clock: () => Date;
  privacy: { controller: string | undefined; dpoContact: string | undefined; retentionDays?: number };
  /** Booking limits (future bookings per person, cancel cut-off, minimum notice); defaults when unset. */
  booking?: Partial<BookingSettings>;
  /** Updates a person may send per minute before being asked to slow down (0 = no limit). */
  ratePerMinute?: number;
  reference?: ReferenceCache;
  /** Installed first on the bot's Api so replies and bulk sends share one view of the flood limits. */
  apiTransformers?: Transformer[];
  /** The same for guided conversations, whose calls are replayed (so they must not be counted again). */
  conversationTransformers?: Transformer[];
  /** The DigiPASS channel, where news and events are published. */
  channelId?: number | string | undefined;
  /** Silence after which a guided conversation ends (default 30 minutes). */
  conversationTimeoutMs?: number;
  /** Skips getMe at start (tests and the sandbox know the bot already). */
  botInfo?: UserFromGetMe;
}

export interface Feature {
  composer: Composer<BotContext>;
  /** Command names this feature answers for everyone, for the localized command menu. */
  commands: readonly string[];
  /** Commands only staff see, in their own chat's command menu. */
  staffCommands?: readonly string[];
}

/** Composition only: middlewares in order, then one Composer per feature, then the fallback. */
export function createBot(deps: BotDeps) {
  const bot = new Bot<BotContext>(deps.token, {
    client: { apiRoot: deps.apiRoot },
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
  });
  // Replies to a person are not paced in advance; if Telegram asks to wait a little, wait and
  // retry (a long wait means the answer would come too late: give up and log it).
  const retry = () => autoRetry({ maxRetryAttempts: 2, maxDelaySeconds: 5, rethrowInternalServerErrors: false, rethrowHttpErrors: false });
  for (const t of deps.apiTransformers ?? []) bot.api.config.use(t);
  bot.api.config.use(autoRetry({ maxRetryAttempts: 2, maxDelaySeconds: 5, rethrowInternalServerErrors: false, rethrowHttpErrors: false }));
  const people = peopleRepository(deps.db);
  const reference = deps.reference ?? referenceCache(deps.db);
  const roles = roleUseCases({ db: deps.db, clock: deps.clock });
  const privacy = privacyUseCases({ db: deps.db, clock: deps.clock });

  // With concurrent long polling, one chat's updates still run one after another.
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  bot.use(withLogger(deps.logger));
  bot.use(answerCallbackOnce());
  // The error boundary: whatever fails below is logged and answered kindly, in polling and webhook mode alike.
  const guarded = bot.errorBoundary((err) => handleError(err, deps.logger));
  guarded.use(arrival({ arrivals: arrivalRepository(deps.db), people, locales: deps.locales, clock: deps.clock }));
  // A staff member's command menu can only be set once they have a chat with the bot:
  // set it at their first update after each start (and whenever their roles change).
  const menuChecked = new Set<number>();
  guarded.use(async (ctx, next) => {
    const tg = ctx.person?.telegramId;
    if (tg !== undefined && !menuChecked.has(tg)) {
      menuChecked.add(tg);
      if ((await roles.actorFor(ctx.person!.id)).grants.length > 0) await commandsFor(tg);
    }
    await next();
  });
  if ((deps.ratePerMinute ?? 60) > 0) {
    guarded.use(
      limit<BotContext, never>({
        timeFrame: 60_000,
        limit: deps.ratePerMinute ?? 60,
        keyGenerator: (ctx) => (ctx.chat?.type === 'private' ? ctx.from?.id.toString() : undefined),
        onLimitExceeded: async (ctx) => {
          ctx.log.info('rate limit reached');
          if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.t('rate-limited') }).catch(() => {});
          else await ctx.reply(ctx.t('rate-limited')).catch(() => {});
        },
      }),
    );
  }
  guarded.use(
    conversations<BotContext, BotContext>({
      // Raise the version when a conversation's steps change: a conversation in flight under the
      // old steps is then dropped instead of being replayed against the new ones.
      storage: { type: 'context', version: 3, adapter: chatConversationStorage(conversationStorage(deps.db, deps.clock)) },
      // Conversations call Telegram through a new Api of their own on every message, which
      // replays earlier calls from the conversation's log: give it the flood gate in a form that
      // waits out and learns from 429s without counting (replays would count again), and retry.
      plugins: [
        async (ctx, next) => {
          for (const t of deps.conversationTransformers ?? []) ctx.api.config.use(t);
          ctx.api.config.use(retry());
          await next();
        },
      ],
      // A conversation that ends without the person asking (30 minutes of silence) says so kindly;
      // one left for a command or a main-menu button is left on purpose, and that runs next.
      onExit: async (id, ctx) => {
        if (ctx.exitingOnPurpose || !ctx.t || ctx.chat?.type !== 'private' || movedOn(ctx)) return;
        const minutes = Math.max(1, Math.round((deps.conversationTimeoutMs ?? 30 * 60_000) / 60_000));
        await ctx.reply(ctx.t(id === BOOK_CONVERSATION ? 'book-expired' : 'conversation-expired', { minutes }), { parse_mode: 'HTML' }).catch(() => {});
      },
    }),
  );

  // A global /cancel, after conversations() and before any conversation, so a waiting one cannot swallow it.
  guarded.chatType('private').command('cancel', async (ctx) => {
    const active = Object.keys(ctx.conversation.active()).length > 0;
    ctx.exitingOnPurpose = true;
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.t(active ? 'cancel-done' : 'cancel-nothing'), {
      parse_mode: 'HTML',
      reply_markup: mainMenu(ctx.t),
    });
  });

  let commandsFor: (telegramId: number) => Promise<void> = async () => {};
  const team = teamFeature({
    roles,
    reference,
    botUsername: () => bot.botInfo.username,
    onRolesChanged: (tg) => commandsFor(tg),
  });
  const findUc = findUseCases({ db: deps.db, reference, clock: deps.clock });
  const find = findFeature({ find: findUc });
  const bookingUc = bookingUseCases({ db: deps.db, clock: deps.clock, reference, roles, find: findUc, ...(deps.booking ? { settings: deps.booking } : {}) });
  const booking = bookingFeature({
    booking: bookingUc,
    waitlist: waitlistUseCases({ db: deps.db, clock: deps.clock, reference, booking: bookingUc }),
    find: findUc,
    roles,
    reference,
    locales: deps.locales,
    timeoutMs: deps.conversationTimeoutMs ?? 30 * 60_000,
  });
  const news = newsFeature({
    broadcast: broadcastUseCases({ db: deps.db, clock: deps.clock, roles, reference, channelId: deps.channelId }),
    roles,
    reference,
    locales: deps.locales,
    timeoutMs: deps.conversationTimeoutMs ?? 30 * 60_000,
  });
  const eventCard = eventCardFeature({ registration: eventRegistrationUseCases({ db: deps.db, clock: deps.clock, reference }), reference });
  const features: Feature[] = [
    // First: a conversation in progress must see its person's messages before anyone else.
    booking,
    news,
    eventAdminFeature({
      events: eventAdminUseCases({ db: deps.db, clock: deps.clock, roles, reference }),
      roles,
      reference,
      locales: deps.locales,
      clock: deps.clock,
      timeoutMs: deps.conversationTimeoutMs ?? 30 * 60_000,
    }),
    hoursFeature({
      hours: hoursUseCases({ db: deps.db, reference, roles }),
      roles,
      reference,
      locales: deps.locales,
      timeoutMs: deps.conversationTimeoutMs ?? 30 * 60_000,
      clock: deps.clock,
      download: async (filePath) => {
        const res = await fetch(`${deps.apiRoot}/file/bot${deps.token}/${filePath}`);
        if (!res.ok) throw new Error(`file download failed: ${res.status}`);
        return res.text();
      },
    }),
    startFeature({ invite: team.deepLinks.invite, point: find.deepLinks.point, book: booking.deepLinks.book, event: eventCard.deepLinks.event }),
    languageFeature({ locales: deps.locales, people }),
    privacyFeature({ privacy, notice: deps.privacy, onErased: (tg) => commandsFor(tg) }),
    team,
    eventsFeature({ events: eventUseCases({ db: deps.db, clock: deps.clock, reference }), calendar: calendarUseCases({ db: deps.db, reference }), reference }),
    eventCard,
    agendaFeature({ agenda: agendaUseCases({ db: deps.db, clock: deps.clock, reference, roles }), roles, reference, clock: deps.clock }),
    statsFeature({ db: deps.db, reference, roles, clock: deps.clock }),
    channelReachFeature({ db: deps.db }),
    followsFeature({ find: findUc }),
    // Free text becomes a town search, so find comes after every feature that reads text.
    find,
    unhandledFeature(),
  ];
  for (const f of features) guarded.use(f.composer);

  bot.catch((err) => handleError(err, deps.logger));

  const unique = (xs: string[]) => xs.filter((c, i, all) => all.indexOf(c) === i);
  const citizenCommands = unique(['start', 'help', ...features.flatMap((f) => f.commands), 'cancel']);
  const staffCommands = unique([...citizenCommands, ...features.flatMap((f) => f.staffCommands ?? [])]);
  const describe = (list: string[], locale: string): BotCommand[] =>
    list.map((c) => ({ command: c, description: deps.locales.translator(locale)(`command-${c}`) }));

  /** A staff member's own chat shows their extra commands; everyone else sees the citizens' menu. */
  commandsFor = async (telegramId: number) => {
    const person = await people.byTelegramId(telegramId);
    const grants = person ? (await roles.actorFor(person.id)).grants : [];
    const scope = { type: 'chat' as const, chat_id: telegramId };
    try {
      if (grants.length === 0) {
        await bot.api.deleteMyCommands({ scope });
        return;
      }
      const locale = person?.language ?? deps.locales.defaultLocale;
      // Only what the policy would let this person do: a facilitator sees no /invite or /importhours.
      const actor = { personId: person!.id, grants };
      const mine = staffCommands.filter((c) => decide(actor, STAFF_COMMAND_ACTIONS[c] ?? { kind: 'staff.view' }).allowed);
      await bot.api.setMyCommands(describe(mine, locale), { scope });
    } catch (err) {
      // A person who never wrote to the bot has no chat yet; their menu is set when they accept.
      deps.logger.warn({ err }, 'could not set a chat command menu');
    }
  };

  return {
    bot,
    roles,
    reference,
    citizenCommands,
    staffCommands,
    /** Localized command menus: Italian by default and every locale by language_code (staff menus are per chat, see above). */
    async publishCommands(): Promise<void> {
      await bot.api.setMyCommands(describe(citizenCommands, deps.locales.defaultLocale));
      for (const locale of deps.locales.locales) {
        await bot.api.setMyCommands(describe(citizenCommands, locale), { language_code: locale as LanguageCode });
      }
    },
  };
}

/** An update never crashes the process: log by fields (never the token), answer kindly. */
async function handleError(err: BotError<BotContext>, logger: Logger): Promise<void> {
  const ctx = err.ctx;
  const e = err.error;
  const log = ctx.log ?? logger;
  if (e instanceof GrammyError) {
    log.error({ method: e.method, errorCode: e.error_code, description: e.description }, 'Bot API call failed');
  } else if (e instanceof HttpError) {
    log.error({ err: { name: e.name, message: 'network error reaching the Bot API' } }, 'Bot API unreachable');
  } else {
    log.error({ err: e }, 'update handling failed');
  }
  // After a 429 any further call to this chat before retry_after would break Telegram's rules.
  if (e instanceof GrammyError && e.error_code === 429) return;
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
    if (ctx.chat?.type === 'private' && ctx.t) {
      await ctx.reply(ctx.t('error-generic'), { parse_mode: 'HTML' });
    }
  } catch (replyErr) {
    log.warn({ err: replyErr }, 'could not tell the person about the error');
  }
}

/** The person typed a command or pressed a main-menu button: they are going somewhere else. */
function movedOn(ctx: BotContext): boolean {
  const text = ctx.message?.text;
  if (text === undefined) return false;
  if (ctx.message?.entities?.some((e) => e.type === 'bot_command' && e.offset === 0) || text.startsWith('/')) return true;
  return [...MENU_KEYS, 'menu-location' as const].some((k) => ctx.label(k) === text || ctx.t(k) === text);
}
