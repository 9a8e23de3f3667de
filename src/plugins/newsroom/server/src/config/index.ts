import type { CreditStyle } from '../editorial/credit-line';
import type { SignOffPolicy } from '../editorial/rule-sign-off-chains';
import { DEFAULT_BLOCKS_LIMITS, type BlocksLimits } from '../editorial/rule-blocks-size';
import { DEFAULT_IMPORT_LIMITS, settingsProblems, type ImportLimits } from '../strapi/settings';
import { DEFAULT_GRAPHQL_MAX_COST, DEFAULT_GRAPHQL_MAX_FIELDS } from './graphql-limits';
import type { OutboxSettings } from '../services/outbox/settings';
import { DEFAULT_IMPORT_PARSE, importParseProblems, type ImportParseSettings } from '../services/importer/parse-settings';

export interface NewsroomConfig {
  /** Locales the plugin's content is written in; created at boot when missing. */
  locales: Array<{ code: string; name: string }>;
  /** Made i18n's default locale at boot; `false` leaves the host app's default alone. */
  defaultLocale: string | false;
  /** Cache-Control of public GET answers of the content API (authenticated ones are private). */
  cacheControl: string;
  /**
   * The frontend's URL of each kind's page, with `{slug}` and `{locale}`
   * (`{ meeting: 'https://news.example.org/{locale}/meetings/{slug}' }`): the
   * links of feeds and sitemaps and the JSON-LD `url`. A kind without one is
   * left out of feeds and sitemaps.
   */
  frontendUrls: Record<string, string>;
  /** CDN purge endpoints: each gets `POST {"paths": [...]}` after a write that changed pages has committed. */
  purgeUrls: string[];
  /** How many entries a feed holds. */
  feedSize: number;
  /** Most URLs in one sitemap (the protocol's limit, 50,000); past it /sitemap.xml is an index of /sitemap-N.xml pages. */
  sitemapSize: number;
  /** How many items of a list that grows with the archive a stored page embeds (a speaker's latest speeches, a meeting's first achievements and street cases); the rest is paged (services/pages/page-lists.ts). */
  pageListSize: number;
  /** The feeds' title and the Google News sitemap's publication name. */
  publicationName: string;
  /** For benchmarks only: `false` leaves out the write hooks (rules, slugs, page rebuild); refused in production. */
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
  /**
   * The largest blocks field (a meeting's body) a write may carry: nodes (blocks, list items, pieces of text) and
   * characters of text. A larger one is refused with 400 `blocks.too-large` at every entrance, before Strapi validates it.
   */
  blocksLimits: BlocksLimits;
  /** The import parser's pool of worker threads: threads, queue (a full one answers 429), time limit per report (services/importer/parse-settings.ts). */
  importParse: ImportParseSettings;
  /** GraphQL: most fields one request may select, aliases and fragments counted (graphql/cost-limit.ts). */
  graphqlMaxFields: number;
  /** GraphQL: largest estimated cost of one request — a field costs 1, jsonLd/readAloud 10, lists multiply by their page size. */
  graphqlMaxCost: number;
  /** The outbox's workers (services/outbox/settings.ts); each missing setting takes its default. */
  outbox?: Partial<OutboxSettings>;
  /** On SQLite: put the database in WAL mode, serve public page reads through a second, read-only connection that does not wait for writes (strapi/sqlite-reader.ts), and let requests in between a write's queries (strapi/sqlite-turns.ts). */
  sqliteReadConnection: boolean;
}

export default {
  default: {
    locales: [
      { code: 'zh-Hans', name: 'Chinese (Simplified) (zh-Hans)' },
      { code: 'en', name: 'English (en)' },
    ],
    defaultLocale: 'zh-Hans',
    cacheControl: 'public, max-age=60, stale-while-revalidate=300',
    frontendUrls: {},
    purgeUrls: [],
    feedSize: 50,
    sitemapSize: 50_000,
    pageListSize: 20,
    publicationName: 'Newsroom',
    documentMiddlewares: true,
    signOff: 'either',
    creditStyle: 'brackets',
    previewSecret: '',
    previewTtlSeconds: 15 * 60,
    importLimits: DEFAULT_IMPORT_LIMITS,
    blocksLimits: DEFAULT_BLOCKS_LIMITS,
    importParse: DEFAULT_IMPORT_PARSE,
    graphqlMaxFields: DEFAULT_GRAPHQL_MAX_FIELDS,
    graphqlMaxCost: DEFAULT_GRAPHQL_MAX_COST,
    sqliteReadConnection: true,
  } satisfies NewsroomConfig,
  validator(config: Partial<NewsroomConfig>) {
    if (config.locales && !Array.isArray(config.locales)) {
      throw new Error('newsroom: config.locales must be an array of { code, name }');
    }
    if (config.purgeUrls !== undefined && (!Array.isArray(config.purgeUrls) || config.purgeUrls.some((url) => !URL.canParse(url)))) {
      throw new Error('newsroom: config.purgeUrls must be a list of absolute URLs');
    }
    if (config.frontendUrls !== undefined && (typeof config.frontendUrls !== 'object' || Object.values(config.frontendUrls).some((p) => typeof p !== 'string' || !p.includes('{slug}')))) {
      throw new Error('newsroom: config.frontendUrls must map kinds to URL patterns holding {slug}');
    }
    if (config.sitemapSize !== undefined && !(Number.isInteger(config.sitemapSize) && config.sitemapSize >= 1 && config.sitemapSize <= 50_000)) {
      throw new Error('newsroom: config.sitemapSize must be a whole number from 1 to 50000');
    }
    if (config.pageListSize !== undefined && (!Number.isInteger(config.pageListSize) || config.pageListSize < 1 || config.pageListSize > 100)) {
      throw new Error('newsroom: config.pageListSize must be a whole number from 1 to 100');
    }
    if (config.sqliteReadConnection !== undefined && typeof config.sqliteReadConnection !== 'boolean') {
      throw new Error('newsroom: config.sqliteReadConnection must be true or false');
    }
    const problems = [...settingsProblems(config), ...importParseProblems(config.importParse)];
    if (problems.length > 0) throw new Error(`newsroom: ${problems.join('; ')}`);
  },
};
