import type { Core } from '@strapi/strapi';

/** Published newsroom content is public: anyone may read it (every type the plugin brings), nobody anonymous may write. */
export const publicReadActions = (strapi: Core.Strapi): string[] => [
  ...Object.keys(strapi.plugin('newsroom')?.contentTypes ?? {}).flatMap((type) =>
    ['find', 'findOne', 'bySlug'].map((action) => `plugin::newsroom.${type}.${action}`)
  ),
  // A speaker's speeches past the ones their page carries.
  ...(strapi.plugin('newsroom') ? ['plugin::newsroom.speaker-speeches.list'] : []),
  // The feeds and sitemaps of published pages.
  ...(strapi.plugin('newsroom') ? ['rss', 'atom', 'json', 'sitemap', 'news'].map((action) => `plugin::newsroom.feeds.${action}`) : []),
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
