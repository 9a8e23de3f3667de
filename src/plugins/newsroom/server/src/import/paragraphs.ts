/**
 * Each paragraph of the article gets a kind: photo caption (captions.ts), a
 * numbered achievement (achievements.ts), a section heading (at most 40
 * characters, no sentence end), or a narrative paragraph; and the people it
 * mentions (speech-roles.ts), read from every paragraph but the achievements.
 *
 * Numbered points inside a paragraph (numbered-points.ts) are taken out of
 * it when they are achievements — the paragraph keeps its intro — and listed
 * as requirements when they are requirements, the paragraph unchanged.
 */
import { findNumberedRuns, readAchievement, readInlineAchievement, requirementTitle, type ParsedAchievement } from './achievements';
import { isCaption } from './captions';
import { readOrdinalMarker } from './chinese-numerals';
import type { Content } from './content';
import { findInlinePoints, pointTitle } from './numbered-points';
import { mergeLists, type Irregularity, type NumberedList } from './list-merger';
import { readSpeechMentions, type SpeechMention } from './speech-roles';
import { characterCount, endsLikeSentence, splitSentences, type Line } from './text';

/** Without a dateline, the first narrative paragraph is looked for among this many first lines. */
const NARRATIVE_WINDOW = 8;

/** Headings are short: a section title, not a sentence. */
const MAX_HEADING_LENGTH = 40;

export type Kind = 'caption' | 'heading' | 'achievement' | 'body';

export interface Paragraph extends Line {
  kind: Kind;
  mentions: SpeechMention[];
}

export interface Classified {
  paragraphs: Paragraph[];
  /** Every list of achievements, line by line or inline, merged in report order (list-merger.ts). */
  achievements: Array<{ achievement: ParsedAchievement; line: number }>;
  /** How many lists were merged, and the printed numbers that were not the expected ones. */
  lists: number;
  irregular: Irregularity[];
  requirements: string[];
}

/** The lists of achievements as found, before they are merged. */
type Lists = NumberedList[];

function isHeading(text: string): boolean {
  return characterCount(text) <= MAX_HEADING_LENGTH && !endsLikeSentence(text) && !text.includes('。') && /\p{L}/u.test(text);
}

/** Inline points: achievements leave the paragraph (its intro stays), requirements are listed. */
function takeInlinePoints(paragraphs: Paragraph[], classified: Classified, lists: Lists): void {
  paragraphs.forEach((paragraph, at) => {
    const points = findInlinePoints(paragraph.text);
    if (points === undefined) return;
    if (points.kind === 'requirements') {
      classified.requirements.push(...points.items.flatMap((item) => pointTitle(item) ?? []));
      return;
    }
    const items = points.items.map((item, index) => ({ achievement: readInlineAchievement(item, index + 1), printed: index + 1, line: paragraph.line }));
    lists.push({ at, items });
    paragraph.text = [points.intro, points.after].filter((part) => part !== '').join('');
  });
}

/** Line-by-line numbered runs: the first run of achievements, and every run of requirements. */
function takeNumberedRuns(paragraphs: Paragraph[], classified: Classified, lists: Lists): void {
  const runs = findNumberedRuns(paragraphs.map((p) => ({ text: p.text, isCaption: p.kind === 'caption' })));
  for (const run of runs) {
    if (run.kind === 'requirements') {
      classified.requirements.push(...run.items.flatMap((index) => requirementTitle(paragraphs[index].text) ?? []));
      continue;
    }
    const items: NumberedList['items'] = [];
    for (const index of run.items) {
      // People are not read from achievements: they name no speakers.
      paragraphs[index].kind = 'achievement';
      paragraphs[index].mentions = [];
      const achievement = readAchievement(paragraphs[index].text);
      if (achievement !== undefined) items.push({ achievement, printed: achievement.ordinal, line: paragraphs[index].line });
    }
    lists.push({ at: run.items[0], items });
  }
}

export function classifyParagraphs(content: Content): Classified {
  const datelineLine = content.datelineIndex === undefined ? undefined : content.lines[content.datelineIndex]?.line;
  const paragraphs: Paragraph[] = content.lines
    .filter((line) => line.text !== '' || line.line !== datelineLine)
    .map((line): Paragraph => ({ text: line.text, line: line.line, kind: 'body', mentions: [] }));
  const classified: Classified = { paragraphs, achievements: [], lists: 0, irregular: [], requirements: [] };
  const lists: Lists = [];
  takeInlinePoints(paragraphs, classified, lists);

  // Without a dateline, the narrative starts at the first long or multi-sentence line near the top.
  const narrativeStart =
    content.datelineIndex ??
    Math.max(0, paragraphs.slice(0, NARRATIVE_WINDOW).findIndex((p) => characterCount(p.text) > 25 || splitSentences(p.text).length > 1));
  paragraphs.forEach((paragraph, index) => {
    paragraph.mentions = splitSentences(paragraph.text).flatMap(readSpeechMentions);
    if (paragraph.line === datelineLine || readOrdinalMarker(paragraph.text) !== undefined) return;
    if (isCaption(paragraph.text, { beforeNarrative: index < narrativeStart, mentions: paragraph.mentions })) paragraph.kind = 'caption';
  });
  takeNumberedRuns(paragraphs, classified, lists);
  Object.assign(classified, mergeLists(lists));
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'body' && paragraph.line !== datelineLine && isHeading(paragraph.text)) paragraph.kind = 'heading';
  }
  return classified;
}
