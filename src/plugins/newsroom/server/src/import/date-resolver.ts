/**
 * The meeting's date from every date expression of the report.
 *
 * Each expression (text-dates.ts: `2023年4月28日`, `二〇二三年十二月二十八日`,
 * `2016/4/7`, `07.04.2016`, `4月24日`, `24日`, `上月28日`, `昨日`, `前日`, `今日` …)
 * is resolved against the report's own dates, the anchor being, in this order:
 *
 * | anchor     | where it is printed                                  | why first |
 * |------------|------------------------------------------------------|-----------|
 * | `original` | a repost's notice: `转载自：深圳晚报 2024年5月30日`   | the text was written that day: its 昨日 is the day before it |
 * | `dateline` | `…2024年4月2日讯`                                     | the writer's own date |
 * | `report`   | the page's date line (or what report-time.ts found)  | the page's date |
 *
 * An expression with its year is `explicit` and needs no anchor. No date
 * after the anchor is taken (a meeting is reported after it is held).
 *
 * The meeting's date is the expression with the most evidence: it stands in
 * the sentence that names the meeting; its sentence has a verb that says an
 * event took place (召开, 举行, 开幕, 开展, 调研 …) or a meeting kind word
 * (meeting-kinds.ts); it is near that verb or word; it comes early. When the
 * chosen date is not an explicit full date, a warning names the anchor it was
 * reckoned from, so the editor can check it.
 */
import { eventCues } from './meeting-kinds';
import { findDates, formatDate, resolveDate, type CalendarDate, type DateMention } from './text-dates';

export type AnchorSource = 'original' | 'dateline' | 'report';
export type DateSource = 'explicit' | AnchorSource;

export interface ReportAnchors {
  original?: CalendarDate;
  dateline?: CalendarDate;
  report?: CalendarDate;
}

export interface Anchor {
  date: CalendarDate;
  source: AnchorSource;
}

export interface ResolvedDate {
  /** `YYYY-MM-DD`. */
  date: string;
  source: DateSource;
  /** The anchor it was reckoned from; absent for an explicit date. */
  anchor?: Anchor;
}

/** How the warning names each anchor. */
export const ANCHOR_NAMES: Readonly<Record<AnchorSource, string>> = { original: '转载原文的日期', dateline: '电头日期', report: '报道日期' };

/** The anchor of the report's relative dates: the original's date, the dateline's, the report's. */
export function anchorOf(anchors: ReportAnchors): Anchor | undefined {
  for (const source of ['original', 'dateline', 'report'] as const) {
    const date = anchors[source];
    if (date !== undefined) return { date, source };
  }
  return undefined;
}

/** A mention as a calendar date, with where its missing parts came from. */
export function resolveMention(mention: Omit<DateMention, 'start' | 'end'>, anchors: ReportAnchors): ResolvedDate | undefined {
  if (mention.year !== undefined && mention.month !== undefined && mention.day !== undefined) {
    const date = resolveDate(mention, undefined);
    return date === undefined ? undefined : { date, source: 'explicit' };
  }
  const anchor = anchorOf(anchors);
  const date = anchor === undefined ? undefined : resolveDate(mention, anchor.date);
  return date === undefined || anchor === undefined ? undefined : { date, source: anchor.source, anchor };
}

/** A sentence of the report as evidence: its text, whether it names the meeting, its place in reading order. */
export interface EvidenceSentence {
  text: string;
  naming: boolean;
}

export interface ChosenDate extends ResolvedDate {
  /** The expression as written: `昨日`, `4月24日`. */
  written: string;
  /** Dates the report gives that fall after its anchor and were not taken. */
  afterReport: string[];
}

/** Only so much of a sentence, and so many sentences, are weighed: the meeting is announced early. */
const MAX_SENTENCE_SCAN = 400;
const MAX_SENTENCES = 24;
const MAX_MENTIONS_PER_SENTENCE = 12;

/** Evidence weights. */
const WEIGHTS = { naming: 10, cue: 4, nearness: 3, nearWithin: 30, order: 0.25 } as const;

function nearestCue(cues: ReadonlyArray<number>, mention: DateMention): number | undefined {
  let best: number | undefined;
  for (const cue of cues) {
    const distance = cue >= mention.end ? cue - mention.end : Math.max(0, mention.start - cue);
    if (best === undefined || distance < best) best = distance;
  }
  return best;
}

function scoreOf(sentence: EvidenceSentence, cues: ReadonlyArray<number>, mention: DateMention, order: number): number {
  const distance = nearestCue(cues, mention);
  let score = sentence.naming ? WEIGHTS.naming : 0;
  if (distance !== undefined) score += WEIGHTS.cue + Math.max(0, WEIGHTS.nearness * (1 - distance / WEIGHTS.nearWithin));
  return score - WEIGHTS.order * order;
}

/** The meeting's date: the best-evidenced expression not after the anchor; `undefined` when none. */
export function chooseMeetingDate(sentences: ReadonlyArray<EvidenceSentence>, anchors: ReportAnchors): ChosenDate | undefined {
  const limit = anchorOf(anchors);
  const latest = limit === undefined ? undefined : formatDate(limit.date);
  let best: (ChosenDate & { score: number }) | undefined;
  const afterReport: string[] = [];
  sentences.slice(0, MAX_SENTENCES).forEach((sentence, order) => {
    const text = sentence.text.slice(0, MAX_SENTENCE_SCAN);
    const cues = eventCues(text);
    for (const mention of findDates(text).slice(0, MAX_MENTIONS_PER_SENTENCE)) {
      const resolved = resolveMention(mention, anchors);
      if (resolved === undefined) continue;
      if (latest !== undefined && resolved.date > latest) {
        afterReport.push(resolved.date);
        continue;
      }
      const score = scoreOf(sentence, cues, mention, order);
      if (best === undefined || score > best.score) best = { ...resolved, written: text.slice(mention.start, mention.end), afterReport, score };
    }
  });
  if (best === undefined) return undefined;
  const { score: _score, ...chosen } = best;
  return { ...chosen, afterReport };
}

/** The warning text for a date reckoned from an anchor. */
export function inferredMessage(chosen: ChosenDate): string | undefined {
  if (chosen.anchor === undefined) return undefined;
  return `会议日期由“${chosen.written}”按${ANCHOR_NAMES[chosen.anchor.source]}（${formatDate(chosen.anchor.date)}）推算为${chosen.date}，请核对`;
}
