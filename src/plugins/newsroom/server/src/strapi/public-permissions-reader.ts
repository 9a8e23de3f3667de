import type { Core } from '@strapi/strapi';
import { sqliteReader } from './sqlite-reader';

/**
 * Users & Permissions looks up the public role's permissions on every
 * request without a token (`permission.findPublicPermissions`). On SQLite
 * that query waited, like the page itself, for any write's transaction to
 * end. Where the plugin has SQLite's read connection (sqlite-reader.ts), the
 * same lookup runs through it: the permissions committed last, the same rows
 * (`toContentAPIPermission` reads their `action`). Table and column names
 * come from Strapi's metadata. Called at bootstrap; answers whether it did.
 */

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}
interface PermissionService {
  findPublicPermissions(): Promise<unknown[]>;
}

const isPermissionService = (value: unknown): value is PermissionService =>
  typeof value === 'object' && value !== null && typeof Reflect.get(value, 'findPublicPermissions') === 'function';

export const readPublicPermissionsAside = (strapi: Core.Strapi): boolean => {
  const reader = sqliteReader(strapi);
  const plugin = strapi.plugin('users-permissions');
  if (!reader || !plugin) return false;
  const service: unknown = plugin.service('permission');
  const permission = strapi.db.metadata.get('plugin::users-permissions.permission');
  const role = strapi.db.metadata.get('plugin::users-permissions.role');
  const link = (permission.attributes as Record<string, { joinTable?: JoinTable }>).role?.joinTable;
  const typeColumn = (role.attributes as Record<string, { columnName?: string }>).type?.columnName ?? 'type';
  if (!isPermissionService(service) || !link) return false;
  const strapisOwn = service.findPublicPermissions.bind(service);
  service.findPublicPermissions = async () => {
    // Inside a write's transaction (not a request's authentication), Strapi's own lookup sees what the write changed.
    if (strapi.db.inTransaction()) return strapisOwn();
    return reader
      .select('permission.*')
      .from({ permission: permission.tableName })
      .join({ link: link.name }, `link.${link.joinColumn.name}`, 'permission.id')
      .join({ role: role.tableName }, 'role.id', `link.${link.inverseJoinColumn.name}`)
      .where(`role.${typeColumn}`, 'public');
  };
  return true;
};
