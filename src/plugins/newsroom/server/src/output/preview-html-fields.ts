/**
 * The preview article of a kind whose list entry gives its words
 * (content-types/<kind>/words.json) instead of an article of its own: its
 * title and dateline, its kind's name, its image, each field its words label
 * (in the words' order) as a definition, and its credits. A fifth kind gets a
 * readable preview from its schema, its entry and its words alone.
 */
import { isEnglishLocale } from '../../../shared/locale';
import type { KindWords } from '../kinds/plain';
import { pageView, type EditorialView, type MediaView } from './page-types';
import { definitions, esc, image, section } from './preview-html-blocks';
import { creditsHtml, leadHtml, type PreviewArticle } from './preview-html-kinds';
import type { PreviewWords } from './preview-words';

/** What the article needs of the kind. */
export interface WordedKind {
  words: KindWords;
  slugSource: string;
  media?: string;
}

/** A field's value as a definition shows it: text and numbers as they are, an enumeration's value in words when the preview knows it. */
const shown = (value: unknown, words: PreviewWords): string | number | null => {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value === '') return null;
  return words.values[value] ?? value;
};

export const describedArticle =
  (kind: WordedKind): PreviewArticle =>
  (page, { words }, h) => {
    const own = isEnglishLocale(typeof page.locale === 'string' ? page.locale : undefined) ? kind.words.en : kind.words['zh-Hans'];
    const view = pageView<{ editorial?: EditorialView | null; media?: MediaView | null }>({ editorial: page.editorial, media: kind.media ? page[kind.media] : null });
    const title = page[kind.slugSource];
    return [
      leadHtml(typeof title === 'string' && title !== '' ? title : words.untitled, view.editorial, h),
      `<p class="subtitle">${esc(own.name)}</p>`,
      image(view.media, words),
      definitions(Object.entries(own.fields).map(([field, label]): [string, unknown] => [label, shown(page[field], words)])),
      section(h, 'credits', words.credits, creditsHtml(view.editorial)),
    ].join('');
  };
