import type { Core } from '@strapi/strapi';
import type { Kind } from '../../kinds';
import type { PlainObject } from '../../../../shared/documents';

/** One version of one document: what a list item of a GraphQL query is. */
export interface VersionKey {
  documentId: string;
  locale?: string;
  status: 'draft' | 'published';
}

export const versionKeyId = (key: VersionKey): string => `${key.status}|${key.locale ?? ''}|${key.documentId}`;

/**
 * The page data (the kind's pagePopulate, as services/pages/index.ts loads one) of many documents at once:
 * one Document Service call per locale and status among the keys, each with
 * `documentId $in`, so the number of queries does not grow with the number
 * of documents. Answers in the order of the keys, null for a version that
 * does not exist.
 */
export const loadPages = async (strapi: Core.Strapi, kind: Kind, keys: readonly VersionKey[]): Promise<Array<PlainObject | null>> => {
  const groups = new Map<string, { locale?: string; status: VersionKey['status']; documentIds: Set<string> }>();
  for (const key of keys) {
    const group = `${key.status}|${key.locale ?? ''}`;
    if (!groups.has(group)) groups.set(group, { locale: key.locale, status: key.status, documentIds: new Set() });
    groups.get(group)?.documentIds.add(key.documentId);
  }
  const found = new Map<string, PlainObject>();
  for (const { locale, status, documentIds } of groups.values()) {
    const pages = (await strapi.documents(kind.uid).findMany({
      filters: { documentId: { $in: [...documentIds] } },
      ...(locale ? { locale } : {}),
      status,
      populate: kind.pagePopulate,
    })) as PlainObject[];
    for (const page of pages) {
      found.set(versionKeyId({ documentId: String(page.documentId), locale, status }), page);
    }
  }
  return keys.map((key) => found.get(versionKeyId(key)) ?? null);
};

/**
 * The editorial component (with its derived creditLine and byline) of many
 * rows of one type, by row id, in one query for the rows and one for the
 * component, in the order of the ids.
 */
export const loadEditorials = async (strapi: Core.Strapi, kind: Kind, ids: readonly number[]): Promise<Array<PlainObject | null>> => {
  const rows = (await strapi.db.query(kind.uid).findMany({
    where: { id: { $in: [...new Set(ids)] } },
    select: ['id'],
    populate: { editorial: true },
  })) as Array<{ id: number; editorial?: PlainObject | null }>;
  const byId = new Map(rows.map((row) => [Number(row.id), row.editorial ?? null]));
  return ids.map((id) => byId.get(Number(id)) ?? null);
};
