/**
 * A kind's traits and populates, read from its schema.json: what its slug
 * is made from, where its speeches and media are, which meeting it belongs
 * to, and what the rules need loaded of a stored draft. A new kind gets all
 * of this from its schema alone.
 */
import { COMPONENT_SCHEMAS, componentName } from './components';
import type { ContentTypeSchema, Populate, SchemaAttribute } from './schema-types';

export const PLUGIN_ID = 'newsroom';
export const MEETING_UID = `plugin::${PLUGIN_ID}.meeting`;
const SPEECH_COMPONENT = `${PLUGIN_ID}.speech`;
const EDITORIAL_COMPONENT = `${PLUGIN_ID}.editorial`;

const TO_ONE = new Set(['oneToOne', 'manyToOne']);

/** What a rule reads of media: whether there is one, its file name and its alternative text. */
const MEDIA_FOR_RULES = { fields: ['id', 'name', 'alternativeText'] };
/** What a page shows of media. */
export const MEDIA_FOR_PAGES = { fields: ['url', 'alternativeText', 'width', 'height', 'formats'] };

type Entry = Populate[string];

const nestedPopulate = (attributes: Record<string, SchemaAttribute>, media: Entry): Entry => {
  const populate = populateOf(attributes, media);
  return Object.keys(populate).length > 0 ? { populate } : true;
};

/**
 * Components in full (with what they hold), to-one relations as their
 * document id, media as `media`; to-many relations are left out: no rule
 * reads another document's list.
 */
export const populateOf = (attributes: Record<string, SchemaAttribute>, media: Entry = MEDIA_FOR_RULES): Populate => {
  const populate: Populate = {};
  for (const [field, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'component' && attribute.component) {
      const schema = COMPONENT_SCHEMAS[componentName(attribute.component)];
      populate[field] = schema ? nestedPopulate(schema.attributes, media) : true;
    } else if (attribute.type === 'relation' && TO_ONE.has(attribute.relation ?? '')) {
      populate[field] = { fields: ['documentId'] };
    } else if (attribute.type === 'media') {
      populate[field] = media;
    }
  }
  return populate;
};

export interface KindTraits {
  /** The field the slug is made from (the uid attribute's targetField). */
  slugSource: string;
  /** Whether the kind carries the `editorial` component (source, report time, credits). */
  editorial: boolean;
  /** Where its speech components are, if any. */
  speech?: { field: string; repeatable: boolean };
  /** Its single image (cover, photo), if any. */
  media?: string;
  /** The to-one relation to the meeting it belongs to, if any (R5, R7). */
  meetingField?: string;
}

const firstField = (attributes: Record<string, SchemaAttribute>, test: (attribute: SchemaAttribute) => boolean): string | undefined =>
  Object.entries(attributes).find(([, attribute]) => test(attribute))?.[0];

export const traitsOf = (schema: ContentTypeSchema): KindTraits => {
  const { attributes } = schema;
  const speechField = firstField(attributes, (a) => a.type === 'component' && a.component === SPEECH_COMPONENT);
  return {
    slugSource: Object.values(attributes).find((a) => a.type === 'uid')?.targetField ?? 'title',
    editorial: Object.values(attributes).some((a) => a.type === 'component' && a.component === EDITORIAL_COMPONENT),
    speech: speechField ? { field: speechField, repeatable: attributes[speechField].repeatable === true } : undefined,
    media: firstField(attributes, (a) => a.type === 'media' && a.multiple !== true),
    meetingField: firstField(attributes, (a) => a.type === 'relation' && a.target === MEETING_UID && TO_ONE.has(a.relation ?? '')),
  };
};

/** A kebab-case name → PascalCase: `adopted-document` → `AdoptedDocument`. */
export const pascalCase = (name: string): string =>
  name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
