/**
 * Text normalization shared by every plain field: what "trim, NFC, ideographic
 * spaces to plain" means, in one place.
 *
 * Editors paste from Word, WeChat and PDF; the same visible text then arrives
 * in several Unicode spellings. Normalizing before checking means a rule sees
 * one spelling, and two equal-looking names compare equal (R2).
 */

/** U+3000 IDEOGRAPHIC SPACE, which CJK input methods type as "a space". */
const IDEOGRAPHIC_SPACE = /\u3000/g;

/** Single-line fields (title, name, venue …): one line, single spaces. */
export function normalizeLine(value: string): string {
  return value.normalize('NFC').replace(IDEOGRAPHIC_SPACE, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Multi-line fields (summary, bio …): line breaks and tabs are content, so
 * only the ends are trimmed and U+3000 becomes a plain space. CRLF becomes LF
 * so that a length limit counts the same text the same way on every OS.
 */
export function normalizeMultiline(value: string): string {
  return value.normalize('NFC').replace(IDEOGRAPHIC_SPACE, ' ').replace(/\r\n?/g, '\n').trim();
}

/**
 * Length in Unicode code points, which is what an editor counts as
 * characters: a surrogate pair counts once. Counted in place (no array of
 * code points): the article parser asks this of every line of a report.
 */
export function characterCount(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    const pairsWithPrevious = code >= 0xdc00 && code <= 0xdfff && index > 0 && value.charCodeAt(index - 1) >= 0xd800 && value.charCodeAt(index - 1) <= 0xdbff;
    if (!pairsWithPrevious) count += 1;
  }
  return count;
}
