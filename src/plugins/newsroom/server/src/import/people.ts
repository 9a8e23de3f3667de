/**
 * Speeches and speakers from the people the paragraphs mention.
 *
 * One speech per speaker (or unnamed description) and role, ordered by first
 * mention; when several lines describe it, the shortest summary wins
 * (captions sum up, narrative sentences are wordier). A street case's
 * presenter is not also a meeting speech. Speakers are the named people who
 * spoke, in the order of their first speech, with the positions of every
 * description of them (speakers.ts).
 */
import type { SpeechRole } from '../editorial/types';
import type { Paragraph } from './paragraphs';
import type { ParsedSpeaker, ParsedSpeech } from '../../../shared/parsed-report';
import { buildSpeakers } from './speakers';
import type { SpeechMention } from './speech-roles';
import type { StreetCaseResult } from './experience-sharing';
import { characterCount } from './text';

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
    } else if (mention.summary !== undefined && (known.summary === undefined || characterCount(mention.summary) < characterCount(known.summary))) {
      // Captions sum a speech up; narrative sentences say more words about it. The shortest summary wins.
      known.summary = mention.summary;
    }
  }
  return speeches;
}

export function readPeople(
  paragraphs: ReadonlyArray<Paragraph>,
  street: StreetCaseResult,
  district: string | undefined,
): { speeches: ParsedSpeech[]; speakers: ParsedSpeaker[] } {
  const mentions = paragraphs.flatMap((p) => p.mentions);
  const speeches = mergeSpeeches(
    mentions.filter((m): m is SpeechMention & { role: SpeechRole } => m.role !== undefined && !street.usedMentions.has(m)),
  );
  const names = new Set<string>();
  for (const name of [...speeches.map((s) => s.speakerName), ...street.streetCases.map((c) => c.presenter?.speakerName)]) {
    if (name !== undefined) names.add(name);
  }
  const descriptions = mentions.flatMap((m) => (m.name !== undefined && names.has(m.name) ? [{ name: m.name, description: m.description }] : []));
  return { speeches, speakers: buildSpeakers([...names], descriptions, district) };
}
