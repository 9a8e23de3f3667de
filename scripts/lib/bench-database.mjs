/**
 * A throwaway database for a benchmark run: a SQLite file in memory (tmpfs),
 * or a PostgreSQL database created in the server's `test` database and
 * dropped after. Returns the DATABASE_* environment for config/database.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { run } from './run.mjs';

const require = createRequire(import.meta.url);

export const freshDatabase = async (kind) => {
  if (kind === 'sqlite') {
    // In memory (tmpfs) where the machine has one: a commit's fsync on a virtual disk took from 1 to 40 ms
    // here, the same in every mode but moving each figure by more than what is measured. BENCH_SQLITE_DIR
    // puts the file elsewhere (a real disk) to measure with it.
    const parent = process.env.BENCH_SQLITE_DIR ?? (fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir());
    const dir = fs.mkdtempSync(path.join(parent, 'newsroom-bench-'));
    return {
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'bench.db') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  if (kind === 'postgres') {
    const { Client } = require('pg');
    const name = `newsroom_bench_${Date.now().toString(36)}`;
    const admin = { host: '127.0.0.1', port: 5432, user: process.env.TEST_PG_USER ?? 'postgres', database: 'test' };
    const sql = async (text) => {
      const client = new Client(admin);
      await client.connect();
      try {
        await client.query(text);
      } finally {
        await client.end();
      }
    };
    await sql(`CREATE DATABASE "${name}"`);
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_HOST: admin.host, DATABASE_PORT: '5432', DATABASE_NAME: name, DATABASE_USERNAME: admin.user },
      drop: () => sql(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  throw new Error(`benchmarks run on sqlite or postgres, not ${kind}`);
};

/**
 * A benchmark's parent: for each database of BENCH_DATABASES (default
 * sqlite,postgres), makes a fresh one, runs this same script in a child
 * process on it (BENCH_DATABASE names it there) and drops it; exits with the
 * first failing child's code, else 0.
 */
export const measureEachDatabaseInAChild = async () => {
  for (const kind of (process.env.BENCH_DATABASES ?? 'sqlite,postgres').split(',').map((d) => d.trim()).filter(Boolean)) {
    const database = await freshDatabase(kind);
    const code = await run(process.execPath, [process.argv[1]], { env: { ...database.env, BENCH_DATABASE: kind } });
    await database.drop();
    if (code !== 0) process.exit(code);
  }
  process.exit(0);
};

/**
 * PostgreSQL plans from the statistics autovacuum gathers as tables grow; a
 * server run with autovacuum off (as this machine's is) never gathers them
 * and plans for tables of a few rows. There a benchmark analyzes the
 * database after seeding, as autovacuum would have on a default server.
 * Answers whether it did.
 */
export const analyzeIfAutovacuumIsOff = async (knex, kind) => {
  if (kind !== 'postgres') return false;
  const { rows } = await knex.raw('show autovacuum');
  if (rows[0]?.autovacuum !== 'off') return false;
  await knex.raw('analyze');
  return true;
};
