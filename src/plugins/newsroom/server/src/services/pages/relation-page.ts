/**
 * One page of a to-many relation a stored page shows (a meeting's
 * achievements, its street cases), in the order the page shows it: the sort
 * of the owner's `pagePopulate` entry for the field (achievements by
 * ordinal), else the relation's own order (the order they were linked in,
 * as the admin lists them). Published versions only, none under embargo.
 * A few queries whatever the archive: the count and one page of the owner's
 * relation, populated with what the page shows of an item.
 */
import type { Core } from '@strapi/strapi';
import { relatedKind, type Kind } from '../../kinds';
import { notEmbargoed } from '../schedule/embargo-filter';
import { withoutEmbargoedParts } from './embargoed-parts';
import { paginationOf, type ListPage } from './list-page';
import type { PlainObject } from '../../../../shared/documents';

export const relationPageOf = async (
  strapi: Core.Strapi,
  owner: Kind,
  field: string,
  ownerDocumentId: string,
  locale: string | undefined,
  page: number,
  pageSize: number
): Promise<ListPage> => {
  const related = relatedKind(owner, field);
  const entry = owner.pagePopulate[field];
  const shows = entry && typeof entry === 'object' ? entry : {};
  const filters = 'embargoUntil' in related.schema.attributes ? notEmbargoed() : {};
  // The query engine, not the Document Service: its populate takes a page (start, limit) and a count; the
  // Document Service refuses both. The owner's published row in the locale, as the Document Service would find it.
  const ofOwner = async (populate: PlainObject): Promise<unknown> => {
    const query = strapi.get('query-params').transform(owner.uid, { fields: ['documentId'], populate: { [field]: populate } }) as PlainObject;
    const found = (await strapi.db.query(owner.uid).findOne({
      ...query,
      where: { documentId: ownerDocumentId, publishedAt: { $notNull: true }, ...(locale ? { locale } : {}) },
    })) as PlainObject | null;
    return found?.[field];
  };
  const counted = (await ofOwner({ count: true, filters })) as { count?: unknown } | undefined;
  const total = Number(counted?.count ?? 0);
  const rows = total > (page - 1) * pageSize ? await ofOwner({ ...shows, filters, start: (page - 1) * pageSize, limit: pageSize }) : [];
  const items = (await strapi.contentAPI.sanitize.output(Array.isArray(rows) ? rows : [], strapi.getModel(related.uid), {})) as PlainObject[];
  // Another document under embargo that an item shows (a street case's presenter) is left out, as on the page.
  return { items: withoutEmbargoedParts(items, ownerDocumentId), pagination: paginationOf(page, pageSize, total) };
};
