import { KINDS } from '../kinds';

/** Every kind of the registry, by its singular name. */
export default Object.fromEntries(KINDS.map((kind) => [kind.name, { schema: kind.schema }]));
