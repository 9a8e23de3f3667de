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
  const adoptedDocuments = document.data.adoptedDocuments;
  if (!Array.isArray(adoptedDocuments)) return []; // a wrong type is the entrance check's (field.type)
  return adoptedDocuments.flatMap((adopted, index) => {
    const bracket = typeof adopted?.title === 'string' && adopted.title ? unbalancedBracket(adopted.title) : undefined;
    return bracket ? [problem(ctx, ['adoptedDocuments', index, 'title'], 'adopted-document.title.brackets', { bracket })] : [];
  });
}
