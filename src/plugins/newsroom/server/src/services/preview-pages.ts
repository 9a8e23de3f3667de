/**
 * The page data of one document for its preview: the draft or the
 * published version, with the same populate, sanitizing and extras
 * (JSON-LD, read-aloud text, a speaker's speeches) as GET …/by-slug/:slug.
 */
import type { Core } from '@strapi/strapi';
import { UIDS } from '../content-types/uids';
import { extras } from '../controllers/page-controller';
import { PAGE_POPULATE } from './pages';
import type { PreviewTarget } from './preview-links';

type Plain = Record<string, unknown>;

export interface PreviewPageData {
  page: Plain;
  jsonLd?: unknown;
  readAloud?: string;
  speeches?: Plain[];
}

const previewPagesService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async load(target: PreviewTarget, origin: string): Promise<PreviewPageData | null> {
    const uid = UIDS[target.kind];
    const document = (await strapi.documents(uid).findOne({
      documentId: target.documentId,
      locale: target.locale,
      status: target.status,
      populate: PAGE_POPULATE[target.kind] as never,
    } as never)) as Plain | null;
    if (!document) return null;
    // As the public by-slug answer is sanitized: private fields and passwords never reach a page.
    const page = (await strapi.contentAPI.sanitize.output(document, strapi.getModel(uid), {})) as Plain;
    const { jsonLd, readAloud, speeches } = (await extras(strapi, target.kind, page, origin)) as {
      jsonLd?: unknown;
      readAloud?: string;
      speeches?: Plain[];
    };
    return { page, jsonLd, readAloud, speeches };
  },
});

export type PreviewPagesService = ReturnType<typeof previewPagesService>;
export default previewPagesService;
