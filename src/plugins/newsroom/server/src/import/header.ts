/**
 * The header of a report: headline, date line, source, and the boilerplate
 * that web pages put around them.
 *
 * ```
 * 实现残疾人高质量就业创业梦!福田区召开2023年区残工委会议   ← headline
 * 2023-04-29 09:58                                            ← date line (Beijing time)
 * 来源: 深圳新闻网                                             ← source
 * 人工智能朗读:                                                ← page boilerplate
 * ```
 *
 * The header is the run of such lines at the top (at most HEADER_WINDOW of
 * them). Date lines come as `2023-04-29 09:58`, `2023年4月29日`,
 * `发表时间：2024-05-10`, `时间：2024-03-06 08:10 来源：… 作者：…` and
 * `07.04.2016` (day first). Short lines before the headline (a site's name
 * above its own headline) are dropped; the headline is the last of them
 * before the date line. A header without a date line is still a header: the
 * date is then looked for in the dateline or the first sentences (report-time.ts).
 * Without a headline the text is not an article.
 *
 * Every line is first put to the line classifier (line-classifier.ts): meta
 * lines (a date, a source, credits, a repost notice, a counter), furniture, a
 * publisher line under the headline, a site-name line above it. What it does
 * not take is a headline candidate. A headline cut off by the page
 * (`……召开——谱`) loses its dangling fragment (uncutHeadline).
 */
import { readHeaderCredits } from './header-credits';
import { classifyLine, isSiteName, type Repost } from './line-classifier';
import type { PublicationDate } from './date-line';
import type { CalendarDate } from './text-dates';
import { characterCount, collapseSpaces, endsLikeSentence, type Line } from './text';

export { isRealDate } from './text-dates';
export { readPublicationDate, type PublicationDate } from './date-line';
export type ReportDate = CalendarDate;

/** How many lines the header may span. */
const HEADER_WINDOW = 10;

/** The longest headline the content model stores (meeting.headline ≤ 120). */
export const MAX_HEADLINE_LENGTH = 120;

/** Only this much of a line is looked at when asking whether it is a header line. */
const MAX_META_LINE_LENGTH = 120;

export interface ReportHeader {
  headline: string;
  headlineLine: number;
  /** Absent when the report prints no date line. */
  date?: PublicationDate;
  dateLine?: number;
  source?: string;
  /** Credit text the header carries: `作者：吴晓`, `文/记者 欧阳娜 图/江涛`. */
  creditTexts: string[];
  /** Lines before the headline that are not part of the article (a site's name). */
  dropped: Line[];
  /** Index in `lines` of the first line after the header. */
  contentStart: number;
  /** A repost's notice: the original's source, date and address. */
  repost?: Repost;
}

/** Dashes a cut-off subtitle hangs from, and the longest fragment taken for a cut one. */
const HEADLINE_CUT_MARKS = ['——', '--', '—', '－－'];
const MAX_CUT_FRAGMENT = 2;

/** Labels of a source: `来源: 深圳新闻网`, `稿源：福田区残联`. */
const SOURCE_LABELS = ['信息来源', '文章来源', '新闻来源', '来源', '稿源'];

/** Where a source value ends. */
const META_WORDS = [...SOURCE_LABELS, '作者', '编辑', '责任编辑', '浏览', '阅读', '字号', '点击'];

/** Page furniture: text-to-speech buttons, font size, share links. */
const BOILERPLATE_PREFIXES = ['人工智能朗读', '语音播报', '朗读', '字号', '【字号', '【字体', '分享到', '分享', '扫一扫', '打印', '浏览次数', '阅读量', '点击量'];

/** The value of a `来源：…` label anywhere in `text`, up to a wide gap, a bar or the next header word. */
export function readSource(text: string): string | undefined {
  for (const label of SOURCE_LABELS) {
    const at = text.indexOf(label);
    if (at === -1) continue;
    const afterLabel = text.slice(at + label.length).replace(/^ *[:：] */, '');
    if (afterLabel.length === text.length - at - label.length) continue; // no colon: not a label
    let value = afterLabel.split(/ {2,}|\t|[|丨｜]/)[0];
    for (const word of META_WORDS) {
      const cut = value.indexOf(` ${word}`);
      if (cut !== -1) value = value.slice(0, cut);
    }
    value = collapseSpaces(value);
    if (value !== '' && characterCount(value) <= 40 && !/[。，,]/.test(value)) return value;
  }
  return undefined;
}

function isSourceLine(text: string): boolean {
  return SOURCE_LABELS.some((label) => text.startsWith(label)) && readSource(text) !== undefined;
}

function isBoilerplate(text: string): boolean {
  return text.length <= MAX_META_LINE_LENGTH && BOILERPLATE_PREFIXES.some((prefix) => text.startsWith(prefix));
}

/** `2023-04-29T09:58:00+08:00` */
export function formatBeijing(date: ReportDate, hour = 0, minute = 0, second = 0): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.year}-${pad(date.month)}-${pad(date.day)}T${pad(hour)}:${pad(minute)}:${pad(second)}+08:00`;
}

/** A headline is one short line with at least one letter that does not end a sentence. */
function isHeadline(text: string): boolean {
  return characterCount(text) <= MAX_HEADLINE_LENGTH && /\p{L}/u.test(text) && !endsLikeSentence(text);
}

/** Lines that a header may hold besides the headline. */
function isMetaLine(text: string): boolean {
  return classifyLine(text).kind !== 'text' || isBoilerplate(text) || readHeaderCredits(text) !== undefined;
}

/** Whether a date line follows `index` before the article starts: then the line at `index` is above the headline. */
function dateLineAhead(lines: ReadonlyArray<Line>, index: number): boolean {
  for (let next = index + 1; next < lines.length && next < HEADER_WINDOW; next += 1) {
    const { text } = lines[next];
    const found = classifyLine(text);
    if (found.kind === 'meta' && found.date !== undefined) return true;
    if (!isMetaLine(text) && !isHeadline(text)) return false;
  }
  return false;
}

/** What the header has read so far. */
interface HeaderState {
  headline?: Line;
  dateLine?: { date: PublicationDate; line: number };
  source?: string;
  /** A body named on a line of its own under the headline, or in a contribution notice: the source when no label names one. */
  publisher?: string;
  repost?: Repost;
  creditTexts: string[];
  dropped: Line[];
  counterPending: boolean;
}

/** Takes a meta, furniture, publisher or contribution line into the header; false for any other line. */
function absorbClassified(state: HeaderState, line: Line): boolean {
  const found = classifyLine(line.text, { publishers: state.headline !== undefined });
  const pending = state.counterPending;
  state.counterPending = false;
  if (found.kind === 'meta') {
    if (found.title !== undefined && state.headline === undefined) {
      state.headline = { text: found.title, line: line.line };
      return true;
    }
    const keeps = found.date !== undefined || found.source !== undefined || found.creditText !== undefined || found.repost !== undefined;
    if (found.date !== undefined) state.dateLine ??= { date: found.date, line: line.line };
    if (found.source !== undefined) state.source ??= found.source;
    if (found.creditText !== undefined) state.creditTexts.push(found.creditText);
    if (found.repost !== undefined) state.repost ??= found.repost;
    if (!keeps || found.repost !== undefined) state.dropped.push(line);
    state.counterPending = found.counterPending;
    return true;
  }
  if (found.kind === 'furniture' || (pending && characterCount(line.text) <= 12 && /\d/.test(line.text)) || (state.headline === undefined && isSiteName(line.text))) {
    state.dropped.push(line);
    return true;
  }
  if (found.kind === 'publisher' || found.kind === 'contribution') {
    state.publisher ??= found.kind === 'publisher' ? found.name : found.source;
    return true;
  }
  return false;
}

/** A headline cut off by the page (`……召开——谱`): the dangling fragment after a dash goes. */
export function uncutHeadline(text: string): string {
  for (const mark of HEADLINE_CUT_MARKS) {
    const at = text.lastIndexOf(mark);
    if (at <= 0) continue;
    const fragment = text.slice(at + mark.length).trim();
    if (characterCount(fragment) <= MAX_CUT_FRAGMENT) return text.slice(0, at).trim();
  }
  return text;
}

export function readHeader(lines: ReadonlyArray<Line>): ReportHeader | 'no-headline' {
  const state: HeaderState = { creditTexts: [], dropped: [], counterPending: false };
  let index = 0;
  for (; index < lines.length && index < HEADER_WINDOW; index += 1) {
    const { text } = lines[index];
    if (absorbClassified(state, lines[index])) continue;
    if (isBoilerplate(text)) continue;
    const credits = state.headline === undefined ? undefined : readHeaderCredits(text);
    if (credits !== undefined) {
      state.creditTexts.push(credits);
      continue;
    }
    if (!isHeadline(text)) break;
    if (state.headline === undefined) {
      state.headline = lines[index];
      continue;
    }
    // A short line above the headline (a site's name) gives way to the headline under it.
    if (state.dateLine !== undefined || !dateLineAhead(lines, index - 1)) break;
    state.dropped.push(state.headline);
    state.headline = lines[index];
  }
  const { headline, dateLine, repost } = state;
  if (headline === undefined) return 'no-headline';
  const source = state.source ?? state.publisher;
  return {
    headline: uncutHeadline(collapseSpaces(headline.text)),
    headlineLine: headline.line,
    ...(dateLine !== undefined ? { date: dateLine.date, dateLine: dateLine.line } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(repost !== undefined ? { repost } : {}),
    creditTexts: state.creditTexts,
    dropped: state.dropped.sort((a, b) => a.line - b.line),
    contentStart: index,
  };
}

/** The source a `来源：…` line names, if it is one. */
export function sourceOfLine(text: string): string | undefined {
  return isSourceLine(text) ? readSource(text) : undefined;
}

/** Lines after the header that are boilerplate or the headline printed again. */
export function isHeaderRepeat(text: string, headline: string): boolean {
  return collapseSpaces(text) === headline || isBoilerplate(text) || isSourceLine(text);
}
