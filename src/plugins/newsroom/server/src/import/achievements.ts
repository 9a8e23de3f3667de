/**
 * The numbered achievements a report lists after the review of the past
 * year: `(一)高质量推进国家基本公共服务标准化综合试点。区残联率先发布…`.
 *
 * A run of achievements is a sequence of paragraphs numbered 1, 2, 3, … in
 * one marker style (`(一)`, `（一）`, `一、`, `1.`, `一是` …), at least two of
 * them, each holding a sentence (a numbered line without one is a section
 * heading), and introduced by a paragraph that speaks of results (成绩, 成效,
 * 亮点, 表现在 …) without turning to demands after that (意见, 要求 — a
 * leader's "several opinions" are numbered too: they are requirements, see
 * numbered-points.ts). Photo captions may stand between the items. Points
 * inside one paragraph (`一是…；二是…`) are read by numbered-points.ts and
 * become achievements here with their first clause as title.
 *
 * Each item: ordinal from the marker, title = its first sentence without the
 * final mark, summary = the rest of the paragraph. The year is the one the
 * report reviews (`对2022年残疾人工作情况进行了汇报`, `总结2022年全区残疾人工作`).
 */
import type { AchievementCategory } from '../editorial/types';
import { categorize } from './categories';
import { readOrdinalMarker } from './chinese-numerals';
import { readMetrics, type ParsedMetric } from './metrics';
import { pointsKind, pointTitle, type PointsKind } from './numbered-points';
import { characterCount, splitClauses, splitSentences, stripLeadingPunctuation, stripTrailingPunctuation } from './text';

export interface ParsedAchievement {
  ordinal: number;
  title?: string;
  year?: number;
  category: AchievementCategory;
  summary?: string;
  metrics?: ParsedMetric[];
}

/** A paragraph as the achievement reader sees it. */
export interface ItemCandidate {
  text: string;
  isCaption: boolean;
}

/** Titles longer than this are not titles (content model: ≤ 120). */
const MAX_TITLE_LENGTH = 120;

/** A numbered paragraph with a sentence in it. */
function itemMarker(text: string): ReturnType<typeof readOrdinalMarker> {
  const marker = readOrdinalMarker(text);
  if (marker === undefined) return undefined;
  const body = text.slice(marker.length);
  return /[。；;！!？?]/.test(body) ? marker : undefined;
}

/** How far a list's next number may jump and still belong to it: (2) then (4) is one list with a typo. */
const MAX_NUMBER_GAP = 3;

/** A run of numbered paragraphs and what its intro says they list. */
export interface NumberedRun {
  items: number[];
  kind: PointsKind;
}

/** Runs of numbered paragraphs (1, 2, 3 … in one style, two or more; a number may repeat or skip) whose intro says what they list. */
export function findNumberedRuns(paragraphs: ReadonlyArray<ItemCandidate>): NumberedRun[] {
  const runs: NumberedRun[] = [];
  for (let index = 0; index < paragraphs.length; index += 1) {
    const first = itemMarker(paragraphs[index].text);
    if (first === undefined || first.value !== 1) continue;
    let intro = index - 1;
    while (intro >= 0 && paragraphs[intro].isCaption) intro -= 1;
    const kind = intro < 0 ? undefined : pointsKind(paragraphs[intro].text, first.style);
    if (kind === undefined) continue;
    const items = [index];
    let previous = 1;
    for (let next = index + 1; next < paragraphs.length; next += 1) {
      if (paragraphs[next].isCaption) continue;
      const marker = itemMarker(paragraphs[next].text);
      // The same style, numbered on, or repeated or skipping a little by a typo (list-merger.ts reports those).
      if (marker === undefined || marker.style !== first.style || marker.value < previous || marker.value > previous + MAX_NUMBER_GAP) break;
      items.push(next);
      previous = marker.value;
    }
    if (items.length >= 2) {
      runs.push({ items, kind });
      index = items[items.length - 1];
    }
  }
  return runs;
}

/** One inline point as an achievement (without year): title its first clause, summary the rest. */
export function readInlineAchievement(item: string, ordinal: number): ParsedAchievement {
  const title = pointTitle(item);
  const summary = title === undefined ? item : stripLeadingPunctuation(item.slice(title.length));
  const metrics = readMetrics(item);
  return {
    ordinal,
    ...(title !== undefined ? { title } : {}),
    category: categorize(title ?? '', summary),
    ...(summary !== '' ? { summary } : {}),
    ...(metrics.length > 0 ? { metrics } : {}),
  };
}

/** A requirement's title from its numbered paragraph: the first sentence without marker and 要. */
export function requirementTitle(text: string): string | undefined {
  const marker = readOrdinalMarker(text);
  const body = marker === undefined ? text : text.slice(marker.length);
  const [firstSentence = ''] = splitSentences(body.trim());
  let title = stripTrailingPunctuation(firstSentence);
  if (title.startsWith('要')) title = title.slice(1);
  return title !== '' && characterCount(title) <= MAX_TITLE_LENGTH ? title : undefined;
}

/** One item paragraph as an achievement (without year). */
export function readAchievement(text: string): ParsedAchievement | undefined {
  const marker = readOrdinalMarker(text);
  if (marker === undefined) return undefined;
  const body = text.slice(marker.length).trim();
  const [firstSentence = ''] = splitSentences(body);
  const title = stripTrailingPunctuation(firstSentence);
  const summary = body.slice(firstSentence.length).trim();
  const metrics = readMetrics(body);
  const usableTitle = title !== '' && characterCount(title) <= MAX_TITLE_LENGTH ? title : undefined;
  return {
    ordinal: marker.value,
    ...(usableTitle !== undefined ? { title: usableTitle } : {}),
    category: categorize(title, summary),
    ...(summary !== '' ? { summary } : {}),
    ...(metrics.length > 0 ? { metrics } : {}),
  };
}

/** Words that say a clause reviews a past year's work. */
const REVIEW_CUES = ['总结', '回顾', '汇报'];

/**
 * The year the report reviews: a `YYYY年` in a clause that also says
 * 总结/回顾/汇报, not after the report's year. First in reading order.
 */
export function reviewedYear(texts: ReadonlyArray<string>, reportYear: number): number | undefined {
  for (const text of texts) {
    if (!REVIEW_CUES.some((cue) => text.includes(cue))) continue;
    for (const sentence of splitSentences(text)) {
      for (const clause of splitClauses(sentence)) {
        if (!REVIEW_CUES.some((cue) => clause.includes(cue))) continue;
        const match = /(\d{4})年/.exec(clause);
        if (match === null) continue;
        const year = Number(match[1]);
        if (year >= 1949 && year <= reportYear) return year;
      }
    }
  }
  return undefined;
}
