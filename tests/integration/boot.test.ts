import { startTestApp, type TestApp } from './helpers/strapi';

describe('the newsroom plugin in a real Strapi', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('is loaded with its four content types and six components', () => {
    expect(app.strapi.plugin('newsroom')).toBeDefined();
    for (const type of ['meeting', 'achievement', 'street-case', 'speaker']) {
      expect(app.strapi.contentType(`plugin::newsroom.${type}` as never)).toBeDefined();
    }
    for (const component of ['editorial', 'credit', 'speech', 'adopted-document', 'metric', 'position']) {
      expect(app.strapi.components[`newsroom.${component}` as never]).toBeDefined();
    }
  });
});
