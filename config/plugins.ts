type Env = {
  (key: string, fallback?: string): string;
  bool(key: string, fallback?: boolean): boolean;
  int(key: string, fallback?: number): number;
  array(key: string, fallback?: string[]): string[];
};

/**
 * NEWSROOM_FRONTEND_URL: the origin of a frontend laid out as the reader's
 * site (site/) is — /{locale}/meetings/{slug}, /achievements/, /cases/,
 * /people/. Another layout sets frontendUrls here per kind instead.
 */
const frontendUrls = (origin: string): Record<string, string> => {
  if (!origin) return {};
  const base = origin.replace(/\/+$/, '');
  return {
    meeting: `${base}/{locale}/meetings/{slug}`,
    achievement: `${base}/{locale}/achievements/{slug}`,
    'street-case': `${base}/{locale}/cases/{slug}`,
    speaker: `${base}/{locale}/people/{slug}`,
  };
};

export default ({ env }: { env: Env }) => ({
  newsroom: {
    enabled: true,
    // Another build of the plugin may be tried in this app (tests/integration/fifth-kind.test.ts does).
    resolve: env('NEWSROOM_PLUGIN_PATH', './src/plugins/newsroom'),
    config: {
      cacheControl: env('NEWSROOM_CACHE_CONTROL', 'public, max-age=60, stale-while-revalidate=300'),
      // npm run bench:import measures the hooks' cost by turning them off (refused in production).
      documentMiddlewares: env.bool('NEWSROOM_DOCUMENT_MIDDLEWARES', true),
      // Sign-off policy: 'responsible-editor' | 'three-review' | 'either' (see docs/rules.md).
      signOff: env('NEWSROOM_SIGN_OFF', 'either'),
      // House style of the derived credit line: 'brackets' | 'chain'.
      creditStyle: env('NEWSROOM_CREDIT_STYLE', 'brackets'),
      // Signs the editors' preview links (a deployment sets its own).
      previewSecret: env('NEWSROOM_PREVIEW_SECRET', 'newsroom-demo-preview-secret'),
      // The frontend's page URLs (feeds, sitemaps, JSON-LD url) and where the CDN purge goes; the demo sets both to the reader's site.
      frontendUrls: frontendUrls(env('NEWSROOM_FRONTEND_URL', '')),
      purgeUrls: env.array('NEWSROOM_PURGE_URLS', []),
      publicationName: env('NEWSROOM_PUBLICATION_NAME', '福田区残联'),
      // The outbox's workers (derived pages, CDN purges): every process runs one unless told not to.
      outbox: {
        workers: env.bool('NEWSROOM_OUTBOX_WORKERS', true),
        pollMs: env.int('NEWSROOM_OUTBOX_POLL_MS', 1000),
        leaseMs: env.int('NEWSROOM_OUTBOX_LEASE_MS', 60_000),
        retryBaseMs: env.int('NEWSROOM_OUTBOX_RETRY_BASE_MS', 2000),
        maxAttempts: env.int('NEWSROOM_OUTBOX_MAX_ATTEMPTS', 6),
      },
    },
  },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET', 'newsroom-demo-users-permissions-jwt-secret'),
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      // The Apollo sandbox page is a development tool: off in production unless asked for.
      landingPage: env.bool('GRAPHQL_LANDING_PAGE', process.env.NODE_ENV !== 'production'),
      depthLimit: 10,
      defaultLimit: 25,
      maxLimit: 100,
    },
  },
});
