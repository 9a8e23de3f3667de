/**
 * The page data of one document for its preview: the draft or the
 * published version, with the same populate, sanitizing and extras
 * (JSON-LD, read-aloud text, a speaker's speeches) as GET …/by-slug/:slug.
 */
import type { Core } from '@strapi/strapi';
import { kindNamed } from '../../kinds';
import { pluginService } from '../plugin-service';
import type { PreviewTarget } from './links';
import type { PlainObject } from '../../../../shared/documents';

export interface PreviewPageData {
  page: PlainObject;
  jsonLd?: unknown;
  readAloud?: string;
  speeches?: PlainObject[];
}

const previewPagesService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async load(target: PreviewTarget, origin: string): Promise<PreviewPageData | null> {
    const kind = kindNamed(target.kind);
    if (!kind) return null;
    const document = (await strapi.documents(kind.uid).findOne({
      documentId: target.documentId,
      locale: target.locale,
      status: target.status,
      populate: kind.pagePopulate,
    })) as PlainObject | null;
    if (!document) return null;
    // As the public by-slug answer is sanitized: private fields and passwords never reach a page.
    const page = (await strapi.contentAPI.sanitize.output(document, strapi.getModel(kind.uid), {})) as PlainObject;
    const tools = { origin, speechesOf: pluginService(strapi, 'pages').speechesOf };
    const { jsonLd, readAloud, speeches } = (kind.pageExtras ? await kind.pageExtras(page, tools) : {}) as {
      jsonLd?: unknown;
      readAloud?: string;
      speeches?: PlainObject[];
    };
    return { page, jsonLd, readAloud, speeches };
  },
});

export type PreviewPagesService = ReturnType<typeof previewPagesService>;
export default previewPagesService;
