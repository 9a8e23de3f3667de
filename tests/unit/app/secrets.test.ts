import { assertProductionSecrets, missingSecrets, REQUIRED_SECRETS } from '../../../src/secrets';

const allSet = Object.fromEntries(REQUIRED_SECRETS.map((name) => [name, `${name.toLowerCase()}-value`]));

describe('secrets in production', () => {
  it('names every secret left unset or blank', () => {
    expect(missingSecrets({ ...allSet, API_TOKEN_SALT: '', JWT_SECRET: '  ', APP_KEYS: undefined })).toEqual(['APP_KEYS', 'API_TOKEN_SALT', 'JWT_SECRET']);
    expect(missingSecrets(allSet)).toEqual([]);
  });

  it('refuses a production start with any demo secret, naming all that are missing', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'production' })).toThrow(
      'set APP_KEYS, ADMIN_JWT_SECRET, API_TOKEN_SALT, TRANSFER_TOKEN_SALT, ENCRYPTION_KEY, JWT_SECRET'
    );
    expect(() => assertProductionSecrets({ ...allSet, NODE_ENV: 'production', ENCRYPTION_KEY: '' })).toThrow('set ENCRYPTION_KEY (');
  });

  it('lets production start with every secret set, and the demo and tests start with none', () => {
    expect(() => assertProductionSecrets({ ...allSet, NODE_ENV: 'production' })).not.toThrow();
    expect(() => assertProductionSecrets({ NODE_ENV: 'development' })).not.toThrow();
    expect(() => assertProductionSecrets({ NODE_ENV: 'test' })).not.toThrow();
  });
});
