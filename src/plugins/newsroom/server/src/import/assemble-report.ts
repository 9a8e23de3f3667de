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
import { districtOf, mergeDocuments, organizerOf, readDocuments, readMeetingSentence, type MeetingFacts } from './meeting-facts';
import type { Classified, Paragraph } from './paragraphs';
import { CASE_WARNINGS, type BodyBlock, type ParsedAchievement, type ParsedMeeting, type ParsedReport, type ParsedStreetCase, type ParseWarning } from '../../../shared/parsed-report';
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

function findMeetingFacts(paragraphs: ReadonlyArray<Paragraph>, time: ReportTime): MeetingFacts {
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'body') continue;
    for (const sentence of splitSentences(paragraph.text)) {
      const found = readMeetingSentence(sentence, time.date);
      if (found !== undefined) return found;
    }
  }
  return {};
}

function withYears(classified: Classified, heldOn: string | undefined, time: ReportTime, warnings: ParseWarning[]): ParsedAchievement[] {
  // Without a report date, any year up to the meeting's (or any at all) is a year under review.
  const reportYear = time.date?.year ?? (heldOn === undefined ? 9999 : Number(heldOn.slice(0, 4)));
  const heldYear = heldOn === undefined ? reportYear : Number(heldOn.slice(0, 4));
  const year = reviewedYear(
    classified.paragraphs.filter((p) => p.kind !== 'achievement').map((p) => p.text),
    reportYear,
  );
  if (classified.extraListLine !== undefined) {
    warnings.push({ code: 'achievements.extra-list', message: '报道中有多组编号成绩，只导入了第一组', line: classified.extraListLine });
  }
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

function meetingWarnings(facts: MeetingFacts, organizer: string | undefined, time: ReportTime, warnings: ParseWarning[]): void {
  if (facts.title === undefined) warnings.push({ code: 'meeting.title-missing', message: '未找到会议名称（“……会议在……召开/举行”）' });
  if (facts.heldOn === undefined) warnings.push({ code: 'meeting.held-on-missing', message: '未找到会议日期' });
  else if (time.reportedAt !== undefined && facts.heldOn > time.reportedAt.slice(0, 10)) {
    warnings.push({ code: 'meeting.held-on-after-report', message: '会议日期晚于报道日期' });
  }
  if (organizer === undefined) warnings.push({ code: 'meeting.organizer-missing', message: '未找到会议主办单位' });
}

export function assembleReport(
  header: ReportHeader,
  classified: Classified,
  editorial: Editorial,
  time: ReportTime,
  warnings: ParseWarning[],
): ParsedReport {
  const { paragraphs } = classified;
  const facts = findMeetingFacts(paragraphs, time);
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
  meetingWarnings(facts, organizer, time, warnings);
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
