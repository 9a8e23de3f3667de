import type { Core } from '@strapi/strapi';
import { KINDS } from '../kinds';
import { FEED_ROUTES } from '../services/pages/feed-paths';
import { DRAFTS_READ_ACTION, type RequestAuth } from './draft-access';

/**
 * The plugin's own read routes, by action: by-slug of every kind, the feeds
 * and sitemaps, a speaker's speeches paged, and GET /drafts. They only read, but Strapi's read-only API
 * token is let through only to actions named `find` or `findOne` (its
 * content-api-token strategy), so it got 403 on them while full-access
 * tokens read them.
 */
const PLUGIN_READS = new Set<string>([
  ...KINDS.map((kind) => `plugin::newsroom.${kind.name}.bySlug`),
  ...[...Object.keys(FEED_ROUTES), 'sitemapPage'].map((action) => `plugin::newsroom.feeds.${action}`),
  // A speaker's speeches paged (REST and GraphQL newsroomSpeakerSpeeches).
  'plugin::newsroom.speaker-speeches.list',
  DRAFTS_READ_ACTION,
]);

type AuthConfig = false | { scope?: string | string[] } | undefined;
interface AuthService {
  verify(auth: RequestAuth | undefined, config?: AuthConfig): Promise<void> | void;
}

const isReadOnlyToken = (auth: RequestAuth | undefined): boolean =>
  ['content-api-token', 'api-token'].includes(auth?.strategy?.name ?? '') && (auth?.credentials as { type?: unknown } | undefined)?.type === 'read-only';

const readsOnly = (config: AuthConfig): boolean => {
  if (!config || config.scope === undefined) return false;
  const scopes = ([] as string[]).concat(config.scope);
  return scopes.length > 0 && scopes.every((scope) => PLUGIN_READS.has(scope));
};

/**
 * A read-only API token reads what any token reads (README, Permissions):
 * by-slug, the feeds and sitemaps, and drafts (`status=draft` and
 * /drafts). Strapi's authorization step (`strapi.get('auth').verify`) is
 * extended to let such a token call these routes; any other route, and any
 * other caller, is verified by Strapi as before. Called from register.
 */
export const letReadOnlyTokensRead = (strapi: Core.Strapi): void => {
  const auth = strapi.get<AuthService>('auth');
  const verify = auth.verify.bind(auth);
  auth.verify = async (state, config) => {
    if (isReadOnlyToken(state) && readsOnly(config)) return;
    return verify(state, config);
  };
};
