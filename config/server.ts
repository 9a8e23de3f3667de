type Env = {
  (key: string, fallback?: string): string;
  int(key: string, fallback?: number): number;
  bool(key: string, fallback?: boolean): boolean;
  array(key: string, fallback?: string[]): string[];
};

export default ({ env }: { env: Env }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  logger: {
    updates: { enabled: false },
    startup: { enabled: env.bool('STRAPI_STARTUP_LOG', true) },
  },
  app: {
    keys: env.array('APP_KEYS', ['newsroomDemoKeyA', 'newsroomDemoKeyB']),
  },
});
