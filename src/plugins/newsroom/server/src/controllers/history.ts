/**
 * GET /newsroom/history/:kind/:documentId?format=json|csv&locale= (admin):
 * the record of who did what to a document, oldest first, as
 * `{ data: [{ action, at, user: { id, name }, locale }] }` or as CSV for
 * export. Read-only: the record has no route that changes it.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { kindNamed } from '../kinds';
import { historyOf, type HistoryEntry } from '../services/history/record';

interface HistoryContext {
  params: { kind?: string; documentId?: string };
  query: Record<string, unknown>;
  set(field: string, value: string): void;
  type: string;
  body: unknown;
}

/** A CSV field: quoted when needed, and a leading =, +, - or @ defused so a spreadsheet does not run it as a formula. */
const csvField = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const historyCsv = (entries: readonly HistoryEntry[]): string =>
  [
    'action,at,user_id,user_name,locale',
    ...entries.map((e) => [e.action, e.at, e.user.id, e.user.name, e.locale].map(csvField).join(',')),
  ].join('\r\n') + '\r\n';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(context: unknown) {
    const ctx = context as HistoryContext;
    const kind = kindNamed(ctx.params.kind);
    if (!kind) throw new errors.NotFoundError(`No kind called ${String(ctx.params.kind)}`);
    const format = ctx.query.format ?? 'json';
    if (format !== 'json' && format !== 'csv') {
      throw new errors.ValidationError('format must be json or csv', { errors: [{ path: ['format'], message: 'format must be json or csv', name: 'ValidationError' }] });
    }
    const locale = typeof ctx.query.locale === 'string' && ctx.query.locale !== '' ? ctx.query.locale : undefined;
    const entries = await historyOf(strapi, kind.name, String(ctx.params.documentId ?? ''), locale);
    ctx.set('Cache-Control', 'no-store');
    if (format === 'csv') {
      ctx.type = 'text/csv; charset=utf-8';
      ctx.set('Content-Disposition', `attachment; filename="history-${kind.name}-${String(ctx.params.documentId ?? '').replace(/[^A-Za-z0-9_-]/g, '')}.csv"`);
      ctx.body = historyCsv(entries);
      return;
    }
    ctx.body = { data: entries.map(({ user, ...entry }) => ({ ...entry, user: { id: user.id, name: user.name } })) };
  },
});
