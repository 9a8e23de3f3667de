/**
 * Who may read drafts over the content API (REST and GraphQL): API tokens of
 * any type, and Users & Permissions users whose role was explicitly given
 * `plugin::newsroom.drafts.read` (the "drafts → read" box of the plugin in
 * the roles settings, which also opens GET /api/newsroom/drafts). Ticking
 * `find` on a kind is not enough, and an anonymous caller never reads drafts,
 * whatever the public role holds. The admin reads drafts through the content
 * manager's own routes, which this does not concern.
 */
export const DRAFTS_READ_ACTION = 'plugin::newsroom.drafts.read';

/** `ctx.state.auth` as Strapi's authentication leaves it: the strategy that let the request in, its credentials and ability. */
export interface RequestAuth {
  strategy?: { name?: string };
  credentials?: unknown;
  ability?: { can(action: string): boolean } | null;
}

/** Strapi 5.54 names its content-API token strategy `content-api-token`; earlier versions `api-token`. */
const TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

export const mayReadDrafts = (auth: RequestAuth | undefined): boolean => {
  if (!auth?.credentials) return false;
  if (TOKEN_STRATEGIES.has(auth.strategy?.name ?? '')) return true;
  return auth.strategy?.name === 'users-permissions' && auth.ability?.can(DRAFTS_READ_ACTION) === true;
};
