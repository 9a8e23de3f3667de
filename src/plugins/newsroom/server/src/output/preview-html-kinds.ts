/**
 * The article of each kind's preview page, from the same page data as the
 * by-slug endpoints: a meeting report, an achievement, a street case, a
 * speaker. Each kind names its own in the registry (`previewArticle`,
 * kinds/index.ts). Headings run h1 → h2 → h3 without gaps.
 */
import { pageView, type AchievementView, type EditorialView, type MediaView, type MeetingView, type SpeakerSummary, type SpeechView, type StreetCaseView } from './page-types';
import { blocksHtml, definitions, esc, type Headings, image, list, section } from './preview-html-blocks';
import type { PreviewWords } from './preview-words';
import type { PlainObject } from '../../../shared/documents';

export interface ArticleContext {
  words: PreviewWords;
  /** The speaker page's speeches across meetings (by-slug's `speeches`). */
  speeches: PlainObject[];
}

/** One kind's article: its page data in, HTML out; `headings` carries on into what follows it. */
export type PreviewArticle = (page: PlainObject, context: ArticleContext, headings: Headings) => string;

const value = (words: PreviewWords, key: string | null | undefined): string => (key ? words.values[key] ?? key : '');

const speechItem = (speech: SpeechView, words: PreviewWords): string => {
  const who = speech.speaker?.name ?? speech.speakerDescription ?? '';
  const role = value(words, speech.role ?? undefined);
  const head = [role, who].filter(Boolean).join(' · ');
  return `${head ? `<strong>${esc(head)}</strong>` : ''}${speech.summary ? `<p>${esc(speech.summary)}</p>` : ''}`;
};

export const creditsHtml = (editorial: EditorialView | null | undefined): string => {
  if (!editorial) return '';
  const lines = [editorial.byline, editorial.creditLine].filter((line): line is string => Boolean(line));
  return lines.map((line) => `<p>${esc(line)}</p>`).join('');
};

export const leadHtml = (title: string, editorial: EditorialView | null | undefined, headings: Headings): string =>
  `${headings.heading(1, title)}${editorial?.dateline ? `<p class="dateline">${esc(editorial.dateline)}</p>` : ''}`;

export const meetingArticle: PreviewArticle = (page, { words }, h) => {
  const meeting = pageView<MeetingView>(page);
  const parts = [
    leadHtml(meeting.headline || meeting.title || words.untitled, meeting.editorial, h),
    meeting.headline && meeting.title && meeting.headline !== meeting.title ? `<p class="subtitle">${esc(meeting.title)}</p>` : '',
    image(meeting.cover, words),
    meeting.summary ? `<p class="summary">${esc(meeting.summary)}</p>` : '',
    blocksHtml(meeting.body, h, words),
    section(h, 'facts', words.facts, definitions([[words.heldOn, meeting.heldOn], [words.venue, meeting.venue], [words.organizer, meeting.organizer], [words.district, meeting.district]])),
    section(h, 'speeches', words.speeches, list((meeting.speeches ?? []).map((speech) => speechItem(speech, words)))),
    section(h, 'documents', words.adoptedDocuments, list((meeting.adoptedDocuments ?? []).map((doc) => esc(`《${doc.title ?? ''}》 ${value(words, doc.action ?? undefined)}`.trim())))),
  ];
  const achievements = meeting.achievements ?? [];
  if (achievements.length > 0) {
    const heading = h.heading(2, words.achievements, 'achievements');
    const items = achievements.map((a) => `<li>${h.heading(3, `${a.ordinal ? `${a.ordinal}. ` : ''}${a.title ?? words.untitled}`)}${a.summary ? `<p>${esc(a.summary)}</p>` : ''}${metricsHtml(a)}</li>`);
    parts.push(`<section aria-labelledby="achievements">${heading}<ol class="plain">${items.join('')}</ol></section>`);
  }
  const streetCases = meeting.streetCases ?? [];
  if (streetCases.length > 0) {
    const heading = h.heading(2, words.streetCases, 'cases');
    const items = streetCases.map((s) => `<li>${h.heading(3, s.title ?? words.untitled)}${definitions([[words.place, [s.street, s.community].filter(Boolean).join(' ')]])}${s.summary ? `<p>${esc(s.summary)}</p>` : ''}</li>`);
    parts.push(`<section aria-labelledby="cases">${heading}<ul class="plain">${items.join('')}</ul></section>`);
  }
  parts.push(section(h, 'credits', words.credits, creditsHtml(meeting.editorial)));
  return parts.join('');
};

const metricsHtml = (achievement: AchievementView): string =>
  list((achievement.metrics ?? []).map((m) => esc([m.label, m.value, m.unit].filter((part) => part !== null && part !== undefined && part !== '').join(' ') + (m.note ? `（${m.note}）` : ''))));

const meetingLine = (meeting: PlainObject | null | undefined): string =>
  meeting ? [meeting.title, meeting.heldOn].filter(Boolean).join(' · ') : '';

type PartView<T> = T & { meeting?: PlainObject | null; editorial?: EditorialView | null };

export const achievementArticle: PreviewArticle = (data, { words }, h) => {
  const page = pageView<PartView<AchievementView>>(data);
  return [
    leadHtml(`${page.ordinal ? `${page.ordinal}. ` : ''}${page.title ?? words.untitled}`, page.editorial, h),
    definitions([[words.meeting, meetingLine(page.meeting)], [words.year, page.year], [words.category, value(words, page.category ?? undefined)]]),
    page.summary ? `<p>${esc(page.summary)}</p>` : '',
    section(h, 'metrics', words.metrics, metricsHtml(page)),
    section(h, 'credits', words.credits, creditsHtml(page.editorial)),
  ].join('');
};

export const caseArticle: PreviewArticle = (data, { words }, h) => {
  const page = pageView<PartView<StreetCaseView>>(data);
  return [
    leadHtml(page.title ?? words.untitled, page.editorial, h),
    definitions([[words.place, [page.street, page.community].filter(Boolean).join(' ')], [words.district, page.district], [words.meeting, meetingLine(page.meeting)], [words.honors, page.honors]]),
    page.summary ? `<p>${esc(page.summary)}</p>` : '',
    section(h, 'presenter', words.presenter, page.presenter ? `<p>${speechItem(page.presenter, words)}</p>` : ''),
    section(h, 'credits', words.credits, creditsHtml(page.editorial)),
  ].join('');
};

export const speakerArticle: PreviewArticle = (data, { words, speeches }, h) => {
  const page = pageView<SpeakerSummary & { bio?: string | null; photo?: MediaView | null }>(data);
  return [
    h.heading(1, page.name || words.untitled),
    image(page.photo, words),
    section(h, 'positions', words.positions, list((page.positions ?? []).map((p) => esc([p.organization, p.title].filter(Boolean).join(' '))))),
    page.bio ? `<p>${esc(page.bio)}</p>` : '',
    section(
      h,
      'speeches',
      words.speechesOf,
      list(speeches.map((speech) => `${esc(meetingLine(speech.meeting as PlainObject | undefined))}${speech.summary ? `<p>${esc(speech.summary)}</p>` : ''}`))
    ),
  ].join('');
};

/** The page's title for <title>: the headline or title, or a speaker's name. */
export const pageTitle = (page: PlainObject, words: PreviewWords): string => {
  const text = [page.headline, page.title, page.name].find((candidate) => typeof candidate === 'string' && candidate !== '');
  return typeof text === 'string' ? text : words.untitled;
};

/** The article of a kind without a preview layout of its own: its title, as its page's heading. */
export const titleOnlyArticle: PreviewArticle = (page, { words }) => `<h1>${esc(pageTitle(page, words))}</h1>`;
