/**
 * The newsroom's kinds as their schemas describe them: names, uid, table,
 * traits (slug source, speeches, media, meeting) and the populate the rules
 * need. No Strapi, no glue: this is the only thing the pure core (editorial/,
 * import/, output/) reads about kinds. The registry (kinds/index.ts) adds the
 * glue a schema cannot say: layouts, page extras, the preview article.
 *
 * The list of kinds is content-types/index.ts, Strapi's own registration point.
 */
import { KIND_ENTRIES } from '../../content-types';
import { PLUGIN_ID, pascalCase, populateOf, traitsOf, type KindTraits } from './derive';
import type { ContentTypeSchema, JsonLdDescription, KindEntry, KindWords, Populate } from './schema-types';

export { MEDIA_FOR_PAGES, MEETING_UID, PLUGIN_ID, pascalCase, populateOf, traitsOf, type KindTraits } from './derive';
export type { ComponentSchema, ContentTypeSchema, JsonLdDescription, KindEntry, KindWords, Populate, SchemaAttribute } from './schema-types';
export { COMPONENT_CATEGORY, COMPONENT_SCHEMAS, componentName } from './components';

export interface PlainKind extends KindTraits {
  schema: ContentTypeSchema;
  /** The singular name (`meeting`); also the name of its controller and service. */
  name: string;
  /** The plural name (`meetings`): REST under /api/newsroom/<plural>. */
  plural: string;
  uid: `plugin::newsroom.${string}`;
  /** Its database table. */
  table: string;
  /** GraphQL type name: `NewsroomMeeting`. */
  graphqlType: string;
  /** What the rules need of a stored draft, in one query. */
  checkPopulate: Populate;
  /** Its page's schema.org type and the fields that give its properties, when its list entry says (content-types/index.ts). */
  jsonLd?: JsonLdDescription;
  /** Its name and its fields' labels, when its list entry has them (its words.json). */
  words?: KindWords;
}

/** What a kind's schema says, in the names the plugin uses. */
export const describeKind = (schema: ContentTypeSchema, entry: Omit<KindEntry, 'schema'> = {}): PlainKind => {
  const { singularName, pluralName } = schema.info;
  return {
    ...(entry.jsonLd ? { jsonLd: entry.jsonLd } : {}),
    ...(entry.words ? { words: entry.words } : {}),
    ...traitsOf(schema),
    schema,
    name: singularName,
    plural: pluralName,
    uid: `plugin::${PLUGIN_ID}.${singularName}`,
    table: schema.collectionName,
    graphqlType: `${pascalCase(PLUGIN_ID)}${pascalCase(singularName)}`,
    checkPopulate: populateOf(schema.attributes),
  };
};

export const PLAIN_KINDS: ReadonlyArray<PlainKind> = KIND_ENTRIES.map(({ schema, ...entry }) => describeKind(schema, entry));

const BY_NAME = new Map<string, PlainKind>(PLAIN_KINDS.map((kind) => [kind.name, kind]));

/** The kind called `name` (`meeting`), or undefined. */
export const plainKindNamed = (name: unknown): PlainKind | undefined => (typeof name === 'string' ? BY_NAME.get(name) : undefined);
