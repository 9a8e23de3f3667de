import { KINDS } from '../kinds';
import drafts from './drafts';
import editorialCheck from './editorial-check';
import feeds from './feeds';
import history from './history';
import importController from './import';
import { pageController } from './page-controller';
import pipeline from './pipeline';
import preview from './preview';
import schedule from './schedule';
import { scheduleApiController } from './schedule-api';
import speakerSpeeches from './speaker-speeches';

export default {
  // The core controller of every kind plus its page (`bySlug`), under its singular name.
  ...Object.fromEntries(KINDS.map((kind) => [kind.name, pageController(kind)])),
  // Its schedule over the content API (controllers/schedule-api.ts): `<name>-schedule`.
  ...Object.fromEntries(KINDS.map((kind) => [`${kind.name}-schedule`, scheduleApiController(kind)])),
  drafts,
  'editorial-check': editorialCheck,
  feeds,
  history,
  import: importController,
  pipeline,
  preview,
  schedule,
  'speaker-speeches': speakerSpeeches,
};
