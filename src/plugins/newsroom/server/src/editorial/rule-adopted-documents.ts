/**
 * R12: an adopted document's title has balanced brackets. The surrounding
 * 《》 are stripped by the normalizer before this runs, so a 《 left over
 * here means the title was cut (`《福田区残疾预防行动方案`).
 */
import { unbalancedBracket } from './brackets';
import { problem, type KindedDocument } from './rule';
import type { CheckContext, Problem } from './types';

export function checkAdoptedDocumentTitles(document: KindedDocument, ctx: CheckContext): Problem[] {
  if (document.kind !== 'meeting') return [];
  return (document.data.adoptedDocuments ?? []).flatMap((adopted, index) => {
    const bracket = adopted?.title ? unbalancedBracket(adopted.title) : undefined;
    return bracket ? [problem(ctx, ['adoptedDocuments', index, 'title'], 'adopted-document.title.brackets', { bracket })] : [];
  });
}
