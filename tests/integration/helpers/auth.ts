import type { Core } from '@strapi/strapi';

/** A full-access API token, as an integrator would create in Settings → API Tokens. */
export const createApiToken = async (strapi: Core.Strapi, type: 'full-access' | 'read-only' = 'full-access'): Promise<string> => {
  const service = strapi.service('admin::api-token') as unknown as {
    create(attributes: Record<string, unknown>): Promise<{ accessKey: string }>;
  };
  const token = await service.create({
    name: `test-${type}-${Math.random().toString(36).slice(2, 8)}`,
    type,
    lifespan: null,
    description: 'integration tests',
  });
  return token.accessKey;
};

export const ADMIN_EMAIL = 'editor@newsroom.test';
export const ADMIN_PASSWORD = 'Newsroom-Test-2023';

/** A super admin, logged in through the admin API as the admin panel does; returns its JWT. */
export const adminJwt = async (strapi: Core.Strapi, baseUrl: string): Promise<string> => {
  const users = strapi.service('admin::user') as unknown as {
    exists(where: Record<string, unknown>): Promise<boolean>;
    create(attributes: Record<string, unknown>): Promise<unknown>;
  };
  const roles = strapi.service('admin::role') as unknown as { getSuperAdmin(): Promise<{ id: number } | null>; createRolesIfNoneExist(): Promise<void> };
  await roles.createRolesIfNoneExist();
  const superAdmin = await roles.getSuperAdmin();
  if (!(await users.exists({ email: ADMIN_EMAIL }))) {
    await users.create({
      email: ADMIN_EMAIL,
      firstname: 'Test',
      lastname: 'Editor',
      password: ADMIN_PASSWORD,
      isActive: true,
      registrationToken: null,
      roles: superAdmin ? [superAdmin.id] : [],
    });
  }
  const response = await fetch(`${baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  });
  const body = (await response.json()) as { data?: { token?: string; accessToken?: string } };
  const token = body.data?.token ?? body.data?.accessToken;
  if (!token) throw new Error(`admin login failed: ${response.status} ${JSON.stringify(body)}`);
  return token;
};

/** Logs an admin user in through the admin API, as the panel does; returns its access token. */
export const adminLogin = async (baseUrl: string, email: string, password = ADMIN_PASSWORD): Promise<string> => {
  const response = await fetch(`${baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { data?: { token?: string; accessToken?: string } };
  const token = body.data?.token ?? body.data?.accessToken;
  if (!token) throw new Error(`admin login failed: ${response.status} ${JSON.stringify(body)}`);
  return token;
};

interface AdminRoleService {
  createRolesIfNoneExist(): Promise<void>;
  findOne(where: Record<string, unknown>): Promise<{ id: number } | null>;
  create(attributes: Record<string, unknown>): Promise<{ id: number }>;
  assignPermissions(roleId: number, permissions: Array<Record<string, unknown>>): Promise<unknown>;
}

const adminRoles = async (strapi: Core.Strapi): Promise<AdminRoleService> => {
  const roles = strapi.service('admin::role') as unknown as AdminRoleService;
  await roles.createRolesIfNoneExist();
  return roles;
};

/** An admin role of the test's own with exactly these permissions (content-manager actions on content types). */
export const createAdminRole = async (strapi: Core.Strapi, name: string, permissions: Array<Record<string, unknown>>): Promise<number> => {
  const roles = await adminRoles(strapi);
  const role = await roles.create({ name, description: `integration tests: ${name}` });
  await roles.assignPermissions(role.id, permissions);
  return role.id;
};

/**
 * An admin user with one role — Strapi's default Author (`strapi-author`) or
 * Editor (`strapi-editor`), or a role id made by createAdminRole — logged in;
 * returns its access token and id.
 */
export const adminUserWithRole = async (
  strapi: Core.Strapi,
  baseUrl: string,
  email: string,
  role: 'strapi-author' | 'strapi-editor' | number,
): Promise<{ token: string; id: number }> => {
  const roles = await adminRoles(strapi);
  const roleId = typeof role === 'number' ? role : (await roles.findOne({ code: role }))?.id;
  if (!roleId) throw new Error(`no admin role ${role}`);
  const users = strapi.service('admin::user') as unknown as { create(attributes: Record<string, unknown>): Promise<{ id: number }> };
  const user = await users.create({
    email,
    firstname: 'Test',
    lastname: String(role),
    password: ADMIN_PASSWORD,
    isActive: true,
    registrationToken: null,
    roles: [roleId],
  });
  return { token: await adminLogin(baseUrl, email), id: user.id };
};

/**
 * A Users & Permissions user whose role holds exactly the given actions
 * (e.g. `plugin::newsroom.meeting.find`, `plugin::newsroom.drafts.read`),
 * signed in through /api/auth/local; returns its JWT.
 */
export const usersPermissionsUser = async (strapi: Core.Strapi, baseUrl: string, username: string, actions: string[]): Promise<string> => {
  const role = (await strapi.db.query('plugin::users-permissions.role').create({
    data: { name: `role-${username}`, description: 'integration tests', type: `role-${username}` },
  })) as { id: number };
  for (const action of actions) {
    await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
  }
  const password = 'Reader-Test-2023';
  const userService = strapi.plugin('users-permissions').service('user') as { add(values: Record<string, unknown>): Promise<unknown> };
  await userService.add({ username, email: `${username}@newsroom.test`, password, provider: 'local', confirmed: true, blocked: false, role: role.id });
  const response = await fetch(`${baseUrl}/api/auth/local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: `${username}@newsroom.test`, password }),
  });
  const body = (await response.json()) as { jwt?: string };
  if (!body.jwt) throw new Error(`users-permissions login failed: ${response.status} ${JSON.stringify(body)}`);
  return body.jwt;
};

/**
 * What an administrator does in Settings → Roles before Strapi's default
 * Author and Editor can work on the plugin's kinds: on a fresh database
 * (Strapi 5.54) their content-manager permissions carry no locales, which
 * i18n reads as "no locale at all", and the Editor has no publish (nor
 * delete) permission on them. Ticks the given locales on every permission
 * of the role on the newsroom kinds and adds the missing actions.
 */
export const tickRoleLocales = async (strapi: Core.Strapi, code: string, locales: string[], addActions: string[] = []): Promise<void> => {
  const role = (await strapi.db.query('admin::role').findOne({ where: { code } })) as { id: number } | null;
  if (!role) throw new Error(`no admin role ${code}`);
  const permissions = (await strapi.db.query('admin::permission').findMany({
    where: { role: role.id, subject: { $startsWith: 'plugin::newsroom.' } },
  })) as Array<{ id: number; action: string; subject: string; properties: Record<string, unknown> | null; conditions: string[] }>;
  for (const permission of permissions) {
    await strapi.db.query('admin::permission').update({ where: { id: permission.id }, data: { properties: { ...(permission.properties ?? {}), locales } } });
  }
  const subjects = [...new Set(permissions.map((permission) => permission.subject))];
  const conditions = permissions[0]?.conditions ?? [];
  for (const action of addActions) {
    for (const subject of subjects) {
      if (permissions.some((permission) => permission.action === action && permission.subject === subject)) continue;
      await strapi.db.query('admin::permission').create({ data: { action, actionParameters: {}, subject, properties: { locales }, conditions, role: role.id } });
    }
  }
};
