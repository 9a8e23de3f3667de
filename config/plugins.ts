type Env = { (key: string, fallback?: string): string; bool(key: string, fallback?: boolean): boolean };

export default ({ env }: { env: Env }) => ({
  newsroom: {
    enabled: true,
    resolve: './src/plugins/newsroom',
    config: {
      cacheControl: env('NEWSROOM_CACHE_CONTROL', 'public, max-age=60, stale-while-revalidate=300'),
      // Signs the editors' preview links (a deployment sets its own).
      previewSecret: env('NEWSROOM_PREVIEW_SECRET', 'newsroom-demo-preview-secret'),
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
      landingPage: env.bool('GRAPHQL_LANDING_PAGE', true),
      depthLimit: 10,
      defaultLimit: 25,
      maxLimit: 100,
    },
  },
});
