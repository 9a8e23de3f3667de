/**
 * The parts of a Strapi `schema.json` the plugin reads, and a kind's entry in
 * the list of kinds: defined beside the schemas (content-types/entry-types.ts),
 * named here for the code above them.
 */
export type { ComponentSchema, ContentTypeSchema, KindEntry, KindWords, JsonLdDescription, Populate, SchemaAttribute } from '../../content-types/entry-types';
