import { PLUGIN_ID } from './pluginId';

type TranslationModule = { default: Record<string, string> };

const loaders: Record<string, () => Promise<TranslationModule>> = {
  en: () => import('./translations/en.json'),
  'zh-Hans': () => import('./translations/zh-Hans.json'),
};

const prefixed = (messages: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));

export default {
  register(app: { registerPlugin(plugin: { id: string; name: string }): void }) {
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const load = loaders[locale];
        if (!load) return { data: {}, locale };
        const { default: data } = await load();
        return { data: prefixed(data), locale };
      })
    );
  },
};
