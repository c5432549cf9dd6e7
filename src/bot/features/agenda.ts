import { trusted } from '../../render/html.js';
import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../context.js';
import { callbackData } from '../callback-data.js';
import { kindly } from '../errors.js';
import type { AgendaItem, AgendaUseCases } from '../../app/agenda.js';
import type { ReferenceCache } from '../../app/reference.js';
import type { RoleUseCases } from '../../app/roles.js';
import { addDays, localDateInRome, romeInstant } from '../../domain/time.js';
import { formatDay, formatTime } from '../../render/dates.js';
import type { Translate } from '../../render/translate.js';
import { SERVICE_CODES, type ServiceCode } from '../../domain/services.js';
import { rateCb } from './booking/codec.js';

const dayCb = callbackData('ag', { offset: 'int' });
const OUTCOMES = ['resolved', 'partly', 'referred'] as const;
const detailCb = callbackData('pn', { step: ['age', 'gender', 'first'] as const, record: 'id', v: 'int' });
const walkCb = callbackData('wk', { a: ['pt', 'sv', 'out'] as const, p: 'id', s: 'int', o: 'int' });
const actCb = callbackData('aga', { a: ['arrived', 'noshow', 'resolved', 'partly', 'referred'] as const, id: 'id' });
/** After Arrived: the service actually given (index in the catalogue), then the outcome (index in OUTCOMES). */
const givenCb = callbackData('agv', { a: ['svc', 'other', 'out'] as const, id: 'id', s: 'int', o: 'int' });

function nameOf(t: Translate, i: AgendaItem): string {
  return i.firstName ?? i.initials ?? t('agenda-nameless');
}

/** /agenda: today's (or tomorrow's) bookings at one's points, with Arrived / No-show per booking. */
export function agendaFeature(deps: { agenda: AgendaUseCases; roles: RoleUseCases; reference: ReferenceCache; clock: () => Date }) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');

  const show = async (ctx: BotContext, offset: 0 | 1, edit: boolean) => {
    const actor = await deps.roles.actorFor(ctx.person!.id);
    const date = addDays(localDateInRome(deps.clock()), offset);
    const items = await deps.agenda.day(actor, date);
    const ref = await deps.reference.get();
    const lines = items.map((i) =>
      ctx.t('agenda-item', {
        time: formatTime(i.startsAt, ctx.locale),
        name: nameOf(ctx.t, i),
        service: trusted(ctx.t(`service-${i.serviceCode}`)),
        point: ref.pointById.get(i.pointId)?.name ?? '',
        note: trusted(i.note ? ctx.t('agenda-note', { note: i.note }) : ''),
        status: trusted(ctx.t(`agenda-status-${i.status}`)),
      }),
    );
    const kb = new InlineKeyboard();
    for (const i of items) {
      if (i.status !== 'booked' && i.status !== 'confirmed') continue;
      const time = formatTime(i.startsAt, ctx.locale);
      kb.text(ctx.t('agenda-arrived', { time }), actCb.pack({ a: 'arrived', id: i.id })).text(ctx.t('agenda-no-show', { time }), actCb.pack({ a: 'noshow', id: i.id })).row();
    }
    kb.text(offset === 0 ? ctx.t('agenda-tomorrow') : ctx.t('agenda-today'), dayCb.pack({ offset: offset === 0 ? 1 : 0 }));
    const text = [ctx.t('agenda-title', { day: formatDay(romeInstant(date, 720), ctx.locale) }), '', ...(lines.length ? lines : [ctx.t('agenda-empty')])].join('\n');
    if (edit) await ctx.editMessageText(text, { parse_mode: 'HTML', reply_markup: kb });
    else await ctx.reply(text, { parse_mode: 'HTML', reply_markup: kb });
  };

  pm.command(
    'agenda',
    kindly(deps.reference, async (ctx) => {
      if (ctx.person) await show(ctx, 0, false);
    }),
  );
  pm.callbackQuery(
    dayCb.filter,
    kindly(deps.reference, async (ctx) => {
      const data = dayCb.unpack(ctx.callbackQuery?.data);
      await ctx.answerCallbackQuery();
      if (!data || !ctx.person || (data.offset !== 0 && data.offset !== 1)) return;
      await show(ctx, data.offset, true);
    }),
  );
  pm.callbackQuery(
    actCb.filter,
    kindly(deps.reference, async (ctx) => {
      const data = actCb.unpack(ctx.callbackQuery?.data);
      await ctx.answerCallbackQuery();
      if (!data || !ctx.person) return;
      const actor = await deps.roles.actorFor(ctx.person.id);
      // Authorized on the server for this booking's point, whatever the button said.
      const item = await deps.agenda.item(actor, data.id);
      if (data.a === 'noshow') {
        await deps.agenda.noShow(actor, item.id);
        await ctx.reply(ctx.t('agenda-no-show-recorded', { name: nameOf(ctx.t, item), time: formatTime(item.startsAt, ctx.locale) }), { parse_mode: 'HTML' });
        return;
      }
      if (data.a === 'arrived') {
        // First the service actually given: the booked one in one tap, or another from the catalogue.
        const booked = SERVICE_CODES.indexOf(item.serviceCode as ServiceCode);
        const kb = new InlineKeyboard();
        if (booked >= 0) kb.text(ctx.label('agenda-service-booked', { service: ctx.label(`service-${item.serviceCode}`).slice(0, 60) }), givenCb.pack({ a: 'svc', id: item.id, s: booked, o: 0 })).row();
        kb.text(ctx.label('agenda-service-other'), givenCb.pack({ a: 'other', id: item.id, s: 0, o: 0 }));
        await ctx.reply(ctx.t('agenda-ask-service', { name: nameOf(ctx.t, item), service: trusted(ctx.t(`service-${item.serviceCode}`)) }), { parse_mode: 'HTML', reply_markup: kb });
        return;
      }
      // An outcome button from before the service step: the booked service was given.
      const recordId = await deps.agenda.arrived(actor, data.id, data.a);
      await ctx.editMessageText(
        ctx.t('agenda-recorded', { name: nameOf(ctx.t, item), service: trusted(ctx.t(`service-${item.serviceCode}`)), outcome: trusted(ctx.t(`agenda-outcome-${data.a}`)) }),
        { parse_mode: 'HTML' },
      );
      await askDetail(ctx, recordId, 'age');
    }),
  );

  pm.callbackQuery(
    givenCb.filter,
    kindly(deps.reference, async (ctx) => {
      const data = givenCb.unpack(ctx.callbackQuery?.data);
      const code = data ? SERVICE_CODES[data.s] : undefined;
      const outcome = data ? OUTCOMES[data.o] : undefined;
      if (!data || !ctx.person || !code || !outcome) {
        await ctx.answerCallbackQuery({ text: ctx.label('error-button-expired') });
        return;
      }
      await ctx.answerCallbackQuery();
      const actor = await deps.roles.actorFor(ctx.person.id);
      // Authorized on the server for this booking's point, whatever the button said.
      const item = await deps.agenda.item(actor, data.id);
      const name = nameOf(ctx.t, item);
      if (data.a === 'other') {
        const kb = new InlineKeyboard();
        SERVICE_CODES.forEach((c, i) => kb.text(ctx.label(`service-${c}`).slice(0, 60), givenCb.pack({ a: 'svc', id: item.id, s: i, o: 0 })).row());
        await ctx.editMessageText(ctx.t('agenda-choose-service', { name }), { parse_mode: 'HTML', reply_markup: kb });
        return;
      }
      const service = trusted(ctx.t(`service-${code}`));
      if (data.a === 'svc') {
        const kb = new InlineKeyboard();
        OUTCOMES.forEach((o, i) => kb.text(ctx.label(`agenda-outcome-${o}`), givenCb.pack({ a: 'out', id: item.id, s: data.s, o: i })).row());
        await ctx.editMessageText(ctx.t('agenda-ask-outcome', { name, service }), { parse_mode: 'HTML', reply_markup: kb });
        return;
      }
      const recordId = await deps.agenda.arrived(actor, item.id, outcome, code);
      await ctx.editMessageText(ctx.t('agenda-recorded', { name, service, outcome: trusted(ctx.t(`agenda-outcome-${outcome}`)) }), { parse_mode: 'HTML' });
      await askDetail(ctx, recordId, 'age');
    }),
  );

  // /walkin: point → service → outcome, each step a button checked again on the server.
  const askService = async (ctx: BotContext, pointId: number) => {
    const kb = new InlineKeyboard();
    SERVICE_CODES.forEach((code, i) => kb.text(ctx.label(`service-${code}`).slice(0, 60), walkCb.pack({ a: 'sv', p: pointId, s: i, o: 0 })).row());
    await ctx.reply(ctx.t('walkin-choose-service'), { parse_mode: 'HTML', reply_markup: kb });
  };
  pm.command(
    'walkin',
    kindly(deps.reference, async (ctx) => {
      if (!ctx.person) return;
      const actor = await deps.roles.actorFor(ctx.person.id);
      await deps.roles.authorize(actor, { kind: 'staff.view' });
      const ids = await deps.agenda.operablePoints(actor);
      if (ids.length === 1) return askService(ctx, ids[0]!);
      const ref = await deps.reference.get();
      const kb = new InlineKeyboard();
      for (const id of ids.slice(0, 40)) kb.text(ref.pointById.get(id)!.name.slice(0, 60), walkCb.pack({ a: 'pt', p: id, s: 0, o: 0 })).row();
      await ctx.reply(ctx.t('walkin-choose-point'), { parse_mode: 'HTML', reply_markup: kb });
    }),
  );
  pm.callbackQuery(
    walkCb.filter,
    kindly(deps.reference, async (ctx) => {
      const data = walkCb.unpack(ctx.callbackQuery?.data);
      await ctx.answerCallbackQuery();
      if (!data || !ctx.person) return;
      const code = SERVICE_CODES[data.s];
      const point = (await deps.reference.get()).pointById.get(data.p);
      if (!code || !point) return;
      const actor = await deps.roles.actorFor(ctx.person.id);
      await deps.roles.authorize(actor, { kind: 'point.operate', scope: { kind: 'point', pointId: point.id, zoneNumber: point.zoneNumber } });
      if (data.a === 'pt') return askService(ctx, point.id);
      if (data.a === 'sv') {
        const kb = new InlineKeyboard();
        OUTCOMES.forEach((o, i) => kb.text(ctx.label(`agenda-outcome-${o}`), walkCb.pack({ a: 'out', p: point.id, s: data.s, o: i })).row());
        await ctx.editMessageText(ctx.t('walkin-choose-outcome'), { parse_mode: 'HTML', reply_markup: kb });
        return;
      }
      const outcome = OUTCOMES[data.o];
      if (!outcome) return;
      await deps.agenda.walkIn(actor, { pointId: point.id, serviceCode: code, outcome });
      await ctx.editMessageText(
        ctx.t('walkin-recorded', { service: trusted(ctx.t(`service-${code}`)), point: point.name, outcome: trusted(ctx.t(`agenda-outcome-${outcome}`)) }),
        { parse_mode: 'HTML' },
      );
    }),
  );

  // Optional PNRR details after a service: age band, gender, first visit — each can be skipped.
  const DETAIL_OPTIONS = { age: ['18-29', '30-54', '55+'], gender: ['f', 'm', 'x'], first: ['yes', 'no'] } as const;
  const askDetail = async (ctx: BotContext, recordId: number, step: 'age' | 'gender' | 'first') => {
    const kb = new InlineKeyboard();
    DETAIL_OPTIONS[step].forEach((_o, i) => kb.text(ctx.label(`detail-${step}-${i}`), detailCb.pack({ step, record: recordId, v: i })));
    kb.row().text(ctx.label('detail-skip'), detailCb.pack({ step, record: recordId, v: 9 }));
    await ctx.reply(ctx.t(`detail-ask-${step}`), { parse_mode: 'HTML', reply_markup: kb });
  };
  pm.callbackQuery(
    detailCb.filter,
    kindly(deps.reference, async (ctx) => {
      const data = detailCb.unpack(ctx.callbackQuery?.data);
      await ctx.answerCallbackQuery();
      if (!data || !ctx.person) return;
      const actor = await deps.roles.actorFor(ctx.person.id);
      const option = DETAIL_OPTIONS[data.step][data.v];
      if (option !== undefined) {
        const patch =
          data.step === 'age' ? { ageBand: option as '18-29' | '30-54' | '55+' } : data.step === 'gender' ? { gender: option as 'f' | 'm' | 'x' } : { firstVisit: option === 'yes' };
        await deps.agenda.recordDetails(actor, data.record, patch);
      }
      await ctx.editMessageReplyMarkup().catch(() => {});
      if (data.step === 'age') await askDetail(ctx, data.record, 'gender');
      else if (data.step === 'gender') await askDetail(ctx, data.record, 'first');
      else await ctx.reply(ctx.t('detail-done'), { parse_mode: 'HTML' });
    }),
  );

  // The citizen's answer to "How did it go?": only theirs, only once.
  pm.callbackQuery(rateCb.filter, async (ctx) => {
    const data = rateCb.unpack(ctx.callbackQuery.data);
    const ok = data && ctx.person ? await deps.agenda.rate(ctx.person.id, data.record, data.score) : false;
    await ctx.answerCallbackQuery(ok ? { text: ctx.label('feedback-thanks') } : { text: ctx.label('error-button-expired') });
    if (ok) await ctx.editMessageReplyMarkup().catch(() => {});
  });

  return { composer, commands: [] as const, staffCommands: ['agenda', 'walkin'] as const };
}
