/**
 * A refused schedule request as the panel shows it. The 400's
 * `details.errors[]` carry field paths: those about the request itself
 * (`at`, `action`, `locale`, `body`) go on the form's own fields; the rest
 * are the document's (the publish rules run when an editor schedules a
 * publish): they go on the edit view's fields, as Strapi's form errors, and
 * in the panel with a link to each field. Pure: no React here.
 */
import type { FieldPath, Problem, RequestProblem } from '../../api';

export type FormField = 'at' | 'action' | 'general';

export interface Refusal {
  /** Messages for the form's own fields. */
  form: Partial<Record<FormField, string>>;
  /** Problems on the document's fields. */
  document: Problem[];
}

const FORM_FIELDS: Readonly<Record<string, FormField>> = { at: 'at', action: 'action', locale: 'general', body: 'general' };

export const refusalOf = (problems: RequestProblem[]): Refusal => {
  const refusal: Refusal = { form: {}, document: [] };
  for (const problem of problems) {
    const path = problem.path ?? [];
    const first = path.length === 1 ? FORM_FIELDS[String(path[0])] : undefined;
    if (path.length === 0 || first) {
      const field = first ?? 'general';
      refusal.form[field] = refusal.form[field] ? `${refusal.form[field]} ${problem.message}` : problem.message;
    } else {
      refusal.document.push({ path, message: problem.message, name: 'ValidationError', code: problem.code ?? 'schedule.refused' });
    }
  }
  return refusal;
};

type Nested = { [key: string]: string | Nested };

/**
 * The document's problems as the content manager's form errors, nested by
 * path (`{ editorial: { credits: '…' } }`), the shape its fields read
 * their error from. Two problems on one field are joined.
 */
export const formErrorsOf = (problems: ReadonlyArray<{ path: FieldPath; message: string }>): Nested => {
  const errors: Nested = {};
  for (const { path, message } of problems) {
    if (path.length === 0) continue;
    let node = errors;
    path.slice(0, -1).forEach((segment) => {
      const key = String(segment);
      const next = node[key];
      if (typeof next !== 'object') node[key] = {};
      node = node[key] as Nested;
    });
    const last = String(path[path.length - 1]);
    const existing = node[last];
    node[last] = typeof existing === 'string' ? `${existing} ${message}` : message;
  }
  return errors;
};
