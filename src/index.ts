import type { Core } from '@strapi/strapi';
import { limitMultipartBodies } from './body-limits';
import { grantPublicRead } from './permissions';
import { assertSecrets } from './secrets';

export default {
  /** A start other than the demo's or the tests' with a missing or demo secret stops here, naming each (src/secrets.ts). */
  register({ strapi }: { strapi: Core.Strapi }) {
    assertSecrets();
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
