import type { Core } from '@strapi/strapi';

interface PluginRoute {
  method: string;
  path: string;
  handler: string;
}

/** The plugin's routes of a page's lists: its GETs under a page's by-slug path (`/meetings/by-slug/:slug/achievements`). */
const pageListActions = (strapi: Core.Strapi): string[] => {
  const routes = (strapi.plugin('newsroom')?.routes as Record<string, { routes?: PluginRoute[] }> | undefined)?.['content-api']?.routes ?? [];
  return routes.filter((route) => route.method === 'GET' && /\/by-slug\/:slug\/[^/]+$/.test(route.path)).map((route) => `plugin::newsroom.${route.handler}`);
};

/** Published newsroom content is public: anyone may read it (every type the plugin brings), nobody anonymous may write. */
export const publicReadActions = (strapi: Core.Strapi): string[] => [
  ...Object.keys(strapi.plugin('newsroom')?.contentTypes ?? {}).flatMap((type) =>
    ['find', 'findOne', 'bySlug'].map((action) => `plugin::newsroom.${type}.${action}`)
  ),
  // The lists a page carries the start of, past it (a speaker's speeches, a meeting's achievements and street cases).
  ...pageListActions(strapi),
  // The feeds and sitemaps of published pages.
  ...(strapi.plugin('newsroom') ? ['rss', 'atom', 'json', 'sitemap', 'sitemapPage', 'news'].map((action) => `plugin::newsroom.feeds.${action}`) : []),
];

export const grantPublicRead = async (strapi: Core.Strapi): Promise<void> => {
  const PUBLIC_READ_ACTIONS = publicReadActions(strapi);
  const publicRole = (await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } })) as { id: number } | null;
  if (!publicRole) return;
  const existing = (await strapi.db.query('plugin::users-permissions.permission').findMany({
    where: { role: publicRole.id, action: { $in: PUBLIC_READ_ACTIONS } },
    select: ['action'],
  })) as Array<{ action: string }>;
  const granted = new Set(existing.map((permission) => permission.action));
  for (const action of PUBLIC_READ_ACTIONS.filter((a) => !granted.has(a))) {
    await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: publicRole.id } });
  }
};
