import adminConfig from '../../../config/admin';
import pluginsConfig from '../../../config/plugins';
import serverConfig from '../../../config/server';
import { assertSecrets, DEMO_SECRETS, REQUIRED_SECRETS, unsafeSecrets } from '../../../src/secrets';

const allSet = Object.fromEntries(REQUIRED_SECRETS.map((name) => [name, `${name.toLowerCase()}-value`]));

describe('secrets', () => {
  it('names every secret left unset, blank, or at its published demo value', () => {
    expect(unsafeSecrets({ ...allSet, API_TOKEN_SALT: '', JWT_SECRET: '  ', APP_KEYS: undefined })).toEqual(['APP_KEYS', 'API_TOKEN_SALT', 'JWT_SECRET']);
    expect(unsafeSecrets({ ...allSet, NEWSROOM_PREVIEW_SECRET: DEMO_SECRETS.NEWSROOM_PREVIEW_SECRET, APP_KEYS: 'own-key,newsroomDemoKeyB' })).toEqual([
      'APP_KEYS',
      'NEWSROOM_PREVIEW_SECRET',
    ]);
    expect(unsafeSecrets(allSet)).toEqual([]);
  });

  it('refuses any start without the demo opt-in, in every NODE_ENV, naming all of them', () => {
    for (const NODE_ENV of ['production', 'development', 'test', undefined]) {
      expect(() => assertSecrets({ NODE_ENV })).toThrow(`set ${REQUIRED_SECRETS.join(', ')} (`);
    }
    expect(() => assertSecrets({ ...allSet, ENCRYPTION_KEY: '' })).toThrow('set ENCRYPTION_KEY (');
    expect(() => assertSecrets({ ...allSet, ADMIN_JWT_SECRET: DEMO_SECRETS.ADMIN_JWT_SECRET })).toThrow('set ADMIN_JWT_SECRET (');
  });

  it('lets the demo and the tests (opted in) start with none, but never in production', () => {
    expect(() => assertSecrets({ NEWSROOM_DEMO_SECRETS: '1', NODE_ENV: 'development' })).not.toThrow();
    expect(() => assertSecrets({ NEWSROOM_DEMO_SECRETS: '1', NODE_ENV: 'test' })).not.toThrow();
    expect(() => assertSecrets({ NEWSROOM_DEMO_SECRETS: '1', NODE_ENV: 'production' })).toThrow('set APP_KEYS');
    expect(() => assertSecrets({ NEWSROOM_DEMO_SECRETS: 'true' })).toThrow('set APP_KEYS');
    expect(() => assertSecrets({ ...allSet, NODE_ENV: 'production' })).not.toThrow();
    expect(() => assertSecrets(allSet)).not.toThrow();
  });

  it("knows config/'s fallbacks as the demo values", () => {
    type Fallback = (key: string, fallback?: unknown) => unknown;
    const fallbacks: Fallback = (_key, fallback) => fallback;
    const env = Object.assign(fallbacks, { bool: fallbacks, int: fallbacks, array: fallbacks });
    const admin = adminConfig({ env } as never);
    const plugins = pluginsConfig({ env } as never);
    const server = serverConfig({ env } as never);
    expect({
      APP_KEYS: server.app.keys.join(','),
      ADMIN_JWT_SECRET: admin.auth.secret,
      API_TOKEN_SALT: admin.apiToken.salt,
      TRANSFER_TOKEN_SALT: admin.transfer.token.salt,
      ENCRYPTION_KEY: admin.secrets.encryptionKey,
      JWT_SECRET: plugins['users-permissions'].config.jwtSecret,
      NEWSROOM_PREVIEW_SECRET: plugins.newsroom.config.previewSecret,
    }).toEqual(DEMO_SECRETS);
  });
});
