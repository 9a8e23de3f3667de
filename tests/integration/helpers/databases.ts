/**
 * Throwaway databases for integration tests: every test file gets its own,
 * created before Strapi boots and dropped after it stops. Which server is
 * chosen by TEST_DATABASE (sqlite, postgres or mysql), which scripts/test.mjs
 * sets for each entry of TEST_DATABASES.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';

export type DatabaseKind = 'sqlite' | 'postgres' | 'mysql';

export interface TestDatabase {
  kind: DatabaseKind;
  /** Environment for config/database.ts. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

export const currentDatabaseKind = (): DatabaseKind => {
  const kind = (process.env.TEST_DATABASE ?? 'sqlite') as DatabaseKind;
  if (!['sqlite', 'postgres', 'mysql'].includes(kind)) throw new Error(`TEST_DATABASE must be sqlite, postgres or mysql, not ${kind}`);
  return kind;
};

const uniqueName = (): string => `newsroom_t_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 7)}`;

const PG = {
  host: process.env.TEST_PG_HOST ?? '127.0.0.1',
  port: Number(process.env.TEST_PG_PORT ?? 5432),
  user: process.env.TEST_PG_USER ?? 'postgres',
  password: process.env.TEST_PG_PASSWORD ?? '',
  adminDatabase: process.env.TEST_PG_DATABASE ?? 'test',
};

const MYSQL = {
  host: process.env.TEST_MYSQL_HOST ?? '127.0.0.1',
  port: Number(process.env.TEST_MYSQL_PORT ?? 3306),
  user: process.env.TEST_MYSQL_USER ?? 'root',
  password: process.env.TEST_MYSQL_PASSWORD ?? '',
};

const createPostgres = async (): Promise<TestDatabase> => {
  const { Client } = await import('pg');
  const name = uniqueName();
  const admin = new Client({ ...PG, database: PG.adminDatabase });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    kind: 'postgres',
    env: {
      DATABASE_CLIENT: 'postgres',
      DATABASE_HOST: PG.host,
      DATABASE_PORT: String(PG.port),
      DATABASE_NAME: name,
      DATABASE_USERNAME: PG.user,
      DATABASE_PASSWORD: PG.password,
    },
    async drop() {
      const client = new Client({ ...PG, database: PG.adminDatabase });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
};

const createMysql = async (): Promise<TestDatabase> => {
  const mysql = await import('mysql2/promise');
  const name = uniqueName();
  const run = async (sql: string) => {
    const connection = await mysql.createConnection({ ...MYSQL });
    try {
      await connection.query(sql);
    } finally {
      await connection.end();
    }
  };
  await run(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  return {
    kind: 'mysql',
    env: {
      DATABASE_CLIENT: 'mysql',
      DATABASE_HOST: MYSQL.host,
      DATABASE_PORT: String(MYSQL.port),
      DATABASE_NAME: name,
      DATABASE_USERNAME: MYSQL.user,
      DATABASE_PASSWORD: MYSQL.password,
    },
    drop: () => run(`DROP DATABASE IF EXISTS \`${name}\``),
  };
};

const createSqlite = async (): Promise<TestDatabase> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-'));
  return {
    kind: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
    async drop() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};

export const createTestDatabase = (kind: DatabaseKind = currentDatabaseKind()): Promise<TestDatabase> =>
  ({ sqlite: createSqlite, postgres: createPostgres, mysql: createMysql })[kind]();
