/**
 * Street cases (基层经验): streets and communities that report their
 * experience to the meeting.
 *
 * ```
 * 会上,沙头街道、梅林街道和莲花街道莲花北社区三家单位作为代表,就…进行了经验分享。  ← intro: the units
 * 沙头街道公共服务办副主任、街道残联理事长分享经验。                              ← caption: presenter
 * 据悉,沙头街道残联通过…实现了从“人找政策”向“政策找人”的转变,…                  ← the unit's paragraph
 * ```
 *
 * - Units come from the intro sentence (one that says 经验分享/交流发言, or
 *   分享/介绍/交流 together with 经验/做法):
 *   every name ending in 街道/镇 (street) or 社区/村 (community); a community
 *   written right after its street (莲花街道莲花北社区) belongs to it. Units
 *   named only by an experience speaker's description (沙头街道…理事长分享经验)
 *   are added after them.
 * - The section runs from the intro (or the first experience speaker) over
 *   captions and paragraphs that name a unit near their start, and ends at a
 *   heading or at the first paragraph that names none.
 * - A paragraph belongs to the unit it names first, a community before its
 *   street; it becomes that unit's summary (without 据悉/据了解).
 * - The title is `从A向B转变` when the summary says so; otherwise the summary's
 *   first clause without the unit's own name (梅林街道打造… → 打造…).
 * - Honors: what follows 获评/荣获/被评为/被授予 to the end of its clause,
 *   without a scope like 全区唯一一家 and without 称号 and quotes.
 * - The presenter is the experience speaker whose description starts with
 *   the unit (community before street); `order` is the unit's position.
 */
import type { ParsedSpeech, ParsedStreetCase } from '../../../shared/parsed-report';
import type { SpeechMention } from './speech-roles';
import { findPlaces, unitKey, unitName, unitsFrom, type Unit } from './place-names';
import { characterCount, splitClauses, splitSentences, stripOpeners, stripTrailingPunctuation, wordAt } from './text';

export interface StreetCaseParagraph {
  text: string;
  kind: 'caption' | 'heading' | 'body';
  /** Speech mentions read from this paragraph. */
  mentions: ReadonlyArray<SpeechMention>;
}

export interface StreetCaseResult {
  streetCases: ParsedStreetCase[];
  /** Paragraph indices whose text became a street case's summary (left out of the body). */
  usedParagraphs: Set<number>;
  /** The experience mentions that became presenters, so they are not also meeting speeches. */
  usedMentions: Set<SpeechMention>;
}

const INTRO_CUES = ['经验分享', '分享经验', '交流发言', '典型发言', '经验介绍', '介绍经验', '经验交流'];
/** A verb and an object that say the same when apart: 分享了“…”助残服务经验. */
const INTRO_VERBS = ['分享', '介绍', '交流'];
const INTRO_OBJECTS = ['经验', '做法'];

function introducesExperience(text: string): boolean {
  return (
    INTRO_CUES.some((cue) => text.includes(cue)) ||
    (INTRO_VERBS.some((verb) => text.includes(verb)) && INTRO_OBJECTS.some((object) => text.includes(object)))
  );
}
/** More units than any meeting hears; the bound keeps hostile input linear. */
const MAX_UNITS = 30;
/** How far into a paragraph its unit must be named. */
const UNIT_NAME_WINDOW = 20;
/** Openings dropped from a unit's summary. */
const SUMMARY_OPENERS = ['据悉', '据了解', '据介绍', '会上', '近年来', '近年'];
/** Organizations right after a place name, dropped with it from a title. */
const ORGANIZATION_AFTER_PLACE = ['街道残联', '残联', '党工委', '党委', '办事处', '居委会', '工作站', '党群服务中心'];

/** The unit a description or paragraph starts with (within the window), if any. */
function leadingUnit(text: string): Unit | undefined {
  const head = stripOpeners(text, SUMMARY_OPENERS).slice(0, UNIT_NAME_WINDOW);
  const places = findPlaces(head);
  if (places.length === 0 || places[0].start > 2) return undefined;
  return unitsFrom(places)[0];
}

/** The unit among `units` that `text` names first (community names before street names). */
function matchUnit(text: string, units: ReadonlyArray<Unit>): Unit | undefined {
  const window = stripOpeners(text, SUMMARY_OPENERS).slice(0, UNIT_NAME_WINDOW);
  let best: { unit: Unit; index: number; specific: boolean } | undefined;
  for (const unit of units) {
    const specific = unit.community !== undefined;
    const index = window.indexOf(unitName(unit));
    if (index === -1) continue;
    if (best === undefined || (specific && !best.specific) || (specific === best.specific && index < best.index)) {
      best = { unit, index, specific };
    }
  }
  return best?.unit;
}

/** `从“人找政策”向“政策找人”的转变` → `从“人找政策”向“政策找人”转变`. */
function transformationTitle(text: string): string | undefined {
  for (let from = text.indexOf('从'); from !== -1; from = text.indexOf('从', from + 1)) {
    const to = text.indexOf('向', from + 1);
    const change = text.indexOf('转变', from + 1);
    if (to === -1 || change === -1 || to > change || change - from > 40) continue;
    const source = text.slice(from + 1, to);
    let target = text.slice(to + 1, change);
    if (target.endsWith('的')) target = target.slice(0, -1);
    if (source === '' || target === '' || /[，,。；;]/.test(source + target)) continue;
    return `从${source}向${target}转变`;
  }
  return undefined;
}

/** The summary's first clause without the unit's name: 梅林街道打造… → 打造…. */
function firstClauseTitle(summary: string, unit: Unit): string | undefined {
  const [firstSentence = ''] = splitSentences(summary);
  const [firstClause = ''] = splitClauses(firstSentence);
  let title = stripTrailingPunctuation(firstClause);
  for (const name of [unit.street, unit.community]) {
    if (name !== undefined && title.startsWith(name)) title = title.slice(name.length);
  }
  const organization = wordAt(title, 0, ORGANIZATION_AFTER_PLACE);
  if (organization !== undefined) title = title.slice(organization.length);
  return characterCount(title) >= 4 && characterCount(title) <= 120 ? title : undefined;
}

const HONOR_TRIGGERS = ['被评为', '被授予', '获评', '荣获'];
const HONOR_SCOPES = ['全国', '全省', '全市', '全区', '本区', '本市', '唯一的', '唯一', '一家', '一个', '一所'];

function honorsOf(summary: string): string | undefined {
  const honors: string[] = [];
  for (const clause of splitClauses(summary)) {
    for (const trigger of HONOR_TRIGGERS) {
      const at = clause.indexOf(trigger);
      if (at === -1) continue;
      let honor = stripTrailingPunctuation(clause.slice(at + trigger.length));
      for (let guard = 0; guard < 4; guard += 1) {
        const scope = wordAt(honor, 0, HONOR_SCOPES);
        if (scope === undefined || honor.length <= scope.length + 2) break;
        honor = honor.slice(scope.length);
      }
      if (honor.endsWith('称号')) honor = honor.slice(0, -2);
      if (honor.startsWith('“') && honor.endsWith('”')) honor = honor.slice(1, -1);
      if (honor !== '') honors.push(honor);
      break;
    }
  }
  return honors.length === 0 ? undefined : honors.join('；');
}

export function readStreetCases(paragraphs: ReadonlyArray<StreetCaseParagraph>, district: string | undefined): StreetCaseResult {
  const usedParagraphs = new Set<number>();
  const usedMentions = new Set<SpeechMention>();

  const experience = paragraphs.flatMap((paragraph, index) =>
    paragraph.mentions.filter((m) => m.role === 'experience').map((mention) => ({ mention, index })),
  );
  const introIndex = paragraphs.findIndex((p) => p.kind === 'body' && introducesExperience(p.text) && findPlaces(p.text).length > 0);
  const units: Unit[] = [];
  const unitKeys = new Set<string>();
  const addUnit = (unit: Unit | undefined): void => {
    if (unit === undefined || units.length >= MAX_UNITS || unitKeys.has(unitKey(unit))) return;
    units.push(unit);
    unitKeys.add(unitKey(unit));
  };
  if (introIndex !== -1) {
    const sentence = splitSentences(paragraphs[introIndex].text).find(introducesExperience) ?? '';
    unitsFrom(findPlaces(sentence)).forEach(addUnit);
  }
  const leads = new Map(experience.map(({ mention }) => [mention, leadingUnit(mention.description)]));
  for (const lead of leads.values()) addUnit(lead);
  if (units.length === 0) return { streetCases: [], usedParagraphs, usedMentions };

  // The section: from the intro or the first experience speaker, over captions and unit paragraphs.
  const sectionStart = introIndex !== -1 ? introIndex + 1 : experience.reduce((first, e) => Math.min(first, e.index), paragraphs.length);
  const summaries = new Map<string, string[]>();
  for (let index = sectionStart; index < paragraphs.length; index += 1) {
    const paragraph = paragraphs[index];
    if (paragraph.kind === 'heading') break;
    if (paragraph.kind === 'caption') continue;
    const unit = matchUnit(paragraph.text, units);
    if (unit === undefined) break;
    usedParagraphs.add(index);
    const list = summaries.get(unitKey(unit)) ?? [];
    list.push(stripOpeners(paragraph.text, SUMMARY_OPENERS));
    summaries.set(unitKey(unit), list);
  }

  const streetCases = units.map((unit, position): ParsedStreetCase => {
    const order = position + 1;
    const summary = summaries.get(unitKey(unit))?.join('\n');
    const title = summary === undefined ? undefined : (transformationTitle(summary) ?? firstClauseTitle(summary, unit));
    const honors = summary === undefined ? undefined : honorsOf(summary);
    const presenterMention = experience.find(({ mention }) => {
      if (usedMentions.has(mention)) return false;
      const lead = leads.get(mention);
      // A description belongs to the unit it starts with, else to the unit it names.
      return lead !== undefined ? unitKey(lead) === unitKey(unit) : mention.description.includes(unitName(unit));
    })?.mention;
    if (presenterMention !== undefined) usedMentions.add(presenterMention);
    const presenter: ParsedSpeech | undefined =
      presenterMention === undefined
        ? undefined
        : {
            ...(presenterMention.name !== undefined
              ? { speakerName: presenterMention.name }
              : { speakerDescription: presenterMention.description }),
            role: 'experience',
            ...(presenterMention.summary !== undefined ? { summary: presenterMention.summary } : {}),
            order,
          };
    return {
      ...(title !== undefined ? { title } : {}),
      ...(unit.street !== undefined ? { street: unit.street } : {}),
      ...(unit.community !== undefined ? { community: unit.community } : {}),
      ...(district !== undefined ? { district } : {}),
      ...(summary !== undefined ? { summary } : {}),
      ...(honors !== undefined ? { honors } : {}),
      ...(presenter !== undefined ? { presenter } : {}),
    };
  });
  return { streetCases, usedParagraphs, usedMentions };
}
