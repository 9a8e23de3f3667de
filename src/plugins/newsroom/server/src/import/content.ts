/**
 * The article under its header: the paragraphs, with what is not article
 * text taken off and kept where it belongs.
 *
 * - `(完)` / `（完）`, alone or closing a paragraph: dropped.
 * - The foot, up to the first line of article text: credit lines
 *   (`[编辑:…] [责任编辑:…]`, `（责任编辑：…）`, the review chain
 *   `见习编辑 … 审读 … 二审 … 三审 …`, footers `来源：… 作者：… 编辑：…`) and what
 *   the line classifier (line-classifier.ts) reads there — `作者：`/`撰稿：`
 *   lines, `稿件来源：`, repost notices, contribution notices, furniture such
 *   as `阅读原文` (listed in the warnings) — and a credit group closing the last paragraph
 *   (`…。【编辑:叶青】`) and credit lines among the first paragraphs
 *   (`文/记者 … 图/…`): credits; a footer's 来源 is the source when the header
 *   gave none.
 * - The headline and 来源 lines printed again under the header: dropped.
 * - The dateline and its credits at the start of one of the first paragraphs
 *   (dateline.ts): editorial fields; the paragraph keeps the rest.
 */
import type { ParsedCredit } from '../editorial/credit-line';
import { readCreditLine, readDateline, trailingCreditGroup } from './dateline';
import { isHeaderRepeat, readSource, sourceOfLine, type ReportHeader } from './header';
import { creditsOfText } from './header-credits';
import { classifyLine, type Repost } from './line-classifier';
import type { Line } from './text';

/** Credit, meta and furniture lines are looked for among this many last lines; credit lines among this many first ones. */
const LINES_AT_FOOT = 6;
const CREDIT_LINES_AT_TOP = 2;

/** The dateline is looked for among this many first paragraphs. */
const DATELINE_WINDOW = 4;

/** `（完）`: the end mark some sources print, alone or at a paragraph's end. */
const END_MARKS = ['(完)', '（完）', '(完）', '（完)'];

/** The text without a closing `（完）` (a loop over the table: a `\s*…$` pattern would backtrack on long runs of spaces). */
function stripEndMark(text: string): string {
  const trimmed = text.trimEnd();
  const mark = END_MARKS.find((m) => trimmed.endsWith(m));
  return mark === undefined ? text : trimmed.slice(0, -mark.length).trimEnd();
}

export interface Content {
  /** The paragraphs in reading order; the dateline's paragraph without dateline and credits. */
  lines: Line[];
  /** Index in `lines` of the paragraph that held the dateline. */
  datelineIndex?: number;
  dateline?: string;
  /** Header, dateline and top credits first, then the foot's. */
  credits: ParsedCredit[];
  /** A source named below the header (a repeated 来源 line, a footer). */
  source?: string;
  /** A repost notice at the foot. */
  repost?: Repost;
  /** Lines of the foot that are neither article nor credits (furniture, repost notices), for the warnings. */
  dropped: Line[];
}

function withoutEndMark(lines: ReadonlyArray<Line>): Line[] {
  return lines.flatMap((line) => {
    const text = stripEndMark(line.text);
    return text === '' ? [] : [{ ...line, text }];
  });
}

/** What the foot held besides the article. */
interface Foot {
  credits: ParsedCredit[];
  source?: string;
  repost?: Repost;
  dropped: Line[];
}

/** One line at the foot taken into `foot`; false when it is article text. */
function takeFootLine(foot: Foot, groups: ParsedCredit[][], line: Line): boolean {
  const credits = readCreditLine(line.text);
  if (credits !== undefined) {
    groups.unshift(credits);
    foot.source ??= readSource(line.text);
    return true;
  }
  const found = classifyLine(line.text);
  if (found.kind === 'text' || found.kind === 'publisher') return false;
  if (found.kind === 'contribution') {
    foot.source ??= found.source;
  } else if (found.kind === 'meta') {
    if (found.creditText !== undefined) groups.unshift(creditsOfText(found.creditText));
    if (found.source !== undefined) foot.source ??= found.source;
    if (found.repost !== undefined) foot.repost ??= found.repost;
    if (found.creditText === undefined && found.source === undefined) foot.dropped.push(line);
  } else {
    foot.dropped.push(line);
  }
  return true;
}

/** Credit, meta and furniture lines taken off the foot, the last paragraph's closing credit group included. */
function takeFoot(lines: Line[]): Foot {
  const groups: ParsedCredit[][] = [];
  const foot: Foot = { credits: [], dropped: [] };
  for (let count = 0; count < LINES_AT_FOOT && lines.length > 0; count += 1) {
    if (!takeFootLine(foot, groups, lines[lines.length - 1])) break;
    lines.pop();
  }
  const last = lines[lines.length - 1];
  const closing = last === undefined ? undefined : trailingCreditGroup(stripEndMark(last.text));
  if (closing !== undefined) {
    groups.unshift(closing.credits);
    lines[lines.length - 1] = { ...last, text: stripEndMark(closing.rest) };
    if (lines[lines.length - 1].text === '') lines.pop();
  }
  foot.credits = groups.flat();
  return foot;
}

/** Credit lines among the first paragraphs (`文/记者 欧阳娜 图/江涛`). */
function takeTopCredits(lines: Line[]): ParsedCredit[] {
  const credits: ParsedCredit[] = [];
  for (let index = 0; index < Math.min(CREDIT_LINES_AT_TOP, lines.length); index += 1) {
    const found = readCreditLine(lines[index].text);
    if (found === undefined) continue;
    credits.push(...found);
    lines.splice(index, 1);
    index -= 1;
  }
  return credits;
}

export function readContent(lines: ReadonlyArray<Line>, header: ReportHeader): Content {
  const content = withoutEndMark(lines.slice(header.contentStart));
  const foot = takeFoot(content);
  let source = foot.source;
  const kept = content.filter((line) => {
    if (!isHeaderRepeat(line.text, header.headline)) return true;
    source ??= sourceOfLine(line.text);
    return false;
  });
  const headerCredits = header.creditTexts.flatMap(creditsOfText);
  const topCredits = takeTopCredits(kept);

  let datelineIndex: number | undefined;
  let dateline: string | undefined;
  let datelineCredits: ParsedCredit[] = [];
  for (let index = 0; index < Math.min(DATELINE_WINDOW, kept.length); index += 1) {
    const found = readDateline(kept[index].text);
    if (found === undefined) continue;
    datelineIndex = index;
    dateline = found.dateline;
    datelineCredits = found.credits;
    kept[index] = { ...kept[index], text: found.rest };
    break;
  }
  return {
    lines: kept,
    ...(datelineIndex !== undefined ? { datelineIndex } : {}),
    ...(dateline !== undefined ? { dateline } : {}),
    credits: [...headerCredits, ...datelineCredits, ...topCredits, ...foot.credits],
    ...(source !== undefined ? { source } : {}),
    ...(foot.repost !== undefined ? { repost: foot.repost } : {}),
    dropped: foot.dropped,
  };
}
