/**
 * The pipeline page's two admin permissions, registered with Strapi's admin
 * permission action provider so that Settings → Roles lists them under the
 * plugin ("see the pipeline", "retry a failed job") and a role can be given
 * one without the other. Registered in `register`, before the admin's own
 * bootstrap gives the super admin role every registered action.
 */
import type { Core } from '@strapi/strapi';

export { PIPELINE_READ, PIPELINE_RETRY } from '../../../shared/pipeline-permissions';

interface ActionProvider {
  registerMany(actions: Array<{ section: 'plugins'; displayName: string; uid: string; subCategory?: string; pluginName: string }>): Promise<unknown>;
}

const hasActionProvider = (service: unknown): service is { actionProvider: ActionProvider } =>
  typeof (service as { actionProvider?: { registerMany?: unknown } } | undefined)?.actionProvider?.registerMany === 'function';

export const registerPipelinePermissions = async (strapi: Core.Strapi): Promise<void> => {
  const permission: unknown = strapi.service('admin::permission');
  if (!hasActionProvider(permission)) throw new Error('newsroom: the admin permission service has no action provider');
  await permission.actionProvider.registerMany([
    { section: 'plugins', displayName: 'See the publishing pipeline', uid: 'pipeline.read', subCategory: 'pipeline', pluginName: 'newsroom' },
    { section: 'plugins', displayName: 'Retry failed pipeline jobs', uid: 'pipeline.retry', subCategory: 'pipeline', pluginName: 'newsroom' },
  ]);
};
