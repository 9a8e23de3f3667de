import achievement from './achievement/schema.json';
import meeting from './meeting/schema.json';
import speaker from './speaker/schema.json';
import streetCase from './street-case/schema.json';

export default {
  meeting: { schema: meeting },
  achievement: { schema: achievement },
  'street-case': { schema: streetCase },
  speaker: { schema: speaker },
};
