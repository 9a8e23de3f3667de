/**
 * Photo captions: the short lines web pages print under each photo, which a
 * text copy of the page keeps as paragraphs of their own
 * (`福田区残工委举行全体会议。`, `会议现场。`,
 * `福田区政府党组成员、副区长,残工委主任朱江讲话。`).
 *
 * A caption is a standalone line that is ONE sentence and
 * 1. opens with a photo marker (图为, 图片, ▲ …), or
 * 2. names a photo subject (…现场, …合影, …留影) in at most 40 characters, or
 * 3. has no narrative opening (会上, 据悉, 会议强调 …), is at most 80
 *    characters, starts with a person described by organization and title
 *    followed by a speech verb (…罗念纯作报告, …理事长分享经验), and reports
 *    no speech (…讲话时表示，… is a paragraph of the story), or
 * 4. is at most 25 characters and either stands before the first narrative
 *    paragraph (the lead photo) or ends with 。 (a heading never does).
 *
 * Narrative paragraphs almost never fit: they open with 会上/据悉/会议指出,
 * run to several sentences, or carry the dateline. A caption can still tell
 * who spoke and how (the caption is often the only place a speech's role
 * appears), so captions are read for speeches like any other line.
 */
import type { SpeechMention } from './speech-roles';
import { characterCount, endsLikeSentence, splitSentences, stripTrailingPunctuation, wordAt } from './text';

const PHOTO_MARKERS = ['图为', '图片', '图：', '图:', '▲', '△', '（图', '(图'];

const PHOTO_SUBJECTS = ['现场', '合影', '合照', '留影', '供图', '摄'];

/** Openings of narrative paragraphs, never of captions. */
export const NARRATIVE_OPENERS = [
  '会上',
  '会议',
  '此次',
  '本次',
  '这次',
  '据悉',
  '据了解',
  '据介绍',
  '此外',
  '同时',
  '另外',
  '近年来',
  '近年',
  '目前',
  '下一步',
  '今年',
  '去年',
  '随后',
  '最后',
  '首先',
  '其次',
  '其中',
  '通过',
  '为了',
  '为进一步',
];

/** Reported speech: a narrative paragraph about what someone said, never a caption. */
const REPORTED_SPEECH = ['表示', '指出', '强调', '认为', '说，', '说,', '说：', '说:', '“'];

const MAX_SUBJECT_CAPTION = 40;
const MAX_SPEAKER_CAPTION = 80;
const MAX_SHORT_CAPTION = 25;

export interface CaptionContext {
  /** The line stands before the first narrative paragraph (the dateline's). */
  beforeNarrative: boolean;
  /** The people the line mentions (speech-roles.ts `readSpeechMentions`), read once by the caller. */
  mentions: ReadonlyArray<SpeechMention>;
}

export function isCaption(text: string, context: CaptionContext): boolean {
  // A caption describes something: a line of marks alone (。, ……) is not one.
  if (!/\p{L}/u.test(stripTrailingPunctuation(text))) return false;
  if (PHOTO_MARKERS.some((marker) => text.startsWith(marker))) return true;
  const length = characterCount(text);
  if (length > MAX_SPEAKER_CAPTION) return false;
  if (splitSentences(text).length !== 1) return false;
  const last = text[text.length - 1];
  if (last === ':' || last === '：' || last === ';' || last === '；') return false;
  const core = stripTrailingPunctuation(text);
  if (length <= MAX_SUBJECT_CAPTION && PHOTO_SUBJECTS.some((subject) => core.endsWith(subject))) return true;
  if (wordAt(text, 0, NARRATIVE_OPENERS) !== undefined) return false;
  const first = context.mentions[0];
  if (first !== undefined && first.start === 0 && first.role !== undefined) return !REPORTED_SPEECH.some((word) => text.includes(word));
  return length <= MAX_SHORT_CAPTION && (context.beforeNarrative || endsLikeSentence(text));
}

/** The caption as stored: without its final 。 (it becomes alternative text). */
export function captionText(text: string): string {
  return stripTrailingPunctuation(text);
}
