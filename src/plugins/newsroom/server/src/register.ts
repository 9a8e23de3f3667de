import type { Core } from '@strapi/strapi';
import { componentDefinitions } from './strapi/component-definitions';
import { registerGraphql } from './graphql';
import { registerGraphqlLimits } from './graphql/cost-limit';
import { registerDocumentMiddlewares } from './document-middlewares';
import { registerPageJobs } from './services/pages/jobs';
import { registerEmbargoJob } from './services/schedule/embargo-job';
import { registerScheduleJob } from './services/schedule/schedule-fire';
import { raiseBodyLimitForImports } from './strapi/body-limit';
import { letReadOnlyTokensRead } from './strapi/read-only-tokens';
import { guardPreviewUrls } from './services/preview/route-policy';
import { registerPipelinePermissions } from './strapi/pipeline-permissions';
import { batchPublishRelinks } from './strapi/publish-relinks';

const register = async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  const components = strapi.get<{ add(definitions: Record<string, unknown>): void }>('components');
  components.add(componentDefinitions());
  registerDocumentMiddlewares(strapi);
  registerPageJobs(strapi);
  registerEmbargoJob();
  registerScheduleJob();
  registerGraphql(strapi);
  registerGraphqlLimits(strapi);
  raiseBodyLimitForImports(strapi);
  letReadOnlyTokensRead(strapi);
  guardPreviewUrls(strapi);
  batchPublishRelinks(strapi);
  await registerPipelinePermissions(strapi);
};

export default register;
