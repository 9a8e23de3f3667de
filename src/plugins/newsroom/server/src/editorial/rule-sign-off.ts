/**
 * R3 (who must be credited before publishing) and R4 (four eyes).
 *
 * A report is published under the name of exactly one responsible editor,
 * after at least one editor worked on it, and it names where it came from: a
 * reporter or a source. The responsible editor is the second pair of eyes,
 * so they cannot also have written or edited the item.
 *
 * Both run on publish, for every item that carries an editorial component.
 * Credits with an unknown role or an empty name do not count: R1 already
 * reports them.
 */
import { CREDIT_ROLE_LABELS, isCreditRole } from './credit-roles';
import { normalizeCreditName } from './credit-name';
import { editorialOf, isBlank, problem, type KindedDocument } from './rule';
import type { CheckContext, CreditRole, FieldPath, Problem } from './types';

const CREDITS_PATH: FieldPath = ['editorial', 'credits'];

interface CountedCredit {
  index: number;
  role: CreditRole;
  /** Normalized and case-folded, for comparing people. */
  person: string;
  name: string;
}

function countedCredits(document: KindedDocument): CountedCredit[] {
  return (editorialOf(document)?.credits ?? []).flatMap((credit, index) => {
    const role = credit?.role;
    const name = normalizeCreditName(credit?.name ?? '');
    if (!isCreditRole(role) || name === '') return [];
    return [{ index, role, person: name.toLowerCase(), name }];
  });
}

/** R3: exactly one responsible editor, at least one editor, a reporter or a source. */
export function checkSignOff(document: KindedDocument, ctx: CheckContext): Problem[] {
  const editorial = editorialOf(document);
  if (!editorial) return [];
  const credits = countedCredits(document);
  const count = (role: CreditRole): number => credits.filter((credit) => credit.role === role).length;
  const problems: Problem[] = [];
  const responsibleEditors = count('responsible-editor');
  if (responsibleEditors === 0) problems.push(problem(ctx, CREDITS_PATH, 'credits.responsible-editor.missing'));
  if (responsibleEditors > 1) {
    problems.push(problem(ctx, CREDITS_PATH, 'credits.responsible-editor.multiple', { count: responsibleEditors }));
  }
  if (count('editor') === 0) problems.push(problem(ctx, CREDITS_PATH, 'credits.editor.missing'));
  if (count('reporter') === 0 && isBlank(editorial.source)) {
    problems.push(problem(ctx, CREDITS_PATH, 'credits.reporter-or-source.missing'));
  }
  return problems;
}

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
      const label = CREDIT_ROLE_LABELS[conflict.role];
      const role = ctx.language === 'en' ? label.en.toLowerCase() : label.zh;
      return [problem(ctx, [...CREDITS_PATH, responsible.index, 'name'], 'credits.four-eyes', { name: responsible.name, role })];
    });
}
