/**
 * R7: an achievement's ordinal — shown as (一), (二) … — is a whole number
 * from 1 and unique among the achievements of its meeting and locale.
 *
 * The other achievements' ordinals come from the shell (`ctx.siblingOrdinals`),
 * read inside the same write, since the document alone cannot know them.
 */
import { problem, type KindedDocument } from './rule';
import type { CheckContext, Problem } from './types';

export function checkOrdinal(document: KindedDocument, ctx: CheckContext): Problem[] {
  if (document.kind !== 'achievement') return [];
  const { ordinal } = document.data;
  if (ordinal === null || ordinal === undefined) return [];
  if (!Number.isInteger(ordinal) || ordinal < 1) return [problem(ctx, ['ordinal'], 'achievement.ordinal.invalid')];
  if (!(ctx.siblingOrdinals ?? []).includes(ordinal)) return [];
  return [problem(ctx, ['ordinal'], 'achievement.ordinal.duplicate', { ordinal })];
}
