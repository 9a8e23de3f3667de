/**
 * The plugin's own components (category `newsroom`), as their schemas in
 * components/*.json describe them: plain data the kinds' traits, the rules'
 * field table and the component registration (strapi/component-definitions.ts)
 * read.
 */
import adoptedDocument from '../../components/adopted-document.json';
import credit from '../../components/credit.json';
import editorial from '../../components/editorial.json';
import metric from '../../components/metric.json';
import position from '../../components/position.json';
import speech from '../../components/speech.json';
import type { ComponentSchema } from './schema-types';

export const COMPONENT_CATEGORY = 'newsroom';

/** The component schemas by name (`editorial` for the uid `newsroom.editorial`). */
export const COMPONENT_SCHEMAS: Readonly<Record<string, ComponentSchema>> = {
  'adopted-document': adoptedDocument,
  credit,
  editorial,
  metric,
  position,
  speech,
};

/** `newsroom.speech` → `speech`. */
export const componentName = (uid: string): string => uid.replace(`${COMPONENT_CATEGORY}.`, '');

