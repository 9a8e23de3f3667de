import type { IntlShape } from 'react-intl';
import type { FieldPath } from '../api';
import { getTranslation } from './getTranslation';

/** What the panel needs of the content manager's edit layout. */
export interface LayoutField {
  name: string;
  label: string;
  attribute: { type: string; component?: string };
}

export interface EditLayoutLike {
  layout: LayoutField[][][];
  components: Record<string, { layout: LayoutField[][] } | undefined>;
}

const isIndex = (segment: string | number): boolean => typeof segment === 'number' || /^\d+$/.test(segment);

/**
 * The labels the edit view shows along a path, translated as the content
 * manager translates them: `['editorial', 'credits', 1, 'name']` →
 * ["编辑信息", "署名", "第 2 项", "姓名"].
 */
export const pathLabels = (
  path: FieldPath,
  model: string,
  layout: EditLayoutLike | undefined,
  formatMessage: IntlShape['formatMessage']
): string[] => {
  let fields: LayoutField[] = layout ? layout.layout.flat(2) : [];
  let owner = model;
  let inComponent = false;
  return path.map((segment) => {
    if (isIndex(segment)) {
      return formatMessage({ id: getTranslation('panel.field.item'), defaultMessage: 'item {number}' }, { number: Number(segment) + 1 });
    }
    const name = String(segment);
    const field = fields.find((candidate) => candidate.name === name);
    const label = formatMessage({
      id: inComponent ? `content-manager.components.${owner}.${name}` : `content-manager.content-types.${owner}.${name}`,
      defaultMessage: field?.label || name,
    });
    const component = field?.attribute.type === 'component' ? field.attribute.component : undefined;
    if (component) {
      owner = component;
      inComponent = true;
      fields = layout?.components[component]?.layout.flat() ?? [];
    } else {
      fields = [];
    }
    return label;
  });
};

/** The label of the last named segment of a path prefix, for finding the field on the page. */
export const labelForPrefix = (
  prefix: FieldPath,
  model: string,
  layout: EditLayoutLike | undefined,
  formatMessage: IntlShape['formatMessage']
): string | undefined => {
  const last = prefix[prefix.length - 1];
  if (last === undefined || isIndex(last)) return undefined;
  const labels = pathLabels(prefix, model, layout, formatMessage);
  return labels[labels.length - 1];
};
