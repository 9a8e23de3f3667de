import { KINDS } from '../kinds';
import drafts from './drafts';
import editorialCheck from './editorial-check';
import feeds from './feeds';
import history from './history';
import importController from './import';
import { pageController } from './page-controller';
import pipeline from './pipeline';
import preview from './preview';
import speakerSpeeches from './speaker-speeches';

export default {
  // The core controller of every kind plus its page (`bySlug`), under its singular name.
  ...Object.fromEntries(KINDS.map((kind) => [kind.name, pageController(kind)])),
  drafts,
  'editorial-check': editorialCheck,
  feeds,
  history,
  import: importController,
  pipeline,
  preview,
  'speaker-speeches': speakerSpeeches,
};
