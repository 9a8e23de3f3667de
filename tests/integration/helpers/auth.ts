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
