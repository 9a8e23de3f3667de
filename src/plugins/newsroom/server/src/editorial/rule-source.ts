/**
 * R6: where a report came from.
 *
 * The source (深圳新闻网) is required on publish. A source URL, when given,
 * must be a web address: `javascript:` or `data:` links rendered by a
 * frontend would run in a reader's browser, so only http and https pass, on
 * every write.
 */
import { editorialOf, isBlank, problem, type KindedDocument } from './rule';
import type { CheckContext, Problem } from './types';

const WEB_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);

export function checkSourcePresent(document: KindedDocument, ctx: CheckContext): Problem[] {
  const editorial = editorialOf(document);
  if (!editorial || !isBlank(editorial.source)) return [];
  return [problem(ctx, ['editorial', 'source'], 'editorial.source.missing')];
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return WEB_SCHEMES.has(url.protocol) && url.hostname !== '';
  } catch {
    return false;
  }
}

export function checkSourceUrl(document: KindedDocument, ctx: CheckContext): Problem[] {
  const sourceUrl = editorialOf(document)?.sourceUrl;
  if (sourceUrl === null || sourceUrl === undefined || isBlank(sourceUrl) || isWebAddress(sourceUrl.trim())) return [];
  return [problem(ctx, ['editorial', 'sourceUrl'], 'editorial.source-url.scheme')];
}
