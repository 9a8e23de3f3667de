/**
 * The plugin's own components (category `newsroom`). Strapi loads components
 * only from the host app's src/components, so the plugin registers these in
 * its register() in the shape Strapi's component loader produces. Dropped
 * into another app, the plugin then brings everything its types use.
 */
import adoptedDocument from './adopted-document.json';
import correction from './correction.json';
import credit from './credit.json';
import editorial from './editorial.json';
import metric from './metric.json';
import position from './position.json';
import speech from './speech.json';
import type { ComponentSchema } from '../kinds/schema-types';

export const COMPONENT_CATEGORY = 'newsroom';

/** The component schemas by name (`editorial` for the uid `newsroom.editorial`). */
export const COMPONENT_SCHEMAS: Readonly<Record<string, ComponentSchema>> = {
  'adopted-document': adoptedDocument,
  correction,
  credit,
  editorial,
  metric,
  position,
  speech,
};

/** `newsroom.speech` → `speech`. */
export const componentName = (uid: string): string => uid.replace(`${COMPONENT_CATEGORY}.`, '');

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
