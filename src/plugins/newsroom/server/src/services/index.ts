import { factories } from '@strapi/strapi';
import editorial from './editorial';
import importer from './importer';
import pageCache from './page-cache';
import pages from './pages';
import previewLinks from './preview-links';
import previewPages from './preview-pages';

export default {
  meeting: factories.createCoreService('plugin::newsroom.meeting'),
  achievement: factories.createCoreService('plugin::newsroom.achievement'),
  'street-case': factories.createCoreService('plugin::newsroom.street-case'),
  speaker: factories.createCoreService('plugin::newsroom.speaker'),
  editorial,
  importer,
  pages,
  'page-cache': pageCache,
  'preview-links': previewLinks,
  'preview-pages': previewPages,
};
