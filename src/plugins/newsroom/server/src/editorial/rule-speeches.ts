/**
 * R10: every speech says who spoke — a speaker from the speakers collection,
 * or, for people the report does not name (沙头街道公共服务办副主任), a
 * description. A speech by nobody cannot be shown.
 */
import { isBlank, problem, type KindedDocument } from './rule';
import type { CheckContext, FieldPath, Problem, Speech } from './types';
import { plainKindNamed } from '../kinds/plain';

/**
 * Whether the speech links a speaker. Besides a resolved reference
 * ({ documentId, name }) the shell may hand over a bare id, so any non-empty
 * identifier counts.
 */
function linksSpeaker(speaker: unknown): boolean {
  if (typeof speaker === 'number') return true;
  if (typeof speaker === 'string') return !isBlank(speaker);
  if (typeof speaker !== 'object' || speaker === null) return false;
  return ['documentId', 'name', 'id'].some((key) => {
    const value: unknown = (speaker as Record<string, unknown>)[key];
    return typeof value === 'number' || (typeof value === 'string' && !isBlank(value));
  });
}

function namesSpeaker(speech: Speech): boolean {
  return linksSpeaker(speech.speaker) || !isBlank(speech.speakerDescription);
}

function checkSpeech(speech: Speech | null | undefined, path: FieldPath, ctx: CheckContext): Problem[] {
  if (!speech || namesSpeaker(speech)) return [];
  return [problem(ctx, [...path, 'speaker'], 'speech.speaker.missing')];
}

/** Wherever the kind keeps its speeches (kinds/index.ts): a meeting's `speeches`, a street case's `presenter`. */
export function checkSpeakers(document: KindedDocument, ctx: CheckContext): Problem[] {
  const where = plainKindNamed(document.kind)?.speech;
  if (!where) return [];
  const value: unknown = (document.data as Record<string, unknown>)[where.field];
  if (!where.repeatable) return checkSpeech(value as Speech | null | undefined, [where.field], ctx);
  return (Array.isArray(value) ? (value as Speech[]) : []).flatMap((speech, index) => checkSpeech(speech, [where.field, index], ctx));
}
