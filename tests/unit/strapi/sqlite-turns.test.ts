/**
 * On SQLite a write's queries answer synchronously; strapi/sqlite-turns.ts
 * makes a query on Strapi's connection wait one turn of the event loop once
 * the loop has not turned for TURN_AFTER_MS, so requests that arrived are
 * taken in between two of a write's queries. Here on a stand-in for knex's
 * client class: Strapi's client, a transaction's client made from the class
 * (as knex makes it), and another connection's client (the read connection).
 */
import { TURN_AFTER_MS, turnBetweenQueries } from '../../../src/plugins/newsroom/server/src/strapi/sqlite-turns';

/** What each connection ran, in order. */
const ran = new WeakMap<object, unknown[]>();

class FakeClient {
  constructor(public connectionSettings: object) {}

  async _query(connection: unknown, obj: unknown): Promise<unknown> {
    if (typeof connection === 'object' && connection !== null) ran.set(connection, [...(ran.get(connection) ?? []), obj]);
    return obj;
  }
}

const strapiWith = (client: FakeClient) => ({ db: { connection: { client } } }) as never;

/** Holds the thread as a synchronous driver and the code between its queries do. */
const busyFor = (ms: number): void => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

/** Runs `queries` queries back to back, each after `ms` of work, and answers how many times the event loop turned meanwhile. */
const turnsDuring = async (client: FakeClient, queries: number, ms: number): Promise<number> => {
  let turns = 0;
  let running = true;
  const count = (): void => {
    if (!running) return;
    turns += 1;
    setImmediate(count);
  };
  setImmediate(count);
  for (let i = 0; i < queries; i += 1) {
    busyFor(ms);
    await client._query(connectionOf(client), i);
  }
  running = false;
  return turns;
};

const connections = new WeakMap<FakeClient, object>();
const connectionOf = (client: FakeClient): object => {
  if (!connections.has(client)) connections.set(client, {});
  return connections.get(client) as object;
};

const settings = { filename: 'strapi.db' };
const strapiClient = new FakeClient(settings);
turnBetweenQueries(strapiWith(strapiClient));

it('lets the loop turn before each query of Strapi’s connection that comes after the loop was held longer than the limit', async () => {
  expect(await turnsDuring(strapiClient, 10, TURN_AFTER_MS + 1)).toBe(10);
});

it('does so for a transaction’s client, which knex makes from the class and not from the instance', async () => {
  const transactionClient = Object.create(FakeClient.prototype) as FakeClient;
  transactionClient.connectionSettings = settings;
  expect(await turnsDuring(transactionClient, 10, TURN_AFTER_MS + 1)).toBe(10);
});

it('leaves short stretches alone: quick queries run on without a turn each', async () => {
  // The first query may find the last turn older than the limit; the rest come well within it.
  expect(await turnsDuring(strapiClient, 50, 0)).toBeLessThanOrEqual(1);
});

it('leaves other connections of the same class alone (the read connection)', async () => {
  const reader = new FakeClient({ filename: 'strapi.db', readonly: true });
  expect(await turnsDuring(reader, 10, TURN_AFTER_MS + 1)).toBe(0);
});

it('wraps the class once, however many apps install it', async () => {
  const other = new FakeClient({ filename: 'other.db' });
  turnBetweenQueries(strapiWith(other));
  turnBetweenQueries(strapiWith(strapiClient));
  const query = FakeClient.prototype._query;
  turnBetweenQueries(strapiWith(other));
  expect(FakeClient.prototype._query).toBe(query);
  expect(await turnsDuring(other, 10, TURN_AFTER_MS + 1)).toBe(10);
});

it('runs a connection’s queries in the order they were sent, a query sent later never before one that waits its turn', async () => {
  const connection = {};
  busyFor(TURN_AFTER_MS + 1);
  // Two queries sent together, both to wait for a turn; the first one's answer at once sends a third (Strapi
  // sends queries it does not await, and reads that depend on them, in one transaction).
  const first = strapiClient._query(connection, 'first').then(() => strapiClient._query(connection, 'third'));
  const second = strapiClient._query(connection, 'second');
  await Promise.all([first, second]);
  expect(ran.get(connection)).toEqual(['first', 'second', 'third']);
});
