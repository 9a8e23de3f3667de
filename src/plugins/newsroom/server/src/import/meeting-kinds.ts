/**
 * What counts as a meeting: the kinds of gathering a disability federation
 * reports, by the word that ends their name, and the verbs that say one was
 * held. One table: the meeting sentence reader (meeting-facts.ts), the
 * organizer reader and the date chooser (date-resolver.ts) all read it, so a
 * new kind is a row here.
 */

export type MeetingKind =
  | 'plenary'
  | 'congress'
  | 'presidium'
  | 'review'
  | 'symposium'
  | 'progress'
  | 'field'
  | 'deployment'
  | 'training'
  | 'exchange'
  | 'joint'
  | 'visit'
  | 'work'
  | 'meeting';

/** Words that end a meeting's name, with the kind they name. Longest match wins. */
export const MEETING_KINDS: ReadonlyArray<{ word: string; kind: MeetingKind }> = [
  { word: '全体委员会议', kind: 'plenary' },
  { word: '全体会议', kind: 'plenary' },
  { word: '全会', kind: 'plenary' },
  { word: '代表大会', kind: 'congress' },
  { word: '主席团会议', kind: 'presidium' },
  { word: '理事会会议', kind: 'presidium' },
  { word: '总结大会', kind: 'review' },
  { word: '总结会', kind: 'review' },
  { word: '表彰大会', kind: 'review' },
  { word: '述职会', kind: 'review' },
  { word: '座谈会', kind: 'symposium' },
  { word: '恳谈会', kind: 'symposium' },
  { word: '推进会', kind: 'progress' },
  { word: '调度会', kind: 'progress' },
  { word: '现场会', kind: 'field' },
  { word: '观摩会', kind: 'field' },
  { word: '部署会', kind: 'deployment' },
  { word: '动员会', kind: 'deployment' },
  { word: '培训会', kind: 'training' },
  { word: '交流会', kind: 'exchange' },
  { word: '研讨会', kind: 'exchange' },
  { word: '分享会', kind: 'exchange' },
  { word: '联席会议', kind: 'joint' },
  { word: '专题会议', kind: 'work' },
  { word: '工作会议', kind: 'work' },
  { word: '调研', kind: 'visit' },
  { word: '视察', kind: 'visit' },
  { word: '会议', kind: 'meeting' },
  { word: '大会', kind: 'meeting' },
  { word: '会', kind: 'meeting' },
];

export const MEETING_KIND_WORDS: ReadonlyArray<string> = MEETING_KINDS.map((entry) => entry.word);

/** Verbs that say a meeting was held; a naming sentence has one (`…会议在…召开`). */
export const HOLDING_VERBS = ['召开', '举行', '举办', '开幕', '闭幕'];

/** Verbs that tie a date to the event in a sentence without a naming shape (`…带队到…开展…调研`). */
export const EVENT_VERBS = [...HOLDING_VERBS, '开展', '主持', '出席', '带队', '走访', '参加', '参观', '观摩', '调研', '视察'];

/** The kind word a name ends with (longest first), if any. */
export function kindWordAtEnd(name: string): string | undefined {
  let best: string | undefined;
  for (const word of MEETING_KIND_WORDS) if (name.endsWith(word) && (best === undefined || word.length > best.length)) best = word;
  return best;
}

/** Positions in `text` where an event verb or a (multi-character) kind word stands: the cues a date is weighed against. */
export function eventCues(text: string): number[] {
  const cues: number[] = [];
  for (const word of [...EVENT_VERBS, ...MEETING_KIND_WORDS.filter((w) => w.length > 1)]) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) cues.push(at);
  }
  return cues.sort((a, b) => a - b);
}
