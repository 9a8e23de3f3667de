/**
 * Small pieces of the preview page: escaping, headings that never skip a
 * level, definition lists, images with their alternative text, and Strapi
 * blocks (the meeting's body) as HTML.
 */
import type { BlockNode, MediaView } from './page-types';
import type { PreviewWords } from './preview-words';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const esc = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (char) => ESCAPES[char]);

/**
 * Headings in order: a heading goes at most one level below the previous
 * one (h2 after h1, never h4 after h2), and never above h2 under the page's h1.
 */
export class Headings {
  private previous = 0;

  /** The level to use for a heading asked at `wanted` (1–6): the page's first is its h1, every later one h2 or below. */
  next(wanted: number): number {
    const level = this.previous === 0 ? 1 : Math.max(2, Math.min(wanted, this.previous + 1, 6));
    this.previous = level;
    return level;
  }

  heading(wanted: number, text: string, id?: string): string {
    const level = this.next(wanted);
    return `<h${level}${id ? ` id="${esc(id)}"` : ''}>${esc(text)}</h${level}>`;
  }
}

/** A section titled by its heading, for screen readers' landmarks and headings lists. */
export const section = (headings: Headings, id: string, title: string, content: string, level = 2): string =>
  content ? `<section aria-labelledby="${esc(id)}">${headings.heading(level, title, id)}${content}</section>` : '';

export const definitions = (rows: Array<[string, unknown]>): string => {
  const present = rows.filter(([, value]) => value !== undefined && value !== null && value !== '');
  if (present.length === 0) return '';
  return `<dl>${present.map(([term, value]) => `<div><dt>${esc(term)}</dt><dd>${esc(value)}</dd></div>`).join('')}</dl>`;
};

export const list = (items: string[], ordered = false): string =>
  items.length === 0 ? '' : `<${ordered ? 'ol' : 'ul'}>${items.map((item) => `<li>${item}</li>`).join('')}</${ordered ? 'ol' : 'ul'}>`;

/** An image with its alternative text; without one it is marked decorative and the editor is told. */
export const image = (media: MediaView | null | undefined, words: PreviewWords): string => {
  if (!media?.url) return '';
  const alt = media.alternativeText?.trim() ?? '';
  const size = media.width && media.height ? ` width="${Number(media.width)}" height="${Number(media.height)}"` : '';
  const img = `<img src="${esc(media.url)}" alt="${esc(alt)}"${size}>`;
  return alt ? `<figure>${img}</figure>` : `<figure>${img}<figcaption class="warning">${esc(words.missingAlt)}</figcaption></figure>`;
};

const textOf = (node: BlockNode): string => (node.text ?? '') + (node.children ?? []).map(textOf).join('');

interface BlockLike extends BlockNode {
  format?: string;
  image?: MediaView | null;
}

/** Strapi blocks: paragraphs, headings (levels kept in order), lists, quotes, code and images. */
export const blocksHtml = (blocks: ReadonlyArray<BlockNode> | null | undefined, headings: Headings, words: PreviewWords): string =>
  (blocks ?? [])
    .map((raw) => {
      const block = raw as BlockLike;
      switch (block.type) {
        case 'heading':
          return headings.heading(block.level ?? 2, textOf(block));
        case 'list':
          return list((block.children ?? []).map((item) => esc(textOf(item))), block.format === 'ordered');
        case 'quote':
          return `<blockquote><p>${esc(textOf(block))}</p></blockquote>`;
        case 'code':
          return `<pre><code>${esc(textOf(block))}</code></pre>`;
        case 'image':
          return image(block.image, words);
        default: {
          const text = textOf(block).trim();
          return text ? `<p>${esc(text)}</p>` : '';
        }
      }
    })
    .join('');
