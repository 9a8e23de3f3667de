/**
 * The pipeline page's admin permissions, by the ids Strapi gives them
 * (`plugin::<plugin>.<uid>`): the server registers them and guards its
 * routes with them (server/src/strapi/pipeline-permissions.ts), the admin
 * shows the menu link, the page and the retry buttons by them.
 */
/** See the pipeline: the page and GET /newsroom/outbox. */
export const PIPELINE_READ = 'plugin::newsroom.pipeline.read';
/** Retry a failed job: POST /newsroom/outbox/jobs/:id/retry. */
export const PIPELINE_RETRY = 'plugin::newsroom.pipeline.retry';
