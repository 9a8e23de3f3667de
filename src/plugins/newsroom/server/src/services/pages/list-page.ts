import type { PlainObject } from '../../../../shared/documents';

/** One page of a list a stored page embeds only the start of, with where it stands (REST's `meta.pagination`). */
export interface ListPage {
  items: PlainObject[];
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
}

/** Where a page of `pageSize` items stands among `total`. */
export const paginationOf = (page: number, pageSize: number, total: number): ListPage['pagination'] => ({
  page,
  pageSize,
  pageCount: Math.ceil(total / pageSize),
  total,
});
