/**
 * The meeting itself, from the sentence that announces it and the documents
 * it acted on.
 *
 * The announcing sentence has one of five shapes:
 *   A  `4月28日,2023年福田区残工委第一次全体会议在福田会堂举行`
 *   B  `2024年罗湖区残工委全体会议于3月5日在区委礼堂召开`
 *   C  `近日,南山区残工委2024年全体会议在区政府召开` (no date)
 *   D  `广东省残联…推进会4日在深圳举办` (a wire story: the day after the title)
 *   E  `昨日上午，市政府残疾人工作委员会召开全体会议` (organizer, verb, meeting)
 * — A to D: a title ending in 会/会议, then 在 + venue + 召开/举行/举办. heldOn takes
 * its month and day from that sentence and its year from the sentence or,
 * when absent, from the report's date; a date that would fall after the
 * report moves to the previous year (a December meeting reported in January);
 * 12日, 昨日, 上月28日 are resolved against the report date (text-dates.ts).
 *
 * The organizer is the title without its year and meeting words
 * (`2023年` + `福田区残工委` + `第一次全体会议`), kept only when it ends like
 * a body that holds meetings (委, 残联, 政府 …); the district is the 区/县/市
 * at its start.
 */
import { type CalendarDate, dateAt, findDate, resolveDate, type DateMention } from './text-dates';
import { HOLDING_VERBS, kindWordAtEnd } from './meeting-kinds';
import { CLAUSE_SEPARATOR, SENTENCE_END, characterCount, isHan, stripLeadingPunctuation, wordAt } from './text';

export { mergeDocuments, readDocuments, type ReadDocument } from './documents';

export interface MeetingFacts {
  title?: string;
  venue?: string;
  heldOn?: string;
}

const MAX_VENUE_LENGTH = 30;
const MAX_TITLE_LENGTH = 120;

/** A meeting's name: 4–120 characters ending in a meeting kind word (meeting-kinds.ts). */
export function isMeetingTitle(title: string): boolean {
  const length = characterCount(title);
  return length >= 4 && length <= MAX_TITLE_LENGTH && kindWordAtEnd(title) !== undefined;
}

/** The date at the very end of `text` (`…推进会4日`, `…会议于3月5日`), looked for in its last characters only. */
function trailingDate(text: string): DateMention | undefined {
  for (let start = Math.max(0, text.length - 12); start < text.length; start += 1) {
    if (start > 0 && /[0-9]/.test(text[start - 1])) continue;
    const date = dateAt(text, start);
    if (date !== undefined && date.end === text.length) return date;
  }
  return undefined;
}

/** Words before a title that say when, not what: 近日,南山区… */
const TIME_OPENERS = ['近日', '日前', '近期', '今天', '今日', '昨天', '昨日', '当天', '当日', '上午', '下午'];

function stripTimeOpeners(title: string): string {
  let rest = title;
  for (let guard = 0; guard < 3; guard += 1) {
    const opener = wordAt(rest, 0, TIME_OPENERS);
    if (opener === undefined) break;
    rest = rest.slice(opener.length);
  }
  return rest;
}

/** The last clause of `text` (after its last clause separator). */
function lastClause(text: string): { clause: string; start: number } {
  let start = 0;
  for (let index = 0; index < text.length; index += 1) if (CLAUSE_SEPARATOR.has(text[index])) start = index + 1;
  return { clause: text.slice(start).trim(), start };
}

function factsOf(title: string, venue: string | undefined, date: DateMention | undefined, report: CalendarDate | undefined): MeetingFacts {
  const heldOn = date === undefined ? undefined : resolveDate(date, report);
  return { title, ...(venue !== undefined ? { venue } : {}), ...(heldOn !== undefined ? { heldOn } : {}) };
}

/** A: `4月28日,…会议在…举行`; B: `…会议于3月5日在…召开`; C: `近日,…会议在…召开`; D: `…推进会4日在深圳举办`. */
function readWithVenue(sentence: string, verbAt: number, report: CalendarDate | undefined): MeetingFacts | undefined {
  const zaiAt = sentence.lastIndexOf('在', verbAt);
  if (zaiAt < 1 || verbAt - zaiAt - 1 > MAX_VENUE_LENGTH) return undefined;
  const venue = sentence.slice(zaiAt + 1, verbAt).trim();
  if (venue === '' || /[，,。；;：:、]/.test(venue)) return undefined;
  let front = sentence.slice(0, zaiAt);
  let date: DateMention | undefined;
  const yuAt = front.lastIndexOf('于');
  const afterYu = yuAt > 0 ? dateAt(front, yuAt + 1) : undefined;
  if (afterYu !== undefined && afterYu.end === front.length) {
    date = afterYu;
    front = front.slice(0, yuAt);
  } else {
    const trailing = trailingDate(front);
    if (trailing !== undefined && trailing.start > 0) {
      date = trailing;
      front = front.slice(0, trailing.start);
    }
  }
  const leading = date === undefined ? findDate(front) : undefined;
  if (leading !== undefined && leading.start === 0) {
    date = leading;
    front = front.slice(leading.end);
  }
  const title = stripTimeOpeners(lastClause(stripLeadingPunctuation(front)).clause);
  return isMeetingTitle(title) ? factsOf(title, venue, date, report) : undefined;
}

/** E: `昨日上午，市政府残疾人工作委员会召开全体会议` — the organizer, the verb, then the meeting. */
function readSubjectVerbMeeting(sentence: string, verbAt: number, verb: string, report: CalendarDate | undefined): MeetingFacts | undefined {
  const before = sentence.slice(0, verbAt);
  const { clause, start } = lastClause(before);
  let subject = clause;
  let venue: string | undefined;
  // `深圳市残联在盐田区召开…`: the organizer, then where.
  const zaiAt = subject.lastIndexOf('在');
  if (zaiAt > 0 && wordAtEnd(subject.slice(0, zaiAt), ORGANIZER_ENDINGS) !== undefined && characterCount(subject) - zaiAt - 1 <= MAX_VENUE_LENGTH) {
    venue = subject.slice(zaiAt + 1).trim();
    subject = subject.slice(0, zaiAt);
  }
  let date: DateMention | undefined;
  const trailing = trailingDate(subject);
  if (trailing !== undefined && trailing.start > 0) {
    date = trailing;
    subject = subject.slice(0, trailing.start);
  }
  subject = stripTimeOpeners(subject);
  for (const opener of ['近日', '日前', '近期']) if (subject.endsWith(opener)) subject = subject.slice(0, -opener.length);
  if (characterCount(subject) < 3 || characterCount(subject) > 30 || wordAtEnd(subject, ORGANIZER_ENDINGS) === undefined) return undefined;
  let end = verbAt + verb.length;
  while (end < sentence.length && !CLAUSE_SEPARATOR.has(sentence[end]) && !SENTENCE_END.has(sentence[end])) end += 1;
  const meeting = sentence.slice(verbAt + verb.length, end).trim();
  if (characterCount(meeting) > 40 || !isMeetingTitle(`${subject}${meeting}`) || !isMeetingTitle(meeting)) return undefined;
  if (date === undefined) {
    const leading = findDate(sentence.slice(0, start));
    if (leading !== undefined && leading.start === 0) date = leading;
  }
  const title = meeting.startsWith(subject) ? meeting : `${subject}${meeting}`;
  return factsOf(title, venue === '' ? undefined : venue, date, report);
}

/** Title, venue and date from one sentence, if it announces the meeting. */
export function readMeetingSentence(sentence: string, report?: CalendarDate): MeetingFacts | undefined {
  for (const verb of HOLDING_VERBS) {
    const verbAt = sentence.indexOf(verb);
    if (verbAt === -1) continue;
    const facts = readWithVenue(sentence, verbAt, report) ?? readSubjectVerbMeeting(sentence, verbAt, verb, report);
    if (facts !== undefined) return facts;
  }
  return undefined;
}

/** Bodies that hold meetings: how an organizer's name ends. */
const ORGANIZER_ENDINGS = ['残工委', '工委', '委员会', '残联', '联合会', '人民政府', '政府', '委', '局', '办公室', '办', '协会', '党组', '中心'];

/** The longest of `words` that `text` ends with. */
function wordAtEnd(text: string, words: ReadonlyArray<string>): string | undefined {
  let best: string | undefined;
  for (const word of words) if (text.endsWith(word) && (best === undefined || word.length > best.length)) best = word;
  return best;
}

/** Where the description of the meeting starts after its organizer: a year (in digits or Chinese numerals), a session, 全体, a scope. */
const DESCRIPTION_STARTS = [/\d{4}年/, /[〇零一二三四五六七八九]{4}年/, /第[0-9一二三四五六七八九十]{1,3}[次届]/, /全体/, /全[省市区县]/, /[上下]半年/, /年度/, /成员单位/];

/** The shortest start of `text` that ends like a body (a multi-character ending): `光明区残联残疾人家属代表` → 光明区残联. */
function leadingOrganizer(text: string): string | undefined {
  for (let end = 4; end <= text.length; end += 1) {
    const head = text.slice(0, end);
    const ending = wordAtEnd(head, ORGANIZER_ENDINGS);
    if (ending !== undefined && ending.length >= 2) return head;
  }
  return undefined;
}

/**
 * `2023年福田区残工委第一次全体会议` → `福田区残工委`: the title up to where
 * the meeting's description starts (a year, a session, 全体 … or the meeting
 * words), kept when it ends like a body that holds meetings.
 */
export function organizerOf(title: string): string | undefined {
  const rest = title.replace(/^\d{4}年度?/, '');
  const meetingWord = kindWordAtEnd(rest);
  if (meetingWord === undefined) return undefined;
  let end = rest.length - meetingWord.length;
  for (const pattern of DESCRIPTION_STARTS) {
    const match = pattern.exec(rest.slice(0, end));
    if (match !== null && match.index >= 2) end = match.index;
  }
  const organizer = rest.slice(0, end).trim();
  if (wordAtEnd(organizer, ORGANIZER_ENDINGS) !== undefined && characterCount(organizer) >= 2) return organizer;
  return leadingOrganizer(organizer);
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

