/**
 * The stored draft a write builds on, read once per write: the rules load it
 * (with everything they check) and the slug hook, which runs next in the same
 * Document Service call and transaction, reads its slug and title from it
 * instead of querying again. Keyed by the call's params object, so nothing
 * outlives the call.
 */
import type { PlainObject } from '../../../../shared/documents';
const draftsByCall = new WeakMap<object, PlainObject | null>();

export const rememberStoredDraft = (params: object, stored: PlainObject | null): void => {
  draftsByCall.set(params, stored);
};

/** The draft the rules read for this call: null when there was none, undefined when the rules did not run. */
export const recallStoredDraft = (params: object): PlainObject | null | undefined => draftsByCall.get(params);
