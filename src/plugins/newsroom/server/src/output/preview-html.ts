/**
 * The preview page an editor opens from the edit view: the document as its
 * page will read, as one accessible HTML document — `lang` from its locale,
 * one h1 and headings in order, images with their alternative text, the
 * JSON-LD a frontend embeds, and the text offered for reading aloud. Pure:
 * services/preview-pages.ts loads the data, controllers/preview.ts serves it.
 */
import { esc, Headings, section } from './preview-html-blocks';
import { pageTitle, titleOnlyArticle, type PreviewArticle } from './preview-html-kinds';
import { toBeijingIso } from './beijing-time';
import { wordsFor } from './preview-words';
import type { PlainObject } from '../../../shared/documents';

export interface PreviewHtmlInput {
  /** The kind's article (its registry entry's `previewArticle`); a title only without one. */
  article?: PreviewArticle;
  /** The page data, as by-slug returns it (without its extras). */
  page: PlainObject;
  jsonLd?: unknown;
  readAloud?: string;
  speeches?: PlainObject[];
  status: 'draft' | 'published';
  expiresAt: Date;
  /** CSP nonce of the one inline script (reload when the admin says the document was saved). */
  nonce: string;
}

/** JSON inside <script>: `<` escaped so that no `</script>` can end it early. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** BCP 47 for `lang`: zh-Hans and en as they are; anything else as given. */
const langOf = (locale: unknown): string => (typeof locale === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(locale) ? locale : 'zh-Hans');

const STYLE = `
  :root { color: #1f1f24; background: #ffffff; font: 18px/1.7 "Noto Sans CJK SC", "Noto Sans SC", system-ui, sans-serif; }
  body { margin: 0; }
  header { background: #fff4ce; color: #3d2e00; border-bottom: 2px solid #8a6a00; padding: 0.75rem 1.5rem; }
  main { max-width: 46rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 1.8rem; line-height: 1.3; margin: 0.5rem 0; }
  h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 1px solid #c9c9d1; }
  h3, h4, h5, h6 { font-size: 1.1rem; }
  .dateline, .subtitle { color: #4a4a55; }
  .warning { color: #8a1c00; font-weight: bold; }
  figure { margin: 1rem 0; } img { max-width: 100%; height: auto; }
  dl div { display: flex; gap: 1rem; } dt { font-weight: bold; min-width: 7em; } dd { margin: 0; }
  ol.plain, ul.plain { list-style: none; padding: 0; }
  .read-aloud p { margin: 0.25rem 0; }
  :focus-visible { outline: 3px solid #0b5cd5; outline-offset: 2px; }
`;

/** Reloads when the admin's preview page posts `strapiUpdate` (the document was saved), from our own origin only. */
const reloadScript = `window.addEventListener('message', function (event) {
  if (event.origin === window.location.origin && event.data && event.data.type === 'strapiUpdate') window.location.reload();
});`;

export const renderPreviewHtml = (input: PreviewHtmlInput): string => {
  const words = wordsFor(typeof input.page.locale === 'string' ? input.page.locale : undefined);
  const headings = new Headings();
  const article = (input.article ?? titleOnlyArticle)(input.page, { words, speeches: input.speeches ?? [] }, headings);
  const readAloud = input.readAloud
    ? section(headings, 'read-aloud', words.readAloud, `<div class="read-aloud">${input.readAloud.split('\n').map((line) => `<p>${esc(line)}</p>`).join('')}</div>`)
    : '';
  const expires = (toBeijingIso(input.expiresAt) ?? '').slice(0, 16).replace('T', ' ');
  const status = input.status === 'draft' ? words.draft : words.published;
  return `<!doctype html>
<html lang="${esc(langOf(input.page.locale))}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${esc(pageTitle(input.page, words))}</title>
<style nonce="${esc(input.nonce)}">${STYLE}</style>
${input.jsonLd ? `<script type="application/ld+json">${scriptJson(input.jsonLd)}</script>` : ''}
<script nonce="${esc(input.nonce)}">${reloadScript}</script>
</head>
<body>
<header><p>${esc(words.notice(status, expires))}</p></header>
<main><article>${article}${readAloud}</article></main>
</body>
</html>
`;
};
