/**
 * The parts of a Strapi `schema.json` the plugin reads: the registry derives
 * a kind's traits (slug source, media and speech fields, its meeting), the
 * populates and the rules' field table from them, so nothing restates a
 * schema by hand.
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
