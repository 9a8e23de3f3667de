/**
 * What each page asks the newsroom for: by-slug pages, REST lists, the other
 * language's slug. Only the public API (src/lib/api.ts), typed by the
 * plugin's published response types (types/api).
 */
import type { AchievementPage, ListResponse, MeetingPage, MeetingSummary, PageResponse, SpeakerPage, StreetCasePage } from '../../../types/api/newsroom';
import { apiGet, type ApiAnswer } from './api';
import { PAGE_SIZE, type SiteLocale } from './config';

export type KindName = 'meeting' | 'achievement' | 'street-case' | 'speaker';

/** The API's plural and the site's path segment of each kind (the demo's frontendUrls use the same segments). */
export const KINDS: Record<KindName, { plural: string; segment: string }> = {
  meeting: { plural: 'meetings', segment: 'meetings' },
  achievement: { plural: 'achievements', segment: 'achievements' },
  'street-case': { plural: 'street-cases', segment: 'cases' },
  speaker: { plural: 'speakers', segment: 'people' },
};

export interface PageTypes {
  meeting: MeetingPage;
  achievement: AchievementPage;
  'street-case': StreetCasePage;
  speaker: SpeakerPage;
}

export const bySlugPath = (kind: KindName, slug: string, locale: string): string =>
  `/api/newsroom/${KINDS[kind].plural}/by-slug/${encodeURIComponent(slug)}?locale=${encodeURIComponent(locale)}`;

export type PageAnswer<T> = { status: 200; page: T; etag: string } | { status: 301; slug: string } | { status: 404 };

/** A page by slug; an old slug answers the API's 301, read back to the slug it names. */
export const pageBySlug = async <K extends KindName>(kind: K, slug: string, locale: SiteLocale): Promise<PageAnswer<PageTypes[K]>> => {
  const answer = await apiGet<PageResponse<PageTypes[K]>>(bySlugPath(kind, slug, locale));
  if (answer.status === 200) return { status: 200, page: answer.body.data, etag: answer.etag };
  if (answer.status === 301) {
    const moved = /\/by-slug\/([^/?#]+)/.exec(new URL(answer.location, 'http://api.invalid').pathname);
    return moved ? { status: 301, slug: decodeURIComponent(moved[1]) } : { status: 404 };
  }
  return { status: 404 };
};

export interface ListPage<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

const list = async <T>(plural: string, query: Record<string, string>): Promise<ListPage<T>> => {
  const answer: ApiAnswer<ListResponse<T>> = await apiGet(`/api/newsroom/${plural}?${new URLSearchParams(query)}`);
  if (answer.status !== 200) return { items: [], page: 1, pageCount: 0, total: 0 };
  const { data, meta } = answer.body;
  return { items: data, page: meta.pagination.page, pageCount: meta.pagination.pageCount, total: meta.pagination.total };
};

/** The slug of the same document in another locale, or null when it has no published localization there. */
export const slugIn = async (kind: KindName, documentId: string, locale: SiteLocale): Promise<string | null> => {
  const found = await list<{ slug: string }>(KINDS[kind].plural, { 'filters[documentId][$eq]': documentId, locale, 'fields[0]': 'slug' });
  return found.items[0]?.slug ?? null;
};

export type MeetingItem = MeetingSummary & { summary: string | null };

const meetingFields = { 'fields[0]': 'title', 'fields[1]': 'slug', 'fields[2]': 'heldOn', 'fields[3]': 'venue', 'fields[4]': 'summary' };

/** The latest meetings of a locale, newest first. */
export const latestMeetings = (locale: SiteLocale, page = 1): Promise<ListPage<MeetingItem>> =>
  list<MeetingItem>('meetings', {
    locale,
    ...meetingFields,
    'sort[0]': 'heldOn:desc',
    'sort[1]': 'id:desc',
    'pagination[page]': String(page),
    'pagination[pageSize]': String(PAGE_SIZE),
  });

/** The meetings held in one year, newest first, paged. */
export const meetingsOfYear = (locale: SiteLocale, year: number, page: number): Promise<ListPage<MeetingItem>> =>
  list<MeetingItem>('meetings', {
    locale,
    ...meetingFields,
    'filters[heldOn][$gte]': `${year}-01-01`,
    'filters[heldOn][$lte]': `${year}-12-31`,
    'sort[0]': 'heldOn:desc',
    'sort[1]': 'id:desc',
    'pagination[page]': String(page),
    'pagination[pageSize]': String(PAGE_SIZE),
  });

/** The years from the oldest meeting to the newest, newest first (two one-item reads). */
export const archiveYears = async (locale: SiteLocale): Promise<number[]> => {
  const edge = (direction: 'asc' | 'desc') =>
    list<{ heldOn: string }>('meetings', { locale, 'fields[0]': 'heldOn', 'sort[0]': `heldOn:${direction}`, 'pagination[pageSize]': '1' });
  const [oldest, newest] = await Promise.all([edge('asc'), edge('desc')]);
  const first = Number(oldest.items[0]?.heldOn.slice(0, 4));
  const last = Number(newest.items[0]?.heldOn.slice(0, 4));
  if (!first || !last) return [];
  return Array.from({ length: last - first + 1 }, (_, index) => last - index);
};

export type SpeakerSpeech = SpeakerPage['speeches'][number];
export type MeetingAchievement = MeetingPage['achievements'][number];
export type MeetingStreetCase = MeetingPage['streetCases'][number];

/**
 * One page of a list a page carries the start of (the API's "pages with
 * lists"): page 1 is the start its stored page embeds (`embedded`, which
 * fills `embeddedCount` of the API's page size, with the list's `total`); a
 * later page is one GET of /api/newsroom/<plural>/by-slug/:slug/<segment>?page=N,
 * whose page size is the same setting, revalidated like every other read.
 */
const pageOfList = async <T>(
  owner: KindName,
  slug: string,
  segment: string,
  start: { embedded: T[]; embeddedCount: number; total: number },
  page: number,
  locale: SiteLocale
): Promise<ListPage<T>> => {
  const { embedded, embeddedCount, total } = start;
  const pageCount = total === 0 ? 0 : total <= embeddedCount ? 1 : Math.ceil(total / embeddedCount);
  if (page === 1) return { items: embedded, page, pageCount, total };
  const query = new URLSearchParams({ page: String(page), locale });
  const answer = await apiGet<ListResponse<T>>(`/api/newsroom/${KINDS[owner].plural}/by-slug/${encodeURIComponent(slug)}/${segment}?${query}`);
  if (answer.status !== 200) return { items: [], page, pageCount, total };
  const { pagination } = answer.body.meta;
  return { items: answer.body.data, page: pagination.page, pageCount: pagination.pageCount, total: pagination.total };
};

/** One page of a speaker's speeches, newest meeting first, paged as the API pages them (by meeting: two speeches at one meeting stay together). */
export const speakerSpeeches = (speaker: SpeakerPage, page: number, locale: SiteLocale): Promise<ListPage<SpeakerSpeech>> => {
  const embeddedCount = new Set(speaker.speeches.map((speech) => speech.meeting.documentId)).size;
  return pageOfList('speaker', speaker.slug, 'speeches', { embedded: speaker.speeches, embeddedCount, total: speaker.speechesTotal ?? embeddedCount }, page, locale);
};

/** One page of a meeting's achievements, by ordinal. */
export const meetingAchievements = (meeting: MeetingPage, page: number, locale: SiteLocale): Promise<ListPage<MeetingAchievement>> => {
  const embedded = meeting.achievements;
  return pageOfList('meeting', meeting.slug, 'achievements', { embedded, embeddedCount: embedded.length, total: meeting.achievementsTotal ?? embedded.length }, page, locale);
};

/** One page of a meeting's street cases, in the order they were linked. */
export const meetingStreetCases = (meeting: MeetingPage, page: number, locale: SiteLocale): Promise<ListPage<MeetingStreetCase>> => {
  const embedded = meeting.streetCases;
  return pageOfList('meeting', meeting.slug, 'street-cases', { embedded, embeddedCount: embedded.length, total: meeting.streetCasesTotal ?? embedded.length }, page, locale);
};
