import { Composer, InlineKeyboard, type Context } from 'grammy';
import { createConversation, type Conversation } from '@grammyjs/conversations';
import type { BotContext } from '../context.js';
import { callbackData } from '../callback-data.js';
import { kindly } from '../errors.js';
import { enterWithPoints } from '../staff-conversation.js';
import type { BroadcastUseCases } from '../../app/broadcast.js';
import type { ReferenceCache } from '../../app/reference.js';
import type { RoleUseCases } from '../../app/roles.js';
import { AppError } from '../../app/errors.js';
import { NEWS_SCHEDULE_MAX_DAYS, publishAtSuggestions, readPublishAt } from '../../domain/news-schedule.js';
import { formatDay, formatTime } from '../../render/dates.js';
import { trusted } from '../../render/html.js';
import { NEWS_MAX, newsMessages } from '../../render/news.js';
import type { Locales, Translate } from '../../render/translate.js';

/** The /news steps; `v` is a point id, or the index of a suggested time. */
const newsCb = callbackData('nw', { a: ['pt', 'pub', 'stop', 'nph', 'sch', 'at'] as const, v: 'int' });
/** Cancels one of the person's scheduled news; the server checks it is theirs and still scheduled. */
export const newsCancelCb = callbackData('nwx', { id: 'id' });
/** At most this many scheduled news are listed with a button each. */
const LISTED = 10;

interface NewsArgs {
  locale: string;
  personId: number;
  chatId: number;
  pointIds: number[];
}

type Answer = { c: Context; data?: ReturnType<typeof newsCb.unpack>; text?: string; photo?: string };

/** "lunedì 30 novembre" and "09:00", in the person's language and Rome's time. */
const when = (iso: string, locale: string) => ({ day: formatDay(new Date(iso), locale), time: formatTime(new Date(iso), locale) });

/**
 * /news: a facilitator writes a point's news, adds a photo if they like, sees it as it will
 * appear, and publishes it now or at a time they choose; their scheduled news are listed
 * first, each with a button to cancel it.
 */
export function newsFeature(deps: { broadcast: BroadcastUseCases; roles: RoleUseCases; reference: ReferenceCache; locales: Locales; timeoutMs: number }) {
  async function news(conversation: Conversation<BotContext, Context>, ctx: Context, args: NewsArgs): Promise<void> {
    const t = deps.locales.translator(args.locale);
    const label = deps.locales.plain(args.locale);
    const withStop = (kb: InlineKeyboard) => kb.row().text(label('book-cancel'), newsCb.pack({ a: 'stop', v: 0 }));
    const say = (c: Context, key: string, vars?: Parameters<Translate>[1]) => c.reply(t(key, vars), { parse_mode: 'HTML' });

    /** The next answer; `undefined` = the person stopped. A cancel button of a scheduled news is left to the handler outside. */
    const wait = async (): Promise<Answer | undefined> => {
      const c = await conversation.waitFor(['callback_query:data', 'message:text', 'message:photo'], { maxMilliseconds: deps.timeoutMs });
      if (c.callbackQuery && newsCancelCb.unpack(c.callbackQuery.data)) await conversation.skip({ next: true });
      if (c.callbackQuery) await c.answerCallbackQuery();
      const data = newsCb.unpack(c.callbackQuery?.data);
      if (data?.a === 'stop') {
        await say(c, 'news-cancelled');
        return undefined;
      }
      const text = c.message?.text;
      if (text?.startsWith('/')) await conversation.halt({ next: true });
      const photo = c.message?.photo?.at(-1)?.file_id;
      return { c, ...(data ? { data } : {}), ...(text !== undefined ? { text: text.trim() } : {}), ...(photo ? { photo } : {}) };
    };

    // Scheduled news still waiting, each with a button to cancel it.
    const pending = await conversation.external(async () =>
      (await deps.broadcast.scheduledBy(args.personId)).map((n) => ({ id: n.id, point: n.pointName, text: n.text, at: n.publishAt.toISOString() })),
    );
    if (pending.length > 0) {
      const shown = pending.slice(0, LISTED);
      const excerpt = (s: string) => (s.length > 60 ? `${s.slice(0, 60).trimEnd()}…` : s).replace(/\s+/g, ' ');
      const list = shown.map((n) => t('news-scheduled-item', { ...when(n.at, args.locale), point: n.point, text: excerpt(n.text) })).join('\n');
      const kb = new InlineKeyboard();
      for (const n of shown) kb.text(label('news-cancel-button', when(n.at, args.locale)), newsCancelCb.pack({ id: n.id })).row();
      await ctx.reply(t('news-scheduled-list', { count: pending.length, list: trusted(list) }), { parse_mode: 'HTML', reply_markup: kb });
    }

    const ref = await conversation.external(async () => (await deps.reference.get()).points.filter((p) => args.pointIds.includes(p.id)).map((p) => ({ id: p.id, name: p.name })));
    let point = ref.length === 1 ? ref[0] : undefined;
    while (!point) {
      const kb = new InlineKeyboard();
      for (const p of ref) kb.text(p.name.slice(0, 60), newsCb.pack({ a: 'pt', v: p.id })).row();
      await ctx.reply(t('news-choose-point'), { parse_mode: 'HTML', reply_markup: withStop(kb) });
      const r = await wait();
      if (!r) return;
      // Only the points offered: a forged id for another point is simply not one of them.
      if (r.data?.a === 'pt') point = ref.find((p) => p.id === r.data!.v);
    }

    // The text
    await ctx.reply(t('news-ask-text', { point: point.name }), { parse_mode: 'HTML', reply_markup: withStop(new InlineKeyboard()) });
    let text: string | undefined;
    while (text === undefined) {
      const r = await wait();
      if (!r) return;
      if (r.text === undefined) {
        if (r.photo) await say(r.c, 'news-ask-text', { point: point.name });
        continue;
      }
      if (r.text.length > NEWS_MAX) await say(r.c, 'news-too-long');
      else if (r.text) text = r.text;
    }

    // An optional photo
    await ctx.reply(t('news-ask-photo'), { parse_mode: 'HTML', reply_markup: withStop(new InlineKeyboard().text(label('news-no-photo'), newsCb.pack({ a: 'nph', v: 0 }))) });
    let photo: string | null | undefined;
    while (photo === undefined) {
      const r = await wait();
      if (!r) return;
      if (r.photo) photo = r.photo;
      else if (r.data?.a === 'nph') photo = null;
      else if (r.text !== undefined) await say(r.c, 'news-photo-bad');
    }

    // The preview, exactly as the channel will show it, with the choices on its last message.
    const preview = await conversation.external(() => deps.broadcast.render(point!.id, text!));
    await say(ctx, 'news-preview');
    const choices = withStop(new InlineKeyboard().text(label('news-publish'), newsCb.pack({ a: 'pub', v: point.id })).row().text(label('news-schedule'), newsCb.pack({ a: 'sch', v: point.id })));
    const shown = newsMessages(preview, photo);
    if (photo && shown.length === 1) {
      await ctx.replyWithPhoto(photo, { caption: preview, parse_mode: 'HTML', reply_markup: choices });
    } else {
      if (photo) await ctx.replyWithPhoto(photo);
      await ctx.reply(preview, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, reply_markup: choices });
    }

    const draft = { pointId: point.id, text, photoFileId: photo };
    for (;;) {
      const r = await wait();
      if (!r) return;
      if (r.data?.a === 'pub') {
        const progress = await r.c.reply(t('news-started'), { parse_mode: 'HTML' });
        const outcome = await conversation.external(async () => {
          try {
            const actor = await deps.roles.actorFor(args.personId);
            await deps.broadcast.newsToFollowers(actor, { ...draft, progress: { chatId: args.chatId, messageId: progress.message_id, locale: args.locale } });
            return 'ok';
          } catch (err) {
            if (err instanceof AppError) return err.code;
            throw err;
          }
        });
        if (outcome !== 'ok') await say(r.c, 'error-not-allowed-staff');
        return;
      }
      if (r.data?.a !== 'sch') continue;

      // When: typed as people say it, or one of the usual times.
      const now = new Date(await conversation.external(() => deps.broadcast.now().toISOString()));
      const suggested = publishAtSuggestions(now);
      const kb = new InlineKeyboard();
      suggested.forEach((d, i) => kb.text(label('news-at-button', when(d.toISOString(), args.locale)), newsCb.pack({ a: 'at', v: i })).row());
      await r.c.reply(t('news-ask-when'), { parse_mode: 'HTML', reply_markup: withStop(kb) });
      for (;;) {
        const q = await wait();
        if (!q) return;
        let at: Date | undefined;
        if (q.data?.a === 'at') at = suggested[q.data.v];
        else if (q.text !== undefined) {
          const read = readPublishAt(q.text, new Date(await conversation.external(() => deps.broadcast.now().toISOString())));
          if ('problem' in read) {
            await say(q.c, read.problem === 'past' ? 'news-when-past' : read.problem === 'too-far' ? 'news-when-far' : 'news-when-bad', { days: NEWS_SCHEDULE_MAX_DAYS });
            continue;
          }
          at = read.at;
        }
        if (!at) continue;
        const atIso = at.toISOString();
        const outcome = await conversation.external(async () => {
          try {
            const actor = await deps.roles.actorFor(args.personId);
            await deps.broadcast.scheduleNews(actor, { ...draft, at: new Date(atIso), notify: { chatId: args.chatId, locale: args.locale } });
            return 'ok';
          } catch (err) {
            if (err instanceof AppError) return err.code;
            throw err;
          }
        });
        // The moment passed while they were choosing (a suggestion pressed late): ask again.
        if (outcome === 'BAD_INPUT') {
          await say(q.c, 'news-when-past');
          continue;
        }
        if (outcome !== 'ok') await say(q.c, 'error-not-allowed-staff');
        else await say(q.c, 'news-scheduled', { ...when(atIso, args.locale), point: point.name });
        return;
      }
    }
  }

  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');
  pm.use(createConversation(news, { id: 'news' }));
  pm.command('news', enterWithPoints(deps, 'news', (ctx, personId, pointIds) => ({ locale: ctx.locale, personId, chatId: ctx.chat!.id, pointIds }) satisfies NewsArgs));
  // Cancelling a scheduled news, from the list /news shows (during the conversation or after it).
  pm.callbackQuery(
    newsCancelCb.filter,
    kindly(deps.reference, async (ctx) => {
      const data = newsCancelCb.unpack(ctx.callbackQuery?.data);
      await ctx.answerCallbackQuery();
      if (!data || !ctx.person) return;
      const gone = await deps.broadcast.cancelScheduled(ctx.person.id, data.id);
      if (!gone) {
        await ctx.reply(ctx.t('news-cancel-gone'), { parse_mode: 'HTML' });
        return;
      }
      ctx.log.info({ newsId: gone.id, pointId: gone.pointId }, 'scheduled news cancelled');
      await ctx.reply(ctx.t('news-scheduled-cancelled', { ...when(gone.publishAt.toISOString(), ctx.locale), point: gone.pointName }), { parse_mode: 'HTML' });
    }),
  );
  return { composer, commands: [] as const, staffCommands: ['news'] as const };
}
