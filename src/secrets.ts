/**
 * The secrets a deployment must set. config/ falls back to the published demo
 * values below so that `npm run demo` and the tests start on a fresh clone;
 * those runners say so with NEWSROOM_DEMO_SECRETS=1. Any other start (`npm
 * start`, `strapi develop`, a script of one's own) refuses to run while a
 * secret is missing or still holds its demo value, and names each such
 * secret, all at once. With NODE_ENV=production the opt-in is ignored.
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

export type SecretName = (typeof REQUIRED_SECRETS)[number];

/** The fallbacks config/ uses: public (they are in this repository), so never valid outside the demo and the tests. */
export const DEMO_SECRETS: Record<SecretName, string> = {
  APP_KEYS: 'newsroomDemoKeyA,newsroomDemoKeyB',
  ADMIN_JWT_SECRET: 'newsroom-demo-admin-jwt-secret',
  API_TOKEN_SALT: 'newsroom-demo-api-token-salt',
  TRANSFER_TOKEN_SALT: 'newsroom-demo-transfer-token-salt',
  ENCRYPTION_KEY: 'newsroom-demo-encryption-key',
  JWT_SECRET: 'newsroom-demo-users-permissions-jwt-secret',
  NEWSROOM_PREVIEW_SECRET: 'newsroom-demo-preview-secret',
};

/** Set to 1 by `npm run demo`, the test and benchmark runners: the demo values above may be used. */
export const DEMO_SECRETS_OPT_IN = 'NEWSROOM_DEMO_SECRETS';

const parts = (value: string): string[] =>
  value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** Whether a secret's value is unset, blank, or (for APP_KEYS, any of its keys) a published demo value. */
const unsafe = (name: SecretName, value: string | undefined): boolean => {
  const given = parts(value ?? '');
  if (given.length === 0) return true;
  const demo = new Set(parts(DEMO_SECRETS[name]));
  return given.some((part) => demo.has(part));
};

/** The required secrets the environment leaves unset or at their demo value. */
export const unsafeSecrets = (env: Record<string, string | undefined>): string[] => REQUIRED_SECRETS.filter((name) => unsafe(name, env[name]));

/** Whether this start may fall back to the demo secrets: the demo's and the tests' runners opt in, never in production. */
export const demoSecretsAllowed = (env: Record<string, string | undefined>): boolean =>
  env.NODE_ENV !== 'production' && env[DEMO_SECRETS_OPT_IN] === '1';

/** Throws, naming each secret, when this start would run with a missing or demo secret without the demo's opt-in. */
export const assertSecrets = (env: Record<string, string | undefined> = process.env): void => {
  if (demoSecretsAllowed(env)) return;
  const names = unsafeSecrets(env);
  if (names.length > 0) {
    throw new Error(
      `Refusing to start with missing or demo secrets: set ${names.join(', ')} ` +
        '(random values, e.g. `openssl rand -base64 32`; APP_KEYS is a comma-separated list of such values). ' +
        `Only \`npm run demo\` and the tests may use the demo values (they set ${DEMO_SECRETS_OPT_IN}=1).`
    );
  }
};
