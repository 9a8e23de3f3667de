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
 * as `alternateName`.
 */
import type { MeetingView, SpeakerSummary } from './page-types';
import { romanizeName } from '../editorial/credit-romanize';
import type { CreditRole } from '../editorial/credit-roles';
import { toBeijingIso } from './beijing-time';
import { isEnglishLocale } from '../../../shared/locale';

type Thing = Record<string, unknown>;


/** A credited person; on an English page with the name in Latin letters and the written one as alternateName. */
const personIn = (meeting: MeetingView) => (name: string): Thing => {
  const romanized = isEnglishLocale(meeting.locale) ? romanizeName(name) : name;
  return romanized === name ? { '@type': 'Person', name } : { '@type': 'Person', name: romanized, alternateName: name };
};

const namesIn = (meeting: MeetingView, ...roles: CreditRole[]): string[] =>
  (meeting.editorial?.credits ?? [])
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

export interface JsonLdOptions {
  /** Absolute URL of the meeting's page, when the frontend's address is configured. */
  url?: string;
  /** Base URL that relative media URLs (`/uploads/…`) are resolved against. */
  mediaBaseUrl?: string;
}

export const meetingJsonLd = (meeting: MeetingView, options: JsonLdOptions = {}): Thing => {
  const editorial = meeting.editorial ?? {};
  const headline = (meeting.headline || meeting.title || '').slice(0, HEADLINE_MAX);
  const person = personIn(meeting);
  const responsible = namesIn(meeting, 'responsible-editor')[0] ?? namesIn(meeting, 'final-reviewer')[0];
  const speakers = new Map<string, SpeakerSummary>();
  for (const speech of meeting.speeches ?? []) {
    if (speech.speaker?.name) speakers.set(speech.speaker.documentId, speech.speaker);
  }
  // Absolute against the configured public URL; left as stored without one (never resolved against a guessed host).
  const image = meeting.cover?.url
    ? options.mediaBaseUrl
      ? new URL(meeting.cover.url, `${options.mediaBaseUrl}/`).toString()
      : meeting.cover.url
    : undefined;

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

  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    name: meeting.title,
    alternativeHeadline: meeting.headline && meeting.title !== meeting.headline ? meeting.title : undefined,
    description: meeting.summary,
    url: options.url,
    mainEntityOfPage: options.url,
    datePublished: editorial.reportedAt ? toBeijingIso(editorial.reportedAt) : undefined,
    dateModified: meeting.updatedAt ? toBeijingIso(meeting.updatedAt) : undefined,
    dateline: editorial.dateline,
    author: namesIn(meeting, 'reporter', 'correspondent').map(person),
    contributor: namesIn(meeting, 'photographer', 'intern').map(person),
    editor: namesIn(meeting, 'editor', 'trainee-editor', 'proofreader', 'second-reviewer', 'final-reviewer').map(person),
    accountablePerson: responsible ? person(responsible) : undefined,
    sourceOrganization: editorial.source ? compact({ '@type': 'Organization', name: editorial.source, url: editorial.sourceUrl }) : undefined,
    creditText: editorial.source,
    isBasedOn: editorial.sourceUrl,
    inLanguage: meeting.locale,
    image: image ? [image] : undefined,
    about: event,
  });
};

export const speakerJsonLd = (speaker: SpeakerSummary & { bio?: string | null; locale?: string }): Thing =>
  compact({ '@context': 'https://schema.org', ...performer(speaker), description: speaker.bio });
