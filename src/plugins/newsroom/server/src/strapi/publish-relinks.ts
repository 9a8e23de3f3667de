import type { Core } from '@strapi/strapi';
import path from 'node:path';
import { createOneWayLinks } from './one-way-links';
import { keepPublishedRows, type PublishModules } from './publish-in-place';

/**
 * Strapi 5's publish replaces a document's published row with a new one (a
 * new id) and moves onto it every one-way relation that pointed at the old
 * one (`@strapi/core` document-service `utils/unidirectional-relations.load`).
 * Links held by a component are first put to a filter, one row at a time,
 * that asks whether the component belongs to a draft-and-publish document
 * (`components.createComponentRelationFilter` → `findComponentParent`: per
 * row and per parent type a `hasTable` and a lookup by `cmp_id`, which no
 * index of the `_cmps` tables covers). A speaker named in the speeches of
 * 3,000 meetings paid thousands of such queries inside the editor's
 * transaction on every rename: 17 s on PostgreSQL against 1 s at 10 meetings.
 *
 * This filter gives the same answers and reads each parent type's `_cmps`
 * table once per publish (component id → parent), then answers every row
 * from memory. Strapi's factory is replaced on the module its publish calls
 * through (Strapi 5.54.0's; when a later version moves or renames it,
 * nothing is replaced and Strapi's own filter runs, with a warning, and the
 * query-count test of tests/integration/publish-relinks.test.ts fails).
 */

type Row = Record<string, unknown>;
/** The publish's transaction, as Strapi hands it to the filter. */
type Trx = Parameters<ReturnType<Core.Strapi['db']['getConnection']>['transacting']>[0] | undefined;
interface ComponentSchema {
  uid: string;
  modelName: string;
  modelType?: string;
}
interface Parent {
  uid: string;
  parentId: unknown;
}
type RelationFilter = (relation: Row, model: ComponentSchema, trx: Trx) => Promise<boolean>;
interface ComponentsModule {
  createComponentRelationFilter: () => RelationFilter;
  getParentSchemasForComponent: (schema: ComponentSchema) => Array<{ uid: string; collectionName?: string }>;
}
interface UnidirectionalModule {
  load: unknown;
  sync: unknown;
}
export interface TransformModule {
  getComponentJoinTableName: (collectionName: string, identifiers: unknown) => string;
  getComponentJoinColumnEntityName: (identifiers: unknown) => string;
  getComponentJoinColumnInverseName: (identifiers: unknown) => string;
  getComponentTypeColumn: (identifiers: unknown) => string;
}

/** The column of a component's link tables that holds the component's id: the join column of its relations (all one name). */
const componentIdColumn = (strapi: Core.Strapi, component: ComponentSchema): string | undefined => {
  const attributes = Object.values(strapi.db.metadata.get(component.uid).attributes) as Array<{ joinTable?: { joinColumn: { name: string } } }>;
  return attributes.find((attribute) => attribute.joinTable)?.joinTable?.joinColumn.name;
};

/** Component id → its parent, for one component type: each parent type's `_cmps` table read once; the first parent type that holds it wins, as in Strapi. */
const loadParents = async (
  strapi: Core.Strapi,
  names: TransformModule,
  component: ComponentSchema,
  parentSchemas: ReturnType<ComponentsModule['getParentSchemasForComponent']>,
  trx: Trx
): Promise<Map<string, Parent>> => {
  const identifiers = strapi.db.metadata.identifiers;
  // Inside the publish's transaction, as Strapi's lookup is: on SQLite's one connection anything else would wait for it forever.
  const { db } = strapi;
  const parents = new Map<string, Parent>();
  const entityColumn = names.getComponentJoinColumnEntityName(identifiers);
  const componentColumn = names.getComponentJoinColumnInverseName(identifiers);
  const typeColumn = names.getComponentTypeColumn(identifiers);
  for (const parent of parentSchemas) {
    if (!parent.collectionName) continue;
    const table = names.getComponentJoinTableName(parent.collectionName, identifiers);
    let rows: Row[];
    try {
      // Strapi's own lookup skips a parent whose table is missing or unreadable; so does this one.
      if (!(await db.getSchemaConnection(trx).hasTable(table))) continue;
      const query = db.getConnection(table).where({ [typeColumn]: component.uid }).select(entityColumn, componentColumn);
      rows = (await (trx ? query.transacting(trx) : query)) as Row[];
    } catch {
      continue;
    }
    for (const row of rows) {
      const key = String(row[componentColumn]);
      if (!parents.has(key)) parents.set(key, { uid: parent.uid, parentId: row[entityColumn] });
    }
  }
  return parents;
};

/** A filter with Strapi's answers: keep a link unless its component belongs (through any depth of components) to a draft-and-publish document. */
export const batchedComponentRelationFilter = (strapi: Core.Strapi, components: ComponentsModule, names: TransformModule): RelationFilter => {
  // Per component type, once per publish (the filter is called once per link): its parents, and its id column.
  const loaded = new Map<string, Promise<Map<string, Parent>>>();
  const idColumns = new Map<string, string | undefined>();
  const parentsOf = (component: ComponentSchema, trx: Trx) => {
    let parents = loaded.get(component.uid);
    if (!parents) {
      // A component no type embeds has no parent: an empty map, no query.
      const parentSchemas = components.getParentSchemasForComponent(component);
      parents = parentSchemas.length === 0 ? Promise.resolve(new Map<string, Parent>()) : loadParents(strapi, names, component, parentSchemas, trx);
      loaded.set(component.uid, parents);
    }
    return parents;
  };
  const propagates = async (componentId: unknown, component: ComponentSchema, trx: Trx): Promise<boolean> => {
    const parent = (await parentsOf(component, trx)).get(String(componentId));
    if (!parent) return true;
    const parentComponent: ComponentSchema | undefined = strapi.components[parent.uid as keyof typeof strapi.components];
    if (parentComponent) return propagates(parent.parentId, parentComponent, trx);
    const contentType = strapi.contentTypes[parent.uid as keyof typeof strapi.contentTypes] as { options?: { draftAndPublish?: boolean } } | undefined;
    return !contentType?.options?.draftAndPublish;
  };
  return async (relation, model, trx) => {
    if (model.modelType !== 'component') return true;
    if (!idColumns.has(model.uid)) idColumns.set(model.uid, componentIdColumn(strapi, model));
    const idColumn = idColumns.get(model.uid);
    return propagates((idColumn && relation[idColumn]) ?? relation.parentId, model, trx);
  };
};

/**
 * Strapi's document-service modules, from the `@strapi/core` the app resolves,
 * through this module's own `require`: the registry Strapi was loaded by
 * (Node's, or jest's in the tests), so the very module its publish calls through.
 */
export const strapiCoreModules = (strapi: Core.Strapi): { components: ComponentsModule; names: TransformModule; links: UnidirectionalModule } | string => {
  let root: string;
  try {
    root = path.dirname(require.resolve('@strapi/core/package.json', { paths: [strapi.dirs.app.root] }));
  } catch {
    return 'cannot find @strapi/core from the app';
  }
  let components: Partial<ComponentsModule>;
  let names: Partial<TransformModule>;
  let links: Partial<UnidirectionalModule>;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path known at run time, in the registry that loaded Strapi (see above)
    components = require(path.join(root, 'dist/services/document-service/components.js')) as Partial<ComponentsModule>;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
    names = require(path.join(root, 'dist/utils/transform-content-types-to-models.js')) as Partial<TransformModule>;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
    links = require(path.join(root, 'dist/services/document-service/utils/unidirectional-relations.js')) as Partial<UnidirectionalModule>;
  } catch {
    return 'its document-service modules moved';
  }
  if (typeof components.createComponentRelationFilter !== 'function' || typeof components.getParentSchemasForComponent !== 'function') {
    return 'its components module has no createComponentRelationFilter';
  }
  if (typeof names.getComponentJoinTableName !== 'function' || typeof names.getComponentJoinColumnInverseName !== 'function') return 'its component table names moved';
  if (typeof links.load !== 'function' || typeof links.sync !== 'function') return 'its unidirectional-relations module has no load and sync';
  return { components: components as ComponentsModule, names: names as TransformModule, links: links as UnidirectionalModule };
};

/** The document-service modules a publish is made of (publish-in-place.ts), from the same `@strapi/core`; a string says why not. */
const publishModules = (strapi: Core.Strapi): PublishModules | string => {
  const root = path.dirname(require.resolve('@strapi/core/package.json', { paths: [strapi.dirs.app.root] }));
  const load = (file: string): Record<string, unknown> | undefined => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- as in strapiCoreModules
      return require(path.join(root, 'dist/services/document-service', file)) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  };
  const modules = {
    entries: load('entries.js'),
    components: load('components.js'),
    data: load('transform/data.js'),
    idTransform: load('transform/id-transform.js'),
    query: load('transform/query.js'),
    params: load('params.js'),
    attributes: load('attributes/index.js'),
  };
  const wanted: Record<keyof typeof modules, string[]> = {
    entries: ['createEntriesService'],
    components: ['getComponents', 'deleteComponents', 'createComponents', 'assignComponentData'],
    data: ['clearTransformDataRequestCache', 'transformData'],
    idTransform: ['transformParamsDocumentId'],
    query: ['transformParamsToQuery'],
    params: ['pickSelectionParams'],
    attributes: ['applyTransforms'],
  };
  for (const [name, functions] of Object.entries(wanted) as Array<[keyof typeof modules, string[]]>) {
    const module = modules[name];
    const missing = functions.filter((fn) => typeof module?.[fn] !== 'function');
    if (missing.length > 0) return `its document service has no ${missing.join(', ')}`;
  }
  // eslint-disable-next-line no-restricted-syntax -- each module was checked above to hold every function PublishModules names
  return modules as unknown as PublishModules;
};

/** Registers the batched filter and the in-place link moves (one-way-links.ts) in place of Strapi's; answers whether it did. */
export const batchPublishRelinks = (strapi: Core.Strapi): boolean => {
  const modules = strapiCoreModules(strapi);
  if (typeof modules === 'string') {
    strapi.log.warn(`newsroom: publishing keeps Strapi's own moves of one-way links, link by link (${modules})`);
    return false;
  }
  const { components, names, links } = modules;
  components.createComponentRelationFilter = () => batchedComponentRelationFilter(strapi, components, names);
  const moves = createOneWayLinks(strapi, names);
  links.load = moves.load;
  links.sync = moves.sync;
  const publish = publishModules(strapi);
  if (typeof publish === 'string') strapi.log.warn(`newsroom: every publish makes a new published row, as Strapi's does (${publish})`);
  else keepPublishedRows(strapi, publish);
  return true;
};
