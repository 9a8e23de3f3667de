import type { Core } from '@strapi/strapi';
import type { EditorialService } from './editorial';
import type { ImporterService } from './importer';
import type { PagesService } from './pages';

/** The plugin's own services by name (services/index.ts), with their types. */
export interface NewsroomServices {
  editorial: EditorialService;
  importer: ImporterService;
  pages: PagesService;
}

/** A service of the plugin, typed: the one place its name is trusted to give its type. */
export const pluginService = <Name extends keyof NewsroomServices>(strapi: Core.Strapi, name: Name): NewsroomServices[Name] =>
  strapi.plugin('newsroom').service<NewsroomServices[Name]>(name);
