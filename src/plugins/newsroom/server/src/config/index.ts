import type { CreditStyle } from '../editorial/credit-line';
import type { SignOffPolicy } from '../editorial/rule-sign-off-chains';
import { DEFAULT_IMPORT_LIMITS, settingsProblems, type ImportLimits } from '../strapi/settings';
import { DEFAULT_GRAPHQL_MAX_COST, DEFAULT_GRAPHQL_MAX_FIELDS } from '../graphql/cost-limit';

export interface NewsroomConfig {
  /** Locales the plugin's content is written in; created at boot when missing. */
  locales: Array<{ code: string; name: string }>;
  /** Made i18n's default locale at boot; `false` leaves the host app's default alone. */
  defaultLocale: string | false;
  /** Cache-Control of public GET answers of the content API (authenticated ones are private). */
  cacheControl: string;
  /** How long a public page answer is served from memory; 0 turns the page cache off. */
  pageCacheTtlMs: number;
  /** How many page answers the cache holds at most. */
  pageCacheSize: number;
  /** For benchmarks only: `false` leaves out the write hooks (rules, slugs, cache invalidation); refused in production. */
  documentMiddlewares: boolean;
  /**
   * Which desk credits make a report publishable: `responsible-editor` (an
   * editor and one responsible editor), `three-review` (三审制: an editor, one
   * second and one final reviewer, three different people) or `either`.
   */
  signOff: SignOffPolicy;
  /** House style of the derived Chinese credit line: `brackets` (`[编辑:陈飞] [责任编辑:郑晓鹏]`) or `chain` (`编辑 陈飞 责任编辑 郑晓鹏`). */
  creditStyle: CreditStyle;
  /** HMAC key of the preview links (services/preview-links.ts); previews are refused while it is empty. */
  previewSecret: string;
  /** How long a preview link stays valid, in seconds. */
  previewTtlSeconds: number;
  /** How many speakers, achievements and street cases one imported report may make (a larger one is refused with 400 before any write). */
  importLimits: ImportLimits;
  /** GraphQL: most fields one request may select, aliases and fragments counted (graphql/cost-limit.ts). */
  graphqlMaxFields: number;
  /** GraphQL: largest estimated cost of one request — a field costs 1, jsonLd/readAloud 10, lists multiply by their page size. */
  graphqlMaxCost: number;
}

export default {
  default: {
    locales: [
      { code: 'zh-Hans', name: 'Chinese (Simplified) (zh-Hans)' },
      { code: 'en', name: 'English (en)' },
    ],
    defaultLocale: 'zh-Hans',
    cacheControl: 'public, max-age=60, stale-while-revalidate=300',
    pageCacheTtlMs: 10_000,
    pageCacheSize: 2_000,
    documentMiddlewares: true,
    signOff: 'either',
    creditStyle: 'brackets',
    previewSecret: '',
    previewTtlSeconds: 15 * 60,
    importLimits: DEFAULT_IMPORT_LIMITS,
    graphqlMaxFields: DEFAULT_GRAPHQL_MAX_FIELDS,
    graphqlMaxCost: DEFAULT_GRAPHQL_MAX_COST,
  } satisfies NewsroomConfig,
  validator(config: Partial<NewsroomConfig>) {
    if (config.locales && !Array.isArray(config.locales)) {
      throw new Error('newsroom: config.locales must be an array of { code, name }');
    }
    const problems = settingsProblems(config);
    if (problems.length > 0) throw new Error(`newsroom: ${problems.join('; ')}`);
  },
};
