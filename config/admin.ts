import type { Core } from '@strapi/strapi';

type Env = {
  (key: string, fallback?: string): string;
  bool(key: string, fallback?: boolean): boolean;
  array(key: string, fallback?: string[]): string[];
};

interface PreviewLinks {
  urlFor(uid: string, params: { documentId?: string; locale?: string | null; status?: string | null }): string | null;
}

// The fallbacks serve the demo and the tests only (they set NEWSROOM_DEMO_SECRETS=1);
// any other start refuses to run until each is set to a value of its own (src/secrets.ts).
export default ({ env }: { env: Env }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET', 'newsroom-demo-admin-jwt-secret') },
  apiToken: { salt: env('API_TOKEN_SALT', 'newsroom-demo-api-token-salt') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT', 'newsroom-demo-transfer-token-salt') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY', 'newsroom-demo-encryption-key') },
  flags: { nps: false, promoteEE: false },
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
  // Strapi's Preview: the newsroom serves each of its documents as a page
  // behind a short-lived signed link (the plugin's services/preview-links.ts);
  // other types get no preview (null).
  preview: {
    enabled: env.bool('PREVIEW_ENABLED', true),
    config: {
      // The preview page is served by this same server; a separate frontend's origin would be added here.
      allowedOrigins: env.array('PREVIEW_ALLOWED_ORIGINS', ["'self'"]),
      handler: (uid: string, params: { documentId?: string; locale?: string | null; status?: string | null }) => {
        const app = (globalThis as unknown as { strapi: Core.Strapi }).strapi;
        return (app.plugin('newsroom').service('preview-links') as unknown as PreviewLinks).urlFor(uid, params);
      },
    },
  },
});
