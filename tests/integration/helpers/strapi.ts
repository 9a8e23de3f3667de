/**
 * A real Strapi, booted in-process from the compiled app (dist/) against a
 * throwaway database, listening on 127.0.0.1 on a free port. Under jest
 * Strapi cannot load its .ts config (strapi#20935), so scripts/test.mjs
 * compiles first; the plugin is loaded from its built strapi-server export.
 */
import path from 'path';
import type { Core } from '@strapi/strapi';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './databases';

export const APP_DIR = path.resolve(__dirname, '../../..');
export const DIST_DIR = path.join(APP_DIR, 'dist');

export interface TestApp {
  strapi: Core.Strapi;
  database: TestDatabase;
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  stop(): Promise<void>;
}

export interface TestAppOptions {
  /** Serve the built admin panel (dist/build), for browser tests. */
  serveAdminPanel?: boolean;
  /** Defaults to TEST_DATABASE. */
  database?: DatabaseKind;
}

interface PoolCounts {
  numUsed(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

/**
 * Before Strapi closes its pool: stop taking requests and let the queries
 * still running (a request's tail, an event's listener) finish. Knex aborts
 * every connection still being waited for when the pool closes, which on a
 * loaded machine failed a test file after its tests had passed ("aborted").
 */
const settle = async (strapi: Core.Strapi, timeoutMs = 5000): Promise<void> => {
  // No new requests; Node 20 also closes the idle keep-alive sockets. Strapi's destroy ends the rest.
  strapi.server.httpServer.close();
  const pool = (strapi.db.connection.client as { pool?: PoolCounts }).pool;
  const deadline = Date.now() + timeoutMs;
  while (pool && pool.numUsed() + pool.numPendingAcquires() + pool.numPendingCreates() > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

export const startTestApp = async ({ serveAdminPanel = false, database: kind }: TestAppOptions = {}): Promise<TestApp> => {
  const database = await createTestDatabase(kind);
  Object.assign(process.env, database.env, {
    HOST: '127.0.0.1',
    PORT: '0',
    SERVE_ADMIN_PANEL: String(serveAdminPanel),
    NODE_ENV: 'test',
    // The tests run on the demo secrets (src/secrets.ts).
    NEWSROOM_DEMO_SECRETS: '1',
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'false',
    STRAPI_STARTUP_LOG: 'false',
    STRAPI_LOG_LEVEL: 'error',
  });
  const { createStrapi } = await import('@strapi/strapi');
  const strapi = await createStrapi({ appDir: APP_DIR, distDir: DIST_DIR }).load();
  strapi.log.level = 'error';
  await strapi.listen();
  // The tests' fetch and this server share one event loop: after a stretch of synchronous database work
  // (SQLite), the server's 5 s idle timeout could close a keep-alive socket just as fetch reused it
  // (ECONNRESET on the next request, seen with jest --randomize). Idle sockets are left to the client to close.
  strapi.server.httpServer.keepAliveTimeout = 0;
  const address = strapi.server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('Strapi did not listen on a TCP port');
  const baseUrl = `http://127.0.0.1:${address.port}`;

  return {
    strapi,
    database,
    baseUrl,
    async stop() {
      await settle(strapi);
      await strapi.destroy();
      await database.drop();
    },
  };
};
