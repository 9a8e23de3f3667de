import type { Core } from '@strapi/strapi';
import { kindNamed } from '../../kinds';
import { releaseLocaleClaims } from '../slugs/slug-claims';
import { enqueuePurge } from './jobs';
import { pageStore } from './store';

const LOCALE_UID = 'plugin::i18n.locale';

/** The query engine's lifecycle event (@strapi/database's Event), as far as read here. */
interface LocaleEvent {
  result?: unknown;
}

/**
 * Deleting a locale in Settings → Internationalization deletes every entry
 * in it with the query engine's deleteMany, which no Document Service
 * middleware sees: the pages of that locale would stay public, in the feeds
 * and in the sitemap. The locale row's own delete — after its entries' —
 * takes them down: every stored page, link and redirect of the locale, then
 * the CDN purge of their URLs and the feeds; and frees the locale's slug
 * claims, which its documents' deletes would have released one by one.
 */
export const subscribeLocaleDeletes = (strapi: Core.Strapi): void => {
  strapi.db.lifecycles.subscribe({
    models: [LOCALE_UID],
    async afterDelete(event: LocaleEvent) {
      const code = event.result && typeof event.result === 'object' ? (event.result as { code?: unknown }).code : undefined;
      if (typeof code !== 'string' || code === '') return;
      await strapi.db.transaction(async () => {
        await releaseLocaleClaims(strapi, code);
        const removed = await pageStore(strapi).removeLocale(code);
        await enqueuePurge(
          strapi,
          removed.flatMap((row) => {
            const kind = kindNamed(row.kind);
            return kind ? [{ kind, locale: row.locale, slug: row.slug }] : [];
          })
        );
      });
    },
  });
};
