import type { Core } from '@strapi/strapi';
import { announceKeptRows, keepsPublishedRow } from './publish-in-place';
import {
  chunks,
  contentTypeParents,
  linksToCopy,
  park,
  type Attribute,
  type ComponentTableNames,
  type Id,
  type JoinTable,
  type LinkContext,
  type LinkUpdate,
  type LoadOptions,
  type Schema,
  type Version,
} from './one-way-link-queries';

export { contentTypeParents, type ComponentTableNames, type LinkUpdate };

/**
 * How a publish (or a discard) carries the one-way links that point at a
 * document onto its new row, in place of `@strapi/core`'s
 * `document-service/utils/unidirectional-relations` (`load` and `sync`).
 *
 * Strapi 5 gives a published document a new row on every publish. Strapi's
 * own `load` reads every link row that points at the old row (a speaker named
 * in the speeches of 3,000 meetings: 3,000 rows, whole), the delete of the
 * old row drops them (the join tables' foreign keys cascade), and `sync`
 * inserts them again, built one by one in JavaScript. So the editor's write,
 * and the event loop every reader shares, grew with the archive.
 *
 * When the publish keeps the published row (publish-in-place.ts), `load`
 * says so and the links to that row are not touched at all. Otherwise the
 * links stay where they are and only their target changes:
 * - `load` parks them, before the old row is deleted, on the version that
 *   stays through the operation (the draft being published; on discard, the
 *   published row), one UPDATE by id, and notes their ids;
 * - `sync` points those ids at the new row, one UPDATE.
 * That is done for the links of a draft-and-publish content type and of a
 * component held only by such types (`movesInPlace`), whose versions link
 * the target's versions of the same status. A link whose source already
 * links the version it would be parked on (a join table holds a pair once)
 * is carried Strapi's way: read, dropped, inserted again; so are the links
 * of any other model, and any link when the operation has no version of
 * that locale to park on.
 *
 * Links Strapi copies rather than moves (from a source without draft and
 * publish, such as a component, to the version being published, when that
 * source has no link to the old one yet) are found as Strapi finds them, but
 * the test "does the component belong to a draft-and-publish document" runs
 * in SQL (an anti-join on the parents' `_cmps` tables, indexed by
 * `indexComponentTables`) when every parent of the component is a content
 * type; a component nested in a component goes through the row filter
 * Strapi's publish hands in (`publish-relinks.ts`).
 *
 * The end state is Strapi's, link for link, and the link rows keep their ids
 * and order columns (tests/integration/publish-relinks.test.ts runs the same
 * edits under both and compares).
 */

/**
 * Whether the links a model holds are moved in place: its versions link the
 * target's versions of the same status, so a link never clashes with one to
 * the version it is parked on. That holds for a draft-and-publish content
 * type, and for a component every type holding it is one of (its draft
 * parents' copies link drafts, its published parents' copies link published
 * rows). Any other model's links go Strapi's way.
 */
const movesInPlace = (strapi: Core.Strapi, model: Schema): boolean => {
  if (model.modelType !== 'component') return Boolean(model.options?.draftAndPublish);
  const parents = contentTypeParents(strapi, model.uid);
  return parents !== undefined && parents.length > 0 && parents.every((parent) => parent.options?.draftAndPublish);
};

interface OneWayRelation {
  model: Schema;
  joinTable: JoinTable;
  toOne: boolean;
  /** Its links move in place (movesInPlace). */
  inPlace: boolean;
  /** For a component: the content types holding it (contentTypeParents); undefined when a component holds it too. */
  parents: Schema[] | undefined;
}

/** Every one-way relation (a join table, no inverse side) that points at `uid`, with the model holding it. */
const oneWayRelationsTo = (strapi: Core.Strapi, uid: string): OneWayRelation[] => {
  const found: OneWayRelation[] = [];
  for (const model of [...Object.values(strapi.contentTypes), ...Object.values(strapi.components)] as Schema[]) {
    const attributes = Object.values(strapi.db.metadata.get(model.uid).attributes) as Attribute[];
    for (const attribute of attributes) {
      if (attribute.type !== 'relation' || attribute.target !== uid || attribute.inversedBy || attribute.mappedBy) continue;
      if (!attribute.joinTable) continue;
      found.push({
        model,
        joinTable: attribute.joinTable,
        toOne: attribute.relation === 'oneToOne' || attribute.relation === 'manyToOne',
        inPlace: movesInPlace(strapi, model),
        parents: model.modelType === 'component' ? contentTypeParents(strapi, model.uid) : [],
      });
    }
  }
  return found;
};

export const createOneWayLinks = (strapi: Core.Strapi, names: ComponentTableNames) => {
  // The schema does not change while the app runs: each target's relations are found once, not on every publish.
  const relations = new Map<string, OneWayRelation[]>();
  const relationsTo = (uid: string): OneWayRelation[] => {
    let found = relations.get(uid);
    if (!found) relations.set(uid, (found = oneWayRelationsTo(strapi, uid)));
    return found;
  };
  const ctx: LinkContext = {
    strapi,
    names,
    id: strapi.db.metadata.identifiers.ID_COLUMN,
    table: (name, trx) => strapi.db.getConnection(name).transacting(trx),
  };

  const load = async (uid: string, { oldVersions, newVersions }: { oldVersions: Version[]; newVersions: Version[] }, options: LoadOptions = {}): Promise<LinkUpdate[]> => {
    const updates: LinkUpdate[] = [];
    const oldIds = oldVersions.map((version) => version.id);
    const newIds = newVersions.map((version) => version.id);
    const byLocale = new Map(newVersions.map((version) => [version.locale ?? null, version]));
    // A publish of a kind that keeps its published row (publish-in-place.ts): the links to a kept row stay where they are.
    const publishing = newVersions.length > 0 && newVersions.every((version) => !version.publishedAt);
    const kept = new Set<Id>(publishing && keepsPublishedRow(strapi, uid) ? oldVersions.filter((old) => byLocale.has(old.locale ?? null)).map((old) => old.id) : []);
    await strapi.db.transaction(async ({ trx }) => {
      if (kept.size > 0) {
        announceKeptRows(
          trx,
          uid,
          oldVersions.filter((old) => kept.has(old.id)).map((old) => ({ oldId: old.id, documentId: byLocale.get(old.locale ?? null)?.documentId, locale: old.locale }))
        );
      }
      for (const { model, joinTable, toOne, inPlace, parents } of relationsTo(uid)) {
        // Copies first: once parked, the moved links point at a new version too.
        if (!model.options?.draftAndPublish && newIds.length > 0) {
          const copies = await linksToCopy(ctx, { model, parents }, joinTable, oldIds, newIds, options, trx);
          if (copies.length > 0) updates.push({ joinTable, relations: copies });
        }
        for (const old of oldVersions.filter((version) => !kept.has(version.id))) updates.push(...(await park(ctx, joinTable, { toOne, inPlace }, old, byLocale.get(old.locale ?? null), model.uid === uid ? { oldIds } : undefined, trx)));
      }
    });
    return updates;
  };

  const sync = async (oldEntries: Version[], newEntries: Version[], updates: LinkUpdate[]): Promise<void> => {
    // As Strapi: each old version (and each version that stayed) maps to the new one of its locale.
    const newByLocale = new Map(newEntries.map((entry) => [entry.locale ?? null, entry.id]));
    const newIdOf = new Map<string, Id | undefined>(oldEntries.map((entry) => [String(entry.id), newByLocale.get(entry.locale ?? null)]));
    await strapi.db.transaction(async ({ trx }) => {
      for (const update of updates) {
        const target = update.joinTable.inverseJoinColumn.name;
        if ('relations' in update) {
          const rows = update.relations.map((relation) => ({ ...relation, [target]: newIdOf.get(String(relation[target])) }));
          await trx.batchInsert(update.joinTable.name, rows, strapi.db.dialect.getBatchInsertSize());
          continue;
        }
        const newId = newIdOf.get(String(update.parkedOn));
        for (const chunk of chunks(update.ids)) {
          const links = ctx.table(update.joinTable.name, trx).whereIn(ctx.id, chunk);
          // No new version of that locale: the links go, as the old version's cascade would have taken them.
          await (newId === undefined ? links.delete() : links.update({ [target]: newId }));
        }
      }
    });
  };

  return { load, sync };
};
