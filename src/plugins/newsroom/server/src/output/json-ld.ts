/**
 * schema.org JSON-LD for a meeting report: a NewsArticle whose `about` is the
 * meeting as an Event, following Google's article guidelines (headline,
 * datePublished with its offset, author as Person with a name, image).
 * Credits map onto schema.org's own roles: reporters and correspondents are
 * `author`; photographers and interns `contributor`; editors, trainee editors,
 * proofreaders and the second and final reviewers `editor`; the responsible
 * editor — or, in a three-review chain without one, the final reviewer —
 * `accountablePerson`; the source `sourceOrganization` and `creditText`. On
 * an English page names are romanized (Zheng Xiaopeng), the Chinese name kept
 * as `alternateName`. A kind whose list entry describes its JSON-LD (a type,
 * and the fields that give its properties) gets the same article about that
 * thing when it carries editorial data, else the thing itself.
 */
import { pageView, type EditorialView, type MediaView, type MeetingView, type PageDates, type SpeakerSummary } from './page-types';
import type { JsonLdDescription } from '../kinds/plain';
import type { PlainObject } from '../../../shared/documents';
import { romanizeName } from '../editorial/credit-romanize';
import type { CreditRole } from '../editorial/credit-roles';
import { toBeijingIso } from './beijing-time';
import { isEnglishLocale } from '../../../shared/locale';

type Thing = Record<string, unknown>;


/** What a NewsArticle is made of: a page's title, dates and editorial data. */
export type ArticleView = PageDates & {
  locale?: string | null;
  title?: string | null;
  headline?: string | null;
  summary?: string | null;
  editorial?: EditorialView | null;
  updatedAt?: string | null;
};

/** A credited person; on an English page with the name in Latin letters and the written one as alternateName. */
const personIn = (article: ArticleView) => (name: string): Thing => {
  const romanized = isEnglishLocale(article.locale) ? romanizeName(name) : name;
  return romanized === name ? { '@type': 'Person', name } : { '@type': 'Person', name: romanized, alternateName: name };
};

const namesIn = (article: ArticleView, ...roles: CreditRole[]): string[] =>
  (article.editorial?.credits ?? [])
    .filter((credit) => roles.includes(credit.role as CreditRole))
    .map((credit) => credit.name)
    .filter((name): name is string => typeof name === 'string' && name !== '');

const performer = (speaker: SpeakerSummary): Thing => {
  const position = speaker.positions?.[0];
  const jobTitle = (speaker.positions ?? []).map((p) => p.title).filter(Boolean).join('、');
  return {
    '@type': 'Person',
    name: speaker.name,
    ...(jobTitle ? { jobTitle } : {}),
    ...(position?.organization ? { affiliation: { '@type': 'Organization', name: position.organization } } : {}),
  };
};

/** Google asks for headlines of at most 110 characters. */
const HEADLINE_MAX = 110;

const compact = (thing: Thing): Thing =>
  Object.fromEntries(Object.entries(thing).filter(([, value]) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)));

/**
 * Each correction, update and clarification as a schema.org
 * CorrectionComment (https://schema.org/correction), oldest first.
 */
export const correctionsJsonLd = (page: PageDates): Thing[] =>
  (page.corrections ?? [])
    .filter((c) => typeof c.text === 'string' && c.text.trim() !== '')
    .map((c) => compact({ '@type': 'CorrectionComment', datePublished: c.date ?? undefined, text: c.text }))
    .sort((a, b) => String(a.datePublished ?? '').localeCompare(String(b.datePublished ?? '')));

export interface JsonLdOptions {
  /** Absolute URL of the meeting's page, when the frontend's address is configured. */
  url?: string;
  /** Base URL that relative media URLs (`/uploads/…`) are resolved against. */
  mediaBaseUrl?: string;
}

export const meetingJsonLd = (meeting: MeetingView, options: JsonLdOptions = {}): Thing => {
  const speakers = new Map<string, SpeakerSummary>();
  for (const speech of meeting.speeches ?? []) {
    if (speech.speaker?.name) speakers.set(speech.speaker.documentId, speech.speaker);
  }
  const event = compact({
    '@type': 'Event',
    name: meeting.title,
    startDate: meeting.heldOn,
    location: meeting.venue
      ? compact({
          '@type': 'Place',
          name: meeting.venue,
          address: meeting.district ? { '@type': 'PostalAddress', addressLocality: meeting.district, addressCountry: 'CN' } : undefined,
        })
      : undefined,
    organizer: meeting.organizer ? { '@type': 'Organization', name: meeting.organizer } : undefined,
    performer: [...speakers.values()].map(performer),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  });
  return articleJsonLd(meeting, event, meeting.cover, options);
};

/** A NewsArticle about `about`, with its credits, source, dates, corrections and image. */
export const articleJsonLd = (article: ArticleView, about: Thing | undefined, cover: MediaView | null | undefined, options: JsonLdOptions = {}): Thing => {
  const editorial = article.editorial ?? {};
  const headline = (article.headline || article.title || '').slice(0, HEADLINE_MAX);
  const person = personIn(article);
  const responsible = namesIn(article, 'responsible-editor')[0] ?? namesIn(article, 'final-reviewer')[0];
  // Absolute against the configured public URL; left as stored without one (never resolved against a guessed host).
  const image = cover?.url ? (options.mediaBaseUrl ? new URL(cover.url, `${options.mediaBaseUrl}/`).toString() : cover.url) : undefined;
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    name: article.title,
    alternativeHeadline: article.headline && article.title !== article.headline ? article.title : undefined,
    description: article.summary,
    url: options.url,
    mainEntityOfPage: options.url,
    // The first publication (never moved by a republish), else the source's report time; modified only by a correction or an update.
    datePublished: toBeijingIso(article.datePublished ?? editorial.reportedAt ?? ''),
    dateModified: toBeijingIso(article.dateModified ?? article.updatedAt ?? ''),
    correction: correctionsJsonLd(article),
    dateline: editorial.dateline,
    author: namesIn(article, 'reporter', 'correspondent').map(person),
    contributor: namesIn(article, 'photographer', 'intern').map(person),
    editor: namesIn(article, 'editor', 'trainee-editor', 'proofreader', 'second-reviewer', 'final-reviewer').map(person),
    accountablePerson: responsible ? person(responsible) : undefined,
    sourceOrganization: editorial.source ? compact({ '@type': 'Organization', name: editorial.source, url: editorial.sourceUrl }) : undefined,
    creditText: editorial.source,
    isBasedOn: editorial.sourceUrl,
    inLanguage: article.locale,
    image: image ? [image] : undefined,
    about,
  });
};

/** What a kind described by its list entry is: its title field, its editorial data (or none), its image field. */
export interface DescribedKind {
  jsonLd: JsonLdDescription;
  slugSource: string;
  editorial: boolean;
  media?: string;
}

/** A kind's JSON-LD from its description: the thing its fields make; a NewsArticle about it when the kind carries editorial data. */
export const describedJsonLd = (page: PlainObject, kind: DescribedKind, options: JsonLdOptions = {}): Thing => {
  const properties = Object.entries(kind.jsonLd.properties).map(([property, field]): [string, unknown] => [property, page[field]]);
  const thing = compact({ '@type': kind.jsonLd.type, ...Object.fromEntries(properties) });
  const title = page[kind.slugSource];
  const article = { ...pageView<ArticleView>(page), title: typeof title === 'string' ? title : null };
  if (!kind.editorial) return compact({ '@context': 'https://schema.org', ...thing, url: options.url, correction: correctionsJsonLd(article) });
  const cover = kind.media ? pageView<{ media?: MediaView | null }>({ media: page[kind.media] }).media : undefined;
  return articleJsonLd(article, thing, cover, options);
};

export const speakerJsonLd = (speaker: SpeakerSummary & PageDates & { bio?: string | null; locale?: string }): Thing =>
  compact({ '@context': 'https://schema.org', ...performer(speaker), description: speaker.bio, correction: correctionsJsonLd(speaker) });
