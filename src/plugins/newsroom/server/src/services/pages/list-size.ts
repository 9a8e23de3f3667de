import type { Core } from '@strapi/strapi';

/** How many items of a growing list a stored page embeds when the `pageListSize` setting says nothing. */
export const DEFAULT_PAGE_LIST_SIZE = 20;
/** The largest page a client may ask of a paged list. */
export const MAX_LIST_PAGE_SIZE = 100;

/** The `pageListSize` setting: the bound on every list a stored page embeds (the rest is paged). */
export const pageListSize = (strapi: Core.Strapi): number => {
  const value = strapi.config.get('plugin::newsroom.pageListSize');
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : DEFAULT_PAGE_LIST_SIZE;
};
