import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';

/** Who a history entry credits. */
export interface Actor {
  type: 'admin' | 'user' | 'api-token' | 'system';
  id: number | null;
  name: string;
}

interface RequestState {
  user?: { id?: unknown; firstname?: unknown; lastname?: unknown; username?: unknown; email?: unknown };
  auth?: { strategy?: { name?: string }; credentials?: { id?: unknown; name?: unknown } };
  isAuthenticatedAdmin?: boolean;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const idOf = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) ? value : Number.isInteger(Number(value)) && value !== null && value !== '' ? Number(value) : null);

/** The account a write outside any request acts for (a scheduled job: whoever scheduled it). */
const acting = new AsyncLocalStorage<Actor>();

/** Runs `work` with `actor` as the account its writes' history entries credit (services/schedule: the scheduler, at firing). */
export const actingAs = <T>(actor: Actor, work: () => Promise<T>): Promise<T> => acting.run(actor, work);

/**
 * The account behind the current request: the admin user (their name as
 * the admin shows it), the Users & Permissions user, or the API token (by
 * its name). A write outside any request (a script, the CLI importer, a
 * scheduled job) is the system's, unless it runs `actingAs` an account.
 */
export const currentActor = (strapi: Core.Strapi): Actor => {
  const assigned = acting.getStore();
  if (assigned) return assigned;
  const state = strapi.requestContext.get()?.state as RequestState | undefined;
  const user = state?.user;
  if (user && (state?.isAuthenticatedAdmin || 'firstname' in user)) {
    const name = [text(user.firstname), text(user.lastname)].filter(Boolean).join(' ') || text(user.username) || text(user.email);
    return { type: 'admin', id: idOf(user.id), name };
  }
  if (user) return { type: 'user', id: idOf(user.id), name: text(user.username) || text(user.email) };
  // Strapi 5.54 names its content-API token strategy `content-api-token`; earlier versions `api-token`.
  if (state?.auth?.strategy?.name === 'api-token' || state?.auth?.strategy?.name === 'content-api-token') {
    return { type: 'api-token', id: idOf(state.auth.credentials?.id), name: text(state.auth.credentials?.name) };
  }
  return { type: 'system', id: null, name: 'system' };
};
