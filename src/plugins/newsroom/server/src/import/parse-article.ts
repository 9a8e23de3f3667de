/**
 * The article parser: a news report of a district disability committee's
 * meeting (plain text, one paragraph a line, as copied from a news site or a
 * government page) into plain data for the importer. Pure: no Strapi, no I/O.
 *
 * How a report is read, top to bottom:
 * 1. Refused outright only when it is not text, too large, blank or binary
 *    (input-guard.ts), or no article: no headline, or no running text under
 *    it (`ArticleParseError` `not-a-report`).
 * 2. Prepared (prepare-lines.ts): one spelling, traditional characters
 *    converted to simplified (traditional.ts), page chrome dropped
 *    (page-chrome.ts) — each change a warning.
 * 3. Header (header.ts): headline, date line (→ reportedAt, Beijing time),
 *    来源/稿源 (→ source), credits printed there (`作者：…`, `文/记者 …`),
 *    a repost notice — each line read by the line classifier
 *    (line-classifier.ts over the word tables of line-words.ts).
 *    A report without a date line takes its date from the dateline or the
 *    first paragraphs (report-time.ts).
 * 4. The article (content.ts): end marks off, credit lines at the foot and
 *    top, the dateline and its credits (dateline.ts).
 * 5. Paragraphs (paragraphs.ts): caption, numbered achievement, heading or
 *    narrative; numbered points inside a paragraph; the people each mentions.
 * 6. The report (assemble-report.ts): the meeting's title, venue,
 *    organizer, district and documents (meeting-facts.ts, meeting-kinds.ts),
 *    its date chosen among every date of the body (date-resolver.ts), the
 *    numbered lists merged (list-merger.ts), street cases,
 *    speeches and speakers (people.ts), achievements with their year,
 *    captions and the body; the editorial component (editorial-fields.ts).
 *
 * A real article that is not fully a meeting report still gives a meeting
 * draft with what was found, and a warning for each part that was not:
 * drafts may be incomplete, and the editor completes them.
 *
 * Nothing is invented: a key is in the result only when the text gave its
 * value (the exceptions are derived on purpose: an achievement's category,
 * `other` when no keyword fits, and a street case's district, the meeting's).
 * What could not be read is a warning, not a guess.
 */
import { assembleReport } from './assemble-report';
import { readContent } from './content';
import { buildEditorial } from './editorial-fields';
import { readHeader } from './header';
import { fail, guardInput } from './input-guard';
import { classifyParagraphs } from './paragraphs';
import type { ParseOptions, ParseResult, ParseWarning } from '../../../shared/parsed-report';
import { chromeWarning, prepareLines } from './prepare-lines';
import { reportTime } from './report-time';
import { characterCount, type Line } from './text';

export { ArticleParseError, MAX_REPORT_BYTES } from './article-parse-error';
export type * from '../../../shared/parsed-report';

/** Running text: a line of some length that ends a sentence, or a long one. */
function isNarrative(line: Line): boolean {
  const length = characterCount(line.text);
  return /\p{L}/u.test(line.text) && (length >= 40 || (length >= 12 && /[。！？!?.]/.test(line.text)));
}

export function parseArticle(text: string, options: ParseOptions = {}): ParseResult {
  guardInput(text, options);
  const warnings: ParseWarning[] = [];
  const lines = prepareLines(text, warnings);
  const header = readHeader(lines);
  if (header === 'no-headline') fail('not-a-report', options, 'no-headline');
  warnings.push(...header.dropped.map(chromeWarning));
  const content = readContent(lines, header);
  warnings.push(...content.dropped.map(chromeWarning));
  if (!content.lines.some(isNarrative)) fail('not-a-report', options, 'no-narrative');
  const time = reportTime(header, content, warnings);
  const editorial = buildEditorial(header, content, time, warnings);
  const classified = classifyParagraphs(content);
  const report = assembleReport(header, content, classified, editorial, time, warnings);
  return { report, warnings };
}
