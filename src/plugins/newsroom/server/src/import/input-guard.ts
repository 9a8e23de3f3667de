/**
 * What is refused before any reading: text that is not a string (bytes),
 * more than MAX_REPORT_BYTES of UTF-8, blank, or binary decoded as text. The
 * only other refusal is a text that is no article at all (parse-article.ts).
 */
import { ArticleParseError, MAX_REPORT_BYTES, type NotAReportReason } from './article-parse-error';
import type { ParseOptions } from '../../../shared/parsed-report';

/** Share of undecodable characters (U+FFFD) or control characters that makes a text binary. */
const BINARY_SHARE = 0.02;
const BINARY_MIN_COUNT = 8;

export function fail(code: ArticleParseError['code'], options: ParseOptions, reason?: NotAReportReason): never {
  throw new ArticleParseError(code, { ...(options.fileName !== undefined ? { fileName: options.fileName } : {}), ...(reason ? { reason } : {}) });
}

/** NUL anywhere, or many U+FFFD / control characters: bytes decoded as text, not text. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let suspicious = 0;
  let visible = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c)) suspicious += 1;
    if (code > 0x20) visible += 1;
  }
  return suspicious >= BINARY_MIN_COUNT && suspicious >= visible * BINARY_SHARE;
}

export function guardInput(text: unknown, options: ParseOptions): asserts text is string {
  // JavaScript callers may hand over a Buffer: bytes, not text.
  if (typeof text !== 'string') fail('binary', options);
  if (Buffer.byteLength(text, 'utf8') > MAX_REPORT_BYTES) fail('too-large', options);
  // trim() takes the byte-order mark too.
  if (text.trim() === '') fail('empty', options);
  if (looksBinary(text)) fail('binary', options);
}
