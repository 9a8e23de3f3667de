/**
 * The meeting itself, from the sentence that announces it and the documents
 * it acted on.
 *
 * The announcing sentence has one of three shapes:
 *   A  `4月28日,2023年福田区残工委第一次全体会议在福田会堂举行`
 *   B  `2024年罗湖区残工委全体会议于3月5日在区委礼堂召开`
 *   C  `近日,南山区残工委2024年全体会议在区政府召开` (no date)
 * — a title ending in 会/会议, then 在 + venue + 召开/举行/举办. heldOn takes
 * its month and day from that sentence and its year from the sentence or,
 * when absent, from the report's date; a date that would fall after the
 * report moves to the previous year (a December meeting reported in January).
 *
 * The organizer is the title without its year and meeting words
 * (`2023年` + `福田区残工委` + `第一次全体会议`), kept only when it ends like
 * a body that holds meetings (委, 残联, 政府 …); the district is the 区/县/市
 * at its start.
 */
import type { AdoptedDocumentAction } from '../editorial/types';
import { parseChineseNumeral } from './chinese-numerals';
import { isRealDate, type ReportDate } from './header';
import { CLAUSE_SEPARATOR, charCount, isHan, stripLeadingPunctuation } from './text';

export interface MeetingFacts {
  title?: string;
  venue?: string;
  heldOn?: string;
}

const HOLDING_VERBS = ['召开', '举行', '举办'];

const MAX_VENUE_LENGTH = 30;
const MAX_TITLE_LENGTH = 120;

/** Times of day after a date: 4月28日下午. */
const TIME_OF_DAY = ['上午', '下午', '晚上', '早上', '中午', '晚'];

interface DateMention {
  year?: number;
  month: number;
  day: number;
  start: number;
  end: number;
}

function numberAt(text: string, index: number, maxLength: number): { value: number; end: number } | undefined {
  let end = index;
  while (end < text.length && end - index < maxLength && /[0-9〇零一二三四五六七八九十两]/.test(text[end])) end += 1;
  if (end === index) return undefined;
  const digits = text.slice(index, end);
  const value = /^\d+$/.test(digits) ? Number(digits) : parseChineseNumeral(digits);
  return value === undefined ? undefined : { value, end };
}

/** `4月28日`, `2023年4月28日`, `四月二十八日` starting at `index`. */
function dateAt(text: string, index: number): DateMention | undefined {
  let cursor = index;
  let year: number | undefined;
  const first = numberAt(text, cursor, 4);
  if (first === undefined) return undefined;
  if (text[first.end] === '年' && first.end - index === 4) {
    year = first.value;
    cursor = first.end + 1;
  }
  const month = year === undefined ? first : numberAt(text, cursor, 3);
  if (month === undefined || text[month.end] !== '月') return undefined;
  const day = numberAt(text, month.end + 1, 3);
  if (day === undefined || (text[day.end] !== '日' && text[day.end] !== '号')) return undefined;
  let end = day.end + 1;
  const timeOfDay = TIME_OF_DAY.find((t) => text.startsWith(t, end));
  if (timeOfDay !== undefined) end += timeOfDay.length;
  return { ...(year !== undefined ? { year } : {}), month: month.value, day: day.value, start: index, end };
}

/** The first date in `text`, if any. */
function findDate(text: string): DateMention | undefined {
  for (let index = 0; index < text.length; index += 1) {
    if (index > 0 && /[0-9]/.test(text[index - 1])) continue;
    const date = dateAt(text, index);
    if (date !== undefined) return date;
  }
  return undefined;
}

/** A meeting's name: 4–120 characters ending in 会 or 会议. */
function isMeetingTitle(title: string): boolean {
  const length = charCount(title);
  return length >= 4 && length <= MAX_TITLE_LENGTH && (title.endsWith('会') || title.endsWith('会议'));
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** heldOn for a date mention, given the report's date. */
export function resolveHeldOn(date: { year?: number; month: number; day: number }, report: ReportDate): string | undefined {
  let year = date.year ?? report.year;
  if (date.year === undefined) {
    const after = date.month > report.month || (date.month === report.month && date.day > report.day);
    if (after) year -= 1;
  }
  if (!isRealDate(year, date.month, date.day)) return undefined;
  return `${year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Title, venue and date from one sentence, if it announces the meeting. */
export function readMeetingSentence(sentence: string, report: ReportDate): MeetingFacts | undefined {
  for (const verb of HOLDING_VERBS) {
    const verbAt = sentence.indexOf(verb);
    if (verbAt === -1) continue;
    const zaiAt = sentence.lastIndexOf('在', verbAt);
    if (zaiAt < 1 || verbAt - zaiAt - 1 > MAX_VENUE_LENGTH) continue;
    const venue = sentence.slice(zaiAt + 1, verbAt).trim();
    if (venue === '' || /[，,。；;：:、]/.test(venue)) continue;
    let front = sentence.slice(0, zaiAt);
    let date: DateMention | undefined;
    // B: …全体会议于3月5日在…
    const yuAt = front.lastIndexOf('于');
    if (yuAt > 0) {
      const after = dateAt(front, yuAt + 1);
      if (after !== undefined && after.end === front.length) {
        date = after;
        front = front.slice(0, yuAt);
      }
    }
    // A: 4月28日,…  C: 近日,…
    const leading = date === undefined ? findDate(front) : undefined;
    if (leading !== undefined && leading.start === 0) {
      date = leading;
      front = front.slice(leading.end);
    }
    front = stripLeadingPunctuation(front);
    // The title is the last clause in front of 在.
    let clauseStart = 0;
    for (let index = 0; index < front.length; index += 1) if (CLAUSE_SEPARATOR.has(front[index])) clauseStart = index + 1;
    let title = front.slice(clauseStart).trim();
    for (const opener of ['近日', '日前', '今天', '昨天', '当天']) if (title.startsWith(opener)) title = title.slice(opener.length);
    if (!isMeetingTitle(title)) continue;
    const heldOn = date === undefined ? undefined : resolveHeldOn(date, report);
    return { title, venue, ...(heldOn !== undefined ? { heldOn } : {}) };
  }
  return undefined;
}

/** Bodies that hold meetings: how an organizer's name ends. */
const ORGANIZER_ENDINGS = ['残工委', '工委', '委员会', '残联', '联合会', '人民政府', '政府', '委', '局', '办公室', '办', '协会', '党组', '中心'];

/** Meeting words that end a title, longest first. */
const MEETING_WORDS = ['全体委员会议', '全体会议', '工作会议', '全会', '大会', '座谈会', '推进会', '部署会', '会议', '会'];

/** What may stand between the organizer and the meeting words: a session, a year, 全体. */
const BETWEEN_ORGANIZER_AND_MEETING = [/第[0-9一二三四五六七八九十]{1,3}[次届]$/, /\d{4}年度?$/, /全体$/];

/** `2023年福田区残工委第一次全体会议` → `福田区残工委`. */
export function organizerOf(title: string): string | undefined {
  let rest = title.replace(/^\d{4}年度?/, '');
  const meetingWord = MEETING_WORDS.find((word) => rest.endsWith(word));
  if (meetingWord === undefined) return undefined;
  rest = rest.slice(0, rest.length - meetingWord.length);
  for (let guard = 0; guard < 4; guard += 1) {
    const pattern = BETWEEN_ORGANIZER_AND_MEETING.find((p) => p.test(rest));
    if (pattern === undefined) break;
    rest = rest.replace(pattern, '');
  }
  rest = rest.trim();
  return ORGANIZER_ENDINGS.some((ending) => rest.endsWith(ending)) && charCount(rest) >= 2 ? rest : undefined;
}

/**
 * `福田区残工委` → `福田区`: 2–4 Han characters and 区 or 县 at the start,
 * after an optional city (`深圳市福田区…` → `福田区`).
 */
export function districtOf(text: string): string | undefined {
  const city = /^\p{Script=Han}{2,3}市/u.exec(text);
  const rest = city === null ? text : text.slice(city[0].length);
  for (let length = 3; length <= 5 && length <= rest.length; length += 1) {
    const candidate = rest.slice(0, length);
    const last = candidate[candidate.length - 1];
    if ((last === '区' || last === '县') && [...candidate].every((c) => isHan(c))) return candidate;
  }
  return undefined;
}

// --- adopted documents ---------------------------------------------------

/** Verbs before 《…》 and the action each records; longest first. */
const DOCUMENT_ACTIONS: ReadonlyArray<{ verb: string; action: AdoptedDocumentAction }> = [
  { verb: '审议并通过', action: 'adopted' },
  { verb: '审议通过', action: 'adopted' },
  { verb: '表决通过', action: 'adopted' },
  { verb: '讨论通过', action: 'adopted' },
  { verb: '审定通过', action: 'adopted' },
  { verb: '研究通过', action: 'adopted' },
  { verb: '讨论审议', action: 'reviewed' },
  { verb: '审议讨论', action: 'reviewed' },
  { verb: '审议', action: 'reviewed' },
  { verb: '传达学习', action: 'relayed' },
  { verb: '学习传达', action: 'relayed' },
  { verb: '传达', action: 'relayed' },
];

/** How much stronger one action is: adopting a document outranks reviewing it, which outranks relaying. */
const ACTION_RANK: Readonly<Record<AdoptedDocumentAction, number>> = { adopted: 3, reviewed: 2, relayed: 1 };

const MAX_DOCUMENT_TITLE = 100;

/** Joiners between two titles under one verb: 《甲》、《乙》和《丙》. */
const TITLE_JOINERS = ['以及', '、', '和', '及', '与'];

export interface ReadDocument {
  title: string;
  action: AdoptedDocumentAction;
}

/** The 《…》 starting at `index` (without the marks), if it closes within MAX_DOCUMENT_TITLE. */
function titleAt(text: string, index: number): { title: string; end: number } | undefined {
  if (text[index] !== '《') return undefined;
  let depth = 0;
  const limit = Math.min(text.length, index + MAX_DOCUMENT_TITLE + 2);
  for (let cursor = index; cursor < limit; cursor += 1) {
    if (text[cursor] === '《') depth += 1;
    else if (text[cursor] === '》') {
      depth -= 1;
      if (depth === 0) {
        const title = text.slice(index + 1, cursor).trim();
        return title === '' ? undefined : { title, end: cursor + 1 };
      }
    }
  }
  return undefined;
}

/** Documents the meeting acted on in `text`: 审议通过了《…》 → adopted, and so on. */
export function readDocuments(text: string): ReadDocument[] {
  const documents: ReadDocument[] = [];
  for (let index = text.indexOf('《'); index !== -1; index = text.indexOf('《', index + 1)) {
    let before = text.slice(Math.max(0, index - 8), index);
    if (before.endsWith('了')) before = before.slice(0, -1);
    const entry = DOCUMENT_ACTIONS.find((candidate) => before.endsWith(candidate.verb));
    if (entry === undefined) continue;
    let cursor = index;
    for (let guard = 0; guard < 20; guard += 1) {
      const found = titleAt(text, cursor);
      if (found === undefined) break;
      documents.push({ title: found.title, action: entry.action });
      // 《乙》 right after 《甲》 shares its verb as much as 《甲》、《乙》 does.
      const joiner = text[found.end] === '《' ? '' : TITLE_JOINERS.find((j) => text.startsWith(j, found.end));
      if (joiner === undefined || text[found.end + joiner.length] !== '《') break;
      cursor = found.end + joiner.length;
    }
    index = Math.max(index, cursor);
  }
  return documents;
}

/** One entry per title, in first-mention order, with the strongest action any mention gave it. */
export function mergeDocuments(documents: ReadonlyArray<ReadDocument>): ReadDocument[] {
  const merged = new Map<string, ReadDocument>();
  for (const document of documents) {
    const known = merged.get(document.title);
    if (known === undefined) merged.set(document.title, { ...document });
    else if (ACTION_RANK[document.action] > ACTION_RANK[known.action]) known.action = document.action;
  }
  return [...merged.values()];
}
