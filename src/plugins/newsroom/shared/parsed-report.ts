/**
 * What the article parser returns: plain data for the importer, shaped after
 * the documents' data shapes (documents.ts) minus what an
 * import cannot know (slugs, media, relations).
 *
 * A key is present only when the text gave its value; the parser never
 * invents a field. Speakers are referred to by name (`speakerName`): the
 * importer resolves names to speaker documents.
 */
import type { AchievementData, MeetingData, Position, SpeechRole, StreetCaseData } from './documents';

/** Something the parser could not read with confidence; the import goes on. */
export interface ParseWarning {
  /** Stable identifier, e.g. `credits.missing` (see WARNING_CODES). */
  code: string;
  /** Short, in Chinese (zh-CN). */
  message: string;
  /** 1-based line in the input, when one line is concerned. */
  line?: number;
}

/** The warnings about one street case (基层经验) the parser read. */
export const CASE_WARNINGS = { titleMissing: 'street-case.title-missing', streetMissing: 'street-case.street-missing' } as const;

/** Every warning code the parser emits. */
export const WARNING_CODES = [
  'page.chrome-dropped',
  'text.traditional-converted',
  'credits.missing',
  'credits.invalid-name',
  'editorial.source-missing',
  'editorial.reported-time-missing',
  'editorial.date-line-missing',
  'editorial.reported-at-missing',
  'editorial.date-order-assumed',
  'meeting.title-missing',
  'meeting.held-on-missing',
  'meeting.held-on-after-report',
  'meeting.held-on-inferred',
  'meeting.title-from-headline',
  'meeting.organizer-missing',
  'achievements.year-missing',
  'achievements.year-after-meeting',
  'achievements.title-missing',
  'achievements.lists-merged',
  'achievements.numbering-irregular',
  CASE_WARNINGS.titleMissing,
  CASE_WARNINGS.streetMissing,
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** A speech as read: the speaker by name, or by description when the report names nobody. */
export interface ParsedSpeech {
  speakerName?: string;
  speakerDescription?: string;
  role: SpeechRole;
  summary?: string;
  /** 1-based: reading order among the meeting's speeches; a presenter's is its street case's position. */
  order: number;
}

/** A named person who spoke, with every position the report gives them. */
export interface ParsedSpeaker {
  name: string;
  positions: Position[];
}

/** Strapi blocks: the two node types the body uses. */
export interface TextNode {
  type: 'text';
  text: string;
}
export interface HeadingBlock {
  type: 'heading';
  level: 2;
  children: TextNode[];
}
export interface ParagraphBlock {
  type: 'paragraph';
  children: TextNode[];
}
export type BodyBlock = HeadingBlock | ParagraphBlock;

export type ParsedMeeting = Omit<MeetingData, 'speeches' | 'cover' | 'slug' | 'body'> & {
  body?: BodyBlock[];
  speeches: ParsedSpeech[];
};

export type ParsedAchievement = Omit<AchievementData, 'slug' | 'editorial'>;

export type ParsedStreetCase = Omit<StreetCaseData, 'slug' | 'presenter' | 'editorial'> & { presenter?: ParsedSpeech };

export interface ParsedReport {
  meeting: ParsedMeeting;
  achievements: ParsedAchievement[];
  streetCases: ParsedStreetCase[];
  speakers: ParsedSpeaker[];
  /** A speaker's numbered requirements (一要…, 一是要…), by their titles; not stored, shown in the preview. */
  requirements: string[];
  /** Photo captions in reading order, without their final 。; the first is the cover's alternative text. */
  captions: string[];
  /** sha256 (hex) of the normalized headline, reportedAt (or '' without one) and source: equal for a re-import of the same report. */
  fingerprint: string;
}

export interface ParseResult {
  report: ParsedReport;
  warnings: ParseWarning[];
}

export interface ParseOptions {
  /** Named in error messages. */
  fileName?: string;
}
