import type { Core } from '@strapi/strapi';
import { ADMIN_PASSWORD } from './auth';

/**
 * A super admin with an interface language of their own (`preferedLanguage`,
 * as Strapi spells it; `null` for one who never chose), logged in through the
 * admin API as the panel does; returns the access token.
 */
export const adminWithLanguage = async (
  strapi: Core.Strapi,
  baseUrl: string,
  email: string,
  preferedLanguage: string | null,
): Promise<string> => {
  const roles = strapi.service('admin::role') as unknown as { getSuperAdmin(): Promise<{ id: number } | null>; createRolesIfNoneExist(): Promise<void> };
  await roles.createRolesIfNoneExist();
  const superAdmin = await roles.getSuperAdmin();
  const users = strapi.service('admin::user') as unknown as {
    exists(where: Record<string, unknown>): Promise<boolean>;
    create(attributes: Record<string, unknown>): Promise<unknown>;
  };
  if (!(await users.exists({ email }))) {
    await users.create({
      email,
      firstname: 'Test',
      lastname: preferedLanguage ?? 'Default',
      password: ADMIN_PASSWORD,
      isActive: true,
      registrationToken: null,
      roles: superAdmin ? [superAdmin.id] : [],
    });
  }
  await strapi.db.query('admin::user').update({ where: { email }, data: { preferedLanguage } });
  const response = await fetch(`${baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: ADMIN_PASSWORD }),
  });
  const body = (await response.json()) as { data?: { token?: string; accessToken?: string } };
  const token = body.data?.token ?? body.data?.accessToken;
  if (!token) throw new Error(`admin login failed: ${response.status} ${JSON.stringify(body)}`);
  return token;
};
