/**
 * Running the rule table over one document.
 *
 * Returns every problem at once — an editor fixes a form in one pass, not one
 * error per save. The document is expected to be normalized already
 * (normalizeDocument), so rules see one spelling of each value.
 */
import type { KindedDocument, Rule } from './rule';
import { RULES } from './rules';
import type { CheckContext, KindName, DocumentByKind, Problem } from './types';

/** Whether `rule` runs for `kind` in this phase: publish runs everything, a save only `save` rules. */
export function appliesTo(rule: Rule, kind: string, ctx: CheckContext): boolean {
  return rule.kinds.includes(kind) && (rule.phase === 'save' || ctx.phase === 'publish');
}

export function checkDocument<K extends KindName>(kind: K | string, data: DocumentByKind[K] | Record<string, unknown>, ctx: CheckContext): Problem[] {
  // A kind's name and its data: the rules narrow `data` by `kind`, and a kind
  // the union does not name (one added to the registry) matches no narrowing.
  const document = { kind, data } as KindedDocument;
  return RULES.filter((rule) => appliesTo(rule, kind, ctx)).flatMap((rule) => rule.check(document, ctx));
}
