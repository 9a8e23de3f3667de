/**
 * The article under its header: the paragraphs, with what is not article
 * text taken off and kept where it belongs.
 *
 * - `(完)` / `（完）`, alone or closing a paragraph: dropped.
 * - Credit lines at the foot (`[编辑:…] [责任编辑:…]`, `（责任编辑：…）`, the
 *   review chain `见习编辑 … 审读 … 二审 … 三审 …`, footers
 *   `来源：… 作者：… 编辑：…`), a credit group closing the last paragraph
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
import type { Line } from './text';

/** Credit lines are looked for among this many last lines, and this many first ones. */
const CREDIT_LINES_AT_FOOT = 4;
const CREDIT_LINES_AT_TOP = 2;

/** The dateline is looked for among this many first paragraphs. */
const DATELINE_WINDOW = 4;

/** `（完）`: the end mark some sources print, alone or at a paragraph's end. */
// Tried only where a run of spaces starts (or at the mark itself): linear on a line of many spaces.
const END_MARK = /(?<!\s)\s*[(（]完[)）]\s*$/;

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
}

function withoutEndMark(lines: ReadonlyArray<Line>): Line[] {
  return lines.flatMap((line) => {
    const text = line.text.replace(END_MARK, '');
    return text === '' ? [] : [{ ...line, text }];
  });
}

/** Credit lines taken off the foot, the last paragraph's closing credit group included. */
function takeFootCredits(lines: Line[]): { credits: ParsedCredit[]; source?: string } {
  const groups: ParsedCredit[][] = [];
  let source: string | undefined;
  for (let count = 0; count < CREDIT_LINES_AT_FOOT && lines.length > 0; count += 1) {
    const text = lines[lines.length - 1].text;
    const credits = readCreditLine(text);
    if (credits === undefined) break;
    groups.unshift(credits);
    source ??= readSource(text);
    lines.pop();
  }
  const last = lines[lines.length - 1];
  const closing = last === undefined ? undefined : trailingCreditGroup(last.text.replace(END_MARK, ''));
  if (closing !== undefined) {
    groups.unshift(closing.credits);
    lines[lines.length - 1] = { ...last, text: closing.rest.replace(END_MARK, '') };
    if (lines[lines.length - 1].text === '') lines.pop();
  }
  return { credits: groups.flat(), ...(source !== undefined ? { source } : {}) };
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
  const foot = takeFootCredits(content);
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
  };
}
