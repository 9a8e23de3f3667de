/**
 * The parts of a Strapi `schema.json` the plugin reads: the registry derives
 * a kind's traits (slug source, media and speech fields, its meeting), the
 * populates and the rules' field table from them, so nothing restates a
 * schema by hand. And a kind's entry in the list of kinds (index.ts): its
 * schema and what its page and preview say beyond its fields.
 */
export interface SchemaAttribute {
  type: string;
  maxLength?: number;
  minLength?: number;
  required?: boolean;
  enum?: string[];
  component?: string;
  repeatable?: boolean;
  relation?: string;
  target?: string;
  targetField?: string;
  multiple?: boolean;
  mappedBy?: string;
  inversedBy?: string;
  /** `newsroom.text`: `person-name` or `derived` (editorial/fields.ts). */
  pluginOptions?: { newsroom?: { text?: string }; [plugin: string]: unknown };
}

export interface ComponentSchema {
  collectionName: string;
  info: { displayName: string; description?: string; icon?: string };
  options?: Record<string, unknown>;
  attributes: Record<string, SchemaAttribute>;
}

export interface ContentTypeSchema {
  /** Strapi's model kind (`collectionType`), not a newsroom kind. */
  kind: string;
  collectionName: string;
  info: { singularName: string; pluralName: string; displayName: string; description?: string };
  options?: Record<string, unknown>;
  pluginOptions?: Record<string, unknown>;
  attributes: Record<string, SchemaAttribute>;
}

/** A populate object of the Document Service, as plain data. */
export type Populate = { [field: string]: true | { fields?: string[]; sort?: string[]; populate?: Populate } };

/** A kind's schema.org type and which of its fields give that type's properties: `{ type: 'Event', properties: { name: 'title', startDate: 'heldOn' } }`. */
export interface JsonLdDescription {
  type: string;
  properties: Record<string, string>;
}

/** A kind's words in one language: its name, and its fields' labels (a field with a label is shown on its preview page). */
export interface KindWordsIn {
  name: string;
  fields: Record<string, string>;
}

/** A kind's words (its words.json beside its schema): zh-Hans, and en for English pages. */
export interface KindWords {
  'zh-Hans': KindWordsIn;
  en: KindWordsIn;
}

/** A kind in the list of kinds: its schema; for a kind whose page comes from its fields alone, its JSON-LD and its words. */
export interface KindEntry {
  schema: ContentTypeSchema;
  /** Its page's structured data: the thing it is (a NewsArticle about it when it carries the editorial component). */
  jsonLd?: JsonLdDescription;
  /** Its name and its fields' labels for its preview page. */
  words?: KindWords;
}
