import type { Core } from '@strapi/strapi';
import { KINDS } from '..';
import { COMPONENT_LAYOUTS } from './components';
import type { ViewSpec } from './view-spec';
import type { PlainObject } from '../../../../shared/documents';

/**
 * The content manager's views of the newsroom's kinds (their `layout` in
 * kinds/index.ts) and of its components (components.ts): field order and
 * sizes, list columns and sort, labels and descriptions, derived editorial
 * fields read-only (see view-spec.ts).
 *
 * Written once per LAYOUTS_VERSION: an administrator's later changes in
 * "Configure the view" survive restarts; raising the version rewrites them.
 * Version 2: every repeatable component has a main field (a speech's is its
 * speaker description), which labels its items in the edit view; an item
 * whose main field is empty is named by the admin (useAccordionNames).
 */
export const LAYOUTS_VERSION = 2;

interface View {
  uid: string;
  isComponent: boolean;
  spec: ViewSpec;
}

const VIEWS: View[] = [
  ...KINDS.flatMap((kind) => (kind.layout ? [{ uid: kind.uid, isComponent: false, spec: kind.layout }] : [])),
  ...Object.entries(COMPONENT_LAYOUTS).map(([uid, spec]) => ({ uid, isComponent: true, spec })),
];

/** What the content manager stores of a model's views (the parts read here). */
interface FieldMetadata {
  edit?: PlainObject;
  list?: PlainObject;
  [key: string]: unknown;
}
interface LayoutField {
  name?: string;
  size?: number;
}
interface Configuration {
  settings?: PlainObject;
  metadatas?: Record<string, FieldMetadata>;
  layouts?: { edit?: LayoutField[][]; list?: string[]; [key: string]: unknown };
}

interface ConfigurationService {
  findConfiguration(model: PlainObject): Promise<Configuration>;
  updateConfiguration(model: PlainObject, configuration: Configuration): Promise<unknown>;
}
interface ContentTypesService extends ConfigurationService {
  findContentType(uid: string): PlainObject | undefined;
}
interface ComponentsService extends ConfigurationService {
  findComponent(uid: string): PlainObject | undefined;
}

/** Fields the edit view can show: what the content manager's stored layout already holds. */
const layoutFieldNames = (edit: LayoutField[][] | undefined): Set<string | undefined> =>
  new Set((edit ?? []).flatMap((row) => row.map((field) => field?.name)));

/**
 * Our rows first (only fields the model still has), then any field the
 * stored layout shows that we do not place (a field added later), in its
 * stored size, so nothing disappears from the edit view.
 */
const editLayout = (spec: ViewSpec, current: LayoutField[][] | undefined): Array<Array<{ name: string; size: number }>> => {
  const known = layoutFieldNames(current);
  const rows = spec.edit
    .map((row) => row.filter(([name]) => known.has(name)).map(([name, size]) => ({ name, size })))
    .filter((row) => row.length > 0);
  const placed = new Set(rows.flat().map((field) => field.name));
  let extra: Array<{ name: string; size: number }> = [];
  for (const row of Array.isArray(current) ? current : []) {
    for (const field of Array.isArray(row) ? row : []) {
      if (!field?.name || placed.has(field.name)) continue;
      const size = Number(field.size) || 6;
      if (extra.reduce((sum, f) => sum + f.size, 0) + size > 12) {
        rows.push(extra);
        extra = [];
      }
      extra.push({ name: field.name, size });
    }
  }
  if (extra.length > 0) rows.push(extra);
  return rows;
};

const metadatas = (spec: ViewSpec, current: Record<string, FieldMetadata> | undefined): Record<string, FieldMetadata> => {
  const next: Record<string, FieldMetadata> = { ...(current ?? {}) };
  for (const [name, text] of Object.entries(spec.fields)) {
    const existing = next[name];
    if (!existing) continue; // the model no longer has this field
    next[name] = {
      ...existing,
      edit: {
        ...existing.edit,
        label: text.label,
        ...(text.description !== undefined ? { description: text.description } : {}),
        ...(text.editable !== undefined ? { editable: text.editable } : {}),
      },
      list: { ...existing.list, label: text.label },
    };
  }
  return next;
};

const STORE_KEY = 'content-manager-layouts';

/** Writes the newsroom's content-manager views when this version of them has not been written yet. */
export const configureLayouts = async (strapi: Core.Strapi, { force = false }: { force?: boolean } = {}): Promise<boolean> => {
  const contentManager = strapi.plugin('content-manager');
  if (!contentManager) return false;
  const store = strapi.store({ type: 'plugin', name: 'newsroom' });
  const written = (await store.get({ key: STORE_KEY })) as { version?: number } | null;
  if (!force && written?.version === LAYOUTS_VERSION) return false;

  // The content manager's services are not typed for other plugins: these are the methods used here.
  const contentTypes = contentManager.service<ContentTypesService>('content-types');
  const components = contentManager.service<ComponentsService>('components');

  for (const { uid, isComponent, spec } of VIEWS) {
    const service: ConfigurationService = isComponent ? components : contentTypes;
    const model = isComponent ? components.findComponent(uid) : contentTypes.findContentType(uid);
    if (!model) continue;
    const current = await service.findConfiguration(model);
    const listable = new Set(Object.keys(current.metadatas ?? {}));
    const list = spec.list?.filter((name) => listable.has(name));
    const settings: PlainObject = { ...current.settings };
    for (const [key, value] of Object.entries(spec.settings ?? {})) {
      if ((key === 'mainField' || key === 'defaultSortBy') && !listable.has(value)) continue;
      settings[key] = value;
    }
    await service.updateConfiguration(model, {
      settings,
      metadatas: metadatas(spec, current.metadatas),
      layouts: {
        ...current.layouts,
        edit: editLayout(spec, current.layouts?.edit),
        ...(list && list.length > 0 ? { list } : {}),
      },
    });
  }
  await store.set({ key: STORE_KEY, value: { version: LAYOUTS_VERSION } });
  return true;
};

export default configureLayouts;
