import type { Core, Modules } from '@strapi/strapi';
import { kindOf, type Kind } from '../kinds';
import { recordHistory } from '../services/history/record';
import type { HistoryAction } from '../services/history/table';
import { embargoEndOf } from '../services/schedule/embargo-filter';

const ACTIONS: Readonly<Record<string, HistoryAction>> = {
  create: 'create',
  update: 'save',
  publish: 'publish',
  unpublish: 'unpublish',
  discardDraft: 'discard',
  delete: 'delete',
};

type Plain = Record<string, unknown>;

interface Params {
  documentId?: unknown;
  locale?: unknown;
  status?: unknown;
  data?: Plain;
}

const correctionKey = (c: Plain): string => JSON.stringify([String(c.date ?? ''), String(c.kind ?? ''), String(c.text ?? '')]);

/** What a save changes beyond itself: the embargo time, a correction added. Read from the draft before the write. */
const before = async (strapi: Core.Strapi, kind: Kind, params: Params): Promise<{ embargo: number | null; corrections: Set<string> } | undefined> => {
  const data = params.data ?? {};
  if (!('embargoUntil' in data) && !('corrections' in data)) return undefined;
  if (typeof params.documentId !== 'string') return { embargo: null, corrections: new Set() };
  const stored = (await strapi.db.query(kind.uid).findOne({
    where: { documentId: params.documentId, publishedAt: null, ...(typeof params.locale === 'string' && params.locale !== '*' ? { locale: params.locale } : {}) },
    select: ['embargoUntil'],
    populate: { corrections: true },
  })) as { embargoUntil?: unknown; corrections?: Plain[] } | null;
  return { embargo: embargoEndOf(stored?.embargoUntil), corrections: new Set((stored?.corrections ?? []).map(correctionKey)) };
};

/** The actions a write amounts to: its own, a publish that comes with it, an embargo change, a correction added. */
const actionsOf = (action: string, params: Params, was: Awaited<ReturnType<typeof before>>): HistoryAction[] => {
  const own = ACTIONS[action];
  const actions: HistoryAction[] = own ? [own] : [];
  if ((action === 'create' || action === 'update') && params.status === 'published') actions.push('publish');
  const data = params.data ?? {};
  if (was && 'embargoUntil' in data && embargoEndOf(data.embargoUntil) !== was.embargo) actions.push('embargo');
  if (was && Array.isArray(data.corrections) && (data.corrections as Plain[]).some((c) => c && typeof c === 'object' && !was.corrections.has(correctionKey(c)))) {
    actions.push('correction');
  }
  return actions;
};

const localeOf = (params: Params, result: unknown): string | null => {
  if (typeof params.locale === 'string' && params.locale !== '*') return params.locale;
  const own = (result as { locale?: unknown } | null)?.locale;
  if (typeof own === 'string') return own;
  const first = (result as { entries?: Array<{ locale?: unknown }> } | null)?.entries?.[0]?.locale;
  return typeof first === 'string' && params.locale !== '*' ? first : null;
};

const documentIdOf = (params: Params, result: unknown): string | undefined => {
  if (typeof params.documentId === 'string') return params.documentId;
  const { documentId } = (result ?? {}) as { documentId?: unknown };
  return typeof documentId === 'string' ? documentId : undefined;
};

/**
 * The record of who did what (services/history): after each newsroom write
 * — create, save, publish, unpublish, discard, delete, and the embargo
 * changes and corrections a save carries — one entry per action, with the
 * acting account, inside the write's transaction (registered after
 * writeTransaction), so a refused or rolled-back write leaves none.
 */
export const history =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const kind = kindOf(context.uid);
    if (!kind || !(context.action in ACTIONS)) return next();
    const params = context.params as Params;
    const was = context.action === 'create' || context.action === 'update' ? await before(strapi, kind, params) : undefined;
    const actions = actionsOf(context.action, params, was);
    const result = await next();
    const documentId = documentIdOf(params, result);
    if (documentId) await recordHistory(strapi, { kind: kind.name, documentId, locale: localeOf(params, result), actions });
    return result;
  };
