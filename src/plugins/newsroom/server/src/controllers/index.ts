import { factories } from '@strapi/strapi';
import editorialCheck from './editorial-check';
import importController from './import';

export default {
  meeting: factories.createCoreController('plugin::newsroom.meeting'),
  achievement: factories.createCoreController('plugin::newsroom.achievement'),
  'street-case': factories.createCoreController('plugin::newsroom.street-case'),
  speaker: factories.createCoreController('plugin::newsroom.speaker'),
  'editorial-check': editorialCheck,
  import: importController,
};
