/**
 * The plugin's content types, by singular name, as Strapi's plugin loader
 * expects them. This list is where a kind begins: kinds/plain reads it (names,
 * uid, traits, populates) and the registry (kinds/) adds what a schema cannot
 * say. Plain data only: the pure core reads it through kinds/plain.
 */
import achievementSchema from './achievement/schema.json';
import meetingSchema from './meeting/schema.json';
import speakerSchema from './speaker/schema.json';
import streetCaseSchema from './street-case/schema.json';

/** In the order the admin, the routes and the GraphQL schema list them. */
const SCHEMAS = [meetingSchema, achievementSchema, streetCaseSchema, speakerSchema];

export default Object.fromEntries(SCHEMAS.map((schema) => [schema.info.singularName, { schema }]));
