import path from 'path';

type Env = {
  (key: string, fallback?: string): string;
  int(key: string, fallback?: number): number;
  bool(key: string, fallback?: boolean): boolean;
};

/**
 * SQLite (better-sqlite3) in .tmp/ by default, so the demo and the tests need
 * no server. DATABASE_CLIENT=postgres or mysql (MariaDB too) switches to a
 * server, configured by DATABASE_URL or the host/port/name/user/password
 * variables.
 */
export default ({ env }: { env: Env }) => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  const server = (defaultPort: number, defaultUser: string) => ({
    host: env('DATABASE_HOST', '127.0.0.1'),
    port: env.int('DATABASE_PORT', defaultPort),
    database: env('DATABASE_NAME', 'strapi'),
    user: env('DATABASE_USERNAME', defaultUser),
    password: env('DATABASE_PASSWORD', ''),
    ssl: env.bool('DATABASE_SSL', false) ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) } : false,
  });

  const connections = {
    postgres: {
      connection: {
        ...server(5432, 'postgres'),
        ...(env('DATABASE_URL', '') ? { connectionString: env('DATABASE_URL') } : {}),
        schema: env('DATABASE_SCHEMA', 'public'),
      },
      pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
    },
    mysql: {
      connection: { ...server(3306, 'root'), ...(env('DATABASE_URL', '') ? { uri: env('DATABASE_URL') } : {}) },
      pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
    },
    sqlite: {
      connection: {
        filename: path.resolve(process.cwd(), env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
  } as const;

  if (!(client in connections)) {
    throw new Error(`DATABASE_CLIENT must be sqlite, postgres or mysql, not "${client}"`);
  }

  return {
    connection: {
      client,
      ...connections[client as keyof typeof connections],
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};
