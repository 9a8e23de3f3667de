import type { Core } from '@strapi/strapi';
import { ensureIndex } from './ensure-index';
import { contentTypeParents } from './one-way-links';
import { strapiCoreModules } from './publish-relinks';

/**
 * Indexes on the `_cmps` tables (which component rows a document holds) for
 * the lookups this plugin and Strapi make that Strapi's own indexes do not
 * lead with. Run at bootstrap, after Strapi's schema sync; each is made once.
 *
 * - (component id, type, field) on the table of every draft-and-publish
 *   content type that holds a component with a one-way relation: the
 *   in-place link moves (one-way-links.ts) ask, per link, whether its
 *   component has such a parent, and a speaker's meetings
 *   (services/pages/speaker-meetings.ts) are found from the speaker's links.
 *   Strapi's indexes lead with the parent's id: without this one MariaDB
 *   scans the table once per link.
 * - (parent id, field, type) on the table of each of the plugin's kinds:
 *   Strapi's populate of a document's components asks by parent ids and
 *   field; SQLite, which has no statistics unless the application
 *   analyzes, chose Strapi's index on the field alone and read every
 *   component row of that field (7.4 ms for 20 meetings' speeches at 3,000
 *   meetings; 0.6 ms with this index). Every meeting page build and read
 *   populates its speeches.
 *
 * The field (and type) are in both so that SQLite prefers them to Strapi's
 * one-column indexes on the field and on the type.
 */
export const indexComponentTables = async (strapi: Core.Strapi): Promise<void> => {
  const modules = strapiCoreModules(strapi);
  if (typeof modules === 'string') return;
  const { names } = modules;
  const identifiers = strapi.db.metadata.identifiers;
  const type = names.getComponentTypeColumn(identifiers);
  const field = fieldColumn(identifiers);
  const byComponent = new Set<string>();
  for (const component of Object.values(strapi.components) as Array<{ uid: string }>) {
    const attributes = Object.values(strapi.db.metadata.get(component.uid).attributes) as Array<{ type: string; joinTable?: unknown; inversedBy?: string; mappedBy?: string }>;
    if (!attributes.some((attribute) => attribute.type === 'relation' && attribute.joinTable && !attribute.inversedBy && !attribute.mappedBy)) continue;
    for (const parent of contentTypeParents(strapi, component.uid) ?? []) {
      if (parent.options?.draftAndPublish && parent.collectionName) byComponent.add(names.getComponentJoinTableName(parent.collectionName, identifiers));
    }
  }
  for (const table of byComponent) await ensureIndex(strapi, table, [names.getComponentJoinColumnInverseName(identifiers), type, field], indexName(table, 'cmp_idx'));

  const byParent = new Set<string>();
  for (const [uid, contentType] of Object.entries(strapi.contentTypes) as Array<[string, { collectionName?: string; attributes: Record<string, { type: string }> }]>) {
    if (!uid.startsWith('plugin::newsroom.') || !contentType.collectionName) continue;
    if (Object.values(contentType.attributes).some((attribute) => attribute.type === 'component' || attribute.type === 'dynamiczone')) {
      byParent.add(names.getComponentJoinTableName(contentType.collectionName, identifiers));
    }
  }
  for (const table of byParent) await ensureIndex(strapi, table, [names.getComponentJoinColumnEntityName(identifiers), field, type], indexName(table, 'parent_idx'));
};

/** The `_cmps` tables' field column, as Strapi's identifiers name it (its type declarations leave the name out). */
const fieldColumn = (identifiers: object): string => {
  const name: unknown = Reflect.get(identifiers, 'FIELD_COLUMN');
  return typeof name === 'string' ? name : 'field';
};

/** `<table>_<suffix>`, shortened with a tag of the table's name past 63 characters (PostgreSQL's and MySQL's limit). */
const indexName = (table: string, suffix: string): string => {
  const name = `${table}_${suffix}`;
  if (name.length <= 63) return name;
  let h = 0;
  for (const char of table) h = (h * 31 + char.charCodeAt(0)) >>> 0;
  return `${table.slice(0, 63 - suffix.length - 9)}_${h.toString(36).padStart(7, '0').slice(-7)}_${suffix}`;
};
