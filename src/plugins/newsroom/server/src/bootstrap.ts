import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from './config';
import { ensurePageTables } from './services/pages/tables';
import { ensurePageVersionsTable } from './services/pages/versions';
import { ensureJobsTable, startWorkers } from './services/outbox';
import { subscribeLocaleDeletes } from './services/pages/locale-deletes';
import { subscribeMediaChanges } from './services/pages/media-changes';
import { ensureClaimsTable } from './services/slugs/claims-table';
import { ensureImportsTable } from './services/importer/import-records';
import { ensureSlugIndexes } from './services/slugs/slug-indexes';
import { indexComponentTables } from './strapi/component-table-indexes';
import { openSqliteReader } from './strapi/sqlite-reader';
import { readPublicPermissionsAside } from './strapi/public-permissions-reader';
import { turnBetweenQueries } from './strapi/sqlite-turns';
import { ensureSpeakerNameIndex } from './services/importer/speaker-name-index';
import { configureLayouts } from './kinds/layouts/configure-layouts';
import { ensureHistoryTable } from './services/history/table';
import { ensureScheduleSeenTable } from './services/schedule/refusals';
import { subscribeLocaleDeleteHistory } from './services/history/locale-deletes';
import { ensurePublicationDatesTable } from './services/pages/publication-dates';
import { toSlug } from './editorial';

interface LocalesService {
  find(params?: Record<string, unknown>): Promise<Array<{ code: string }>>;
  create(locale: { code: string; name: string }): Promise<unknown>;
  getDefaultLocale(): Promise<string>;
  setDefaultLocale(locale: { code: string }): Promise<void>;
}

/**
 * The content is written in zh-Hans first and en second; make sure both
 * locales exist. The default locale is set only when the plugin creates it,
 * so an administrator's later choice survives restarts.
 */
const bootstrap = async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  await ensureClaimsTable(strapi);
  await ensureImportsTable(strapi);
  await ensurePageTables(strapi);
  await ensureJobsTable(strapi);
  await ensurePageVersionsTable(strapi);
  await ensurePublicationDatesTable(strapi);
  await ensureHistoryTable(strapi);
  await ensureScheduleSeenTable(strapi);
  // Writes around the Document Service that change pages: i18n's locale delete, the upload plugin's file writes.
  subscribeLocaleDeletes(strapi);
  subscribeLocaleDeleteHistory(strapi);
  subscribeMediaChanges(strapi);
  await ensureSlugIndexes(strapi);
  await ensureSpeakerNameIndex(strapi);
  await indexComponentTables(strapi);
  if ((await openSqliteReader(strapi)) === undefined) turnBetweenQueries(strapi);
  readPublicPermissionsAside(strapi);
  const config = strapi.config.get<NewsroomConfig>('plugin::newsroom');
  const locales = strapi.plugin('i18n').service<LocalesService>('locales');
  const existing = new Set((await locales.find()).map((locale) => locale.code));
  const created = new Set<string>();
  for (const locale of config.locales) {
    if (existing.has(locale.code)) continue;
    await locales.create(locale);
    created.add(locale.code);
  }
  if (config.defaultLocale && created.has(config.defaultLocale)) {
    await locales.setDefaultLocale({ code: config.defaultLocale });
  }
  await configureLayouts(strapi);
  // pinyin-pro builds its dictionary on its first call (30–40 ms here): at boot, not in the first editor's save.
  toSlug('福田区残联');
  // Last: the workers of the outbox start once everything they use is ready.
  startWorkers(strapi);
};

export default bootstrap;
