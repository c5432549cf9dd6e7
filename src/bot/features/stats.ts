import { Composer, InlineKeyboard, InputFile } from 'grammy';
import { DateTime } from 'luxon';
import type { BotContext } from '../context.js';
import { callbackData } from '../callback-data.js';
import { kindly } from '../errors.js';
import type { Database } from '../../db/client.js';
import type { ReferenceCache, ReferenceData } from '../../app/reference.js';
import type { RoleUseCases } from '../../app/roles.js';
import { PERIOD_KEYS, statsUseCases, type Area, type PeriodKey, type StatsReport, type StatsUseCases } from '../../app/stats.js';
import type { Period } from '../../domain/indicators.js';
import type { Actor } from '../../domain/policy.js';
import { ROME_ZONE } from '../../domain/time.js';
import { chartSvg, monthLabel, OTHER_KEY, stackSeries, svgToPng, type ChartInput } from '../../render/chart.js';
import { formatDate } from '../../render/dates.js';
import { trusted } from '../../render/html.js';
import type { Translate } from '../../render/translate.js';

/** A period for /stats or /export; z = 0 is the person's whole scope, z > 0 one zone (checked again on the server). */
const statsCb = callbackData('stp', { p: PERIOD_KEYS, z: 'id' });
const exportCb = callbackData('sxp', { p: PERIOD_KEYS, z: 'id' });
/** Choosing one zone: z = 0 lists the zones, z > 0 asks for the period of that zone. */
const zoneCb = callbackData('stz', { w: ['stats', 'export'] as const, z: 'id' });

type What = 'stats' | 'export';

/** "tutta l'Umbria", "zona 8 (Foligno)", "DigiPASS Foligno": plain text, escaped where it is placed. */
export function areaLabel(label: Translate, ref: ReferenceData, area: Area): string {
  if (area.region) return label('stats-area-region');
  const parts = [
    ...area.zones.map((z) => label('stats-area-zone', { number: z, name: ref.zoneByNumber.get(z)?.name ?? String(z) })),
    ...area.points.map((id) => ref.pointById.get(id)?.name ?? String(id)),
  ];
  return parts.join(', ');
}

function rangeLabel(label: Translate, period: Period, locale: string): string {
  return label('stats-range', { from: formatDate(period.from, locale), to: formatDate(new Date(period.to.getTime() - 1), locale) });
}

const romeDay = (d: Date) => DateTime.fromJSDate(d, { zone: ROME_ZONE }).toFormat('yyyy-MM-dd');

/** Who may narrow to one zone: admins (any zone) and coordinators of more than one zone. */
function zonesToChoose(actor: Actor, ref: ReferenceData): number[] {
  if (actor.grants.some((g) => g.role === 'admin')) return ref.zones.map((z) => z.number);
  const mine = [...new Set(actor.grants.flatMap((g) => (g.role === 'coordinator' ? [g.zoneNumber] : [])))].sort((a, b) => a - b);
  return mine.length > 1 ? mine : [];
}

function periodKeyboard(ctx: BotContext, what: What, zone: number, canChooseZone: boolean): InlineKeyboard {
  const codec = what === 'stats' ? statsCb : exportCb;
  const kb = new InlineKeyboard();
  PERIOD_KEYS.forEach((p, i) => {
    kb.text(ctx.label(`stats-period-${p}`), codec.pack({ p, z: zone }));
    if (i % 2 === 1) kb.row();
  });
  if (canChooseZone && zone === 0) kb.text(ctx.label('stats-choose-zone'), zoneCb.pack({ w: what, z: 0 }));
  return kb;
}

/** The chart's data in the person's language: categories, months and targets. */
export function chartInput(label: Translate, locale: string, report: StatsReport, area: string, key: PeriodKey): ChartInput {
  const ind = report.indicators;
  const stacked = stackSeries(report.byMonthAndCategory, Object.keys(ind.byCategory));
  const nf = new Intl.NumberFormat(locale);
  const pf = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const citizens = publishedValue(report, 'progress', 'unique_citizens', 'value');
  const progress = (k: string, text: string, value: number | null, target: number) => ({
    key: k,
    label: label(text),
    value,
    target,
    text: value === null ? label('stats-few-people') : label('stats-progress', { value: nf.format(value), target: nf.format(target), percent: pf.format(target > 0 ? value / target : 0) }),
  });
  return {
    locale,
    title: label('stats-chart-title', { area }),
    subtitle: label('stats-chart-subtitle', { period: label(`stats-period-${key}`), range: rangeLabel(label, report.period, locale) }),
    series: stacked.keys.map((k) => ({ key: k, label: k === OTHER_KEY ? label('stats-chart-other') : label(`stats-service-${k}`) })),
    months: stacked.months.map((m) => ({ ...m, label: monthLabel(m.key, locale) })),
    emptyText: label('stats-chart-empty'),
    progressTitle: label(report.area.region ? 'stats-chart-progress-region' : 'stats-chart-progress-part'),
    progress: [
      progress('centres', 'stats-target-centres', ind.progress.centres.value, ind.progress.centres.target),
      progress('uniqueCitizens', 'stats-target-citizens', citizens, ind.progress.uniqueCitizens.target),
      progress('services', 'stats-target-services', ind.progress.services.value, ind.progress.services.target),
    ],
  };
}

/** A value as the open data would publish it (null when it could single someone out). */
function publishedValue(report: StatsReport, indicator: string, breakdown: string, key: string): number | null {
  return report.rows.find((r) => r.indicator === indicator && r.breakdown === breakdown && r.key === key)?.value ?? null;
}

/** The short HTML summary under the chart. */
export function summaryText(t: Translate, locale: string, report: StatsReport, area: string, key: PeriodKey): string {
  const ind = report.indicators;
  const nf = new Intl.NumberFormat(locale);
  const df = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const pf = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const few = t('stats-few-people');
  const citizens = publishedValue(report, 'unique_citizens', 'total', '');
  const satisfaction = publishedValue(report, 'satisfaction', 'average', '');
  const expected = ind.bookingsByStatus.arrived + ind.bookingsByStatus.no_show;
  const progress = (value: number | null, target: number) =>
    value === null ? few : t('stats-progress', { value: nf.format(value), target: nf.format(target), percent: pf.format(target > 0 ? value / target : 0) });
  const shown = ind.partners.slice(0, 5).join(', ') + (ind.partners.length > 5 ? ', …' : '');
  return t('stats-summary', {
    area,
    period: trusted(t(`stats-period-${key}`)),
    range: trusted(rangeLabel(t, report.period, locale)),
    citizens: citizens === null ? few : nf.format(citizens),
    services: nf.format(ind.services),
    booked: nf.format(ind.bookedVsWalkIn.booked),
    walkin: nf.format(ind.bookedVsWalkIn.walkIn),
    noshow: trusted(
      ind.noShowRate === null
        ? t('stats-noshow-none')
        : t('stats-noshow', { percent: pf.format(ind.noShowRate), noshow: nf.format(ind.bookingsByStatus.no_show), expected: nf.format(expected) }),
    ),
    participants: nf.format(ind.eventParticipants),
    posts: nf.format(ind.postsPublished),
    reactions: nf.format(ind.postReactions),
    followers: nf.format(ind.followers),
    partners: trusted(ind.partners.length === 0 ? t('stats-partners-none') : t('stats-partners', { count: nf.format(ind.partners.length), names: shown })),
    satisfaction: trusted(satisfaction === null ? t('stats-satisfaction-few') : t('stats-satisfaction', { average: df.format(satisfaction), answers: nf.format(ind.satisfaction.answers) })),
    progressTitle: trusted(t(report.area.region ? 'stats-chart-progress-region' : 'stats-chart-progress-part')),
    centres: trusted(progress(ind.progress.centres.value, ind.progress.centres.target)),
    citizensProgress: trusted(progress(publishedValue(report, 'progress', 'unique_citizens', 'value'), ind.progress.uniqueCitizens.target)),
    servicesProgress: trusted(progress(ind.progress.services.value, ind.progress.services.target)),
  });
}

/**
 * /stats (a chart and a summary) and /export (two CSV files) for the area a person works in:
 * their points, their zone, or the region. Every command and button asks the policy again.
 */
export function statsFeature(deps: { db: Database; reference: ReferenceCache; roles: RoleUseCases; clock: () => Date; stats?: StatsUseCases }) {
  const stats = deps.stats ?? statsUseCases({ db: deps.db, reference: deps.reference, roles: deps.roles, clock: deps.clock });
  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');

  const askPeriod = async (ctx: BotContext, what: What, zone: number) => {
    const actor = await deps.roles.actorFor(ctx.person!.id);
    const area = await stats.areaFor(actor, zone);
    const ref = await deps.reference.get();
    await ctx.reply(ctx.t(what === 'stats' ? 'stats-choose-period' : 'export-choose-period', { area: areaLabel(ctx.label, ref, area) }), {
      parse_mode: 'HTML',
      reply_markup: periodKeyboard(ctx, what, zone, zonesToChoose(actor, ref).length > 0),
    });
  };

  for (const what of ['stats', 'export'] as const) {
    pm.command(
      what,
      kindly(deps.reference, async (ctx) => {
        if (ctx.person) await askPeriod(ctx, what, 0);
      }),
    );
  }

  pm.callbackQuery(
    zoneCb.filter,
    kindly(deps.reference, async (ctx) => {
      const data = zoneCb.unpack(ctx.callbackQuery?.data);
      await ctx.answerCallbackQuery();
      if (!data || !ctx.person) return;
      if (data.z > 0) return askPeriod(ctx, data.w, data.z);
      const actor = await deps.roles.actorFor(ctx.person.id);
      await stats.areaFor(actor);
      const ref = await deps.reference.get();
      const zones = zonesToChoose(actor, ref);
      if (zones.length === 0) return;
      const kb = new InlineKeyboard();
      zones.forEach((z, i) => {
        kb.text(ctx.label('stats-zone-button', { number: z, name: ref.zoneByNumber.get(z)?.name ?? '' }).slice(0, 60), zoneCb.pack({ w: data.w, z }));
        if (i % 2 === 1) kb.row();
      });
      await ctx.reply(ctx.t('stats-choose-area'), { parse_mode: 'HTML', reply_markup: kb });
    }),
  );

  pm.callbackQuery(
    statsCb.filter,
    kindly(deps.reference, async (ctx) => {
      const data = statsCb.unpack(ctx.callbackQuery?.data);
      await ctx.answerCallbackQuery();
      if (!data || !ctx.person) return;
      const actor = await deps.roles.actorFor(ctx.person.id);
      // Authorized on the server for the area, whatever the button said.
      const report = await stats.stats(actor, data.p, data.z);
      const ref = await deps.reference.get();
      const area = areaLabel(ctx.label, ref, report.area);
      const png = svgToPng(chartSvg(chartInput(ctx.label, ctx.locale, report, area, data.p)));
      await ctx.replyWithPhoto(new InputFile(png, 'digipass-statistiche.png'), { caption: ctx.t('stats-photo-caption', { area }), parse_mode: 'HTML' });
      await ctx.reply(summaryText(ctx.t, ctx.locale, report, area, data.p), {
        parse_mode: 'HTML',
        reply_markup: periodKeyboard(ctx, 'stats', data.z, data.z === 0 && zonesToChoose(actor, ref).length > 0),
      });
    }),
  );

  pm.callbackQuery(
    exportCb.filter,
    kindly(deps.reference, async (ctx) => {
      const data = exportCb.unpack(ctx.callbackQuery?.data);
      await ctx.answerCallbackQuery();
      if (!data || !ctx.person) return;
      const actor = await deps.roles.actorFor(ctx.person.id);
      const files = await stats.exportCsv(actor, data.p, data.z, (code) => ctx.label(`service-${code}`));
      const area = areaLabel(ctx.label, await deps.reference.get(), files.area);
      const range = rangeLabel(ctx.label, files.period, ctx.locale);
      const suffix = `${romeDay(files.period.from)}_${romeDay(new Date(files.period.to.getTime() - 1))}`;
      await ctx.replyWithDocument(new InputFile(Buffer.from(files.services, 'utf8'), `digipass-servizi-${suffix}.csv`), {
        caption: ctx.t('export-services-caption', { area, range, rows: files.serviceRows }),
        parse_mode: 'HTML',
      });
      await ctx.replyWithDocument(new InputFile(Buffer.from(files.events, 'utf8'), `digipass-eventi-${suffix}.csv`), {
        caption: ctx.t('export-events-caption', { area, range, rows: files.eventRows }),
        parse_mode: 'HTML',
      });
    }),
  );

  return { composer, commands: [] as const, staffCommands: ['stats', 'export'] as const };
}
