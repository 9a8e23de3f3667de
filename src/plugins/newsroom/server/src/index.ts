import type { Core } from '@strapi/strapi';
import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import middlewares from './middlewares';
import policies from './policies';
import register from './register';
import routes from './routes';
import services from './services';
import { stopWorkers } from './services/outbox';
import { stopParserWorker } from './services/importer/parse-off-thread';
import { closeSqliteReader } from './strapi/sqlite-reader';

/** The import parser pool's task: its worker threads run this bundle (services/importer/parse-off-thread.ts). */
export { parseInWorker } from './services/importer/parse-off-thread';

export default {
  register,
  bootstrap,
  config,
  contentTypes,
  controllers,
  middlewares,
  policies,
  routes,
  services,
  /** Stops the outbox's worker (the job under way finishes), ends the article parser's worker threads, if any were started, and closes SQLite's read connection. */
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await stopWorkers();
    await stopParserWorker();
    await closeSqliteReader(strapi);
  },
};
