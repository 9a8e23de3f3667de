import editorialCheck from './editorial-check';
import importController from './import';
import { pageController } from './page-controller';
import preview from './preview';

export default {
  meeting: pageController('meeting'),
  achievement: pageController('achievement'),
  'street-case': pageController('street-case'),
  speaker: pageController('speaker'),
  'editorial-check': editorialCheck,
  import: importController,
  preview,
};
