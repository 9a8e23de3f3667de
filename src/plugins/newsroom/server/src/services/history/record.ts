import type { Core } from '@strapi/strapi';
import { currentActor, type Actor } from './actor';
import { HISTORY_TABLE, type HistoryAction } from './table';

type Knex = Core.Strapi['db']['connection'];

export interface HistoryEntry {
  action: HistoryAction;
  at: string;
  user: { id: number | null; name: string; type: Actor['type'] };
  locale: string | null;
}

/**
 * Writes entries in the current transaction (the write's own), so a write
 * rolled back leaves none; outside one, in a transaction of its own.
 */
export const recordHistory = async (
  strapi: Core.Strapi,
  entry: { kind: string; documentId: string; locale: string | null; actions: readonly HistoryAction[]; actor?: Actor }
): Promise<void> => {
  if (entry.actions.length === 0) return;
  const actor = entry.actor ?? currentActor(strapi);
  const at = Date.now();
  const rows = entry.actions.map((action) => ({
    kind: entry.kind,
    document_id: entry.documentId,
    locale: entry.locale,
    action,
    at,
    user_type: actor.type,
    user_id: actor.id,
    user_name: actor.name.slice(0, 255),
  }));
  await strapi.db.transaction(({ trx }: { trx: Knex }) => trx(HISTORY_TABLE).insert(rows));
};

/** Rows per statement: well under every database's bound-parameter limit. */
const CHUNK = 500;

/** One action of one account on many documents at once (a locale deleted with all its entries), in the current transaction. */
export const recordHistoryMany = async (
  strapi: Core.Strapi,
  kind: string,
  documentIds: readonly string[],
  { locale, action, actor }: { locale: string | null; action: HistoryAction; actor: Actor }
): Promise<void> => {
  const at = Date.now();
  const rows = documentIds.map((documentId) => ({
    kind,
    document_id: documentId,
    locale,
    action,
    at,
    user_type: actor.type,
    user_id: actor.id,
    user_name: actor.name.slice(0, 255),
  }));
  await strapi.db.transaction(async ({ trx }: { trx: Knex }) => {
    for (let start = 0; start < rows.length; start += CHUNK) await trx(HISTORY_TABLE).insert(rows.slice(start, start + CHUNK));
  });
};

/** A document's entries, oldest first; of one locale (and those of every locale, such as a delete) when asked. */
export const historyOf = async (strapi: Core.Strapi, kind: string, documentId: string, locale?: string): Promise<HistoryEntry[]> => {
  const query = strapi.db.connection(HISTORY_TABLE).select('action', 'at', 'user_type', 'user_id', 'user_name', 'locale').where({ kind, document_id: documentId });
  if (locale) {
    query.where((q: ReturnType<Knex>) => {
      q.where('locale', locale).orWhereNull('locale');
    });
  }
  const rows = (await query.orderBy('id')) as Array<Record<string, unknown>>;
  return rows.map((row) => ({
    action: String(row.action) as HistoryAction,
    at: new Date(Number(row.at)).toISOString(),
    user: { id: row.user_id === null || row.user_id === undefined ? null : Number(row.user_id), name: String(row.user_name ?? ''), type: String(row.user_type ?? 'system') as Actor['type'] },
    locale: typeof row.locale === 'string' ? row.locale : null,
  }));
};
