import type { BotContext } from './context.js';
import { kindly } from './errors.js';
import type { ReferenceCache } from '../app/reference.js';
import type { RoleUseCases } from '../app/roles.js';

/**
 * A staff command that opens a guided conversation over the points the person works at:
 * refused kindly (and audited) for anyone without a role; any conversation in progress ends.
 */
export function enterWithPoints(
  deps: { reference: ReferenceCache; roles: RoleUseCases },
  conversationId: string,
  args: (ctx: BotContext, personId: number, pointIds: number[]) => Record<string, unknown>,
) {
  return kindly(deps.reference, async (ctx: BotContext) => {
    if (!ctx.person) return;
    const actor = await deps.roles.actorFor(ctx.person.id);
    const pointIds = await deps.roles.operablePointIds(actor, deps.reference);
    ctx.exitingOnPurpose = true;
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(conversationId, args(ctx, ctx.person.id, pointIds));
  });
}
