/**
 * Embargo on related documents: a public read's root documents are filtered
 * by the query (embargo-filter.ts), but the documents it populates — a
 * meeting's achievements, an achievement's meeting, a speech's speaker, at
 * any depth and through components — are loaded by the query engine, which
 * no filter of the root reaches. This prunes them from the answer: it walks
 * the result by the models' attributes, asks the database once per kind
 * which of the related rows are under embargo now (by id, so it works
 * whatever fields the caller selected), and drops those (a to-one relation
 * becomes null).
 */
import type { Core, UID } from '@strapi/strapi';
import { kindOf, type Kind } from '../../kinds';

type Plain = Record<string, unknown>;

interface Attribute {
  type?: string;
  target?: string;
  component?: string;
}

/** A place in the answer that holds related documents of a kind. */
interface Holder {
  owner: Plain;
  field: string;
  kind: Kind;
}

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

const hasEmbargo = (kind: Kind): boolean => 'embargoUntil' in kind.schema.attributes;

/** Whether `uid` names a model of this app (a content type or a component). */
const isSchemaUid = (strapi: Core.Strapi, uid: string): uid is UID.Schema => uid in strapi.contentTypes || uid in strapi.components;

const attributesOf = (strapi: Core.Strapi, uid: string): Record<string, Attribute> =>
  isSchemaUid(strapi, uid) ? ((strapi.getModel(uid) as { attributes?: Record<string, Attribute> } | undefined)?.attributes ?? {}) : {};

/** Every populated relation to a kind with an embargo, below `entity` of model `uid`. */
const collect = (strapi: Core.Strapi, uid: string, entity: Plain, holders: Holder[], depth: number): void => {
  if (depth > 20) return;
  for (const [field, attribute] of Object.entries(attributesOf(strapi, uid))) {
    const value = entity[field];
    if (value === null || value === undefined) continue;
    const items = (Array.isArray(value) ? value : [value]).filter(isPlain);
    const target = attribute.type === 'relation' && attribute.target ? kindOf(attribute.target) : undefined;
    if (target) {
      if (hasEmbargo(target)) holders.push({ owner: entity, field, kind: target });
      for (const item of items) collect(strapi, target.uid, item, holders, depth + 1);
    } else if (attribute.type === 'component' && attribute.component) {
      for (const item of items) collect(strapi, attribute.component, item, holders, depth + 1);
    } else if (attribute.type === 'dynamiczone') {
      for (const item of items) if (typeof item.__component === 'string') collect(strapi, item.__component, item, holders, depth + 1);
    }
  }
};

const idOf = (item: unknown): number | undefined => (isPlain(item) && (typeof item.id === 'number' || typeof item.id === 'string') ? Number(item.id) : undefined);

/** The ids, among `ids` of `kind`, whose embargo has not ended at `now`. */
const embargoedIds = async (strapi: Core.Strapi, kind: Kind, ids: number[], now: Date): Promise<Set<number>> => {
  if (ids.length === 0) return new Set();
  const rows = (await strapi.db.query(kind.uid).findMany({
    where: { id: { $in: ids }, embargoUntil: { $gt: now.toISOString() } },
    select: ['id'],
  })) as Array<{ id: number | string }>;
  return new Set(rows.map((row) => Number(row.id)));
};

/**
 * `result` (a Document Service read's answer of model `uid`: one entity, a
 * list, null or a count) without the related documents under embargo at
 * `now`. Changes the answer in place and returns it.
 */
export const withoutEmbargoedRelations = async <T>(strapi: Core.Strapi, uid: string, result: T, now: Date = new Date()): Promise<T> => {
  const roots = (Array.isArray(result) ? result : [result]).filter(isPlain);
  const holders: Holder[] = [];
  for (const root of roots) collect(strapi, uid, root, holders, 0);
  if (holders.length === 0) return result;
  const idsByKind = new Map<Kind, Set<number>>();
  for (const { owner, field, kind } of holders) {
    const value = owner[field];
    for (const item of Array.isArray(value) ? value : [value]) {
      const id = idOf(item);
      if (id !== undefined) idsByKind.set(kind, (idsByKind.get(kind) ?? new Set()).add(id));
    }
  }
  const hidden = new Map<Kind, Set<number>>();
  for (const [kind, ids] of idsByKind) hidden.set(kind, await embargoedIds(strapi, kind, [...ids], now));
  for (const { owner, field, kind } of holders) {
    const gone = hidden.get(kind);
    if (!gone || gone.size === 0) continue;
    const value = owner[field];
    if (Array.isArray(value)) owner[field] = value.filter((item) => !gone.has(idOf(item) ?? NaN));
    else if (gone.has(idOf(value) ?? NaN)) owner[field] = null;
  }
  return result;
};
