/**
 * The article parser: a news report of a district disability committee's
 * meeting (plain text, one paragraph a line, as copied from the news site)
 * into plain data for the importer. Pure: no Strapi, no I/O.
 *
 * How a report is read, top to bottom:
 * 1. Header (header.ts): headline, date line (→ reportedAt, Beijing time),
 *    来源/稿源 (→ source), page boilerplate; the headline repeated below it is
 *    dropped. No date line or no headline: ArticleParseError `not-a-report`.
 * 2. Closing credit lines at the foot and the dateline with its credits at
 *    the start of the first narrative paragraph (dateline.ts); credit text is
 *    read by the editorial core's parseCreditLine.
 * 3. Each remaining line is classified: photo caption (captions.ts), a
 *    numbered achievement (achievements.ts), a section heading (at most 40
 *    characters, no sentence end), or a narrative paragraph.
 * 4. People (speaker-title.ts, speech-roles.ts) are read from every line but
 *    the achievements — captions included, since a caption is often the only
 *    place that says who spoke and how. One speech per speaker (or unnamed
 *    description) and role, ordered by first mention; when several lines
 *    describe it, the shortest summary wins (captions sum up, narrative
 *    sentences are wordier). Speakers are the named people who spoke, in the
 *    order of their first speech, with the positions of every description of
 *    them (speakers.ts).
 * 5. Street cases (street-cases.ts), the meeting's title, venue, date,
 *    organizer, district and documents (meeting-facts.ts).
 *
 * Captions: the seed's one-sentence lines that start with a described person
 * and a speech verb — 罗念纯作报告…, 朱江讲话, …分享经验, and equally
 * 申晓东传达… and 麦越聪…作情况说明 — are all captions by the same rule; the
 * speech they describe is still read from them.
 *
 * The body: section headings and narrative paragraphs in reading order. What
 * lives in a field of its own is not repeated there: the header, the
 * dateline and credits, the captions (media alternative text), the numbered
 * achievements (their own documents) and the street cases' paragraphs (their
 * summaries). The intros to those lists (会上指出,…主要表现在以下几个方面:)
 * stay, so the body still reads as an article around the lists.
 *
 * Nothing is invented: a key is in the result only when the text gave its
 * value (the exceptions are derived on purpose: an achievement's category,
 * `other` when no keyword fits, and a street case's district, the meeting's).
 * What could not be read is a warning, not a guess.
 */
import { createHash } from 'node:crypto';
import { isValidCreditName } from '../editorial/credit-name';
import type { ParsedCredit } from '../editorial/credit-line';
import type { Editorial, SpeechRole } from '../editorial/types';
import { findAchievementRuns, readAchievement, reviewedYear } from './achievements';
import { ArticleParseError, MAX_REPORT_BYTES } from './article-parse-error';
import { captionText, isCaption } from './captions';
import { readOrdinalMarker } from './chinese-numerals';
import { channelOf, readCreditLine, readDateline } from './dateline';
import { isHeaderRepeat, readHeader, sourceOfLine } from './header';
import { districtOf, mergeDocuments, organizerOf, readDocuments, readMeetingSentence, type MeetingFacts } from './meeting-facts';
import type {
  BodyBlock,
  ParsedAchievement,
  ParsedMeeting,
  ParsedReport,
  ParsedSpeech,
  ParsedStreetCase,
  ParseOptions,
  ParseResult,
  ParseWarning,
  WarningCode,
} from './parsed-report';
import { buildSpeakers } from './speakers';
import { readSpeechMentions, type SpeechMention } from './speech-roles';
import { readStreetCases } from './street-cases';
import { charCount, endsLikeSentence, normalizeInput, splitLines, splitSentences, type Line } from './text';

export { ArticleParseError, MAX_REPORT_BYTES } from './article-parse-error';
export type * from './parsed-report';

/** Share of undecodable characters (U+FFFD) or control characters that makes a text binary. */
const BINARY_SHARE = 0.02;
const BINARY_MIN_COUNT = 8;

/** Without a dateline, the first narrative paragraph is looked for among this many first lines. */
const NARRATIVE_WINDOW = 8;

/** Headings are short: a section title, not a sentence. */
const MAX_HEADING_LENGTH = 40;

/** Credit lines are looked for among this many last lines. */
const CREDIT_LINES_AT_FOOT = 3;

/** The dateline is looked for among this many first paragraphs. */
const DATELINE_WINDOW = 4;

/** `（完）`: the end mark some sources print. */
const END_MARK = /^[(（]完[)）]$/;

type Kind = 'caption' | 'heading' | 'achievement' | 'body';

interface Paragraph extends Line {
  kind: Kind;
  mentions: SpeechMention[];
}

function fail(code: ArticleParseError['code'], options: ParseOptions, reason?: 'no-date-line' | 'no-headline'): never {
  throw new ArticleParseError(code, { ...(options.fileName !== undefined ? { fileName: options.fileName } : {}), ...(reason ? { reason } : {}) });
}

/** NUL anywhere, or many U+FFFD / control characters: bytes decoded as text, not text. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let suspicious = 0;
  let visible = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c)) suspicious += 1;
    if (code > 0x20) visible += 1;
  }
  return suspicious >= BINARY_MIN_COUNT && suspicious >= visible * BINARY_SHARE;
}

function warn(warnings: ParseWarning[], code: WarningCode, message: string, line?: number): void {
  warnings.push(line === undefined ? { code, message } : { code, message, line });
}

function isHeading(text: string): boolean {
  return charCount(text) <= MAX_HEADING_LENGTH && !endsLikeSentence(text) && !text.includes('。') && /\p{L}/u.test(text);
}

/** sha256 of headline, reportedAt and source, each NFKC-folded (！ = !) and without whitespace. */
function fingerprintOf(headline: string, reportedAt: string, source: string | undefined): string {
  const fold = (value: string): string => value.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return createHash('sha256')
    .update([fold(headline), reportedAt, fold(source ?? '')].join('\n'))
    .digest('hex');
}

function dedupeCredits(credits: ReadonlyArray<ParsedCredit>): ParsedCredit[] {
  const seen = new Set<string>();
  return credits.filter((credit) => {
    const key = `${credit.role}|${credit.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Merges speech mentions into speeches: one per speaker (or description) and role, in order of first mention. */
function mergeSpeeches(mentions: ReadonlyArray<SpeechMention & { role: SpeechRole }>): ParsedSpeech[] {
  const speeches: ParsedSpeech[] = [];
  const byKey = new Map<string, ParsedSpeech>();
  for (const mention of mentions) {
    const who = mention.name !== undefined ? `name:${mention.name}` : `description:${mention.description}`;
    const key = `${who}|${mention.role}`;
    const known = byKey.get(key);
    if (known === undefined) {
      const speech: ParsedSpeech = {
        ...(mention.name !== undefined ? { speakerName: mention.name } : { speakerDescription: mention.description }),
        role: mention.role,
        ...(mention.summary !== undefined ? { summary: mention.summary } : {}),
        order: speeches.length + 1,
      };
      speeches.push(speech);
      byKey.set(key, speech);
    } else if (mention.summary !== undefined && (known.summary === undefined || charCount(mention.summary) < charCount(known.summary))) {
      // Captions sum a speech up; narrative sentences say more words about it. The shortest summary wins.
      known.summary = mention.summary;
    }
  }
  return speeches;
}

export function parseArticle(text: string, options: ParseOptions = {}): ParseResult {
  // JavaScript callers may hand over a Buffer: bytes, not text.
  if (typeof text !== 'string') fail('binary', options);
  if (Buffer.byteLength(text, 'utf8') > MAX_REPORT_BYTES) fail('too-large', options);
  // trim() takes the byte-order mark too.
  if (text.trim() === '') fail('empty', options);
  if (looksBinary(text)) fail('binary', options);

  const lines = splitLines(normalizeInput(text));
  const header = readHeader(lines);
  if (header === 'no-date-line' || header === 'no-headline') fail('not-a-report', options, header);

  const warnings: ParseWarning[] = [];
  let source = header.source;
  const content: Line[] = [];
  for (const line of lines.slice(header.contentStart)) {
    if (isHeaderRepeat(line.text, header.headline)) source ??= sourceOfLine(line.text);
    else if (!END_MARK.test(line.text)) content.push(line);
  }

  // Credit lines at the foot.
  const footCredits: ParsedCredit[][] = [];
  for (let count = 0; count < CREDIT_LINES_AT_FOOT && content.length > 0; count += 1) {
    const credits = readCreditLine(content[content.length - 1].text);
    if (credits === undefined) break;
    footCredits.unshift(credits);
    content.pop();
  }

  // The dateline and its credits open the first narrative paragraph.
  let datelineIndex: number | undefined;
  let dateline: string | undefined;
  let datelineCredits: ParsedCredit[] = [];
  for (let index = 0; index < Math.min(DATELINE_WINDOW, content.length); index += 1) {
    const found = readDateline(content[index].text);
    if (found === undefined) continue;
    datelineIndex = index;
    dateline = found.dateline;
    datelineCredits = found.credits;
    content[index] = { ...content[index], text: found.rest };
    break;
  }
  // Without a dateline, the narrative starts at the first long or multi-sentence line near the top.
  const narrativeStart =
    datelineIndex ??
    Math.max(
      0,
      content.slice(0, NARRATIVE_WINDOW).findIndex((line) => charCount(line.text) > 25 || splitSentences(line.text).length > 1),
    );

  // Classify every line.
  const paragraphs: Paragraph[] = content
    .filter((line, index) => line.text !== '' || index !== datelineIndex)
    .map((line): Paragraph => ({ text: line.text, line: line.line, kind: 'body', mentions: [] }));
  const datelineParagraph = datelineIndex === undefined ? undefined : content[datelineIndex];
  paragraphs.forEach((paragraph, index) => {
    paragraph.mentions = splitSentences(paragraph.text).flatMap(readSpeechMentions);
    if (paragraph.line === datelineParagraph?.line || readOrdinalMarker(paragraph.text) !== undefined) return;
    const context = { beforeNarrative: index < narrativeStart, mentions: paragraph.mentions };
    if (isCaption(paragraph.text, context)) paragraph.kind = 'caption';
  });
  const runs = findAchievementRuns(paragraphs.map((p) => ({ text: p.text, isCaption: p.kind === 'caption' })));
  const achievementItems = runs[0] ?? [];
  for (const index of achievementItems) {
    // People are not read from achievements: they name no speakers.
    paragraphs[index].kind = 'achievement';
    paragraphs[index].mentions = [];
  }
  if (runs.length > 1) warn(warnings, 'achievements.extra-list', '报道中有多组编号成绩，只导入了第一组', paragraphs[runs[1][0]].line);
  for (const paragraph of paragraphs) {
    if (paragraph.kind === 'body' && paragraph.line !== datelineParagraph?.line && isHeading(paragraph.text)) paragraph.kind = 'heading';
  }

  // The meeting.
  let facts: MeetingFacts = {};
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'body') continue;
    const found = splitSentences(paragraph.text)
      .map((sentence) => readMeetingSentence(sentence, header.reportDate))
      .find((f) => f !== undefined);
    if (found !== undefined) {
      facts = found;
      break;
    }
  }
  const organizer = facts.title === undefined ? undefined : organizerOf(facts.title);
  const district = districtOf(organizer ?? '') ?? districtOf((facts.title ?? '').replace(/^\d{4}年度?/, ''));
  const adoptedDocuments = mergeDocuments(paragraphs.filter((p) => p.kind !== 'achievement').flatMap((p) => readDocuments(p.text)));

  // Street cases, then the speeches that are not a street case's presenter.
  const street = readStreetCases(
    paragraphs.map((p) => ({ text: p.text, kind: p.kind === 'achievement' ? 'body' : p.kind, mentions: p.mentions })),
    district,
  );
  const speechMentions = paragraphs
    .flatMap((p) => p.mentions)
    .filter((m): m is SpeechMention & { role: SpeechRole } => m.role !== undefined && !street.usedMentions.has(m));
  const speeches = mergeSpeeches(speechMentions);

  // Speakers: everyone named in a speech, in order of their first speech.
  const speakerNames = new Set<string>();
  for (const name of [...speeches.map((s) => s.speakerName), ...street.streetCases.map((c) => c.presenter?.speakerName)]) {
    if (name !== undefined) speakerNames.add(name);
  }
  const descriptions = paragraphs
    .flatMap((p) => p.mentions)
    .flatMap((m) => (m.name !== undefined && speakerNames.has(m.name) ? [{ name: m.name, description: m.description }] : []));
  const speakers = buildSpeakers([...speakerNames], descriptions, district);

  // Achievements.
  const heldYear = facts.heldOn === undefined ? header.reportDate.year : Number(facts.heldOn.slice(0, 4));
  const year = reviewedYear(
    paragraphs.filter((p) => p.kind !== 'achievement').map((p) => p.text),
    header.reportDate.year,
  );
  const achievements: ParsedAchievement[] = [];
  for (const index of achievementItems) {
    const item = readAchievement(paragraphs[index].text);
    if (item === undefined) continue;
    if (item.title === undefined) warn(warnings, 'achievements.title-missing', `第${item.ordinal}项成绩没有可用的标题`, paragraphs[index].line);
    const usableYear = year !== undefined && year <= heldYear ? year : undefined;
    achievements.push({ ...(usableYear !== undefined ? { year: usableYear } : {}), ...item });
  }
  if (achievements.length > 0 && year === undefined) warn(warnings, 'achievements.year-missing', '未找到成绩所属年份');
  if (achievements.length > 0 && year !== undefined && year > heldYear) {
    warn(warnings, 'achievements.year-after-meeting', `成绩年份${year}晚于会议年份，已略去`);
  }

  // Street cases as parsed data.
  const streetCases: ParsedStreetCase[] = street.streetCases.map((streetCase) => ({ ...streetCase }));
  streetCases.forEach((streetCase, index) => {
    const name = streetCase.community ?? streetCase.street ?? `第${index + 1}个`;
    if (streetCase.title === undefined) warn(warnings, 'street-case.title-missing', `基层经验“${name}”没有可用的标题`);
    if (streetCase.street === undefined) warn(warnings, 'street-case.street-missing', `基层经验“${name}”未写明所属街道`);
  });

  // Captions and body.
  const captions = paragraphs.filter((p) => p.kind === 'caption').map((p) => captionText(p.text));
  const body: BodyBlock[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (street.usedParagraphs.has(index) || paragraph.text === '') return;
    const children = [{ type: 'text' as const, text: paragraph.text }];
    if (paragraph.kind === 'heading') body.push({ type: 'heading', level: 2, children });
    else if (paragraph.kind === 'body') body.push({ type: 'paragraph', children });
  });

  // Editorial.
  const credits = dedupeCredits([...datelineCredits, ...footCredits.flat()]);
  if (credits.length === 0) warn(warnings, 'credits.missing', '未找到署名（记者、编辑、责任编辑）');
  for (const credit of credits) {
    if (!isValidCreditName(credit.name)) warn(warnings, 'credits.invalid-name', `署名“${credit.name}”不像人名`);
  }
  if (source === undefined) warn(warnings, 'editorial.source-missing', '未找到来源', header.dateLine);
  if (!header.hasTime) warn(warnings, 'editorial.reported-time-missing', '日期行没有时间，按当日 00:00 记录', header.dateLine);
  const channel = dateline === undefined ? undefined : channelOf(dateline, source);
  const editorial: Editorial = {
    ...(source !== undefined ? { source } : {}),
    ...(channel !== undefined ? { channel } : {}),
    reportedAt: header.reportedAt,
    ...(dateline !== undefined ? { dateline } : {}),
    ...(credits.length > 0 ? { credits: credits.map(({ role, name }) => ({ role, name })) } : {}),
  };

  if (facts.title === undefined) warn(warnings, 'meeting.title-missing', '未找到会议名称（“……会议在……召开/举行”）');
  if (facts.heldOn === undefined) warn(warnings, 'meeting.held-on-missing', '未找到会议日期');
  else if (facts.heldOn > header.reportedAt.slice(0, 10)) warn(warnings, 'meeting.held-on-after-report', '会议日期晚于报道日期');
  if (organizer === undefined) warn(warnings, 'meeting.organizer-missing', '未找到会议主办单位');

  const meeting: ParsedMeeting = {
    ...(facts.title !== undefined ? { title: facts.title } : {}),
    headline: header.headline,
    ...(facts.heldOn !== undefined ? { heldOn: facts.heldOn } : {}),
    ...(facts.venue !== undefined ? { venue: facts.venue } : {}),
    ...(organizer !== undefined ? { organizer } : {}),
    ...(district !== undefined ? { district } : {}),
    ...(body.length > 0 ? { body } : {}),
    ...(adoptedDocuments.length > 0 ? { adoptedDocuments } : {}),
    speeches,
    editorial,
  };
  const report: ParsedReport = {
    meeting,
    achievements,
    streetCases,
    speakers,
    captions,
    fingerprint: fingerprintOf(header.headline, header.reportedAt, source),
  };
  return { report, warnings };
}
