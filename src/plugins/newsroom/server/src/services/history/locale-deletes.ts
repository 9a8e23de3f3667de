/**
 * Deleting a locale in Settings → Internationalization deletes every entry
 * in it with the query engine's deleteMany (`where: { locale }`), which no
 * Document Service middleware sees, so the history middleware never wrote
 * its `delete` entries. These lifecycle hooks do: before the deleteMany of a
 * kind, the documents that have a version in that locale; after it, one
 * `delete` entry each for that locale, crediting the admin who deleted the
 * locale. A deleteMany that fails writes nothing (its after hook never runs).
 * The pages of the locale are taken down by services/pages/locale-deletes.ts.
 */
import type { Core } from '@strapi/strapi';
import { KINDS, kindOf } from '../../kinds';
import { currentActor } from './actor';
import { recordHistoryMany } from './record';

interface DeleteManyEvent {
  model?: { uid?: string };
  params?: { where?: unknown };
  state: { localeDelete?: { locale: string; documentIds: string[] } };
}

/** The locale of a deleteMany whose only condition is one locale: i18n's. */
const localeOnly = (where: unknown): string | undefined => {
  if (!where || typeof where !== 'object' || Array.isArray(where)) return undefined;
  const keys = Object.keys(where);
  const { locale } = where as { locale?: unknown };
  return keys.length === 1 && typeof locale === 'string' ? locale : undefined;
};

export const subscribeLocaleDeleteHistory = (strapi: Core.Strapi): void => {
  strapi.db.lifecycles.subscribe({
    models: KINDS.map((kind) => kind.uid),
    async beforeDeleteMany(event: DeleteManyEvent) {
      const kind = kindOf(event.model?.uid ?? '');
      const locale = localeOnly(event.params?.where);
      if (!kind || !locale) return;
      const rows = (await strapi.db.query(kind.uid).findMany({ where: { locale }, select: ['documentId'] })) as Array<{ documentId: string }>;
      event.state.localeDelete = { locale, documentIds: [...new Set(rows.map((row) => row.documentId))] };
    },
    async afterDeleteMany(event: DeleteManyEvent) {
      const kind = kindOf(event.model?.uid ?? '');
      const deleted = event.state.localeDelete;
      if (!kind || !deleted || deleted.documentIds.length === 0) return;
      await recordHistoryMany(strapi, kind.name, deleted.documentIds, { locale: deleted.locale, action: 'delete', actor: currentActor(strapi) });
    },
  });
};
