/**
 * What each page asks the newsroom for: by-slug pages, REST lists, the other
 * language's slug. Only the public API (src/lib/api.ts), typed by the
 * plugin's published response types (types/api).
 */
import type { AchievementPage, MeetingPage, MeetingSummary, PageResponse, SpeakerPage, StreetCasePage } from '../../../types/api/newsroom';
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

interface ListResponse<T> {
  data: T[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

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

/** The speeches endpoint's answer: a page of speeches and where it stands, as Strapi's lists answer it. */
type SpeechesResponse = ListResponse<SpeakerSpeech>;

/**
 * One page of a speaker's speeches, newest meeting first, paged as the API
 * pages them (by meeting: two speeches at one meeting stay together). The
 * first page is the one the speaker's page embeds (the latest
 * `pageListSize` meetings, with `speechesTotal`); a later page is one GET of
 * /api/newsroom/speakers/by-slug/:slug/speeches?page=N, whose page size is
 * the same setting, revalidated like every other read.
 */
export const speakerSpeeches = async (speaker: SpeakerPage, page: number, locale: SiteLocale): Promise<ListPage<SpeakerSpeech>> => {
  const embeddedMeetings = new Set(speaker.speeches.map((speech) => speech.meeting.documentId)).size;
  const total = speaker.speechesTotal ?? embeddedMeetings;
  const pageCount = total === 0 ? 0 : total <= embeddedMeetings ? 1 : Math.ceil(total / embeddedMeetings);
  if (page === 1) return { items: speaker.speeches, page, pageCount, total };
  const query = new URLSearchParams({ page: String(page), locale });
  const answer = await apiGet<SpeechesResponse>(`/api/newsroom/speakers/by-slug/${encodeURIComponent(speaker.slug)}/speeches?${query}`);
  if (answer.status !== 200) return { items: [], page, pageCount, total };
  const { pagination } = answer.body.meta;
  return { items: answer.body.data, page: pagination.page, pageCount: pagination.pageCount, total: pagination.total };
};
