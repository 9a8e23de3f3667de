/**
 * R1 (credit names) and R2 (no person twice in one role).
 *
 * R1 also covers the speaker's name, which content-model.md defines by the
 * same rule; it reports with the same `credits.name.*` codes. An empty
 * speaker name is `field.required` instead (see rule-required.ts).
 */
import { CREDIT_ROLE_LABELS, isCreditRole } from './credit-roles';
import { CREDIT_NAME_MAX_LENGTH, creditNameFault, normalizeCreditName, type CreditNameFault } from './credit-name';
import type { ProblemCode } from './messages';
import { editorialOf, isBlank, problem, type KindedDocument } from './rule';
import type { CheckContext, Credit, FieldPath, Problem } from './types';

const CODE_OF_FAULT: Readonly<Record<CreditNameFault, ProblemCode>> = {
  empty: 'credits.name.empty',
  'too-long': 'credits.name.too-long',
  invalid: 'credits.name.invalid',
};

const CREDITS_PATH: FieldPath = ['editorial', 'credits'];

/** The credit list; a hole (null) left by a client keeps its index, so paths stay right. */
function creditsOf(document: KindedDocument): Credit[] {
  const credits = editorialOf(document)?.credits;
  // A wrong type is the entrance check's (field.type); the rule reads only a list.
  return Array.isArray(credits) ? credits.map((credit) => credit ?? {}) : [];
}

function nameProblem(ctx: CheckContext, path: FieldPath, name: string | null | undefined): Problem[] {
  const fault = creditNameFault(name);
  if (fault === undefined) return [];
  return [problem(ctx, path, CODE_OF_FAULT[fault], { name: name ?? '', max: CREDIT_NAME_MAX_LENGTH })];
}

/** R1: every credit has a known role and a valid name; so does a speaker. */
export function checkCreditNames(document: KindedDocument, ctx: CheckContext): Problem[] {
  if (document.kind === 'speaker') {
    const { name } = document.data;
    return isBlank(name) ? [] : nameProblem(ctx, ['name'], name);
  }
  return creditsOf(document).flatMap((credit, index) => {
    const path = [...CREDITS_PATH, index];
    const roleProblems = isCreditRole(credit.role)
      ? []
      : [problem(ctx, [...path, 'role'], 'credits.role.invalid', { role: credit.role ?? '' })];
    return [...roleProblems, ...nameProblem(ctx, [...path, 'name'], credit.name)];
  });
}

/**
 * R2: the same name twice in the same role; the repeat is reported. Names
 * compare after normalization and case folding: 阿卜杜•热合曼 and 阿卜杜·热合曼,
 * or MARY O'NEIL and Mary O'Neil, are one person.
 */
export function checkDuplicateCredits(document: KindedDocument, ctx: CheckContext): Problem[] {
  const seen = new Set<string>();
  return creditsOf(document).flatMap((credit, index) => {
    const name = normalizeCreditName(credit.name ?? '');
    if (name === '' || !isCreditRole(credit.role)) return [];
    const key = `${credit.role}\u0000${name.toLowerCase()}`;
    if (!seen.has(key)) {
      seen.add(key);
      return [];
    }
    const label = CREDIT_ROLE_LABELS[credit.role];
    const role = ctx.language === 'en' ? label.en.toLowerCase() : label.zh;
    return [problem(ctx, [...CREDITS_PATH, index, 'name'], 'credits.duplicate', { name, role })];
  });
}
