/**
 * R3 (who must be credited before publishing) and R4 (four eyes).
 *
 * R3: the sign-off chain the newsroom's `signOff` policy asks for is complete
 * (rule-sign-off-chains.ts), and the report names where it came from: a
 * reporter or a source.
 *
 * R4: no one signs off their own work. The responsible editor is neither a
 * reporter nor an editor of the item (`credits.four-eyes`); the second and
 * final reviewers are not reporters of the item, and the first review (an
 * editor or trainee editor), the second review and the final review are done
 * by three different people (`credits.review.same-person`). R4 looks at the
 * roles that are credited, whatever the policy: a second reviewer who also
 * edited the item has reviewed their own work under any policy.
 *
 * Both run on publish, for every item that carries an editorial component.
 * Credits with an unknown role or an empty name do not count: R1 already
 * reports them.
 */
import { isCreditRole, roleLabel, type CreditRole } from './credit-roles';
import { normalizeCreditName } from './credit-name';
import { editorialOf, isBlank, problem, type KindedDocument } from './rule';
import { DEFAULT_SIGN_OFF, FIRST_REVIEW_ROLES, signOffGaps } from './rule-sign-off-chains';
import type { CheckContext, FieldPath, Problem } from './types';

const CREDITS_PATH: FieldPath = ['editorial', 'credits'];

interface CountedCredit {
  index: number;
  role: CreditRole;
  /** Normalized and case-folded, for comparing people. */
  person: string;
  name: string;
}

function countedCredits(document: KindedDocument): CountedCredit[] {
  const credits = editorialOf(document)?.credits;
  if (!Array.isArray(credits)) return [];
  return credits.flatMap((credit, index) => {
    const role = credit?.role;
    const name = normalizeCreditName(typeof credit?.name === 'string' ? credit.name : '');
    if (!isCreditRole(role) || name === '') return [];
    return [{ index, role, person: name.toLowerCase(), name }];
  });
}

/** R3: the policy's chain is complete, and there is a reporter or a source. */
export function checkSignOff(document: KindedDocument, ctx: CheckContext): Problem[] {
  const editorial = editorialOf(document);
  if (!editorial) return [];
  const credits = countedCredits(document);
  const count = (role: CreditRole): number => credits.filter((credit) => credit.role === role).length;
  const problems = signOffGaps(ctx.signOff ?? DEFAULT_SIGN_OFF, count).map((gap) =>
    problem(ctx, CREDITS_PATH, gap.code, gap.count === undefined ? undefined : { count: gap.count }),
  );
  if (count('reporter') === 0 && isBlank(editorial.source)) {
    problems.push(problem(ctx, CREDITS_PATH, 'credits.reporter-or-source.missing'));
  }
  return problems;
}

const labelIn = (ctx: CheckContext, role: CreditRole): string =>
  ctx.language === 'en' ? roleLabel(role, 'en').toLowerCase() : roleLabel(role, 'zh');

/** The roles a responsible editor may not also hold on the same item. */
const CONFLICTING_ROLES: ReadonlyArray<CreditRole> = ['reporter', 'editor'];

/** R4: each responsible-editor credit whose person is also a reporter or editor; path to that credit's name. */
export function checkFourEyes(document: KindedDocument, ctx: CheckContext): Problem[] {
  const credits = countedCredits(document);
  return credits
    .filter((credit) => credit.role === 'responsible-editor')
    .flatMap((responsible) => {
      const conflict = credits.find(
        (other) => CONFLICTING_ROLES.includes(other.role) && other.person === responsible.person,
      );
      if (!conflict) return [];
      const params = { name: responsible.name, role: labelIn(ctx, conflict.role) };
      return [problem(ctx, [...CREDITS_PATH, responsible.index, 'name'], 'credits.four-eyes', params)];
    });
}

/**
 * For each review step, the roles its reviewer may not also hold: the second
 * reviewer is not a reporter or first reviewer; the final reviewer is not a
 * reporter, first reviewer or second reviewer.
 */
const EARLIER_STEPS: ReadonlyArray<[CreditRole, ReadonlyArray<CreditRole>]> = [
  ['second-reviewer', ['reporter', ...FIRST_REVIEW_ROLES]],
  ['final-reviewer', ['reporter', ...FIRST_REVIEW_ROLES, 'second-reviewer']],
];

/** R4: a second or final reviewer who reported the item or did an earlier review; path to the reviewer's name. */
export function checkReviewSteps(document: KindedDocument, ctx: CheckContext): Problem[] {
  const credits = countedCredits(document);
  return EARLIER_STEPS.flatMap(([step, earlier]) =>
    credits
      .filter((credit) => credit.role === step)
      .flatMap((reviewer) => {
        const conflict = credits.find((other) => earlier.includes(other.role) && other.person === reviewer.person);
        if (!conflict) return [];
        const params = { name: reviewer.name, role: labelIn(ctx, step), otherRole: labelIn(ctx, conflict.role) };
        return [problem(ctx, [...CREDITS_PATH, reviewer.index, 'name'], 'credits.review.same-person', params)];
      }),
  );
}
