/**
 * Numbered points inside one paragraph, and what they list.
 *
 * ```
 * 报告指出，2023年龙华区残疾人工作取得显著成效：一是康复服务提质扩面，…；二是…；三是…。
 * └──────────────────── intro ─────────────────┘└ item 1 ──────────────┘
 * 叶建华要求，一要提高站位，…；二要聚焦重点，…；三要强化保障，…。
 * ```
 *
 * Markers: `一是`, `一要`, `第一，`, `1.`/`1、`, `（1）`, each at the start of
 * the paragraph or right after a clause mark, numbered 1, 2, 3 … in one style,
 * at least two of them. An item runs to the next marker; the last one to the
 * end of its sentence.
 *
 * What they list is for the sentence to say: an intro that speaks of results
 * (成绩, 成效, 取得 …) without turning to demands after that lists
 * achievements; one that turns to demands (要求, 意见, 强调 …), or markers
 * written `一要`, lists requirements. Anything else lists neither and is left
 * as it stands.
 */
import { CLAUSE_SEPARATOR, SENTENCE_END, characterCount, splitClauses, stripTrailingPunctuation } from './text';

export type PointsKind = 'achievements' | 'requirements';

const RESULT_CUES = ['成绩', '成效', '成果', '亮点', '表现在', '取得', '进展'];
const DEMAND_CUES = ['意见', '要求', '希望', '部署', '强调'];

/** The kind of list an intro introduces, if it says. */
export function pointsKind(intro: string, style: string): PointsKind | undefined {
  if (style === 'han-yao') return 'requirements';
  let lastResult = -1;
  for (const cue of RESULT_CUES) lastResult = Math.max(lastResult, intro.lastIndexOf(cue));
  let lastDemand = -1;
  for (const cue of DEMAND_CUES) lastDemand = Math.max(lastDemand, intro.lastIndexOf(cue));
  if (lastResult !== -1 && lastDemand < lastResult) return 'achievements';
  if (lastDemand !== -1) return 'requirements';
  return undefined;
}

const HAN_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** The marker strings of item `value` in each inline style. */
function markersOf(style: string, value: number): string[] {
  const han = HAN_NUMERALS[value - 1];
  switch (style) {
    case 'shi':
      return [`${han}是`];
    case 'yao':
      return [`${han}要`];
    case 'di':
      return [`第${han}，`, `第${han},`, `第${han}是`, `第${han}、`];
    case 'digit':
      return [`${value}.`, `${value}、`, `${value}．`, `（${value}）`, `(${value})`];
    default:
      return [];
  }
}
const STYLES = ['shi', 'yao', 'di', 'digit'];
const MAX_POINTS = HAN_NUMERALS.length;

function atBoundary(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text[index - 1];
  return CLAUSE_SEPARATOR.has(before) || SENTENCE_END.has(before) || /\s/.test(before);
}

/** The first occurrence at or after `from`, at a clause boundary, of one of `markers`. */
function findMarker(text: string, markers: ReadonlyArray<string>, from: number): { index: number; length: number } | undefined {
  let best: { index: number; length: number } | undefined;
  for (const marker of markers) {
    for (let at = text.indexOf(marker, from); at !== -1; at = text.indexOf(marker, at + 1)) {
      // 1.5万 is a number, not point 1.
      if (/\d/.test(text[at + marker.length] ?? '') || !atBoundary(text, at)) continue;
      if (best === undefined || at < best.index) best = { index: at, length: marker.length };
      break;
    }
  }
  return best;
}

export interface InlinePoints {
  kind: PointsKind;
  /** The paragraph before the first marker. */
  intro: string;
  /** Each item without its marker and closing mark. */
  items: string[];
  /** The paragraph after the last item's sentence. */
  after: string;
}

function endOfSentence(text: string, from: number): number {
  for (let index = from; index < text.length; index += 1) if (SENTENCE_END.has(text[index])) return index + 1;
  return text.length;
}

/** Inline numbered points of a paragraph, when it has a run of two or more that its intro names. */
export function findInlinePoints(paragraph: string): InlinePoints | undefined {
  for (const style of STYLES) {
    const first = findMarker(paragraph, markersOf(style, 1), 0);
    if (first === undefined || first.index === 0) continue;
    const starts = [first];
    for (let value = 2; value <= MAX_POINTS; value += 1) {
      const previous = starts[starts.length - 1];
      const next = findMarker(paragraph, markersOf(style, value), previous.index + previous.length);
      if (next === undefined || endOfSentence(paragraph, previous.index) < next.index) break;
      starts.push(next);
    }
    if (starts.length < 2) continue;
    const intro = paragraph.slice(0, first.index).trim();
    const kind = pointsKind(intro, style === 'yao' ? 'han-yao' : style);
    if (kind === undefined) continue;
    const last = starts[starts.length - 1];
    const end = endOfSentence(paragraph, last.index + last.length);
    const items = starts.map((start, i) =>
      stripTrailingPunctuation(paragraph.slice(start.index + start.length, i + 1 < starts.length ? starts[i + 1].index : end).trim()),
    );
    return { kind, intro, items, after: paragraph.slice(end).trim() };
  }
  return undefined;
}

/** A point's title: its first clause (`康复服务提质扩面，为…` → 康复服务提质扩面), without a leading 要. */
export function pointTitle(item: string): string | undefined {
  const [first = ''] = splitClauses(item);
  let title = stripTrailingPunctuation(first);
  if (title.startsWith('要') && characterCount(title) > 3) title = title.slice(1);
  return title === '' || characterCount(title) > 120 ? undefined : title;
}
