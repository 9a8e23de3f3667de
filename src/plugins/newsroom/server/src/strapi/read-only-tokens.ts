import type { Core } from '@strapi/strapi';
import { KINDS } from '../kinds';
import { FEED_ROUTES } from '../services/pages/feed-paths';
import { PAGE_LISTS, listAction } from '../services/pages/page-lists';
import { DRAFTS_READ_ACTION, type RequestAuth } from './draft-access';

/**
 * The plugin's own read routes, by action: by-slug of every kind, the
 * paged lists of pages (a speaker's speeches, a meeting's achievements…), the feeds and sitemaps, and GET /drafts. They only read, but Strapi's read-only API
 * token is let through only to actions named `find` or `findOne` (its
 * content-api-token strategy), so it got 403 on them while full-access
 * tokens read them.
 */
const PLUGIN_READS = new Set<string>([
  ...KINDS.map((kind) => `plugin::newsroom.${kind.name}.bySlug`),
  ...PAGE_LISTS.map((list) => listAction(list)),
  ...[...Object.keys(FEED_ROUTES), 'sitemapPage'].map((action) => `plugin::newsroom.feeds.${action}`),
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
 *
 * Why a wrap and not one of Strapi's own ways in (reviewed against 5.54):
 * the read-only rule is a test of the scope's name inside the
 * content-api-token strategy's verify (every scope must end in `find` or
 * `findOne`), with no setting or hook. A route's `config.auth.scope` may be
 * set, but naming these routes `…meeting.findOne`/`…find` would hand their
 * gate to other permissions: the Public role's and a custom token's
 * `findOne` would open by-slug, and the `bySlug` and feed checkboxes in
 * Settings → Roles would gate nothing. Renaming the actions to end in
 * `findOne` would rename permissions already stored in every install, and
 * lean on the same name test. A route's `config.auth.strategies` may hold a
 * strategy object, but Strapi gives no way to reach its registered token
 * strategy to delegate to, so that object would re-implement the token's
 * authentication (hash lookup, expiry, last use). Policies run after this
 * step, too late to undo its 403. The wrap changes nothing of authentication
 * and lets through only a read-only token on the routes listed above
 * (tests/integration/newsroom-defaults.test.ts).
 */
export const letReadOnlyTokensRead = (strapi: Core.Strapi): void => {
  const auth = strapi.get<AuthService>('auth');
  const verify = auth.verify.bind(auth);
  auth.verify = async (state, config) => {
    if (isReadOnlyToken(state) && readsOnly(config)) return;
    return verify(state, config);
  };
};
