import type { Core } from '@strapi/strapi';
import { grantPublicRead } from './permissions';

export default {
  register() {},

  /**
   * Users & Permissions deletes, on every boot, stored permissions whose
   * action has no controller behind it, and creates its roles during its own
   * bootstrap; granting here, after both, is what survives restarts.
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await grantPublicRead(strapi);
  },
};
