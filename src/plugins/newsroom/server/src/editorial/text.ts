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

/** Length in Unicode code points, which is what an editor counts as characters. */
export function characterCount(value: string): number {
  return [...value].length;
}
