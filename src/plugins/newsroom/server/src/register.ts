import type { Core } from '@strapi/strapi';
import { componentDefinitions } from './strapi/component-definitions';
import { registerGraphql } from './graphql';
import { registerGraphqlLimits } from './graphql/cost-limit';
import { registerDocumentMiddlewares } from './document-middlewares';
import { registerPageJobs } from './services/pages/jobs';
import { raiseBodyLimitForImports } from './strapi/body-limit';
import { letReadOnlyTokensRead } from './strapi/read-only-tokens';

const register = ({ strapi }: { strapi: Core.Strapi }): void => {
  const components = strapi.get('components') as { add(definitions: Record<string, unknown>): void };
  components.add(componentDefinitions());
  registerDocumentMiddlewares(strapi);
  registerPageJobs(strapi);
  registerGraphql(strapi);
  registerGraphqlLimits(strapi);
  raiseBodyLimitForImports(strapi);
  letReadOnlyTokensRead(strapi);
};

export default register;
