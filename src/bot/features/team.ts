import { trusted } from '../../render/html.js';
import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext } from '../context.js';
import { callbackData } from '../callback-data.js';
import { kindly } from '../errors.js';
import type { RoleUseCases } from '../../app/roles.js';
import type { ReferenceCache, ReferenceData } from '../../app/reference.js';
import { toGrant, type GrantRow } from '../../db/repositories/roles.js';
import type { Grant } from '../../domain/policy.js';
import { formatDateTime } from '../../render/dates.js';
import type { Translate } from '../../render/translate.js';
import { deepLinkPayload, type DeepLink } from '../deep-links.js';

const revoke = callbackData('team', { step: ['ask', 'yes', 'no'] as const, grant: 'id' });
const inviteRole = callbackData('invr', { role: ['facilitator', 'coordinator'] as const });
const inviteZone = callbackData('invz', { role: ['facilitator', 'coordinator'] as const, zone: 'id' });
const invitePoint = callbackData('invp', { point: 'id' });

export function roleLabel(t: Translate, ref: ReferenceData, g: Pick<GrantRow, 'role' | 'pointId' | 'zoneNumber'>): string {
  if (g.role === 'facilitator') return t('role-facilitator', { point: ref.pointById.get(g.pointId!)?.name ?? '?' });
  if (g.role === 'coordinator') {
    const z = ref.zoneByNumber.get(g.zoneNumber!);
    return t('role-coordinator', { zone: z ? `${z.number} (${z.name})` : String(g.zoneNumber) });
  }
  return t('role-admin');
}

/** /team (see and revoke roles in one's scope), /invite (one-time links), and accepting an invitation. */
export function teamFeature(deps: {
  roles: RoleUseCases;
  reference: ReferenceCache;
  botUsername: () => string;
  /** Refreshes a person's command menu after their roles changed. */
  onRolesChanged: (telegramId: number) => Promise<void>;
}) {
  const composer = new Composer<BotContext>();
  const pm = composer.chatType('private');
  const actor = async (ctx: BotContext) => deps.roles.actorFor(ctx.person!.id);

  pm.command(
    'team',
    kindly(deps.reference, async (ctx) => {
      if (!ctx.person) return;
      const me = await actor(ctx);
      const rows = await deps.roles.visibleTeam(me);
      const ref = await deps.reference.get();
      const lines = rows.map((r) => ctx.t('team-line', { name: r.displayName || String(r.telegramId), role: trusted(roleLabel(ctx.t, ref, r)) }));
      const kb = new InlineKeyboard();
      for (const r of rows) {
        if (r.personId === me.personId || r.role === 'admin') continue;
        const canRevoke = me.grants.some((g) => g.role === 'admin') || (r.role === 'facilitator' && me.grants.some((g) => g.role === 'coordinator' && g.zoneNumber === r.zoneNumber));
        if (canRevoke) kb.text(ctx.label('team-revoke', { name: r.displayName || String(r.telegramId) }), revoke.pack({ step: 'ask', grant: r.id })).row();
      }
      await ctx.reply([ctx.t('team-title'), '', ...(lines.length ? lines : [ctx.t('team-empty')])].join('\n'), {
        parse_mode: 'HTML',
        reply_markup: kb,
      });
    }),
  );

  pm.callbackQuery(
    revoke.filter,
    kindly(deps.reference, async (ctx) => {
      const data = revoke.unpack(ctx.callbackQuery?.data);
      if (!data || !ctx.person) {
        await ctx.answerCallbackQuery({ text: ctx.t('error-button-expired') });
        return;
      }
      const me = await actor(ctx);
      const row = await deps.roles.grantById(data.grant);
      const ref = await deps.reference.get();
      if (data.step === 'no') {
        await ctx.answerCallbackQuery();
        await ctx.editMessageText(ctx.t('team-revoke-kept'), { parse_mode: 'HTML' });
        return;
      }
      if (!row) {
        // Revoked meanwhile, or an id nobody was shown: nothing to do, but it is recorded.
        await deps.roles.refused(ctx.person.id, 'team.revoke', { reason: 'not_found', grantId: data.grant });
        await ctx.answerCallbackQuery();
        await ctx.reply(ctx.t('error-not-found'), { parse_mode: 'HTML' });
        return;
      }
      const name = row.displayName || String(row.telegramId);
      const role = trusted(roleLabel(ctx.t, ref, row));
      if (data.step === 'ask') {
        // Check before asking, so a forged button gets a refusal, not a question.
        await deps.roles.authorize(me, { kind: 'team.revoke', grant: toGrant(row), granteePersonId: row.personId });
        await ctx.answerCallbackQuery();
        await ctx.reply(ctx.t('team-revoke-confirm', { name, role }), {
          parse_mode: 'HTML',
          reply_markup: new InlineKeyboard()
            .text(ctx.t('team-revoke-yes'), revoke.pack({ step: 'yes', grant: row.id }))
            .text(ctx.t('team-revoke-no'), revoke.pack({ step: 'no', grant: row.id })),
        });
        return;
      }
      await deps.roles.revoke(me, row.id);
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(ctx.t('team-revoked', { name, role }), { parse_mode: 'HTML' });
      await deps.onRolesChanged(row.telegramId);
    }),
  );

  pm.command(
    'invite',
    kindly(deps.reference, async (ctx) => {
      if (!ctx.person) return;
      const me = await actor(ctx);
      const admin = me.grants.some((g) => g.role === 'admin');
      const coordinatorZones = me.grants.flatMap((g) => (g.role === 'coordinator' ? [g.zoneNumber] : []));
      await deps.roles.authorize(me, { kind: 'invite.start' });
      if (admin) {
        await ctx.reply(ctx.t('invite-choose-role'), {
          parse_mode: 'HTML',
          reply_markup: new InlineKeyboard()
            .text(ctx.t('invite-role-facilitator'), inviteRole.pack({ role: 'facilitator' }))
            .row()
            .text(ctx.t('invite-role-coordinator'), inviteRole.pack({ role: 'coordinator' })),
        });
        return;
      }
      const ref = await deps.reference.get();
      if (coordinatorZones.length === 1) await askPoint(ctx, ref, coordinatorZones[0]!);
      else await askZone(ctx, ref, 'facilitator', coordinatorZones);
    }),
  );

  const askZone = async (ctx: BotContext, ref: ReferenceData, role: 'facilitator' | 'coordinator', only?: number[]) => {
    const kb = new InlineKeyboard();
    for (const z of ref.zones) {
      if (only && !only.includes(z.number)) continue;
      kb.text(ctx.label('invite-zone-button', { number: z.number, name: z.name }), inviteZone.pack({ role, zone: z.number })).row();
    }
    await ctx.reply(ctx.t('invite-choose-zone'), { parse_mode: 'HTML', reply_markup: kb });
  };
  const askPoint = async (ctx: BotContext, ref: ReferenceData, zone: number) => {
    const kb = new InlineKeyboard();
    for (const p of ref.points.filter((x) => x.zoneNumber === zone)) {
      kb.text(p.name.slice(0, 60), invitePoint.pack({ point: p.id })).row();
    }
    await ctx.reply(ctx.t('invite-choose-point'), { parse_mode: 'HTML', reply_markup: kb });
  };
  const createAndSend = async (ctx: BotContext, grant: Grant) => {
    const me = await actor(ctx);
    const inv = await deps.roles.createInvitation(me, grant);
    const ref = await deps.reference.get();
    const link = `https://t.me/${deps.botUsername()}?start=${deepLinkPayload({ kind: 'invite', code: inv.code })}`;
    await ctx.reply(
      ctx.t('invite-created', {
        role: trusted(roleLabel(ctx.t, ref, {
          role: grant.role,
          pointId: grant.role === 'facilitator' ? grant.pointId : null,
          zoneNumber: grant.role === 'coordinator' ? grant.zoneNumber : null,
        })),
        expires: formatDateTime(inv.expiresAt, ctx.locale),
        link,
      }),
      { parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
    );
  };

  pm.callbackQuery(
    inviteRole.filter,
    kindly(deps.reference, async (ctx) => {
      const data = inviteRole.unpack(ctx.callbackQuery?.data);
      await ctx.answerCallbackQuery();
      if (!data || !ctx.person) return;
      const me = await actor(ctx);
      await deps.roles.authorize(me, { kind: 'invite.start' });
      // Coordinators only ever see their own zones.
      const zones = me.grants.some((g) => g.role === 'admin')
        ? undefined
        : me.grants.flatMap((g) => (g.role === 'coordinator' ? [g.zoneNumber] : []));
      await askZone(ctx, await deps.reference.get(), data.role, zones);
    }),
  );

  pm.callbackQuery(
    inviteZone.filter,
    kindly(deps.reference, async (ctx) => {
      const data = inviteZone.unpack(ctx.callbackQuery?.data);
      await ctx.answerCallbackQuery();
      if (!data || !ctx.person) return;
      const ref = await deps.reference.get();
      if (!ref.zoneByNumber.has(data.zone)) return;
      if (data.role === 'coordinator') {
        await createAndSend(ctx, { role: 'coordinator', zoneNumber: data.zone });
        return;
      }
      // Authorize before listing the zone's points.
      const me = await actor(ctx);
      const first = ref.points.find((p) => p.zoneNumber === data.zone);
      if (first) await deps.roles.authorize(me, { kind: 'invite.create', grant: { role: 'facilitator', pointId: first.id, zoneNumber: data.zone } });
      await askPoint(ctx, ref, data.zone);
    }),
  );

  pm.callbackQuery(
    invitePoint.filter,
    kindly(deps.reference, async (ctx) => {
      const data = invitePoint.unpack(ctx.callbackQuery?.data);
      await ctx.answerCallbackQuery();
      if (!data || !ctx.person) return;
      const point = (await deps.reference.get()).pointById.get(data.point);
      if (!point) return;
      await createAndSend(ctx, { role: 'facilitator', pointId: point.id, zoneNumber: point.zoneNumber });
    }),
  );

  /** t.me/<bot>?start=inv_<code> */
  const acceptInvite = kindly(deps.reference, async (ctx, link: Extract<DeepLink, { kind: 'invite' }>) => {
    if (!ctx.person || !ctx.from) return;
    const row = await deps.roles.acceptInvitation({ id: ctx.person.id, displayName: ctx.from.first_name }, link.code);
    const ref = await deps.reference.get();
    await ctx.reply(ctx.t('invite-accepted', { role: trusted(roleLabel(ctx.t, ref, row)) }), { parse_mode: 'HTML' });
    await deps.onRolesChanged(ctx.from.id);
  });

  return {
    composer,
    commands: [] as const,
    staffCommands: ['team', 'invite'] as const,
    deepLinks: { invite: acceptInvite },
  };
}
