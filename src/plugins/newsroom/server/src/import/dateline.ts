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
import { charCount, stripLeadingPunctuation } from './text';

/** How far into the paragraph 讯/电 may stand. */
const MAX_DATELINE_LENGTH = 60;

/** Longest bracketed credit group read after the dateline or at the foot. */
const MAX_CREDIT_TEXT = 150;

const OPENING = '(（【[〔［';
const CLOSING = ')）】]〕］';

export interface Dateline {
  /** `读特客户端·深圳新闻网2023年4月29日讯`; absent when the paragraph has none. */
  dateline?: string;
  credits: ParsedCredit[];
  /** The paragraph without dateline and credits. */
  rest: string;
}

/** Words in a credit group that are not names: (记者 田也 报道). */
const CREDIT_NOISE = /\s*(报道|摄影报道|报道组)\s*$/;

/** Reads a leading bracketed credit group: `(记者 田也)`. */
function readCreditGroup(text: string): { credits: ParsedCredit[]; length: number } | undefined {
  const opener = OPENING.indexOf(text[0] ?? '');
  if (opener === -1) return undefined;
  const close = text.indexOf(CLOSING[opener], 1);
  if (close === -1 || close > MAX_CREDIT_TEXT) return undefined;
  const credits = parseCreditLine(text.slice(1, close).replace(CREDIT_NOISE, ''));
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

/** Role words that may open an unbracketed credit line at the foot. */
const CREDIT_LINE_STARTS = ['记者', '通讯员', '摄影', '编辑', '责任编辑', '责编', '文/', '图/', '文／', '图／', '本报记者', '特约'];

/** A closing credit line: `[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]`, `【摄影：赵强】`, `编辑：刘洋`. */
export function readCreditLine(text: string): ParsedCredit[] | undefined {
  if (charCount(text) > MAX_CREDIT_TEXT) return undefined;
  const bracketed = OPENING.includes(text[0] ?? '');
  if (!bracketed && !CREDIT_LINE_STARTS.some((start) => text.startsWith(start))) return undefined;
  // Running text is not a credit line: 记者近日从区残联获悉，… is a sentence.
  const inner = text.replace(/[。.]$/, '');
  if (/[。；;！!？?]/.test(inner) || (!bracketed && /[，,]/.test(inner))) return undefined;
  const credits = parseCreditLine(text.replace(CREDIT_NOISE, '')).filter((credit) => !CREDIT_NOISE.test(credit.name));
  return credits.length === 0 ? undefined : credits;
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
