/**
 * What a person did at the meeting, read from the verb after their name:
 * 主持 chair, 讲话 address, 作报告/汇报 report, 传达 relay, 作情况说明
 * explanation, 分享经验 experience.
 *
 * Only the first clause after the name counts (`罗念纯作报告,总结…`): later
 * clauses describe content, not the act. Text inside 《》 is a document title
 * and never a verb (`《…工作报告》`).
 */
import type { SpeechRole } from '../editorial/types';
import { findPersonMentions, type PersonMention } from './speaker-title';
import { CLAUSE_SEPARATOR, SENTENCE_END, stripLeadingPunctuation, stripTrailingPunctuation, wordAt } from './text';

/** Verb phrases and the role each names; the longest match at a position wins. */
const ROLE_VERBS: ReadonlyArray<{ verb: string; role: SpeechRole }> = [
  { verb: '主持会议', role: 'chair' },
  { verb: '主持', role: 'chair' },
  { verb: '作重要讲话', role: 'address' },
  { verb: '作总结讲话', role: 'address' },
  { verb: '发表讲话', role: 'address' },
  { verb: '讲话', role: 'address' },
  { verb: '致辞', role: 'address' },
  { verb: '作工作报告', role: 'report' },
  { verb: '作报告', role: 'report' },
  { verb: '工作报告', role: 'report' },
  { verb: '汇报', role: 'report' },
  { verb: '通报', role: 'report' },
  { verb: '传达', role: 'relay' },
  { verb: '作情况说明', role: 'explanation' },
  { verb: '作起草说明', role: 'explanation' },
  { verb: '作说明', role: 'explanation' },
  { verb: '情况说明', role: 'explanation' },
  { verb: '说明', role: 'explanation' },
  { verb: '解读', role: 'explanation' },
  { verb: '分享经验', role: 'experience' },
  { verb: '经验分享', role: 'experience' },
  { verb: '作经验交流', role: 'experience' },
  { verb: '经验交流', role: 'experience' },
  { verb: '作交流发言', role: 'experience' },
  { verb: '交流发言', role: 'experience' },
  { verb: '介绍经验', role: 'experience' },
  { verb: '经验介绍', role: 'experience' },
  { verb: '作典型发言', role: 'experience' },
  { verb: '典型发言', role: 'experience' },
];
const VERBS = ROLE_VERBS.map((entry) => entry.verb);

/**
 * Words around a verb that add nothing: a first clause made only of them and
 * the verb (`出席会议并讲话`, `作报告`) carries no summary.
 */
const VERB_FILLERS = ['出席会议并', '出席并', '在会上', '会上', '作了', '进行了', '进行', '并', '作', '会议'];

export function speechVerbAt(text: string, index: number): boolean {
  return wordAt(text, index, VERBS) !== undefined;
}

function roleOf(verb: string): SpeechRole {
  return ROLE_VERBS.find((entry) => entry.verb === verb)?.role ?? 'address';
}

/** End of the first clause of `text` (outside 《》), or its length. */
function firstClauseEnd(text: string): number {
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (char === '《') depth += 1;
    else if (char === '》' && depth > 0) depth -= 1;
    else if (depth === 0 && (CLAUSE_SEPARATOR.has(char) || SENTENCE_END.has(char))) return index;
    // A stray 《 must not hide the rest of a long sentence.
    if (depth > 0 && index > 120) depth = 0;
  }
  return text.length;
}

/** The first speech verb in the first clause of `predicate`, outside 《》. */
export function speechRoleIn(predicate: string): { role: SpeechRole; verb: string; index: number } | undefined {
  const end = firstClauseEnd(predicate);
  let depth = 0;
  for (let index = 0; index < end; index += 1) {
    const char = predicate[index];
    if (char === '《') depth += 1;
    else if (char === '》' && depth > 0) depth -= 1;
    if (depth > 0) continue;
    const verb = wordAt(predicate, index, VERBS);
    if (verb !== undefined) return { role: roleOf(verb), verb, index };
  }
  return undefined;
}

/**
 * What the speech was about, from the predicate after the name:
 * - `作报告,总结2022年…` → `总结2022年…` (a bare verb, then the content);
 * - `传达上级有关会议文件精神` → the predicate itself;
 * - `讲话`, `出席会议并讲话` → nothing.
 */
export function speechSummary(predicate: string, verb: string): string | undefined {
  const text = stripTrailingPunctuation(predicate.trim());
  const end = firstClauseEnd(text);
  const clause = text.slice(0, end);
  const at = clause.indexOf(verb);
  let rest = at === -1 ? clause : clause.slice(0, at) + clause.slice(at + verb.length);
  for (let guard = 0; guard < 6 && rest !== ''; guard += 1) {
    const filler = VERB_FILLERS.find((f) => rest.startsWith(f) || rest.endsWith(f));
    if (filler === undefined) break;
    rest = rest.startsWith(filler) ? rest.slice(filler.length) : rest.slice(0, rest.length - filler.length);
  }
  const bare = rest === '';
  const summary = bare ? stripLeadingPunctuation(text.slice(end)) : text;
  return summary === '' ? undefined : summary;
}

/** A person mention with what they did, if it was a speech. */
export interface SpeechMention extends PersonMention {
  role?: SpeechRole;
  summary?: string;
}

/** What may stand between two people who share one verb: 张建华、李慧分别汇报. */
const SHARED_VERB_JOINERS = new Set(['、', '和', '及', '与', '以及', ',', '，']);

/** Every person in `sentence`, each with the speech role and summary the sentence gives. */
export function readSpeechMentions(sentence: string): SpeechMention[] {
  const mentions = findPersonMentions(sentence, speechVerbAt);
  const read: SpeechMention[] = mentions.map((mention, index) => {
    const nextStart = index + 1 < mentions.length ? mentions[index + 1].phraseStart : sentence.length;
    const predicate = sentence.slice(mention.end, nextStart);
    const found = speechRoleIn(predicate);
    if (found === undefined) return mention;
    const summary = speechSummary(predicate, found.verb);
    return { ...mention, role: found.role, ...(summary !== undefined ? { summary } : {}) };
  });
  // A person joined to the next by 、/和 shares the next one's verb (…张建华、…李慧分别汇报了…).
  for (let index = read.length - 2; index >= 0; index -= 1) {
    const between = sentence.slice(read[index].end, mentions[index + 1].phraseStart).trim();
    const next = read[index + 1];
    if (read[index].role === undefined && next.role !== undefined && SHARED_VERB_JOINERS.has(between)) {
      read[index] = { ...read[index], role: next.role };
    }
  }
  return read;
}
