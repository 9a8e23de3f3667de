/**
 * People as reports describe them: `福田区残联党组书记、理事长、一级调研员罗念纯`
 * — an organization, titles separated by 、 (or a comma), and the name last.
 *
 * Where does the organization end and the first title begin? A title is read
 * by a small grammar: any number of qualifiers (党组, 副, 一级, 主席团 …)
 * followed by one base title (书记, 理事长, 调研员, 主任 …). The title of a
 * segment is its LONGEST suffix that the grammar accepts, so
 * `福田区残联党组书记` splits into 福田区残联 + 党组书记 and
 * `梅林街道党工委委员` into 梅林街道 + 党工委委员; what is left in front is the
 * organization.
 *
 * Where does the last title end and the name begin? Right after a base title,
 * a name is 2–4 Han characters starting with a known surname and followed by
 * something that can follow a name (a verb such as 传达/作报告/出席, a
 * preposition such as 对, punctuation, the end). The shortest such name wins,
 * and a name never swallows a multi-character verb (`刘作报告` is not a name).
 * A description followed directly by a speech verb is a person the report
 * does not name (`沙头街道公共服务办副主任、街道残联理事长分享经验`).
 */
import { readNameAt } from './person-names';
import { wordAt } from './text';

export { readNameAt, VERBS_AFTER_NAME } from './person-names';

/** Base titles: the last word of every title. */
const BASE_TITLES = [
  '书记',
  '成员',
  '委员',
  '常委',
  '理事长',
  '理事',
  '监事长',
  '主席',
  '区长',
  '市长',
  '县长',
  '镇长',
  '主任',
  '主任委员',
  '调研员',
  '巡视员',
  '局长',
  '部长',
  '处长',
  '科长',
  '股长',
  '秘书长',
  '会长',
  '所长',
  '院长',
  '校长',
  '馆长',
  '站长',
  '经理',
  '董事长',
  '组长',
  '队长',
  '专干',
  '干事',
];

/** Base titles that are titles only behind a qualifier: 党组成员, but not 成员 alone. */
const QUALIFIED_ONLY = new Set(['成员', '委员', '理事']);

/** Qualifiers in front of a base title. */
const TITLE_QUALIFIERS = [
  '党组',
  '党委',
  '党工委',
  '党总支',
  '党支部',
  '纪委',
  '纪工委',
  '副',
  '常务',
  '一级',
  '二级',
  '三级',
  '四级',
  '执行',
  '名誉',
  '主席团',
  '专职',
  '兼职',
  '挂职',
  '首席',
  '总',
];

/** Longest title we read; anything longer is organization plus title. */
const MAX_TITLE_LENGTH = 12;

/** Longest segment (organization + title) between two separators. */
const MAX_SEGMENT_LENGTH = 40;

/** How many 、/comma-separated segments one description may have. */
const MAX_SEGMENTS = 8;

const BASE_TITLE_SET = new Set(BASE_TITLES);

/** Answers of isTitle, which runs on every suffix of every segment; cleared when it grows past MEMO_LIMIT. */
const titleMemo = new Map<string, boolean>();
const MEMO_LIMIT = 10_000;

/** True when the whole of `text` is a title: qualifiers then a base title. */
export function isTitle(text: string): boolean {
  const known = titleMemo.get(text);
  if (known !== undefined) return known;
  const answer = isQualifiedTitle(text, false);
  if (titleMemo.size >= MEMO_LIMIT) titleMemo.clear();
  titleMemo.set(text, answer);
  return answer;
}

function isQualifiedTitle(text: string, qualified: boolean): boolean {
  if (text.length === 0 || text.length > MAX_TITLE_LENGTH) return false;
  if (BASE_TITLE_SET.has(text) && (qualified || !QUALIFIED_ONLY.has(text))) return true;
  return TITLE_QUALIFIERS.some(
    (qualifier) => text.length > qualifier.length && text.startsWith(qualifier) && isQualifiedTitle(text.slice(qualifier.length), true),
  );
}

/** `福田区残联党组书记` → {organization 福田区残联, title 党组书记}; the organization may be ''. */
export function splitOrganizationAndTitle(segment: string): { organization: string; title: string } | undefined {
  const start = Math.max(0, segment.length - MAX_TITLE_LENGTH);
  for (let index = start; index < segment.length; index += 1) {
    const title = segment.slice(index);
    if (isTitle(title)) return { organization: segment.slice(0, index).trim(), title };
  }
  return undefined;
}

// --- descriptions ----------------------------------------------------------

/** Characters that end a segment of a description. */
const SEGMENT_BOUNDARY = new Set([...'、，,;；:：。！？!?()（）“”"《》【】[] ']);

/** Separators between two segments of one description: 党组书记、理事长 / 副区长,残工委主任. */
const SEGMENT_JOINERS = new Set(['、', ',', '，']);

/**
 * Words in front of a description that belong to the sentence, not the
 * organization: 会议由区残联理事长罗念纯主持.
 */
const LEADING_FUNCTION_WORDS = [
  '出席会议的有',
  '参加会议的有',
  '会议由',
  '并由',
  '特邀',
  '邀请',
  '其中',
  '包括',
  '随后',
  '最后',
  '首先',
  '接着',
  '然后',
  '会上',
  '由',
  '请',
];

/** A person in a sentence: the description, the name if given, where the mention ends. */
export interface PersonMention {
  /** `福田区残联党组书记、理事长、一级调研员` — the article's words. */
  description: string;
  name?: string;
  /** Where the description starts in the sentence. */
  start: number;
  /** Where the phrase starts, before function words such as 会议由: the previous predicate ends here. */
  phraseStart: number;
  /** Right after the name (or the description when unnamed): where the predicate starts. */
  end: number;
}

/**
 * Every described person in `sentence`, in order. `speechVerbAt` tells
 * whether a speech verb starts at an index: an unnamed description counts
 * only when one follows it directly.
 */
export function findPersonMentions(sentence: string, speechVerbAt: (text: string, index: number) => boolean): PersonMention[] {
  const mentions: PersonMention[] = [];
  for (let index = 0; index < sentence.length; index += 1) {
    const base = wordAt(sentence, index, BASE_TITLES);
    if (base === undefined) continue;
    const titleEnd = index + base.length;
    // A longer title goes on (主任委员): decide at its end instead.
    if (wordAt(sentence, titleEnd, BASE_TITLES) !== undefined) continue;
    // The segment holding the title must really end with one (not 残工委成员单位).
    if (splitOrganizationAndTitle(sentence.slice(segmentStart(sentence, index), titleEnd)) === undefined) continue;
    const name = readNameAt(sentence, titleEnd);
    if (name === undefined && !speechVerbAt(sentence, titleEnd)) continue;
    const { phraseStart, start } = descriptionStart(sentence, index);
    const description = sentence.slice(start, titleEnd);
    const end = titleEnd + (name?.length ?? 0);
    const mention = { description, start, phraseStart, end };
    mentions.push(name === undefined ? mention : { ...mention, name });
    index = end - 1;
  }
  return mentions;
}

/** Start of the segment that contains `index`, looking back at most MAX_SEGMENT_LENGTH characters. */
function segmentStart(text: string, index: number): number {
  const limit = Math.max(0, index - MAX_SEGMENT_LENGTH);
  let start = index;
  while (start > limit && !SEGMENT_BOUNDARY.has(text[start - 1])) start -= 1;
  return start;
}

/**
 * Where the description around the title at `titleIndex` starts: back over
 * earlier segments as long as each ends with a title (党组书记、理事长、…),
 * then past leading function words (会议由 …).
 */
function descriptionStart(sentence: string, titleIndex: number): { phraseStart: number; start: number } {
  let start = segmentStart(sentence, titleIndex);
  for (let count = 1; count < MAX_SEGMENTS; count += 1) {
    const joiner = sentence[start - 1];
    if (start === 0 || !SEGMENT_JOINERS.has(joiner)) break;
    const previousStart = segmentStart(sentence, start - 1);
    const previous = sentence.slice(previousStart, start - 1);
    // A segment that does not end with a title (a name: 理事长罗念纯、副理事长申晓东;
    // an opener: 会上,) belongs to something else.
    if (previous === '' || splitOrganizationAndTitle(previous) === undefined) break;
    start = previousStart;
  }
  const phraseStart = start;
  let skipped = true;
  while (skipped) {
    const word = wordAt(sentence, start, LEADING_FUNCTION_WORDS);
    skipped = word !== undefined && start + word.length < titleIndex;
    if (word !== undefined && skipped) start += word.length;
  }
  return { phraseStart, start };
}

/** The segments of a description: split on 、 and commas. */
export function descriptionSegments(description: string): string[] {
  const segments: string[] = [];
  let current = '';
  for (const char of description) {
    if (SEGMENT_JOINERS.has(char)) {
      if (current.trim() !== '') segments.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  if (current.trim() !== '') segments.push(current.trim());
  return segments;
}
