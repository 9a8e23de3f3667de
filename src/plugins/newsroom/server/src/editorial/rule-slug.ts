/**
 * Slugs (content-model.md, "Slugs"): an editor may type a slug by hand; it
 * is normalized to ASCII a-z0-9- like a generated one, and refused when
 * nothing usable is left (only punctuation, say). Whether a slug is taken by
 * another document is known only to the database, inside the write; the
 * slug hook raises that problem with `slugTakenProblem`.
 */
import { problem, type KindedDocument } from './rule';
import { normalizeSlug } from './slug';
import type { CheckContext, Problem } from './types';

export function checkSlug(document: KindedDocument, ctx: CheckContext): Problem[] {
  const { slug } = document.data as { slug?: unknown };
  if (typeof slug !== 'string' || slug.trim() === '') return [];
  return normalizeSlug(slug) === '' ? [problem(ctx, ['slug'], 'slug.invalid', { slug })] : [];
}

export function slugTakenProblem(ctx: Pick<CheckContext, 'language'>, slug: string): Problem {
  return problem(ctx, ['slug'], 'slug.taken', { slug });
}
