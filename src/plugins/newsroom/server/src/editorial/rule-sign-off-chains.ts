/**
 * Sign-off policies (plugin setting `signOff`, content-model.md "Credits"):
 * which desk credits make a report publishable.
 *
 * - `responsible-editor`: exactly one responsible editor and at least one
 *   editor (a trainee editor counts) — the seed's site.
 * - `three-review` (三审制): at least one editor or trainee editor (first
 *   review), exactly one second reviewer and exactly one final reviewer.
 * - `either` (default): one of the two chains is complete; otherwise the
 *   problems of the chain nearer completion.
 *
 * That the steps are done by different people is R4 (rule-sign-off.ts).
 */
import type { CreditRole } from './credit-roles';
import type { ProblemCode } from './messages';
import type { SignOffPolicy } from './sign-off-policies';

export { DEFAULT_SIGN_OFF, SIGN_OFF_POLICIES, isSignOffPolicy, type SignOffPolicy } from './sign-off-policies';

/** The two chains a policy can ask for. */
export type SignOffChain = 'responsible-editor' | 'three-review';

/** Roles that do the first review: an editor, or a trainee editor. */
export const FIRST_REVIEW_ROLES: ReadonlyArray<CreditRole> = ['editor', 'trainee-editor'];

/** What a chain still lacks: a code and, for `*.multiple`, how many there are. */
export interface ChainGap {
  code: ProblemCode;
  count?: number;
}

type RoleCount = (role: CreditRole) => number;

/** One exactly: `missing` when none, `multiple` with the count when more. */
function exactlyOne(count: number, missing: ProblemCode, multiple: ProblemCode): ChainGap[] {
  if (count === 0) return [{ code: missing }];
  return count > 1 ? [{ code: multiple, count }] : [];
}

function firstReviewGaps(count: RoleCount): ChainGap[] {
  return FIRST_REVIEW_ROLES.some((role) => count(role) > 0) ? [] : [{ code: 'credits.editor.missing' }];
}

/** What the chain lacks; `[]` when it is complete. */
export function chainGaps(chain: SignOffChain, count: RoleCount): ChainGap[] {
  if (chain === 'responsible-editor') {
    return [
      ...exactlyOne(count('responsible-editor'), 'credits.responsible-editor.missing', 'credits.responsible-editor.multiple'),
      ...firstReviewGaps(count),
    ];
  }
  return [
    ...firstReviewGaps(count),
    ...exactlyOne(count('second-reviewer'), 'credits.second-reviewer.missing', 'credits.second-reviewer.multiple'),
    ...exactlyOne(count('final-reviewer'), 'credits.final-reviewer.missing', 'credits.final-reviewer.multiple'),
  ];
}

/**
 * Under `either`, the chain nearer completion: the one with fewer gaps; on a
 * tie, the one whose own roles (a responsible editor; a second or final
 * reviewer) are credited, and otherwise the responsible-editor chain.
 */
export function nearerChain(count: RoleCount): SignOffChain {
  const responsible = chainGaps('responsible-editor', count).length;
  const review = chainGaps('three-review', count).length;
  if (responsible !== review) return responsible < review ? 'responsible-editor' : 'three-review';
  const hasReviewers = count('second-reviewer') + count('final-reviewer') > 0;
  return hasReviewers && count('responsible-editor') === 0 ? 'three-review' : 'responsible-editor';
}

/**
 * The sign-off gaps under a policy. `either` passes when one chain is
 * complete; else it reports the nearer chain's gaps after
 * `credits.sign-off.incomplete`.
 */
export function signOffGaps(policy: SignOffPolicy, count: RoleCount): ChainGap[] {
  if (policy !== 'either') return chainGaps(policy, count);
  const complete = (['responsible-editor', 'three-review'] as const).some((chain) => chainGaps(chain, count).length === 0);
  if (complete) return [];
  return [{ code: 'credits.sign-off.incomplete' }, ...chainGaps(nearerChain(count), count)];
}
