/**
 * The parsed report from the classified paragraphs: the meeting's facts
 * (meeting-facts.ts), street cases (experience-sharing.ts), speeches and speakers
 * (people.ts), achievements with their year, captions, the body, and the
 * warnings for what could not be read.
 *
 * The body: section headings and narrative paragraphs in reading order. What
 * lives in a field of its own is not repeated there: the header, the
 * dateline and credits, the captions (media alternative text), the numbered
 * achievements (their own documents) and the street cases' paragraphs (their
 * summaries). The intros to those lists stay, so the body still reads as an
 * article around the lists.
 */
import { createHash } from 'node:crypto';
import type { Editorial } from '../editorial/types';
import { reviewedYear } from './achievements';
import { captionText } from './captions';
import type { ReportHeader } from './header';
import { chooseMeetingDate, inferredMessage, type ChosenDate, type EvidenceSentence, type ReportAnchors } from './date-resolver';
import { datelineDate } from './dateline';
import type { Repost } from './line-classifier';
import { districtOf, isMeetingTitle, mergeDocuments, organizerOf, readDocuments, readMeetingSentence, type MeetingFacts } from './meeting-facts';
import type { Classified, Paragraph } from './paragraphs';
import { CASE_WARNINGS, type BodyBlock, type ParsedAchievement, type ParsedMeeting, type ParsedReport, type ParsedStreetCase, type ParseWarning } from '../../../shared/parsed-report';
import { irregularityMessage } from './list-merger';
import { readPeople } from './people';
import type { ReportTime } from './report-time';
import { readStreetCases, type StreetCaseResult } from './experience-sharing';
import { splitSentences } from './text';

/** sha256 of headline, reportedAt and source, each NFKC-folded (！ = !) and without whitespace. */
function fingerprintOf(headline: string, reportedAt: string | undefined, source: string | undefined): string {
  const fold = (value: string): string => value.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return createHash('sha256')
    .update([fold(headline), reportedAt ?? '', fold(source ?? '')].join('\n'))
    .digest('hex');
}

/** The meeting's name and venue from the sentence that names it, else from the headline; its date from every date of the body. */
function findMeetingFacts(paragraphs: ReadonlyArray<Paragraph>, header: ReportHeader, anchors: ReportAnchors): { facts: MeetingFacts; chosen?: ChosenDate; fromHeadline: boolean } {
  let named: MeetingFacts | undefined;
  const sentences: EvidenceSentence[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'body') continue;
    for (const text of splitSentences(paragraph.text)) {
      const found = named === undefined ? readMeetingSentence(text) : undefined;
      named ??= found;
      sentences.push({ text, naming: found !== undefined });
    }
  }
  const fromHeadline = named === undefined ? titleFromHeadline(header.headline) : undefined;
  const { title, venue } = named ?? fromHeadline ?? {};
  // A date is the meeting's only when the report is about a meeting.
  const chosen = title === undefined ? undefined : chooseMeetingDate(sentences, anchors);
  const facts: MeetingFacts = { ...(title !== undefined ? { title } : {}), ...(venue !== undefined ? { venue } : {}), ...(chosen !== undefined ? { heldOn: chosen.date } : {}) };
  return { facts, ...(chosen !== undefined ? { chosen } : {}), fromHeadline: fromHeadline !== undefined };
}

/** A headline that names the meeting (`光明区残联召开…座谈会`, `…现场会在盐田召开`, `…开展…调研`). */
function titleFromHeadline(headline: string): MeetingFacts | undefined {
  const read = readMeetingSentence(headline);
  if (read?.title !== undefined) return { title: read.title, ...(read.venue !== undefined ? { venue: read.venue } : {}) };
  return isMeetingTitle(headline) ? { title: headline } : undefined;
}

/** The report's own dates that relative dates are reckoned from. */
function anchorsOf(header: ReportHeader, content: { dateline?: string; repost?: Repost }, time: ReportTime): ReportAnchors {
  const original = header.repost?.date ?? content.repost?.date;
  const dateline = content.dateline === undefined ? undefined : datelineDate(content.dateline);
  return { ...(original !== undefined ? { original } : {}), ...(dateline !== undefined ? { dateline } : {}), ...(time.date !== undefined ? { report: time.date } : {}) };
}

function dateWarnings(chosen: ChosenDate | undefined, fromHeadline: boolean, warnings: ParseWarning[]): void {
  const message = chosen === undefined ? undefined : inferredMessage(chosen);
  if (message !== undefined) warnings.push({ code: 'meeting.held-on-inferred', message });
  if (chosen === undefined || chosen.afterReport.length > 0) {
    const after = chosen?.afterReport ?? [];
    if (after.length > 0) warnings.push({ code: 'meeting.held-on-after-report', message: `报道中的日期${after.join('、')}晚于报道日期，未作为会议日期` });
  }
  if (fromHeadline) warnings.push({ code: 'meeting.title-from-headline', message: '正文没有点明会议名称的句子，会议名称取自标题，请核对' });
}

function withYears(classified: Classified, heldOn: string | undefined, time: ReportTime, warnings: ParseWarning[]): ParsedAchievement[] {
  // Without a report date, any year up to the meeting's (or any at all) is a year under review.
  const reportYear = time.date?.year ?? (heldOn === undefined ? 9999 : Number(heldOn.slice(0, 4)));
  const heldYear = heldOn === undefined ? reportYear : Number(heldOn.slice(0, 4));
  const year = reviewedYear(
    classified.paragraphs.filter((p) => p.kind !== 'achievement').map((p) => p.text),
    reportYear,
  );
  if (classified.lists > 1) {
    warnings.push({ code: 'achievements.lists-merged', message: `报道中有${classified.lists}组编号成绩，已按报道顺序合并为一组并重新编号` });
  }
  for (const found of classified.irregular) warnings.push({ code: 'achievements.numbering-irregular', message: irregularityMessage(found), line: found.line });
  const achievements = classified.achievements.map(({ achievement, line }) => {
    if (achievement.title === undefined) {
      warnings.push({ code: 'achievements.title-missing', message: `第${achievement.ordinal}项成绩没有可用的标题`, line });
    }
    const usableYear = year !== undefined && year <= heldYear ? year : undefined;
    return { ...(usableYear !== undefined ? { year: usableYear } : {}), ...achievement };
  });
  if (achievements.length > 0 && year === undefined) warnings.push({ code: 'achievements.year-missing', message: '未找到成绩所属年份' });
  if (achievements.length > 0 && year !== undefined && year > heldYear) {
    warnings.push({ code: 'achievements.year-after-meeting', message: `成绩年份${year}晚于会议年份，已略去` });
  }
  return achievements;
}

function streetCasesOf(street: StreetCaseResult, warnings: ParseWarning[]): ParsedStreetCase[] {
  const streetCases: ParsedStreetCase[] = street.streetCases.map((streetCase) => ({ ...streetCase }));
  streetCases.forEach((streetCase, index) => {
    const name = streetCase.community ?? streetCase.street ?? `第${index + 1}个`;
    if (streetCase.title === undefined) warnings.push({ code: CASE_WARNINGS.titleMissing, message: `基层经验“${name}”没有可用的标题` });
    if (streetCase.street === undefined) warnings.push({ code: CASE_WARNINGS.streetMissing, message: `基层经验“${name}”未写明所属街道` });
  });
  return streetCases;
}

function bodyOf(paragraphs: ReadonlyArray<Paragraph>, street: StreetCaseResult): BodyBlock[] {
  const body: BodyBlock[] = [];
  paragraphs.forEach((paragraph, index) => {
    if (street.usedParagraphs.has(index) || paragraph.text === '') return;
    const children = [{ type: 'text' as const, text: paragraph.text }];
    if (paragraph.kind === 'heading') body.push({ type: 'heading', level: 2, children });
    else if (paragraph.kind === 'body') body.push({ type: 'paragraph', children });
  });
  return body;
}

function meetingWarnings(facts: MeetingFacts, organizer: string | undefined, warnings: ParseWarning[]): void {
  if (facts.title === undefined) warnings.push({ code: 'meeting.title-missing', message: '未找到会议名称（“……会议在……召开/举行”）' });
  if (facts.heldOn === undefined) warnings.push({ code: 'meeting.held-on-missing', message: '未找到会议日期' });
  if (organizer === undefined) warnings.push({ code: 'meeting.organizer-missing', message: '未找到会议主办单位' });
}

export function assembleReport(
  header: ReportHeader,
  content: { dateline?: string; repost?: Repost },
  classified: Classified,
  editorial: Editorial,
  time: ReportTime,
  warnings: ParseWarning[],
): ParsedReport {
  const { paragraphs } = classified;
  const found = findMeetingFacts(paragraphs, header, anchorsOf(header, content, time));
  const { facts } = found;
  const organizer = facts.title === undefined ? undefined : organizerOf(facts.title);
  const district = districtOf(organizer ?? '') ?? districtOf((facts.title ?? '').replace(/^\d{4}年度?/, ''));
  const adoptedDocuments = mergeDocuments(paragraphs.filter((p) => p.kind !== 'achievement').flatMap((p) => readDocuments(p.text)));
  const street = readStreetCases(
    paragraphs.map((p) => ({ text: p.text, kind: p.kind === 'achievement' ? 'body' : p.kind, mentions: p.mentions })),
    district,
  );
  const { speeches, speakers } = readPeople(paragraphs, street, district);
  const achievements = withYears(classified, facts.heldOn, time, warnings);
  const streetCases = streetCasesOf(street, warnings);
  const body = bodyOf(paragraphs, street);
  dateWarnings(found.chosen, found.fromHeadline, warnings);
  meetingWarnings(facts, organizer, warnings);
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
  return {
    meeting,
    achievements,
    streetCases,
    speakers,
    requirements: classified.requirements,
    captions: paragraphs.filter((p) => p.kind === 'caption').map((p) => captionText(p.text)),
    fingerprint: fingerprintOf(header.headline, time.reportedAt, editorial.source ?? undefined),
  };
}
