import type { Core } from '@strapi/strapi';
import { limitMultipartBodies } from './body-limits';
import { grantPublicRead } from './permissions';
import { assertProductionSecrets } from './secrets';

export default {
  /** A production start with any demo secret stops here, naming each missing variable. */
  register({ strapi }: { strapi: Core.Strapi }) {
    assertProductionSecrets();
    limitMultipartBodies(strapi);
  },

  /**
   * Users & Permissions deletes, on every boot, stored permissions whose
   * action has no controller behind it, and creates its roles during its own
   * bootstrap; granting here, after both, is what survives restarts.
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await grantPublicRead(strapi);
  },
};
