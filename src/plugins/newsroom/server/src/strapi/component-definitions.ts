/**
 * The plugin's own components, registered in its register(). Strapi loads
 * components only from the host app's src/components, so the plugin hands
 * them over in the shape Strapi's component loader produces. Dropped into
 * another app, the plugin then brings everything its types use.
 */
import { COMPONENT_CATEGORY, COMPONENT_SCHEMAS } from '../kinds/plain/components';

export interface ComponentDefinition {
  uid: string;
  category: string;
  modelType: 'component';
  modelName: string;
  globalId: string;
  collectionName: string;
  info: Record<string, unknown>;
  options: Record<string, unknown>;
  attributes: Record<string, unknown>;
  __schema__: Record<string, unknown>;
}

/** `adopted-document` → `ComponentNewsroomAdoptedDocument`, as Strapi's loader names it. */
const globalIdFor = (name: string): string =>
  ['component', COMPONENT_CATEGORY, ...name.split('-')]
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');

export const componentDefinitions = (): Record<string, ComponentDefinition> =>
  Object.fromEntries(
    Object.entries(COMPONENT_SCHEMAS).map(([name, schema]) => {
      const uid = `${COMPONENT_CATEGORY}.${name}`;
      // Each call returns fresh objects: Strapi mutates what it is given.
      const copy = JSON.parse(JSON.stringify(schema)) as Omit<ComponentDefinition, 'uid' | 'category' | 'modelType' | 'modelName' | 'globalId' | '__schema__'>;
      return [
        uid,
        {
          ...copy,
          __schema__: JSON.parse(JSON.stringify(schema)) as Record<string, unknown>,
          uid,
          category: COMPONENT_CATEGORY,
          modelType: 'component' as const,
          modelName: name,
          globalId: globalIdFor(name),
        },
      ];
    })
  );
