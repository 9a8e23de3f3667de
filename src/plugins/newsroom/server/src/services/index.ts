import { factories } from '@strapi/strapi';
import { KINDS } from '../kinds';
import editorial from './editorial';
import importer from './importer';
import outbox from './outbox/service';
import pages from './pages';
import previewLinks from './preview/links';
import previewPages from './preview/pages';
import roles from './roles';
import schedule from './schedule/service';

export default {
  // The core service of every kind, under its singular name.
  ...Object.fromEntries(KINDS.map((kind) => [kind.name, factories.createCoreService(kind.uid)])),
  editorial,
  importer,
  outbox,
  pages,
  'preview-links': previewLinks,
  'preview-pages': previewPages,
  roles,
  schedule,
};
