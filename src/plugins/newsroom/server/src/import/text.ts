/**
 * Text primitives for the article parser: one spelling of the input, lines,
 * sentences and clauses.
 *
 * Reports arrive with half-width punctuation (the seed: `!`, `,`, `:`, `()`)
 * or full-width (`！`, `，`, `：`, `（）`) and often a mix of both. The parser
 * keeps the article's own punctuation in everything it outputs, so it never
 * rewrites the text; instead every test below accepts both widths.
 *
 * Every function here is a single left-to-right pass: the parser must stay
 * linear on 2 MB of hostile input, so nothing backtracks.
 */

/** Counting characters is the editorial core's (one definition for the rules and the parser). */
export { characterCount } from '../editorial/text';

/** One non-empty line of the input, trimmed, with its 1-based line number. */
export interface Line {
  text: string;
  line: number;
}

/** Sentence ends. `；` is not one: Chinese reports use it between clauses. */
export const SENTENCE_END = new Set(['。', '！', '？', '!', '?']);

/** Clause separators inside a sentence. */
export const CLAUSE_SEPARATOR = new Set([',', '，', ';', '；', ':', '：']);

/** Commas, half- and full-width. */
export const COMMA = new Set([',', '，']);

/** Colons, half- and full-width. */
export const COLON = new Set([':', '：']);

/** Brackets that can hold a sentence end or a comma without ending anything. */
const OPENERS = new Map([
  ['《', '》'],
  ['“', '”'],
  ['(', ')'],
  ['（', '）'],
  ['「', '」'],
  ['【', '】'],
]);
const CLOSERS = new Set(OPENERS.values());

/**
 * How far a bracket may stay open before it is taken for a stray one. Titles
 * and quotations are short; past this the splitter forgets the bracket, so one
 * unmatched `(` cannot glue the rest of a paragraph into one sentence.
 */
const MAX_BRACKET_SPAN = 200;

const HAN = /\p{Script=Han}/u;

export function isHan(char: string | undefined): boolean {
  return char !== undefined && HAN.test(char);
}

/** BOM off, LF line ends, NFC, ideographic spaces to plain (as the editorial hooks do). */
export function normalizeInput(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/\u3000/g, ' ');
}

/** Non-empty lines, trimmed, each with its line number. Each line of a report is one paragraph. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let number = 0;
  for (const raw of text.split('\n')) {
    number += 1;
    const trimmed = raw.trim();
    if (trimmed !== '') lines.push({ text: trimmed, line: number });
  }
  return lines;
}

/** Inner whitespace runs become one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Cuts `text` after every character in `separators` that stands outside
 * brackets, keeping the separator with the piece before it. Brackets open for
 * longer than MAX_BRACKET_SPAN are forgotten.
 */
function splitOutsideBrackets(text: string, separators: ReadonlySet<string>): string[] {
  const pieces: string[] = [];
  const open: string[] = [];
  let openedAt = -1;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (open.length > 0 && index - openedAt > MAX_BRACKET_SPAN) {
      open.length = 0;
    }
    const closer = OPENERS.get(char);
    if (closer !== undefined) {
      if (open.length === 0) openedAt = index;
      open.push(closer);
    } else if (CLOSERS.has(char)) {
      if (open.length > 0 && open[open.length - 1] === char) open.pop();
    } else if (open.length === 0 && separators.has(char)) {
      // Keep a run of closing marks (。” or !!) with the sentence they end.
      let end = index + 1;
      while (end < text.length && (separators.has(text[end]) || text[end] === '”' || text[end] === '"')) end += 1;
      pieces.push(text.slice(start, end));
      start = end;
      index = end - 1;
    }
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
}

/** Sentences of a paragraph, each with its final mark. */
export function splitSentences(paragraph: string): string[] {
  return splitOutsideBrackets(paragraph, SENTENCE_END);
}

/** Clauses of a sentence, each with its separator. */
export function splitClauses(sentence: string): string[] {
  return splitOutsideBrackets(sentence, new Set([...SENTENCE_END, ...CLAUSE_SEPARATOR]));
}

/** The text without trailing sentence or clause marks and spaces. */
export function stripTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && (SENTENCE_END.has(text[end - 1]) || CLAUSE_SEPARATOR.has(text[end - 1]) || /\s/.test(text[end - 1]))) {
    end -= 1;
  }
  return text.slice(0, end);
}

/** The text without leading clause marks and spaces. */
export function stripLeadingPunctuation(text: string): string {
  let start = 0;
  while (start < text.length && (CLAUSE_SEPARATOR.has(text[start]) || /\s/.test(text[start]))) start += 1;
  return text.slice(start);
}

/** True when the text ends a sentence or opens a list (。！？!?:：). */
export function endsLikeSentence(text: string): boolean {
  const last = text[text.length - 1];
  return SENTENCE_END.has(last) || COLON.has(last) || last === ';' || last === '；' || last === '…';
}

/** Index of the first of `needles` at or after `from`, with the needle; `undefined` when none. */
export function findFirst(
  text: string,
  needles: ReadonlyArray<string>,
  from = 0,
): { index: number; needle: string } | undefined {
  let best: { index: number; needle: string } | undefined;
  for (const needle of needles) {
    const index = text.indexOf(needle, from);
    if (index === -1) continue;
    if (best === undefined || index < best.index || (index === best.index && needle.length > best.needle.length)) {
      best = { index, needle };
    }
  }
  return best;
}

/** Word lists indexed by first character, built once per list: wordAt runs at every character of a 2 MB input. */
const WORD_INDEXES = new WeakMap<ReadonlyArray<string>, Map<string, string[]>>();

function indexOf(words: ReadonlyArray<string>): Map<string, string[]> {
  let index = WORD_INDEXES.get(words);
  if (index === undefined) {
    index = new Map();
    for (const word of [...words].sort((a, b) => b.length - a.length)) {
      if (word === '') continue;
      const list = index.get(word[0]) ?? [];
      list.push(word);
      index.set(word[0], list);
    }
    WORD_INDEXES.set(words, index);
  }
  return index;
}

/** The longest of `words` that `text` starts with at `index`. */
export function wordAt(text: string, index: number, words: ReadonlyArray<string>): string | undefined {
  if (index < 0 || index >= text.length) return undefined;
  const candidates = indexOf(words).get(text[index]);
  if (candidates === undefined) return undefined;
  for (const word of candidates) if (text.startsWith(word, index)) return word;
  return undefined;
}

/** Removes one of `openers` (and a following comma) from the start, repeatedly. */
export function stripOpeners(text: string, openers: ReadonlyArray<string>): string {
  let rest = text;
  for (let guard = 0; guard < 4; guard += 1) {
    const opener = wordAt(rest, 0, openers);
    if (opener === undefined) break;
    const after = rest.slice(opener.length);
    if (!COMMA.has(after[0] ?? '') && !COLON.has(after[0] ?? '')) break;
    rest = stripLeadingPunctuation(after);
  }
  return rest;
}
