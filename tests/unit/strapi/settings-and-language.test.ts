import config from '../../../src/plugins/newsroom/server/src/config';
import { languageOfRequest, preferredLanguage } from '../../../src/plugins/newsroom/server/src/strapi/request-language';
import { settingsProblems } from '../../../src/plugins/newsroom/server/src/strapi/settings';

describe('plugin settings signOff and creditStyle', () => {
  it('default to either and brackets', () => {
    expect(config.default).toMatchObject({ signOff: 'either', creditStyle: 'brackets' });
  });

  it.each([
    [{ signOff: 'responsible-editor', creditStyle: 'chain' }],
    [{ signOff: 'three-review' }],
    [{ signOff: 'either', creditStyle: 'brackets' }],
    [{}],
  ])('accepts %j', (settings) => {
    expect(settingsProblems(settings)).toEqual([]);
    expect(() => config.validator(settings as never)).not.toThrow();
  });

  it('refuses unknown values at boot, naming the setting and the allowed values', () => {
    expect(() => config.validator({ signOff: 'two-review' } as never)).toThrow(
      'newsroom: signOff must be one of responsible-editor, three-review, either (got "two-review")',
    );
    expect(() => config.validator({ creditStyle: 'Brackets' } as never)).toThrow(
      'newsroom: creditStyle must be one of brackets, chain (got "Brackets")',
    );
    expect(settingsProblems({ signOff: 3, creditStyle: null })).toHaveLength(2);
  });
});

describe('the language of messages', () => {
  it.each([
    ['en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['fr-FR,en;q=0.5,zh;q=0.7', 'zh-CN'],
    ['zh-Hans;q=0.1, en', 'en'],
    ['de-DE', undefined],
    ['en;q=0', undefined],
    ['', undefined],
  ])('Accept-Language %j prefers %s', (header, language) => {
    expect(preferredLanguage(header)).toBe(language);
  });

  it("follows the admin user's interface language whatever the document's locale", () => {
    expect(languageOfRequest('zh-Hans', { admin: true, adminLanguage: 'en' })).toBe('en');
    expect(languageOfRequest('en', { admin: true, adminLanguage: 'zh-Hans', acceptLanguage: 'en' })).toBe('zh-CN');
  });

  it('falls back to the browser language in the admin when the user never chose one, then to the document', () => {
    expect(languageOfRequest('zh-Hans', { admin: true, adminLanguage: null, acceptLanguage: 'en-GB' })).toBe('en');
    expect(languageOfRequest('en', { admin: true, adminLanguage: null })).toBe('en');
    expect(languageOfRequest('zh-Hans', { admin: true, adminLanguage: null })).toBe('zh-CN');
  });

  it("keeps the document's locale on the content API unless Accept-Language says otherwise", () => {
    expect(languageOfRequest('en', { admin: false })).toBe('en');
    expect(languageOfRequest('zh-Hans', { admin: false })).toBe('zh-CN');
    expect(languageOfRequest('en', { admin: false, acceptLanguage: 'zh-CN' })).toBe('zh-CN');
    expect(languageOfRequest('zh-Hans', { admin: false, acceptLanguage: 'en' })).toBe('en');
    // A non-admin request cannot borrow an admin language.
    expect(languageOfRequest('zh-Hans', { admin: false, adminLanguage: 'en' })).toBe('zh-CN');
    expect(languageOfRequest('en', undefined)).toBe('en');
  });
});
