import { ArrowsCounterClockwise, Upload } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { MEETING_UID } from './api';
import { EditorialCheckPanel, type PanelDescription, type PanelProps } from './components/EditorialCheckPanel';
import { HistoryPanel } from './components/HistoryPanel';
import { withRefusalNotifications } from './components/RefusalNotifier';
import { SchedulePanel } from './components/SchedulePanel';
import { PIPELINE_READ } from '../../shared/pipeline-permissions';
import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/getTranslation';
import { roleMessages } from './utils/roleLabels';

type Messages = Record<string, string>;
type TranslationModule = { default: Messages };

/** The plugin's own strings; their ids are prefixed with the plugin id. */
const pluginMessages: Record<string, () => Promise<TranslationModule>> = {
  en: () => import('./translations/en.json'),
  'zh-Hans': () => import('./translations/zh-Hans.json'),
};

/**
 * Field labels and enumeration values of the newsroom's content types, under
 * the content manager's own ids (`content-manager.content-types.<uid>.<field>`,
 * `content-manager.components.<uid>.<field>`, the enumeration value), so the
 * edit and list views show them in the admin's language.
 */
const contentManagerMessages: Record<string, () => Promise<TranslationModule>> = {
  en: () => import('./translations/content-manager.en.json'),
  'zh-Hans': () => import('./translations/content-manager.zh-Hans.json'),
};

const prefixed = (messages: Messages): Messages =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value]));

interface ContentManagerApis {
  addEditViewSidePanel(panels: Array<(props: PanelProps) => PanelDescription | null>): void;
}

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: withRefusalNotifications(Upload),
      intlLabel: { id: getTranslation('menu.import'), defaultMessage: 'Import reports' },
      // Importing creates meetings: the same permission the import route asks for.
      permissions: [{ action: 'plugin::content-manager.explorer.create', subject: MEETING_UID }],
      Component: () => import('./pages/ImportPage'),
    });
    // The publishing pipeline (issue 21): a path of its own, so that only one menu link is marked current.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}-pipeline`,
      icon: withRefusalNotifications(ArrowsCounterClockwise),
      intlLabel: { id: getTranslation('menu.pipeline'), defaultMessage: 'Publishing pipeline' },
      permissions: [{ action: PIPELINE_READ, subject: null }],
      Component: () => import('./pages/PipelinePage'),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager');
    (contentManager.apis as unknown as ContentManagerApis).addEditViewSidePanel([EditorialCheckPanel, SchedulePanel, HistoryPanel]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        const own = pluginMessages[locale];
        const contentManager = contentManagerMessages[locale];
        const data: Messages = {
          ...roleMessages(locale),
          ...(contentManager ? (await contentManager()).default : {}),
          ...(own ? prefixed((await own()).default) : {}),
        };
        return { data, locale };
      })
    );
  },
};
