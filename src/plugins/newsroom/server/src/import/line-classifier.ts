/**
 * One classifier for the lines around an article — its header and its foot:
 * meta lines (dates, sources, credits, counters, repost notices), page
 * furniture, contribution notices and publisher lines — from features of the
 * line (its labels, its tokens and their length, punctuation, URLs, digits)
 * and the word tables of line-words.ts. It knows no site: a line is read by
 * what it is made of.
 *
 * | line                                                          | class |
 * |---------------------------------------------------------------|-------|
 * | `信息来源：光明区残联  发布时间：2024-04-25 10:05  点击：`       | meta: source, date, a counter whose value is on the next line |
 * | `1024`                                                         | furniture (a counter's value: no letter) |
 * | `深圳特区报 2024年5月17日 星期五 第A06版：民生`                 | meta: source 深圳特区报, date (an e-paper's masthead) |
 * | `原创 坪山残联 坪山残联 2024年11月20日 16:05 广东`              | meta: source 坪山残联, date and time |
 * | `转载自：深圳晚报 2024年5月30日 原文链接：https://…`           | meta: repost of 深圳晚报 of 2024-05-30 |
 * | `作者：林岚  点击：`                                            | meta: credit 作者：林岚 only |
 * | `索引号：…`, `分类：工作动态`, `审核：…`                        | meta without a value the report keeps |
 * | `上一版 下一版`, `阅读原文`, `https://…`                        | furniture |
 * | `（宝安区残联 供稿）`                                           | contribution: 宝安区残联 |
 * | `罗湖区残疾人联合会` (asked for publishers)                     | publisher |
 */
import { readPublicationDate, type PublicationDate } from './date-line';
import { isChromeLine } from './page-chrome';
import { CREDIT_ALIASES, CONTRIBUTION_WORDS, EDITION_MARK, FURNITURE_WORDS, MAX_META_LINE, MAX_META_TOKEN, NOT_A_SOURCE_WORDS, PUBLISHER_ENDINGS, SEGMENT_LABELS, SEGMENT_LABEL_WORDS, SITE_NAME_ENDINGS, type SegmentRole } from './line-words';
import { findFullDate, type CalendarDate } from './text-dates';
import { characterCount, wordAt } from './text';

export interface Repost {
  source?: string;
  date?: CalendarDate;
  url?: string;
}

export interface MetaLine {
  kind: 'meta';
  date?: PublicationDate;
  source?: string;
  /** The credit segments as `label：value` text, for the credit reader. */
  creditText?: string;
  repost?: Repost;
  /** A labelled title: `名称：…`. */
  title?: string;
  /** A counter label without its value: the value is on the next line. */
  counterPending: boolean;
}

export type LineClass = MetaLine | { kind: 'furniture' } | { kind: 'contribution'; source: string } | { kind: 'publisher'; name: string } | { kind: 'text' };

export interface Segment {
  label: string;
  role: SegmentRole;
  value: string;
}

const BOUNDARY = new Set([' ', '\t', '|', '｜', '丨', '【', '[', '(', '（', '】', ']', ')', '）', '/']);
const COLONS = new Set([':', '：']);
const SENTENCE_MARKS = /[。，,；;！!？?“”]/;
const URL = /(?:https?:\/\/|www\.)[\w\-./?%&=#:~+]{1,300}/i;
const EDGE_MARKS = new Set([' ', '\t', '|', '｜', '丨', '【', '】', '[', ']', '(', ')', '（', '）']);

/** The text without spaces, bars and brackets at either end (a loop: no backtracking on long runs). */
function trimEdges(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && EDGE_MARKS.has(text[start])) start += 1;
  while (end > start && EDGE_MARKS.has(text[end - 1])) end -= 1;
  return text.slice(start, end);
}

/** The label starting at `index` with its colon: its length up to the value. */
function labelAt(text: string, index: number): { label: string; end: number } | undefined {
  if (index > 0 && !BOUNDARY.has(text[index - 1])) return undefined;
  const label = wordAt(text, index, SEGMENT_LABEL_WORDS);
  if (label === undefined) return undefined;
  let end = index + label.length;
  while (text[end] === ' ') end += 1;
  return COLONS.has(text[end] ?? '') ? { label, end: end + 1 } : undefined;
}

/** `LABEL：value` segments of a line, and the text before the first one. */
export function readSegments(text: string): { prefix: string; segments: Segment[] } {
  const starts: Array<{ at: number; label: string; end: number }> = [];
  for (let index = 0; index < text.length; index += 1) {
    const found = labelAt(text, index);
    if (found === undefined) continue;
    starts.push({ at: index, ...found });
    index = found.end - 1;
  }
  const segments = starts.map((start, i) => {
    const value = trimEdges(text.slice(start.end, i + 1 < starts.length ? starts[i + 1].at : text.length));
    return { label: start.label, role: SEGMENT_LABELS.get(start.label) ?? 'furniture', value };
  });
  const prefix = trimEdges(starts.length === 0 ? text : text.slice(0, starts[0].at));
  return { prefix, segments };
}

/** A source value: up to a wide gap, without a URL, short, no sentence. */
function sourceValue(value: string): string | undefined {
  const name = value.split(/ {2,}|\t/)[0].replace(URL, '').trim();
  return name !== '' && characterCount(name) <= 40 && !SENTENCE_MARKS.test(name) ? name : undefined;
}

/** `深圳晚报 2024年5月30日 https://…` → the original's name, date and address. */
function repostOf(value: string): Repost {
  const url = URL.exec(value)?.[0];
  const date = findFullDate(value) ?? value.split(/\s+/).map((token) => readPublicationDate(token)?.date).find((d) => d !== undefined);
  const name = value.replace(URL, ' ').split(/\s+/).find((token) => token !== '' && readPublicationDate(token) === undefined && findFullDate(token) === undefined);
  return { ...(name !== undefined && characterCount(name) <= 30 && !SENTENCE_MARKS.test(name) ? { source: name } : {}), ...(date !== undefined ? { date } : {}), ...(url !== undefined ? { url } : {}) };
}

function mergeRepost(into: Repost | undefined, from: Repost): Repost {
  return { ...from, ...into };
}

const aliasOf = new Map(CREDIT_ALIASES);

/** A meta line of labelled segments (and a date in front of them), or undefined. */
function segmentLine(text: string, date: PublicationDate | undefined): MetaLine | undefined {
  const { prefix, segments } = readSegments(date === undefined ? text : date.rest);
  if (segments.length === 0 || (date === undefined && prefix !== '')) return date === undefined ? undefined : { kind: 'meta', date, counterPending: false };
  const meta: MetaLine = { kind: 'meta', ...(date !== undefined ? { date } : {}), counterPending: false };
  const credits: string[] = [];
  for (const { label, role, value } of segments) {
    if (role === 'date') meta.date ??= readPublicationDate(value);
    else if (role === 'source') meta.source ??= sourceValue(value);
    else if (role === 'credit' && value !== '') credits.push(`${aliasOf.get(label) ?? label}：${value}`);
    else if (role === 'counter') meta.counterPending = value === '';
    else if (role === 'repost') meta.repost = mergeRepost(meta.repost, repostOf(value));
    else if (role === 'title' && value !== '') meta.title ??= value;
  }
  if (credits.length > 0) meta.creditText = credits.join(' ');
  return meta;
}

/** `深圳特区报 2024年5月17日 星期五 第A06版`, `原创 坪山残联 2024年11月20日 16:05 广东`: short tokens around a full date. */
function tokenLine(text: string): MetaLine | undefined {
  const tokens = text.split(/\s+/).filter((token) => token !== '');
  if (tokens.length < 2) return undefined;
  let dateAt = -1;
  let used = 1;
  let date: PublicationDate | undefined;
  for (let index = 0; index < tokens.length && date === undefined; index += 1) {
    const withTime = index + 1 < tokens.length ? readPublicationDate(`${tokens[index]} ${tokens[index + 1]}`) : undefined;
    used = withTime?.hasTime === true ? 2 : 1;
    date = withTime?.hasTime === true ? withTime : readPublicationDate(tokens[index]);
    if (date !== undefined) dateAt = index;
  }
  if (date === undefined) return undefined;
  const others = tokens.filter((_, index) => index < dateAt || index >= dateAt + used);
  if (others.some((token) => characterCount(token) > MAX_META_TOKEN || SENTENCE_MARKS.test(token))) return undefined;
  const source = tokens
    .slice(0, dateAt)
    .find((token) => !NOT_A_SOURCE_WORDS.has(token) && !FURNITURE_WORDS.has(token) && !EDITION_MARK.test(token) && /\p{L}/u.test(token));
  return { kind: 'meta', date, ...(source !== undefined ? { source } : {}), counterPending: false };
}

/** Nothing but furniture words between bars, brackets and spaces; a bare address; a number without a letter. */
function isFurniture(text: string): boolean {
  const tokens = text.split(/[\s|｜丨【】[\]]+/).filter((token) => token !== '');
  if (tokens.length > 0 && tokens.every((token) => FURNITURE_WORDS.has(token))) return true;
  if (URL.exec(text)?.[0] === text) return true;
  return characterCount(text) <= 24 && /\d/.test(text) && !/\p{L}/u.test(text.replace(/次|人次/g, ''));
}

/** `（宝安区残联 供稿）`, `宝安区残联供稿`: the organization. */
function contributionOf(text: string): string | undefined {
  const inner = trimEdges(text);
  const word = CONTRIBUTION_WORDS.find((w) => inner.endsWith(w));
  if (word === undefined) return undefined;
  const name = inner.slice(0, -word.length).trim();
  return name !== '' && characterCount(name) <= 30 && !SENTENCE_MARKS.test(name) ? name : undefined;
}

function endsWithAny(text: string, words: ReadonlyArray<string>): boolean {
  return words.some((word) => text.endsWith(word) && text.length > word.length);
}

/** A line that is only the name of a publishing body: `罗湖区残疾人联合会`. */
export function publisherName(text: string): string | undefined {
  if (characterCount(text) > 24 || !/^[\p{Script=Han}·]+$/u.test(text)) return undefined;
  return endsWithAny(text, PUBLISHER_ENDINGS) || endsWithAny(text, SITE_NAME_ENDINGS) ? text : undefined;
}

/** A website's own name: `龙华区人民政府门户网站`. */
export function isSiteName(text: string): boolean {
  return characterCount(text) <= 24 && /^[\p{Script=Han}·]+$/u.test(text) && endsWithAny(text, SITE_NAME_ENDINGS);
}

/**
 * The class of a line of the header or the foot. `publishers`: a line that
 * only names a body is a publisher line (asked for under a headline).
 */
export function classifyLine(text: string, options: { publishers?: boolean } = {}): LineClass {
  if (characterCount(text) > MAX_META_LINE) return { kind: 'text' };
  if (isChromeLine(text)) return { kind: 'furniture' };
  const meta = segmentLine(text, readPublicationDate(text)) ?? tokenLine(text);
  if (meta !== undefined) return meta;
  if (isFurniture(text)) return { kind: 'furniture' };
  const contribution = contributionOf(text);
  if (contribution !== undefined) return { kind: 'contribution', source: contribution };
  const publisher = options.publishers === true ? publisherName(text) : undefined;
  return publisher !== undefined ? { kind: 'publisher', name: publisher } : { kind: 'text' };
}
