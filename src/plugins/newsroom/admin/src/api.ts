/**
 * What the admin panel exchanges with the plugin's admin routes: the shared
 * definitions (shared/api.ts), plus how the panel tells a newsroom type and
 * reads a refused request.
 */
import type { ApiProblem } from '../../shared/api';

export type { ApiProblem, CheckResult, Derived, FieldPath, ImportOutcome, ParseWarning, ParsedReport } from '../../shared/api';
export { MAX_REPORT_BYTES } from '../../shared/api';

const UID_PREFIX = 'plugin::newsroom.';

/** A kind's name, as the server's registry knows it (`meeting`, `speaker`, …). */
export type Kind = string;

/**
 * A kind's name (`meeting`) from its content-type uid; undefined for any
 * type that is not the newsroom's. The server's registry (server/src/kinds)
 * is the authority: the editorial-check route refuses a name it does not know.
 */
export const kindOfUid = (uid: string): string | undefined => (uid.startsWith(UID_PREFIX) ? uid.slice(UID_PREFIX.length) : undefined);

/** Importing creates meetings: the import page and its menu link ask for this permission. */
export const MEETING_UID = `${UID_PREFIX}meeting`;

/** A problem of the editorial check: on a field, with its code. */
export type Problem = ApiProblem;

/** A refused request's problem: a refusal's entry, or the request's plain message. */
export type RequestProblem = Pick<ApiProblem, 'message'> & Partial<Omit<ApiProblem, 'message'>>;

/** The problems of a refused request: `details.errors[]` of a ValidationError, else its message. */
export const problemsOf = (error: unknown): RequestProblem[] => {
  const body = (error as { response?: { data?: { error?: { message?: string; details?: { errors?: ApiProblem[] } } } } })?.response?.data?.error;
  if (body?.details?.errors && body.details.errors.length > 0) return body.details.errors;
  if (body?.message) return [{ message: body.message }];
  const message = error instanceof Error ? error.message : String(error);
  return [{ message }];
};
