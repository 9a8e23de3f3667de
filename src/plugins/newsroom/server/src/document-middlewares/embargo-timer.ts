import type { Core, Modules } from '@strapi/strapi';
import { kindOf } from '../kinds';
import { isEmbargoed, embargoEndOf } from '../services/schedule/embargo-filter';
import { enqueueEmbargoEnd } from '../services/schedule/embargo-job';

const TIMED = new Set(['create', 'update', 'publish']);

/**
 * After a write that leaves a published version under embargo (a publish,
 * or a save with `status: 'published'`), the timer of its end is written in
 * the same transaction (services/schedule/embargo-job.ts). Registered inside
 * the write's transaction (after writeTransaction). Costs nothing when no
 * embargo is involved: it reads only after a publish or a write that names
 * `embargoUntil`.
 */
export const embargoTimer =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const kind = kindOf(context.uid);
    if (!kind || !TIMED.has(context.action)) return next();
    const params = context.params as { documentId?: unknown; data?: { embargoUntil?: unknown } };
    const names = params.data && 'embargoUntil' in params.data;
    if (context.action !== 'publish' && !(names && isEmbargoed(params.data?.embargoUntil))) return next();
    const result = (await next()) as { documentId?: unknown } | null;
    const documentId = typeof params.documentId === 'string' ? params.documentId : result?.documentId;
    if (typeof documentId !== 'string') return result as Awaited<ReturnType<typeof next>>;
    const rows = (await strapi.db.query(kind.uid).findMany({
      where: { documentId, publishedAt: { $notNull: true }, embargoUntil: { $gt: new Date().toISOString() } },
      select: ['locale', 'embargoUntil'],
    })) as Array<{ locale: string; embargoUntil: unknown }>;
    for (const row of rows) {
      const until = embargoEndOf(row.embargoUntil);
      if (until !== null) await enqueueEmbargoEnd(strapi, { kind: kind.name, documentId, locale: row.locale }, until);
    }
    return result as Awaited<ReturnType<typeof next>>;
  };
