import type { Core } from '@strapi/strapi';

/**
 * A publish that keeps the published row, for the kinds where that changes
 * nothing but speed.
 *
 * Strapi 5's publish deletes a document's published row and creates a new
 * one from the draft (`@strapi/core` document-service `entries.publish`).
 * Every one-way link to the document then has to move to the new row: a
 * speaker named in the speeches of 3,000 meetings paid for 3,000 link rows
 * on every rename, inside the editor's write (two UPDATEs of them with the
 * in-place moves of one-way-links.ts). Here, when a published row of that
 * locale exists, the publish updates it from the draft instead:
 * - the old row's components are deleted, as Strapi's delete would;
 * - the draft is transformed exactly as Strapi's publish transforms it,
 *   validated (as an update of the kept row, so that a unique field does not
 *   clash with the row itself), its components created, and written over
 *   the kept row (its relations and media replaced by the draft's);
 * - the one-way links to it stay where they are (one-way-links.ts moves
 *   nothing for a row that stays).
 *
 * It applies to a draft-and-publish kind that no relation reaches in both
 * directions and that has no relation to itself (Strapi's bidirectional and
 * self-referential syncs assume a new row); every other kind keeps Strapi's
 * publish. Discard keeps Strapi's way too.
 *
 * How the two pieces meet: `one-way-links.load` runs first in Strapi's
 * publish and announces, per old published row, that it is kept for the
 * draft of its locale; Strapi's publish then calls `entries.delete` on that
 * row and `entries.publish` on the draft, which this wraps. Announcements
 * belong to the publish's transaction (a WeakMap on it), so one rolled back
 * leaves nothing behind.
 */

type Row = Record<string, unknown>;
type Id = number | string;
type Trx = object;

interface EntriesService {
  create(params: Row): Promise<Row>;
  delete(id: Id, query?: Row): Promise<unknown>;
  update(entry: Row, params?: Row): Promise<Row>;
  publish(entry: Row, params?: Row): Promise<Row>;
  discardDraft(entry: Row, params?: Row): Promise<Row>;
}
type CreateEntriesService = (uid: string, validator: EntityValidator) => EntriesService;
interface EntityValidator {
  validateEntityUpdate(contentType: unknown, data: Row, options: Row, entity: Row): Promise<Row>;
}

/** The `@strapi/core` document-service functions the kept-row publish is made of (see publish-relinks.ts for how they are found). */
export interface PublishModules {
  entries: { createEntriesService: CreateEntriesService };
  components: {
    getComponents(uid: string, entity: { id: Id }): Promise<Row>;
    deleteComponents(uid: string, entity: Row, options: { loadComponents: boolean }): Promise<void>;
    createComponents(uid: string, data: Row): Promise<Row>;
    assignComponentData(contentType: unknown, componentData: Row, data: Row): Row;
  };
  data: {
    clearTransformDataRequestCache(): void;
    transformData(data: Row, options: Row): Promise<Row>;
  };
  idTransform: { transformParamsDocumentId: (uid: string, params: Row) => Promise<Row> };
  query: { transformParamsToQuery: (uid: string, params: Row) => Row };
  params: { pickSelectionParams: (params: Row) => Row };
  attributes: { applyTransforms: (contentType: unknown, data: Row) => Row };
}

interface Schema {
  uid: string;
  options?: { draftAndPublish?: boolean };
}
interface DbAttribute {
  type: string;
  target?: string;
  inversedBy?: string;
  mappedBy?: string;
  unstable_virtual?: boolean;
}

/** Whether a kind's schema lets its publish keep the published row (see above). */
const schemaKeepsRow = (strapi: Core.Strapi, uid: string): boolean => {
  const contentType = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as Schema | undefined;
  if (!contentType?.options?.draftAndPublish) return false;
  for (const model of [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)] as Schema[]) {
    for (const attribute of Object.values(strapi.db.metadata.get(model.uid).attributes) as DbAttribute[]) {
      // i18n's `localizations` is virtual: a view by document id, no link rows.
      if (attribute.type !== 'relation' || attribute.unstable_virtual) continue;
      const reachesIt = attribute.target === uid;
      const fromIt = model.uid === uid;
      if ((reachesIt || fromIt) && (attribute.inversedBy || attribute.mappedBy)) return false;
      if (reachesIt && fromIt) return false;
    }
  }
  return true;
};

/** Per app: whether the kept-row publish is installed (keepPublishedRows), and each kind's answer, worked out once. */
const keeping = new WeakMap<Core.Strapi, Map<string, boolean>>();

/**
 * Whether a publish of this kind keeps its published row: the kept-row publish is installed and the schema allows
 * it. The link moves (one-way-links.ts) leave the links of a kept row alone only when this says so.
 */
export const keepsPublishedRow = (strapi: Core.Strapi, uid: string): boolean => {
  const kinds = keeping.get(strapi);
  if (!kinds) return false;
  let answer = kinds.get(uid);
  if (answer === undefined) kinds.set(uid, (answer = schemaKeepsRow(strapi, uid)));
  return answer;
};

/** Per transaction: old published row id → the draft (document and locale) it is kept for, and the reverse once deleted. */
const announced = new WeakMap<Trx, { byRow: Map<string, string>; kept: Map<string, Id> }>();
const key = (uid: string, documentId: unknown, locale: unknown) => `${uid}\u0000${String(documentId)}\u0000${String(locale ?? '')}`;
const currentTrx = (strapi: Core.Strapi): Promise<Trx | undefined> =>
  strapi.db.inTransaction() ? strapi.db.transaction(({ trx }: { trx: Trx }) => Promise.resolve(trx)) : Promise.resolve(undefined);

/** Called by one-way-links.load inside Strapi's publish: these old published rows are kept for the drafts of their locale. */
export const announceKeptRows = (trx: Trx, uid: string, kept: Array<{ oldId: Id; documentId: unknown; locale: unknown }>): void => {
  let entry = announced.get(trx);
  if (!entry) announced.set(trx, (entry = { byRow: new Map(), kept: new Map() }));
  for (const { oldId, documentId, locale } of kept) entry.byRow.set(`${uid}\u0000${String(oldId)}`, key(uid, documentId, locale));
};

/** Wraps Strapi's entries service factory so that, for kinds that keep their row, an announced delete keeps the row and the publish updates it. */
export const keepPublishedRows = (strapi: Core.Strapi, modules: PublishModules): void => {
  const { entries, components, data, idTransform, query, params, attributes } = modules;
  const original = entries.createEntriesService;
  keeping.set(strapi, new Map());
  entries.createEntriesService = (uid, validator) => {
    const service = original(uid, validator);
    if (!keepsPublishedRow(strapi, uid)) return service;
    const contentType = strapi.contentType(uid as Parameters<typeof strapi.contentType>[0]);

    /**
     * Strapi's createEntry, writing over the kept row: validated as an update of it (a unique field's check
     * leaves out the row itself), no check for a duplicate (it is the same row).
     */
    const writeOver = async (keptId: Id, publishParams: Row): Promise<Row> => {
      const { data: input, ...rest } = await idTransform.transformParamsDocumentId(uid, publishParams);
      const selection = query.transformParamsToQuery(uid, params.pickSelectionParams(rest));
      const valid = await validator.validateEntityUpdate(
        contentType,
        input as Row,
        { isDraft: false, locale: publishParams.locale, strictRelations: strapi.config.get('api.documents.strictRelations', undefined) === true },
        { id: keptId, documentId: (input as Row).documentId, locale: (input as Row).locale, publishedAt: (input as Row).publishedAt }
      );
      const componentData = await components.createComponents(uid, valid);
      const entryData = attributes.applyTransforms(contentType, components.assignComponentData(contentType, componentData, valid));
      const keptQuery = strapi.db.query(uid);
      return keptQuery.update({ ...selection, where: { id: keptId }, data: entryData });
    };

    return {
      ...service,
      async delete(id, deleteQuery) {
        const trx = await currentTrx(strapi);
        const entry = trx && announced.get(trx);
        const draftKey = entry?.byRow.get(`${uid}\u0000${String(id)}`);
        if (!entry || !draftKey) return service.delete(id, deleteQuery);
        entry.byRow.delete(`${uid}\u0000${String(id)}`);
        // As Strapi's delete, but the row stays: its components go (the publish makes new ones from the draft).
        const owned = await components.getComponents(uid, { id });
        await components.deleteComponents(uid, owned, { loadComponents: false });
        entry.kept.set(draftKey, id);
        return { id };
      },
      async publish(draft, publishParams = {}) {
        const trx = await currentTrx(strapi);
        const entry = trx && announced.get(trx);
        const draftKey = key(uid, draft.documentId, draft.locale);
        const keptId = entry?.kept.get(draftKey);
        if (!entry || keptId === undefined) return service.publish(draft, publishParams);
        entry.kept.delete(draftKey);
        // Strapi's publishEntry: the draft without its id, published now, transformed for a published entry.
        data.clearTransformDataRequestCache();
        const { id: _draftId, ...rest } = draft;
        const transformed = await data.transformData(
          { ...rest, publishedAt: new Date() },
          { uid, locale: draft.locale, status: 'published', allowMissingId: true, useRequestCache: false }
        );
        return writeOver(keptId, { ...publishParams, data: transformed, locale: transformed.locale, status: 'published' });
      },
    };
  };
};
