import type { Core } from '@strapi/strapi';
import { KINDS } from '../../kinds';
import { enqueuePurge } from './jobs';
import { rebuildDocumentPages } from './rebuild';

const FILE_UID = 'plugin::upload.file';

/** What the query engine's lifecycle events carry (@strapi/database's Event), as far as read here. */
interface FileEvent {
  params: { where?: unknown };
  result?: unknown;
  state: Record<string, unknown>;
}

const idIn = (value: unknown): unknown => (value && typeof value === 'object' ? (value as { id?: unknown }).id : undefined);
const documentIdsIn = (value: unknown): string[] => (Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);

/** The documents whose single image (a meeting's cover, a speaker's photo) is one of these files, any locale, draft or published. */
const documentsShowing = async (strapi: Core.Strapi, fileIds: readonly unknown[]): Promise<string[]> => {
  const files = fileIds.filter((id) => typeof id === 'number' || typeof id === 'string');
  if (files.length === 0) return [];
  const ids = new Set<string>();
  for (const kind of KINDS) {
    if (!kind.media) continue;
    const rows = (await strapi.db.query(kind.uid).findMany({
      where: { [kind.media]: { id: { $in: files } } },
      select: ['documentId'],
    })) as Array<{ documentId: string }>;
    for (const row of rows) ids.add(row.documentId);
  }
  return [...ids];
};

/** Rebuilds these documents' pages, in one transaction with the CDN purge's job (services/pages/jobs.ts). */
const rebuild = async (strapi: Core.Strapi, documentIds: readonly string[]): Promise<void> => {
  if (documentIds.length === 0) return;
  await strapi.db.transaction(async () => enqueuePurge(strapi, await rebuildDocumentPages(strapi, documentIds)));
};

/**
 * A media file is written by the upload plugin, around the Document Service,
 * so no write of a newsroom document sees it: replacing a cover's file or
 * editing its alternative text (an update of the file's row) and deleting
 * it change the pages showing it without a newsroom write. The database's
 * own lifecycle events of the file model catch every way in (the media
 * library, its REST routes, a folder's delete — which removes each file
 * of the folder and its subfolders one by one —, a script); the documents
 * using a file are read before a delete takes its relations with it.
 */
export const subscribeMediaChanges = (strapi: Core.Strapi): void => {
  strapi.db.lifecycles.subscribe({
    models: [FILE_UID],
    async afterUpdate(event: FileEvent) {
      await rebuild(strapi, await documentsShowing(strapi, [idIn(event.result) ?? idIn(event.params.where)]));
    },
    async beforeDelete(event: FileEvent) {
      event.state.newsroomDocuments = await documentsShowing(strapi, [idIn(event.params.where)]);
    },
    async afterDelete(event: FileEvent) {
      await rebuild(strapi, documentIdsIn(event.state.newsroomDocuments));
    },
    // A script's (or a future upload plugin's) deleteMany of files.
    async beforeDeleteMany(event: FileEvent) {
      const files = (await strapi.db.query(FILE_UID).findMany({ where: event.params.where ?? {}, select: ['id'] })) as Array<{ id: number }>;
      event.state.newsroomDocuments = await documentsShowing(strapi, files.map((file) => file.id));
    },
    async afterDeleteMany(event: FileEvent) {
      await rebuild(strapi, documentIdsIn(event.state.newsroomDocuments));
    },
  });
};
