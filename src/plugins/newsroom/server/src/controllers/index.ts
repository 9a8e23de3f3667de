import { KINDS } from '../kinds';
import { PAGE_LISTS, listName } from '../services/pages/page-lists';
import drafts from './drafts';
import editorialCheck from './editorial-check';
import feeds from './feeds';
import history from './history';
import importController from './import';
import { pageController } from './page-controller';
import { pageListController } from './page-list';
import pipeline from './pipeline';
import preview from './preview';
import schedule from './schedule';
import { scheduleApiController } from './schedule-api';

export default {
  // The core controller of every kind plus its page (`bySlug`), under its singular name.
  ...Object.fromEntries(KINDS.map((kind) => [kind.name, pageController(kind)])),
  // Its schedule over the content API (controllers/schedule-api.ts): `<name>-schedule`.
  ...Object.fromEntries(KINDS.map((kind) => [`${kind.name}-schedule`, scheduleApiController(kind)])),
  // The lists a page embeds the start of, paged (controllers/page-list.ts): `speaker-speeches`, `meeting-achievements`, …
  ...Object.fromEntries(PAGE_LISTS.map((list) => [listName(list), pageListController(list)])),
  drafts,
  'editorial-check': editorialCheck,
  feeds,
  history,
  import: importController,
  pipeline,
  preview,
  schedule,
};
