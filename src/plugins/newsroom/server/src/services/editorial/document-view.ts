import type { Core } from '@strapi/strapi';
import type { MediaRef, SpeakerRef } from '../../editorial/types';
import type { Kind } from '../../kinds';
import { resolveToOne, type RelationTarget } from './relation-input';
import type { PlainObject } from '../../../../shared/documents';

/**
 * The document as it will be after a write: what is stored (the draft),
 * overlaid with what the write carries. The rules check this view, so a
 * partial update is judged together with the fields it leaves alone.
 */
const isPlain = (value: unknown): value is PlainObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const idOf = (value: unknown): unknown => (isPlain(value) ? value.id : undefined);

/** Components sent with their id update the stored one: keys they omit are kept. */
const overlayComponent = (stored: unknown, incoming: unknown): unknown => {
  if (!isPlain(incoming)) return incoming;
  if (isPlain(stored) && incoming.id !== undefined && idOf(stored) === incoming.id) {
    const merged: PlainObject = { ...stored };
    for (const [key, value] of Object.entries(incoming)) {
      merged[key] = Array.isArray(value) ? overlayList(stored[key], value) : overlayComponent(stored[key], value);
    }
    return merged;
  }
  return incoming;
};

const overlayList = (stored: unknown, incoming: unknown[]): unknown[] => {
  const storedById = new Map<unknown, unknown>(
    (Array.isArray(stored) ? stored : []).map((item) => [idOf(item), item])
  );
  return incoming.map((item) => {
    const id = idOf(item);
    return id === undefined ? item : overlayComponent(storedById.get(id), item);
  });
};

const targetOf = (value: unknown): RelationTarget | null => {
  if (!isPlain(value)) return null;
  const target: RelationTarget = {};
  if (typeof value.id === 'number') target.id = value.id;
  if (typeof value.documentId === 'string') target.documentId = value.documentId;
  return target.id === undefined && target.documentId === undefined ? null : target;
};

const speechWithSpeaker = (stored: unknown, incoming: unknown): unknown => {
  if (!isPlain(incoming)) return incoming;
  const storedSpeech = isPlain(stored) && idOf(stored) === incoming.id ? stored : undefined;
  const merged = overlayComponent(storedSpeech, incoming) as PlainObject;
  const target = resolveToOne(incoming.speaker, targetOf(storedSpeech?.speaker));
  const speaker: SpeakerRef | null = target
    ? { documentId: target.documentId ?? (target.id !== undefined ? `#${target.id}` : null) }
    : null;
  return { ...merged, speaker };
};

export interface WriteView {
  /** The document in the core's plain shape (extra keys such as ids are left in; the core ignores them). */
  view: PlainObject;
  /** Achievement and street case: the meeting they belong to after the write. */
  meeting: RelationTarget | null;
}

const loadMedia = async (strapi: Core.Strapi, value: unknown): Promise<MediaRef | null> => {
  const target = isPlain(value) && ('name' in value || 'alternativeText' in value) ? null : resolveToOne(value, null);
  if (isPlain(value) && target === null && value.id !== undefined) {
    return { id: value.id as number, name: value.name as string | null, alternativeText: value.alternativeText as string | null };
  }
  if (!target?.id) return null;
  const file = (await strapi.db
    .query('plugin::upload.file')
    .findOne({ where: { id: target.id }, select: ['id', 'name', 'alternativeText'] })) as MediaRef | null;
  return file ?? { id: target.id, name: null, alternativeText: null };
};

export const buildWriteView = async (
  strapi: Core.Strapi,
  kind: Kind,
  stored: PlainObject | null,
  data: PlainObject
): Promise<WriteView> => {
  const view: PlainObject = { ...(stored ?? {}) };
  for (const [key, value] of Object.entries(data)) {
    view[key] = Array.isArray(value) ? overlayList(stored?.[key], value) : overlayComponent(stored?.[key], value);
  }

  const speeches = kind.speech;
  if (speeches && speeches.field in data) {
    const incoming = data[speeches.field];
    const before = stored?.[speeches.field];
    if (speeches.repeatable && Array.isArray(incoming)) {
      const storedById = new Map<unknown, unknown>((Array.isArray(before) ? before : []).map((s) => [idOf(s), s]));
      view[speeches.field] = incoming.map((speech) => speechWithSpeaker(storedById.get(idOf(speech)), speech));
    } else if (!speeches.repeatable) {
      view[speeches.field] = speechWithSpeaker(before, incoming);
    }
  }

  const mediaField = kind.media;
  if (mediaField && mediaField in data) {
    view[mediaField] = await loadMedia(strapi, data[mediaField]);
  }

  const meeting = kind.meetingField ? resolveToOne(data[kind.meetingField], targetOf(stored?.[kind.meetingField])) : null;

  return { view, meeting };
};
