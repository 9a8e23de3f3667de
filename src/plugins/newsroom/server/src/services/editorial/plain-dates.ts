import type { Core, UID } from '@strapi/strapi';
import type { PlainObject } from '../../../../shared/documents';

/**
 * GraphQL's Date and DateTime scalars hand resolvers JavaScript Dates; the
 * core reads dates as the strings REST and the admin send (`2023-04-28`,
 * ISO 8601 datetimes). This turns the Dates in write data back into those
 * strings, following the schema through components.
 */
export const datesToStrings = (strapi: Core.Strapi, uid: UID.Schema, data: PlainObject): PlainObject => {
  const model = strapi.getModel(uid) as { attributes: Record<string, { type: string; component?: UID.Component }> } | undefined;
  if (!model) return data;
  const out: PlainObject = { ...data };
  for (const [key, value] of Object.entries(data)) {
    const attribute = model.attributes[key];
    if (!attribute) continue;
    if (value instanceof Date) {
      out[key] = attribute.type === 'date' ? value.toISOString().slice(0, 10) : value.toISOString();
    } else if (attribute.type === 'component' && attribute.component && value && typeof value === 'object') {
      const component = attribute.component;
      out[key] = Array.isArray(value)
        ? value.map((item) => (item && typeof item === 'object' ? datesToStrings(strapi, component, item as PlainObject) : item))
        : datesToStrings(strapi, component, value as PlainObject);
    }
  }
  return out;
};
