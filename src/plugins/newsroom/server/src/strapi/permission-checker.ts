import type { Core } from '@strapi/strapi';

/** The admin user's abilities, as the admin's authentication leaves them in `ctx.state.userAbility`. */
export interface UserAbility {
  can(action: string, subject?: unknown, field?: string): boolean;
  cannot(action: string, subject?: unknown, field?: string): boolean;
}

type Check = (entity?: object) => boolean;

/** The subset of the content manager's permission checker the plugin uses; an entity makes conditions (is creator, locales) apply. */
export interface PermissionChecker {
  can: { read: Check; create: Check; update: Check; publish: Check };
  cannot: { read: Check; create: Check; update: Check; publish: Check };
}

/**
 * The content manager's permission checker for one content type: the same
 * decision the content manager makes, with its action aliases, Strapi's
 * conditions and i18n's locale property.
 */
export const contentManagerChecker = (strapi: Core.Strapi, userAbility: UserAbility, model: string): PermissionChecker =>
  strapi
    .plugin('content-manager')
    .service<{ create(options: { userAbility: UserAbility; model: string }): PermissionChecker }>('permission-checker')
    .create({ userAbility, model });
