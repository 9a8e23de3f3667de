import { randomUUID } from 'node:crypto';
import type { Core, Modules } from '@strapi/strapi';
import { kindOf } from '../kinds';
import { normalizeSlug, slugFor, slugTakenProblem, toSlug } from '../editorial';
import { PENDING_PREFIX, slugClaims } from '../services/slugs/slug-claims';
import { messageLanguage } from '../strapi/request-language';
import { toValidationError } from '../strapi/validation-error';
import { recallStoredDraft } from '../services/editorial/stored-draft';
import { defaultLocale } from '../strapi/locale';

interface WriteParams {
  documentId?: string;
  locale?: string | string[];
  data?: Record<string, unknown>;
}

type Stored = { slug?: string | null } & Record<string, unknown>;

/**
 * Slugs on every write: generated from the title (a speaker's name) when
 * empty, an editor's own normalized and kept, frozen once the document is
 * published, and unique per type and locale through the claims table, inside
 * the same transaction as the write (writeTransaction), so a failed write
 * leaves no claim.
 */
export const slugs =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const kind = kindOf(context.uid);
    if (!kind) return next();
    const claims = slugClaims(strapi);
    const params = context.params as WriteParams;

    if (context.action === 'delete') {
      const result = await next();
      if (params.documentId) {
        const locale = params.locale ?? (await defaultLocale(strapi));
        await claims.release(context.uid, params.documentId, locale === '*' ? undefined : ([] as string[]).concat(locale));
      }
      return result;
    }
    if (context.action !== 'create' && context.action !== 'update') return next();

    // Inside writeTransaction's transaction: the claim commits or rolls back with the write.
    return strapi.db.transaction(async () => {
      const data = params.data ?? {};
      const locale = typeof params.locale === 'string' ? params.locale : await defaultLocale(strapi);
      const sourceField = kind.slugSource;
      const isUpdate = context.action === 'update' && typeof params.documentId === 'string';
      // One after the other: both run on the transaction's single connection.
      // The rules read the stored draft a moment ago, in this transaction; read it only when they did not.
      const remembered = recallStoredDraft(params);
      const stored = !isUpdate
        ? null
        : remembered !== undefined
          ? // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it (a stored draft's slug is read as a string); the lint's type view disagrees.
            (remembered as Stored | null)
          : ((await strapi.db.query(context.uid).findOne({
              where: { documentId: params.documentId, locale, publishedAt: null },
              select: ['slug', sourceField],
            })) as Stored | null);
      const published = isUpdate
        ? await strapi.db.query(context.uid).count({ where: { documentId: params.documentId, locale, publishedAt: { $notNull: true } } })
        : 0;
      // An update of a document that does not exist in any locale writes nothing (Strapi answers 404):
      // claiming its slug would keep, forever, a slug no document owns.
      if (isUpdate && !stored && published === 0 && (await strapi.db.query(context.uid).count({ where: { documentId: params.documentId } })) === 0) {
        return next();
      }

      const typed = typeof data.slug === 'string' ? data.slug.trim() : '';
      const titleChanged = sourceField in data && data[sourceField] !== stored?.[sourceField];
      let wanted: string;
      if (typed !== '') {
        wanted = normalizeSlug(typed); // the rules already refused a slug with nothing usable in it
      } else if (stored?.slug && (published > 0 || !titleChanged)) {
        wanted = stored.slug; // once published, a title edit does not move the slug
      } else {
        const title = (sourceField in data ? data[sourceField] : stored?.[sourceField]) ?? '';
        wanted = slugFor(String(title), kind.name);
      }
      if (wanted === '') wanted = slugFor('', kind.name);

      const owner = isUpdate ? (params.documentId as string) : `${PENDING_PREFIX}${randomUUID()}`;
      const slug = await claims.claim(context.uid, locale, wanted, owner);
      const typedByEditor = typed !== '' && slug !== wanted && toSlug(typed) !== '';
      if (typedByEditor) {
        throw toValidationError([slugTakenProblem({ language: messageLanguage(strapi, locale) }, wanted)], messageLanguage(strapi, locale));
      }
      params.data = { ...data, slug };

      const result = await next();
      const documentId = (result as { documentId?: string } | null)?.documentId;
      if (!isUpdate && documentId) await claims.adopt(owner, documentId);
      return result;
    });
  };
