import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../config';

interface Entry {
  json: string;
  expires: number;
}

/**
 * Public page answers, kept serialized for a short while. Any newsroom
 * write in this process empties it (hooks/page-cache-invalidation.ts);
 * writes made by another Strapi process on the same database show after at
 * most `pageCacheTtlMs`, as they do behind the Cache-Control max-age we
 * send anyway. Bounded: the oldest entries go first.
 */
const pageCacheService = ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = new Map<string, Entry>();
  const settings = () => strapi.config.get('plugin::newsroom') as NewsroomConfig;

  return {
    get(key: string): string | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expires < Date.now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.json;
    },
    set(key: string, json: string): void {
      const { pageCacheTtlMs, pageCacheSize } = settings();
      if (pageCacheTtlMs <= 0) return;
      entries.delete(key);
      entries.set(key, { json, expires: Date.now() + pageCacheTtlMs });
      while (entries.size > pageCacheSize) entries.delete(entries.keys().next().value as string);
    },
    clear(): void {
      entries.clear();
    },
  };
};

export type PageCacheService = ReturnType<typeof pageCacheService>;
export default pageCacheService;
