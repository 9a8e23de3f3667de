/**
 * The dateline that opens the first narrative paragraph and the credits
 * printed with it and at the foot of the report.
 *
 * `读特客户端·深圳新闻网2023年4月29日讯(记者 田也)4月28日,…`
 *  └──────── dateline ──────────────────┘└ credits ┘└ body …
 *
 * The dateline and its credits are editorial fields; the body paragraph keeps
 * only the text after them, so nothing is stored twice. Credit text itself is
 * read by the editorial core's `parseCreditLine`, the same reader the hooks use.
 */
import { parseCreditLine, type ParsedCredit } from '../editorial/credit-line';
import { withoutCreditNoise, creditsOfText, isCreditText, MAX_CREDIT_TEXT } from './header-credits';
import { findFullDate, type CalendarDate } from './text-dates';
import { stripLeadingPunctuation } from './text';

/** How far into the paragraph 讯/电 may stand. */
const MAX_DATELINE_LENGTH = 60;

const OPENING = '(（【[〔［';
const CLOSING = ')）】]〕］';

export interface Dateline {
  /** `读特客户端·深圳新闻网2023年4月29日讯`; absent when the paragraph has none. */
  dateline?: string;
  credits: ParsedCredit[];
  /** The paragraph without dateline and credits. */
  rest: string;
}

/** Reads a leading bracketed credit group: `(记者 田也)`. */
function readCreditGroup(text: string): { credits: ParsedCredit[]; length: number } | undefined {
  const opener = OPENING.indexOf(text[0] ?? '');
  if (opener === -1) return undefined;
  const close = text.indexOf(CLOSING[opener], 1);
  if (close === -1 || close > MAX_CREDIT_TEXT) return undefined;
  const credits = parseCreditLine(withoutCreditNoise(text.slice(1, close)));
  return credits.length === 0 ? undefined : { credits, length: close + 1 };
}

/** `…讯` or `…日电` near the start, with no punctuation, bracket or space in front of it. */
function datelineEnd(paragraph: string): number | undefined {
  const window = paragraph.slice(0, MAX_DATELINE_LENGTH);
  let end = -1;
  for (let at = window.indexOf('讯'); at !== -1; at = window.indexOf('讯', at + 1)) {
    // 通讯员 is a credit role, not a dateline.
    if (window[at - 1] !== '通') {
      end = at;
      break;
    }
  }
  if (end === -1) {
    const dian = window.indexOf('日电');
    end = dian === -1 ? -1 : dian + 1;
  }
  if (end < 2) return undefined;
  if (/[。，,；;！!？?“”()（）【】[\] ]/.test(window.slice(0, end))) return undefined;
  return end + 1;
}

export function readDateline(paragraph: string): Dateline | undefined {
  const end = datelineEnd(paragraph);
  const dateline = end === undefined ? undefined : paragraph.slice(0, end).trim();
  let rest = end === undefined ? paragraph : paragraph.slice(end).trimStart();
  const group = readCreditGroup(rest);
  if (dateline === undefined && group === undefined) return undefined;
  if (group !== undefined) rest = rest.slice(group.length);
  rest = stripLeadingPunctuation(rest).trim();
  return { ...(dateline !== undefined ? { dateline } : {}), credits: group?.credits ?? [], rest };
}

/**
 * A closing credit line: `[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]`, `【摄影：赵强】`,
 * `编辑：刘洋`, `（责任编辑：钟毅）|`, `见习编辑 罗嘉 审读 方芳 二审 卢文 三审 韩冬`,
 * `来源：… 作者：… 编辑：…`.
 */
export function readCreditLine(text: string): ParsedCredit[] | undefined {
  return isCreditText(text) ? creditsOfText(text) : undefined;
}

/** A bracketed credit group closing a paragraph: `…工作。【编辑:叶青】`; the paragraph without it. */
export function trailingCreditGroup(paragraph: string): { credits: ParsedCredit[]; rest: string } | undefined {
  const last = paragraph[paragraph.length - 1];
  const closer = CLOSING.indexOf(last ?? '');
  if (closer === -1) return undefined;
  const open = paragraph.lastIndexOf(OPENING[closer]);
  if (open <= 0 || paragraph.length - open > MAX_CREDIT_TEXT) return undefined;
  const group = paragraph.slice(open);
  if (!isCreditText(group)) return undefined;
  return { credits: creditsOfText(group), rest: paragraph.slice(0, open).trim() };
}

/** The report's date a dateline gives in full: `…2024年3月22日讯`. */
export function datelineDate(dateline: string): CalendarDate | undefined {
  return findFullDate(dateline);
}

/** The outlet of a `channel·outlet<date>讯` dateline: `读特客户端·深圳新闻网2024年3月22日讯` → 深圳新闻网. */
export function sourceOfDateline(dateline: string): string | undefined {
  const dot = dateline.search(/[·•・]/);
  if (dot < 1) return undefined;
  const outlet = /^[^\d]+/.exec(dateline.slice(dot + 1).trim())?.[0].trim();
  return outlet !== undefined && outlet.length >= 2 && !/[讯电]$/.test(outlet) ? outlet : undefined;
}

/**
 * The channel in a dateline `读特客户端·深圳新闻网…讯`: the part before `·`
 * when it names an app or account, or when the part after it starts with the
 * source. `undefined` otherwise.
 */
export function channelOf(dateline: string, source: string | undefined): string | undefined {
  const dot = dateline.search(/[·•・]/);
  if (dot < 1) return undefined;
  const channel = dateline.slice(0, dot).trim();
  const after = dateline.slice(dot + 1).trim();
  const namesApp = /(客户端|APP|App|app|公众号|视频号|微博)$/.test(channel);
  const beforeSource = source !== undefined && source !== '' && after.startsWith(source);
  return channel !== '' && (namesApp || beforeSource) ? channel : undefined;
}
