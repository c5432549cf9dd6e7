import { Composer, InlineKeyboard, InputFile } from 'grammy';
import type { BotContext } from '../context.js';
import { callbackData } from '../callback-data.js';
import { mainMenu } from '../keyboards.js';
import type { PrivacyUseCases } from '../../app/privacy.js';
import { RETENTION_DEFAULTS } from '../../app/privacy.js';
import { formatDate } from '../../render/dates.js';

const forget = callbackData('forget', { answer: ['yes', 'no'] as const });

/** /privacy, /mydata and /forgetme: the notice, one's own data, and erasure with confirmation. */
export function privacyFeature(deps: {
  privacy: PrivacyUseCases;
  notice: { controller: string | undefined; dpoContact: string | undefined; retentionDays?: number };
  /** Called after an erasure, e.g. to reset the person's command menu. */
  onErased?: (telegramId: number) => Promise<void>;
}) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');

  pm.command('privacy', async (ctx) => {
    const unset = ctx.t('privacy-not-configured');
    await ctx.reply(
      ctx.t('privacy-notice', {
        controller: deps.notice.controller ?? unset,
        dpo: deps.notice.dpoContact ?? unset,
        days: deps.notice.retentionDays ?? RETENTION_DEFAULTS.bookingPersonalDataDays,
      }),
      { parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
    );
  });

  pm.command('mydata', async (ctx) => {
    if (!ctx.person) return;
    const data = await deps.privacy.exportData(ctx.person.id);
    if (!data) return;
    const none = ctx.t('mydata-none');
    await ctx.reply(
      ctx.t('mydata-summary', {
        telegramId: String(data.person.telegramId),
        language: data.person.language ?? ctx.t('mydata-language-auto'),
        firstSeen: formatDate(data.person.firstSeenAt, ctx.locale),
        bookings: data.bookings.length === 0 ? none : String(data.bookings.length),
        follows: data.follows.length === 0 ? none : String(data.follows.length),
        registrations: data.eventRegistrations.length === 0 ? none : String(data.eventRegistrations.length),
        roles: data.roles.length === 0 ? none : data.roles.map((r) => r.role).join(', '),
      }),
      { parse_mode: 'HTML' },
    );
    const json = JSON.stringify(data, null, 2);
    await ctx.replyWithDocument(new InputFile(Buffer.from(json, 'utf8'), 'digipass-my-data.json'), {
      caption: ctx.t('mydata-file-caption'),
    });
  });

  pm.command('forgetme', async (ctx) => {
    const kb = new InlineKeyboard()
      .text(ctx.t('forgetme-yes'), forget.pack({ answer: 'yes' }))
      .row()
      .text(ctx.t('forgetme-no'), forget.pack({ answer: 'no' }));
    await ctx.reply(ctx.t('forgetme-confirm'), { parse_mode: 'HTML', reply_markup: kb });
  });

  pm.callbackQuery(forget.filter, async (ctx) => {
    const data = forget.unpack(ctx.callbackQuery.data);
    await ctx.answerCallbackQuery();
    if (!data || !ctx.person) return;
    // The question is answered: take the buttons away so it cannot be pressed twice.
    await ctx.editMessageReplyMarkup().catch(() => {});
    if (data.answer === 'no') {
      await ctx.reply(ctx.t('forgetme-kept'), { parse_mode: 'HTML', reply_markup: mainMenu(ctx.t) });
      return;
    }
    ctx.exitingOnPurpose = true;
    await ctx.conversation.exitAll();
    await deps.privacy.erase(ctx.person.id);
    await deps.onErased?.(ctx.from.id);
    ctx.person = undefined;
    await ctx.reply(ctx.t('forgetme-done'), { parse_mode: 'HTML', reply_markup: mainMenu(ctx.t) });
  });

  return { composer, commands: ['privacy', 'mydata', 'forgetme'] as const };
}
