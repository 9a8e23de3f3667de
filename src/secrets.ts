/**
 * The secrets a deployment must set. config/ falls back to fixed demo values
 * so that `npm run demo` and the tests start on a fresh clone; with
 * NODE_ENV=production the app refuses to start until each is set, and says
 * which are missing, all at once.
 */
export const REQUIRED_SECRETS = [
  'APP_KEYS',
  'ADMIN_JWT_SECRET',
  'API_TOKEN_SALT',
  'TRANSFER_TOKEN_SALT',
  'ENCRYPTION_KEY',
  'JWT_SECRET',
  'NEWSROOM_PREVIEW_SECRET',
] as const;

/** The required secrets the environment does not set (empty or blank counts as unset). */
export const missingSecrets = (env: Record<string, string | undefined>): string[] =>
  REQUIRED_SECRETS.filter((name) => (env[name] ?? '').trim() === '');

/** Throws in production when a secret would fall back to its public demo value. */
export const assertProductionSecrets = (env: Record<string, string | undefined> = process.env): void => {
  if (env.NODE_ENV !== 'production') return;
  const missing = missingSecrets(env);
  if (missing.length > 0) {
    throw new Error(
      `Refusing to start in production with the demo secrets: set ${missing.join(', ')} ` +
        '(random values, e.g. `openssl rand -base64 32`; APP_KEYS is a comma-separated list of such values).'
    );
  }
};
