import type { Core } from '@strapi/strapi';

/**
 * On SQLite, lets the process serve other requests between a write's queries.
 *
 * better-sqlite3 answers each query synchronously, and knex resolves its
 * promise at once: a write's whole chain of queries, and Strapi's code
 * between them, runs without the event loop ever turning. A public read that
 * arrived meanwhile was not even parsed until the write ended, whichever
 * connection it would have used (60–80 ms p99 during a speaker's rename in
 * bench:archive). Here a query on Strapi's connection that comes more than
 * TURN_AFTER_MS after the loop last turned first waits one turn
 * (`setImmediate`): a read that arrived is taken in, and answered through
 * the read connection (sqlite-reader.ts), between two of the write's
 * queries. Turning on every query was tried: reads came out the same, and a
 * rename under four busy readers took ten times as long.
 *
 * A connection's queries still run in the order they were sent: a query sent
 * while an earlier one waits for its turn waits behind it. (Without that, a
 * query sent from an answer that came after the turn ran before an earlier
 * one still waiting, and stored pages were found missing components and
 * media that a rebuild then gave them: tests/integration/pages-outbox.test.ts
 * failed so, and passes with the order kept.)
 *
 * Installed with the read connection only: without it, a read let in would
 * wait for the write's connection anyway.
 */

interface KnexClient {
  connectionSettings: object;
  _query(connection: unknown, obj: unknown): Promise<unknown>;
}

const isKnexClient = (value: unknown): value is KnexClient =>
  typeof value === 'object' && value !== null && typeof Reflect.get(value, '_query') === 'function';

/** The connection settings of the clients that take turns: a transaction's client is made from the class, not the instance, and shares them. */
const turning = new WeakSet<object>();
const wrappedClasses = new WeakSet<object>();
/** Per connection, the last of its queries that waits for a turn: a query sent after it waits behind it. */
const waiting = new WeakMap<object, Promise<void>>();

/** How long Strapi's queries, and its code between them, may hold the event loop before the next query waits a turn. */
export const TURN_AFTER_MS = 5;
let lastTurn = 0;

const oneTurn = (): Promise<void> =>
  new Promise((resolve) =>
    setImmediate(() => {
      lastTurn = performance.now();
      resolve();
    })
  );

/**
 * Wraps the query of Strapi's client class so that a query on Strapi's
 * connection (in a transaction or not) that comes more than TURN_AFTER_MS
 * after the loop last turned starts on a later turn, in the order sent;
 * other clients of the class (the read connection) are left alone. Answers
 * whether it did.
 */
export const turnBetweenQueries = (strapi: Core.Strapi): boolean => {
  const client: unknown = Reflect.get(strapi.db.connection, 'client');
  const prototype: unknown = typeof client === 'object' && client !== null ? Object.getPrototypeOf(client) : undefined;
  if (!isKnexClient(client) || !isKnexClient(prototype)) return false;
  turning.add(client.connectionSettings);
  if (wrappedClasses.has(prototype)) return true;
  const query = prototype._query;
  prototype._query = function turnThenQuery(this: KnexClient, connection, obj) {
    if (!turning.has(this.connectionSettings) || typeof connection !== 'object' || connection === null) return query.call(this, connection, obj);
    const before = waiting.get(connection);
    if (!before && performance.now() - lastTurn <= TURN_AFTER_MS) return query.call(this, connection, obj);
    // Behind the queries of this connection that wait already, so its queries run in the order they were sent.
    const ready = (before ?? Promise.resolve()).then(() => (performance.now() - lastTurn > TURN_AFTER_MS ? oneTurn() : undefined));
    waiting.set(connection, ready);
    return ready.then(() => {
      if (waiting.get(connection) === ready) waiting.delete(connection);
      return query.call(this, connection, obj);
    });
  };
  wrappedClasses.add(prototype);
  return true;
};
