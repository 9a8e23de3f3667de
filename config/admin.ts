type Env = { (key: string, fallback?: string): string; bool(key: string, fallback?: boolean): boolean };

// The fallbacks serve the demo and the tests on a developer machine only; with
// NODE_ENV=production the app refuses to start until each is set (src/secrets.ts).
export default ({ env }: { env: Env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET', 'newsroom-demo-admin-jwt-secret') },
  apiToken: { salt: env('API_TOKEN_SALT', 'newsroom-demo-api-token-salt') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT', 'newsroom-demo-transfer-token-salt') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY', 'newsroom-demo-encryption-key') },
  flags: { nps: false, promoteEE: false },
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
});
