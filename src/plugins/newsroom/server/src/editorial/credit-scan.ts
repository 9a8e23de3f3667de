/**
 * Reading credits out of text, in one left-to-right pass.
 *
 * Chinese reports print credits in many ways: `[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]`,
 * `【编辑:…】`, `（责任编辑：…）|`, footer lines `来源：… 作者：… 编辑：…`, the
 * 读特 review chain `见习编辑 NAME 审读 NAME 二审 NAME 三审 NAME`, bylines
 * `(记者 田也)`, `本报记者田也`, with full-width or half-width colons and
 * brackets. `scanCreditText` reads all of them.
 *
 * Linear time: the text is walked once. At each position only the few role
 * words starting with that character are tried (all at most four characters
 * long), every look-ahead is bounded, and no slice of the remaining text is
 * made or matched by a regular expression. Names are cut out between one
 * role word and the next, so every character is looked at a constant number
 * of times. `npm run bench:credits` prints the figures.
 */
import { ROLE_WORDS, type CreditRole } from './credit-roles';
import { normalizeCreditName } from './credit-name';

/** A credit as the parser and formatters see it: a known role and a name. */
export interface ParsedCredit {
  role: CreditRole;
  name: string;
}

/** What a scan found. */
export interface CreditText {
  /** Every credit, in the order it appears. `作者` (author) in a footer counts as `reporter`. */
  credits: ParsedCredit[];
  /** The value of a `来源：` label, when there is one: the report's source. */
  source?: string;
  /** A role or label word followed by a colon was seen (`编辑：`, `来源：`). */
  labelled: boolean;
  /** The text has a bracket or a `|`. */
  bracketed: boolean;
  /** The text (after blanks and an opening bracket) starts with a role word. */
  startsWithRole: boolean;
}

/** Brackets that enclose one credit group, and `|`, which ends one (`（责任编辑：郑晓鹏）|`). */
const GROUP_BREAKS = new Set([...'[【（(〔［〖]】）)〕］〗|｜']);

/** Separators of a list of names: 、 ， , ; ； / ／. */
const NAME_LIST_SEPARATORS = new Set([...'、，,;；/／']);
const NAME_LIST_SEPARATOR = /[、，,;；/／]/;

/**
 * Titles printed before a role word, as in 本报记者 田也 or 特约通讯员 张三.
 * They qualify the role and are not part of any name.
 */
const ROLE_PREFIXES = ['本报', '本台', '本网', '特约', '见习', '实习', '首席'];

/**
 * First characters that turn a role word into another noun: 摄影师, 编辑部,
 * 记者站 … A role word glued to what follows is read as a role only when the
 * rest is a plausible Chinese name and does not start with one of these.
 */
const NOT_A_NAME_START = new Set([...'师部站室组团处家们会协者长']);

/**
 * Words that label something other than a credit in footer lines (`来源：…
 * 作者：… 编辑：…`, `时间：… 来源：…`). Read only with a colon; they end the
 * names of the role before them. 作者 (author) is the report's writer, read as
 * the reporter.
 */
type Label = 'source' | 'author' | 'other';
const LABEL_WORDS: ReadonlyArray<{ word: string; label: Label }> = [
  { word: '来源', label: 'source' },
  { word: '作者', label: 'author' },
  { word: '发布时间', label: 'other' },
  { word: '发表时间', label: 'other' },
  { word: '时间', label: 'other' },
  { word: '日期', label: 'other' },
];

type Meaning = { role: CreditRole } | { label: Label };
interface Word {
  word: string;
  meaning: Meaning;
}

/** Role and label words by their first character, longest first. */
const WORDS_BY_FIRST_CHAR: ReadonlyMap<string, ReadonlyArray<Word>> = (() => {
  const all: Word[] = [
    ...ROLE_WORDS.map(({ word, role }) => ({ word, meaning: { role } })),
    ...LABEL_WORDS.map(({ word, label }) => ({ word, meaning: { label } })),
  ].sort((a, b) => b.word.length - a.word.length);
  const map = new Map<string, Word[]>();
  for (const entry of all) map.set(entry.word[0], [...(map.get(entry.word[0]) ?? []), entry]);
  return map;
})();

/** One spelling for the parser: NFC, ideographic space to plain, one colon. */
function prepare(text: string): string {
  return text.normalize('NFC').replace(/\u3000/g, ' ').replace(/[：﹕]/g, ':');
}

const isSpace = (char: string | undefined): boolean =>
  char === ' ' || char === '\t' || char === '\u00a0' || char === '\r' || char === '\n';

/** A Han character (BMP and the common extensions), for names glued to a role word. */
const isHan = (char: string | undefined): boolean => char !== undefined && /\p{Script=Han}/u.test(char);

interface Marker {
  meaning: Meaning;
  /** Where the word (or its prefix) starts. */
  start: number;
  /** Where its value starts, after the word and any colon. */
  valueStart: number;
  colon: boolean;
}

/** Reads every credit in `text`, plus the facts the normalizer and the importer ask about. */
export function scanCreditText(text: string): CreditText {
  const prepared = prepare(text);
  const result: CreditText = { credits: [], labelled: false, bracketed: false, startsWithRole: false };
  let groupStart = 0;
  let first = true;
  for (let index = 0; index <= prepared.length; index += 1) {
    const char = prepared[index];
    const isBreak = char === '\n' || (char !== undefined && GROUP_BREAKS.has(char));
    if (char !== undefined && !isBreak) continue;
    if (char !== undefined && char !== '\n') result.bracketed = true;
    const markers = findMarkers(prepared, groupStart, index);
    const contentStart = firstNonBlank(prepared, groupStart, index);
    if (first && contentStart < index) {
      first = false;
      result.startsWithRole = markers.length > 0 && 'role' in markers[0].meaning && markers[0].start === contentStart;
    }
    readGroup(prepared, markers, index, result);
    groupStart = index + 1;
  }
  return result;
}

function firstNonBlank(text: string, from: number, to: number): number {
  let index = from;
  while (index < to && isSpace(text[index])) index += 1;
  return index;
}

/** Turns the markers of one group into credits and labels. */
function readGroup(text: string, markers: ReadonlyArray<Marker>, groupEnd: number, result: CreditText): void {
  markers.forEach((marker, index) => {
    if (marker.colon) result.labelled = true;
    const end = index + 1 < markers.length ? markers[index + 1].start : groupEnd;
    const { meaning } = marker;
    if ('role' in meaning) {
      for (const name of splitNames(text, marker.valueStart, end)) result.credits.push({ role: meaning.role, name });
    } else if (meaning.label === 'author') {
      for (const name of splitNames(text, marker.valueStart, end)) result.credits.push({ role: 'reporter', name });
    } else if (meaning.label === 'source' && result.source === undefined) {
      const source = trimmed(text, marker.valueStart, end);
      if (source !== '') result.source = source;
    }
  });
}

/** Every role or label word in `text[from, to)` that really introduces a value, left to right. */
function findMarkers(text: string, from: number, to: number): Marker[] {
  const markers: Marker[] = [];
  let index = from;
  while (index < to) {
    const marker = markerAt(text, from, to, index);
    if (marker) {
      markers.push(marker);
      index = Math.max(marker.valueStart, index + 1);
    } else {
      index += 1;
    }
  }
  return markers;
}

function markerAt(text: string, from: number, to: number, index: number): Marker | undefined {
  for (const { word, meaning } of WORDS_BY_FIRST_CHAR.get(text[index]) ?? []) {
    if (!text.startsWith(word, index) || index + word.length > to) continue;
    const afterWord = index + word.length;
    const colonAt = firstNonBlank(text, afterWord, to);
    // A colon makes the word unambiguous wherever it stands (陈苏雅责任编辑:郑晓鹏).
    if (text[colonAt] === ':') return { meaning, start: index, valueStart: colonAt + 1, colon: true };
    if (!('role' in meaning)) continue;
    const start = startOfRole(text, from, index);
    if (start === undefined) continue;
    if (afterWord === to || isSpace(text[afterWord])) return { meaning, start, valueStart: afterWord, colon: false };
    // A one-character word (图) glued to what follows is part of another word (图书馆).
    if (word.length > 1 && isGluedName(text, afterWord, to)) return { meaning, start, valueStart: afterWord, colon: false };
  }
  return undefined;
}

/**
 * Where a role word without a colon starts, if it stands at a word boundary
 * (start of the group, after a space or a list separator), possibly behind a
 * title such as 本报. `undefined` inside running text: 本报编辑部 has no role.
 */
function startOfRole(text: string, from: number, index: number): number | undefined {
  if (isBoundary(text, from, index)) return index;
  const prefix = ROLE_PREFIXES.find((p) => index - p.length >= from && text.startsWith(p, index - p.length));
  if (prefix && isBoundary(text, from, index - prefix.length)) return index - prefix.length;
  return undefined;
}

function isBoundary(text: string, from: number, index: number): boolean {
  if (index === from) return true;
  const before = text[index - 1];
  return isSpace(before) || NAME_LIST_SEPARATORS.has(before);
}

/** 记者田也: the glued rest, up to a space or separator, is 2–4 Han characters not starting a noun (摄影师). */
function isGluedName(text: string, from: number, to: number): boolean {
  let end = from;
  while (end < to && end - from <= 4 && isHan(text[end])) end += 1;
  const length = end - from;
  if (length < 2 || length > 4) return false;
  const next = text[end];
  const endsWord = end === to || isSpace(next) || NAME_LIST_SEPARATORS.has(next) || next === ':';
  return endsWord && !NOT_A_NAME_START.has(text[from]);
}

const TRAILING_PUNCTUATION = new Set([' ', '\t', '\u00a0', '\r', '\n', '。', '.']);

/** `text[from, to)` without leading blanks or colons and without trailing blanks, 。 or `.`. */
function trimmed(text: string, from: number, to: number): string {
  let start = from;
  while (start < to && (isSpace(text[start]) || text[start] === ':')) start += 1;
  let end = to;
  while (end > start && TRAILING_PUNCTUATION.has(text[end - 1])) end -= 1;
  return text.slice(start, end);
}

/**
 * The names after one role word. With list separators (、，…) only they
 * separate names, so inner spaces survive (Mary O'Neil、Tom Li). Without, a
 * space separates names written in spaceless scripts (陈飞 陈苏雅) while
 * consecutive words of other scripts form one name (Mary O'Neil).
 */
function splitNames(text: string, from: number, to: number): string[] {
  const segment = trimmed(text, from, to);
  const parts = NAME_LIST_SEPARATOR.test(segment) ? segment.split(NAME_LIST_SEPARATOR) : splitSpaceSeparatedNames(segment);
  return parts.map(normalizeCreditName).filter((name) => name !== '');
}

/** Scripts that write names without spaces: a space between two such names separates two people. */
const SPACELESS_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;

export function isSpacelessScriptWord(word: string): boolean {
  return SPACELESS_SCRIPT.test(word);
}

export function splitSpaceSeparatedNames(segment: string): string[] {
  const names: string[] = [];
  let previousJoinable = false;
  for (const word of segment.split(/\s+/)) {
    if (word === '') continue;
    const joinable = !SPACELESS_SCRIPT.test(word);
    if (joinable && previousJoinable) names[names.length - 1] += ` ${word}`;
    else names.push(word);
    previousJoinable = joinable;
  }
  return names;
}
