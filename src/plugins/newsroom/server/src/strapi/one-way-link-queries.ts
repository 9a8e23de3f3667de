import type { Core } from '@strapi/strapi';

/**
 * The queries of the in-place link moves (one-way-links.ts), one join table
 * at a time: the links Strapi copies onto the version being made, and the
 * links to an old version parked on the version that stays.
 */

export type Row = Record<string, unknown>;
export type Id = number | string;
export interface Version {
  id: Id;
  locale?: string | null;
  documentId?: string;
  publishedAt?: unknown;
}
export interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}
export interface Attribute {
  type: string;
  relation?: string;
  target?: string;
  inversedBy?: string;
  mappedBy?: string;
  joinTable?: JoinTable;
}
export interface Schema {
  uid: string;
  modelType?: string;
  collectionName?: string;
  options?: { draftAndPublish?: boolean };
  attributes?: Record<string, { type: string; component?: string; components?: string[] }>;
}
type Knex = ReturnType<Core.Strapi['db']['getConnection']>;
/** A query being built (what knex hands a `whereExists` callback). */
type Builder = ReturnType<Knex['select']>;
/** The transaction Strapi's `db.transaction` hands its callback. */
export type Trx = Parameters<Knex['transacting']>[0];
type RelationFilter = (relation: Row, model: Schema, trx: Trx) => Promise<boolean>;
export interface LoadOptions {
  shouldPropagateRelation?: RelationFilter;
}

/** What `load` hands `sync`: rows to insert again (Strapi's way), or links parked on a version, by id. */
export type LinkUpdate = { joinTable: JoinTable; relations: Row[] } | { joinTable: JoinTable; parkedOn: Id; ids: Id[] };

/** How many ids one UPDATE names (under every database's limit of bound values). */
const CHUNK = 5000;
export const chunks = <T>(list: T[]): T[][] => Array.from({ length: Math.ceil(list.length / CHUNK) }, (_, i) => list.slice(i * CHUNK, (i + 1) * CHUNK));

/** The `_cmps` table of a content type (Strapi's naming: `collectionName` + `_cmps`, shortened by its identifiers). */
export interface ComponentTableNames {
  getComponentJoinTableName: (collectionName: string, identifiers: unknown) => string;
  getComponentJoinColumnInverseName: (identifiers: unknown) => string;
  getComponentTypeColumn: (identifiers: unknown) => string;
}

/** The content types that hold a component (directly), or undefined when a component holds it too (the SQL test then does not apply). */
export const contentTypeParents = (strapi: Core.Strapi, componentUid: string): Schema[] | undefined => {
  const holds = (schema: Schema) =>
    Object.values(schema.attributes ?? {}).some(
      (attribute) => (attribute.type === 'component' && attribute.component === componentUid) || (attribute.type === 'dynamiczone' && attribute.components?.includes(componentUid))
    );
  if ((Object.values(strapi.components) as Schema[]).some(holds)) return undefined;
  return (Object.values(strapi.contentTypes) as Schema[]).filter(holds);
};

/** What the queries need: Strapi, its `_cmps` names, the id column, a join table's query inside the transaction. */
export interface LinkContext {
  strapi: Core.Strapi;
  names: ComponentTableNames;
  id: string;
  table(name: string, trx: Trx): Builder;
}

/** Links to the new versions that Strapi copies onto the version being made (sources without draft and publish). */
export const linksToCopy = async (ctx: LinkContext, { model, parents: holders }: { model: Schema; parents: Schema[] | undefined }, joinTable: JoinTable, oldIds: Id[], newIds: Id[], options: LoadOptions, trx: Trx): Promise<Row[]> => {
  const source = joinTable.joinColumn.name;
  const target = joinTable.inverseJoinColumn.name;
  const linked = `${joinTable.name}.${source}`;
  const query = ctx.table(joinTable.name, trx)
    .select(`${joinTable.name}.*`)
    .whereIn(`${joinTable.name}.${target}`, newIds)
    // Strapi's `discardToAdd`: not a source that already links an old version (those links are moved, not copied).
    .whereNotExists((sub: Builder) => {
      sub
        .select(1).from({ linked_before: joinTable.name }).whereRaw('?? = ??', [`linked_before.${source}`, linked]).whereIn(`linked_before.${target}`, oldIds);
    });
  const filter = options.shouldPropagateRelation;
  const parents = filter && model.modelType === 'component' ? holders : [];
  if (filter && model.modelType === 'component' && parents) {
    // Strapi copies a component's link unless the component belongs to a draft-and-publish document.
    const componentColumn = ctx.names.getComponentJoinColumnInverseName(ctx.strapi.db.metadata.identifiers);
    const typeColumn = ctx.names.getComponentTypeColumn(ctx.strapi.db.metadata.identifiers);
    for (const parent of parents) {
      if (!parent.options?.draftAndPublish || !parent.collectionName) continue;
      const cmps = ctx.names.getComponentJoinTableName(parent.collectionName, ctx.strapi.db.metadata.identifiers);
      query.whereNotExists((sub: Builder) => {
        sub
          .select(1).from({ held_by: cmps }).whereRaw('?? = ??', [`held_by.${componentColumn}`, linked]).where(`held_by.${typeColumn}`, model.uid);
      });
    }
  }
  const rows = (await query) as Row[];
  const kept = filter && model.modelType === 'component' && !parents ? await filterRows(rows, model, filter, trx) : rows;
  return kept.map(({ [ctx.id]: _id, ...rest }) => rest);
};

const filterRows = async (rows: Row[], model: Schema, filter: RelationFilter, trx: Trx): Promise<Row[]> => {
  const kept: Row[] = [];
  for (const row of rows) if (await filter(row, model, trx)) kept.push(row);
  return kept;
};

/**
 * Parks the links to `from` on `to` (by id) where the pair is free, and answers the rest whole for Strapi's way.
 * A source of a to-one relation links one target, so none of its links can clash: no check is made.
 */
export const park = async (
  ctx: LinkContext,
  joinTable: JoinTable,
  { toOne, inPlace }: { toOne: boolean; inPlace: boolean },
  from: Version,
  to: Version | undefined,
  self: { oldIds: Id[] } | undefined,
  trx: Trx
): Promise<LinkUpdate[]> => {
  const source = joinTable.joinColumn.name;
  const target = joinTable.inverseJoinColumn.name;
  const toOld = () => {
    const query = ctx.table(joinTable.name, trx).where(`${joinTable.name}.${target}`, from.id);
    // As Strapi: a self-relation whose source is republished too is the self-referential sync's.
    return self && self.oldIds.length > 0 ? query.whereNotIn(`${joinTable.name}.${source}`, self.oldIds) : query;
  };
  if (to === undefined || !inPlace) {
    const rows = (await toOld().select('*')) as Row[];
    return rows.length > 0 ? [{ joinTable, relations: rows }] : [];
  }
  const clash = (sub: Builder): void => {
    sub
      .select(1)
      .from({ linked_already: joinTable.name })
      .whereRaw('?? = ??', [`linked_already.${source}`, `${joinTable.name}.${source}`])
      .where(`linked_already.${target}`, to.id);
  };
  const idColumn = `${joinTable.name}.${ctx.id}`;
  let ids: Id[];
  let clashing: Row[] = [];
  if (toOne) ids = (await toOld().pluck(idColumn)) as Id[];
  else {
    // One after the other: a transaction is one connection (PostgreSQL's client warns of queries sent together).
    ids = (await toOld().whereNotExists(clash).pluck(idColumn)) as Id[];
    clashing = await toOld().whereExists(clash).select<Row[]>(`${joinTable.name}.*`);
  }
  for (const chunk of chunks(ids)) await ctx.table(joinTable.name, trx).whereIn(ctx.id, chunk).update({ [target]: to.id });
  const updates: LinkUpdate[] = [];
  if (ids.length > 0) updates.push({ joinTable, parkedOn: to.id, ids });
  if (clashing.length > 0) updates.push({ joinTable, relations: clashing });
  return updates;
};

