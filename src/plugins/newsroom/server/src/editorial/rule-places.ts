/**
 * R8: Chinese place names say what they are. A street-level unit is a 街道
 * (subdistrict) or a 镇 (town); below it a 社区 (community) or a 村
 * (village). 沙头 alone is ambiguous — 沙头街道 is not — and frontends group
 * cases by these suffixes. English names follow no such pattern, so the rule
 * applies to the zh-Hans locale only.
 */
import { isBlank, problem, type KindedDocument } from './rule';
import type { CheckContext, Problem } from './types';

const STREET_SUFFIXES = ['街道', '镇'];
const COMMUNITY_SUFFIXES = ['社区', '村'];

function endsWithAny(value: string, suffixes: ReadonlyArray<string>): boolean {
  return suffixes.some((suffix) => value.trim().endsWith(suffix));
}

export function checkPlaceNames(document: KindedDocument, ctx: CheckContext): Problem[] {
  if (document.kind !== 'street-case' || ctx.locale !== 'zh-Hans') return [];
  const { street, community } = document.data;
  const problems: Problem[] = [];
  if (street && !isBlank(street) && !endsWithAny(street, STREET_SUFFIXES)) {
    problems.push(problem(ctx, ['street'], 'place.street.suffix'));
  }
  if (community && !isBlank(community) && !endsWithAny(community, COMMUNITY_SUFFIXES)) {
    problems.push(problem(ctx, ['community'], 'place.community.suffix'));
  }
  return problems;
}
