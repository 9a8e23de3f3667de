/**
 * The plugin's content types, by singular name, as Strapi's plugin loader
 * expects them. This list is where a kind begins: kinds/plain reads it (names,
 * uid, traits, populates) and the registry (kinds/) adds what a schema cannot
 * say. Plain data only: the pure core reads it through kinds/plain.
 *
 * An entry is a kind's schema and, for a kind whose page and preview come
 * from its fields alone, what they say beyond them: its schema.org type and
 * which fields give that type's properties (`jsonLd`), and its words (a
 * words.json beside its schema: its name and its fields' labels in zh-Hans
 * and en, shown on its preview page). The four kinds below have their own
 * page builders in the registry (kinds/index.ts) instead.
 */
import type { KindEntry } from './entry-types';
import achievementSchema from './achievement/schema.json';
import meetingSchema from './meeting/schema.json';
import speakerSchema from './speaker/schema.json';
import streetCaseSchema from './street-case/schema.json';

/** In the order the admin, the routes and the GraphQL schema list them. */
export const KIND_ENTRIES: ReadonlyArray<KindEntry> = [
  { schema: meetingSchema },
  { schema: achievementSchema },
  { schema: streetCaseSchema },
  { schema: speakerSchema },
];

export default Object.fromEntries(KIND_ENTRIES.map(({ schema }) => [schema.info.singularName, { schema }]));
