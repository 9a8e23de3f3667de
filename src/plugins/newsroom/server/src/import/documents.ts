/**
 * The documents a meeting acted on: `审议通过了《…》` → adopted, `审议了《…》`
 * → reviewed, `传达学习了《…》`, `学习了《…》` → relayed, and a document
 * someone explained (`对《…》(审议稿)作了说明`) → reviewed, since a meeting
 * hears the explanation of what it reviews. One entry per title, with the
 * strongest action any mention gave it.
 */
import type { AdoptedDocumentAction } from '../editorial/types';

/** Verbs before 《…》 and the action each records; longest first. */
const DOCUMENT_ACTIONS: ReadonlyArray<{ verb: string; action: AdoptedDocumentAction }> = [
  { verb: '审议并通过', action: 'adopted' },
  { verb: '审议通过', action: 'adopted' },
  { verb: '表决通过', action: 'adopted' },
  { verb: '讨论通过', action: 'adopted' },
  { verb: '审定通过', action: 'adopted' },
  { verb: '研究通过', action: 'adopted' },
  { verb: '讨论审议', action: 'reviewed' },
  { verb: '审议讨论', action: 'reviewed' },
  { verb: '审议', action: 'reviewed' },
  { verb: '传达学习', action: 'relayed' },
  { verb: '学习传达', action: 'relayed' },
  { verb: '传达', action: 'relayed' },
  { verb: '学习', action: 'relayed' },
];

/** After `对《…》` (and a short note such as (审议稿)): the explanation verb. */
const EXPLAINED = /^(?:[(（][^()（）]{1,10}[)）])?(?:作了?|做了?|进行了?)(?:起草|情况|有关)?说明/;

/** How much stronger one action is: adopting a document outranks reviewing it, which outranks relaying. */
const ACTION_RANK: Readonly<Record<AdoptedDocumentAction, number>> = { adopted: 3, reviewed: 2, relayed: 1 };

const MAX_DOCUMENT_TITLE = 100;

/** Joiners between two titles under one verb: 《甲》、《乙》和《丙》. */
const TITLE_JOINERS = ['以及', '、', '和', '及', '与'];

export interface ReadDocument {
  title: string;
  action: AdoptedDocumentAction;
}

/** The 《…》 starting at `index` (without the marks), if it closes within MAX_DOCUMENT_TITLE. */
function titleAt(text: string, index: number): { title: string; end: number } | undefined {
  if (text[index] !== '《') return undefined;
  let depth = 0;
  const limit = Math.min(text.length, index + MAX_DOCUMENT_TITLE + 2);
  for (let cursor = index; cursor < limit; cursor += 1) {
    if (text[cursor] === '《') depth += 1;
    else if (text[cursor] === '》') {
      depth -= 1;
      if (depth === 0) {
        const title = text.slice(index + 1, cursor).trim();
        return title === '' ? undefined : { title, end: cursor + 1 };
      }
    }
  }
  return undefined;
}

/** `对《…》作了说明`: the document explained, as reviewed. */
function explainedAt(text: string, index: number, before: string): { action: AdoptedDocumentAction } | undefined {
  if (!before.endsWith('对')) return undefined;
  const found = titleAt(text, index);
  if (found === undefined) return undefined;
  return EXPLAINED.test(text.slice(found.end, found.end + 20)) ? { action: 'reviewed' } : undefined;
}

/** Documents the meeting acted on in `text`: 审议通过了《…》 → adopted, and so on. */
export function readDocuments(text: string): ReadDocument[] {
  const documents: ReadDocument[] = [];
  for (let index = text.indexOf('《'); index !== -1; index = text.indexOf('《', index + 1)) {
    let before = text.slice(Math.max(0, index - 8), index);
    if (before.endsWith('了')) before = before.slice(0, -1);
    const entry = DOCUMENT_ACTIONS.find((candidate) => before.endsWith(candidate.verb)) ?? explainedAt(text, index, before);
    if (entry === undefined) continue;
    let cursor = index;
    for (let guard = 0; guard < 20; guard += 1) {
      const found = titleAt(text, cursor);
      if (found === undefined) break;
      documents.push({ title: found.title, action: entry.action });
      // 《乙》 right after 《甲》 shares its verb as much as 《甲》、《乙》 does.
      const joiner = text[found.end] === '《' ? '' : TITLE_JOINERS.find((j) => text.startsWith(j, found.end));
      if (joiner === undefined || text[found.end + joiner.length] !== '《') break;
      cursor = found.end + joiner.length;
    }
    index = Math.max(index, cursor);
  }
  return documents;
}

/** One entry per title, in first-mention order, with the strongest action any mention gave it. */
export function mergeDocuments(documents: ReadonlyArray<ReadDocument>): ReadDocument[] {
  const merged = new Map<string, ReadDocument>();
  for (const document of documents) {
    const known = merged.get(document.title);
    if (known === undefined) merged.set(document.title, { ...document });
    else if (ACTION_RANK[document.action] > ACTION_RANK[known.action]) known.action = document.action;
  }
  return [...merged.values()];
}
