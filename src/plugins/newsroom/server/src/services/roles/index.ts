import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../../config';
import { KINDS } from '../../kinds';

const EXPLORER = 'plugin::content-manager.explorer';
const IS_CREATOR = 'admin::is-creator';

/**
 * What a newsroom gives Strapi's default admin roles on the plugin's kinds,
 * in every locale of the plugin (zh-Hans and en): an Author creates, reads
 * and updates the documents it created (Strapi's own condition "is
 * creator"); an Editor creates, reads, updates, deletes and publishes every
 * document. On a fresh database Strapi makes both roles with no locale
 * ticked on these kinds (i18n then allows none: a new Author's first import
 * answered 403) and no publish for the Editor.
 */
export const NEWSROOM_ROLES: ReadonlyArray<{ code: string; actions: readonly string[]; conditions: readonly string[] }> = [
  { code: 'strapi-author', actions: ['create', 'read', 'update'], conditions: [IS_CREATOR] },
  { code: 'strapi-editor', actions: ['create', 'read', 'update', 'delete', 'publish'], conditions: [] },
];

interface PermissionRow {
  id: number;
  action: string;
  subject: string | null;
  properties: { fields?: string[]; locales?: string[] } | null;
  conditions: string[] | null;
}

/** Publish applies to kinds with draft and publish only, and carries no fields. */
const appliesTo = (action: string, kind: (typeof KINDS)[number]): boolean => action !== 'publish' || kind.schema.options?.draftAndPublish === true;

/**
 * Ticks, on the default Author and Editor roles, the plugin's locales on
 * their permissions for its kinds and adds the missing ones of
 * NEWSROOM_ROLES (fields as the role's read permission of that kind has
 * them). Leaves every other permission, and locales an administrator added,
 * as they are. `npm run demo` calls it; an operator ticks the same boxes in
 * Settings → Roles (README, Permissions).
 */
const rolesService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async setUpDefaultRoles(): Promise<void> {
    const locales = strapi.config.get<NewsroomConfig>('plugin::newsroom').locales.map((locale) => locale.code);
    const permissions = strapi.db.query('admin::permission');
    for (const { code, actions, conditions } of NEWSROOM_ROLES) {
      const role = (await strapi.db.query('admin::role').findOne({ where: { code } })) as { id: number } | null;
      if (!role) continue;
      const held = (await permissions.findMany({
        where: { role: role.id, subject: { $in: KINDS.map((kind) => kind.uid) } },
      })) as PermissionRow[];
      for (const kind of KINDS) {
        const read = held.find((p) => p.subject === kind.uid && p.action === `${EXPLORER}.read`);
        for (const action of actions.filter((a) => appliesTo(a, kind))) {
          const existing = held.find((p) => p.subject === kind.uid && p.action === `${EXPLORER}.${action}`);
          if (existing) {
            const ticked = existing.properties?.locales ?? [];
            if (locales.every((locale) => ticked.includes(locale))) continue;
            await permissions.update({
              where: { id: existing.id },
              data: { properties: { ...(existing.properties ?? {}), locales: [...new Set([...ticked, ...locales])] } },
            });
            continue;
          }
          const fields = action === 'publish' || action === 'delete' ? {} : read?.properties?.fields ? { fields: read.properties.fields } : {};
          await permissions.create({
            data: { action: `${EXPLORER}.${action}`, actionParameters: {}, subject: kind.uid, properties: { ...fields, locales }, conditions: [...conditions], role: role.id },
          });
        }
      }
    }
  },
});

export type RolesService = ReturnType<typeof rolesService>;
export default rolesService;
