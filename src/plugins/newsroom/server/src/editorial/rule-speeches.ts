/**
 * R10: every speech says who spoke — a speaker from the speakers collection,
 * or, for people the report does not name (沙头街道公共服务办副主任), a
 * description. A speech by nobody cannot be shown.
 */
import { isBlank, problem, type KindedDocument } from './rule';
import type { CheckContext, FieldPath, Problem, Speech } from './types';

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

export function checkSpeakers(document: KindedDocument, ctx: CheckContext): Problem[] {
  if (document.kind === 'meeting') {
    return (document.data.speeches ?? []).flatMap((speech, index) => checkSpeech(speech, ['speeches', index], ctx));
  }
  if (document.kind === 'street-case') return checkSpeech(document.data.presenter, ['presenter'], ctx);
  return [];
}
