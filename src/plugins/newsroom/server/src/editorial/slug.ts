/**
 * Slugs: ASCII URL segments made from titles (shared/design/content-model.md, "Slugs").
 *
 * Pure functions only. Uniqueness (`-2`, `-3`, … per content type and locale, safe
 * under concurrent writes) needs the database, so it lives in the Strapi shell; this
 * module only gives it the building blocks: a base slug, a readable fallback for
 * titles that have nothing to transliterate, and a bounded `-N` suffix.
 *
 * Pipeline of `toSlug`:
 *   1. NFKC, so full-width ＡＢＣ１２３ and compatibility ideographs become the
 *      plain characters the next steps know.
 *   2. pinyin-pro without tones, one array element per Chinese syllable, with runs of
 *      non-Chinese text kept together (`nonZh: 'consecutive'`) so `Futian` stays one
 *      word instead of `f-u-t-i-a-n`.
 *   3. Latin diacritics stripped (Café → Cafe) and every punctuation or symbol turned
 *      into a word break, then slugify (`lower`, `strict`) maps the remaining
 *      letters it knows (ß, ø, Cyrillic, …) and drops what it cannot spell in ASCII.
 *   4. Cut to SLUG_MAX_LENGTH at a `-`, so a syllable or word is never split.
 */
import { pinyin } from 'pinyin-pro';
import slugify from 'slugify';
import { trimEndWhere, trimStartWhere } from '../../../shared/trim-end';

/**
 * Longest slug we produce or accept. A 255-character varchar with a unique index
 * works on PostgreSQL and on MySQL/MariaDB with utf8mb4, so the database is not the
 * limit; readability is: ~96 ASCII characters is about 30 pinyin syllables, more than
 * a 120-character title's meaningful head, and keeps URLs shareable. The bound holds
 * *including* a de-duplication suffix (`withSuffix` trims the base to make room), so
 * a stored slug never outgrows it.
 */
export const SLUG_MAX_LENGTH = 96;

/** Used when a kind passed to `fallbackSlug` has nothing usable either. */
const LAST_RESORT_SLUG = 'item';
const isDash = (char: string): boolean => char === '-';

const VALID_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a non-empty slug of `a-z0-9` words joined by single `-`, at most SLUG_MAX_LENGTH long. */
export function isValidSlug(s: unknown): s is string {
  return typeof s === 'string' && s.length <= SLUG_MAX_LENGTH && VALID_SLUG.test(s);
}

/**
 * Slug for a title, or '' when nothing in it can be spelled in ASCII (empty,
 * punctuation-only, emoji-only, or a script slugify cannot transliterate such as
 * kana). '' rather than a made-up word because only the caller knows what the
 * document is; use `slugFor` to get the fallback in one call.
 *
 * `ü` is written `v` (绿 → lv, 女 → nv): the ASCII spelling Chinese readers know from
 * pinyin input, and it keeps 绿 lv apart from 路 lu. Readings are pinyin-pro's
 * default (word-aware, so 重庆 → chong-qing); no surname mode, since titles are not
 * names and a speaker's name reads fine either way in a URL.
 */
export function toSlug(text: string): string {
  const folded = text.normalize('NFKC');
  // Nothing to spell: skip pinyin-pro and slugify, whose symbol table would otherwise
  // turn a lone `&` or `%` into an English word.
  if (!/[\p{L}\p{N}]/u.test(folded)) return '';

  const words = pinyin(folded, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true }).join(' ');
  const ascii = slugify(breakOnPunctuation(stripLatinMarks(words)), { lower: true, strict: true });
  // slugify already joins with single `-` and trims, but dropped characters can leave
  // edge cases (a token that vanished entirely); make the alphabet rule unconditional.
  const clean = ascii
    .replace(/[^a-z0-9-]+/g, '')
    .replace(/-{2,}/g, '-');
  return cutAtWordBoundary(trimStartWhere(trimEndWhere(clean, isDash), isDash), SLUG_MAX_LENGTH);
}

/**
 * A slug an editor typed by hand, brought into the slug alphabet: lowercase, `-`
 * between words, Chinese transliterated like a title, at most SLUG_MAX_LENGTH.
 * It is the same pipeline as `toSlug` on purpose, so a slug that is already valid
 * comes back unchanged and an editor's slug never differs in spelling from a
 * generated one. Returns '' when nothing usable was typed; the caller should then
 * reject the input (or regenerate from the title) rather than store ''.
 */
export function normalizeSlug(input: string): string {
  return toSlug(input);
}

/**
 * Readable slug for a document whose title has nothing to transliterate: the content
 * kind itself (`meeting`, `speaker`), which the caller de-duplicates like any
 * other slug (`meeting-2`, `meeting-3`). A word beats a random id or a timestamp: it
 * tells a reader what the URL is, and the suffix already makes it unique.
 */
export function fallbackSlug(kind: string): string {
  return normalizeSlug(kind) || LAST_RESORT_SLUG;
}

/** `toSlug(text)`, or `fallbackSlug(kind)` when the title gives nothing; never ''. */
export function slugFor(text: string, kind: string): string {
  return toSlug(text) || fallbackSlug(kind);
}

/**
 * `base` for n ≤ 1 (the first holder of a slug gets it bare), otherwise `base-n`,
 * still at most SLUG_MAX_LENGTH: the base is cut back at a `-` to make room, because
 * the suffix is what makes the slug unique and must survive whole.
 *
 * Throws RangeError for a non-integer n or an empty base: both are caller bugs
 * (`slugFor` never returns ''), and `-2` would not be a valid slug.
 */
export function withSuffix(base: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`withSuffix: n must be an integer, got ${n}`);
  if (base === '') throw new RangeError('withSuffix: base must not be empty');
  if (n <= 1) return base;

  const suffix = `-${n}`;
  const room = SLUG_MAX_LENGTH - suffix.length;
  if (room < 1) throw new RangeError(`withSuffix: suffix ${suffix} leaves no room for a base`);
  return `${cutAtWordBoundary(base, room)}${suffix}`;
}

/**
 * Strips diacritics from Latin letters only (é → e, ǖ → u). Other scripts keep
 * theirs so slugify's table can transliterate them as whole letters (Cyrillic й → j,
 * not и → i). Letters without a decomposition (ø, ß, ł) are left to slugify as well.
 */
function stripLatinMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC');
}

/**
 * Every run of punctuation, symbols or spaces becomes one space (a word break):
 * `A/B`, `v1.2`, `snake_case`, `《标题》` split into words instead of being glued
 * together by slugify's `strict`, which deletes them. Apostrophes are removed
 * instead, so `Women's` stays one word. Symbols are not spelled out (`&` is not
 * `and`): English words would be noise in a pinyin slug.
 */
function breakOnPunctuation(text: string): string {
  return text.replace(/['\u2019\u02BC]/g, '').replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ');
}

/**
 * The longest prefix of a `-`-joined slug that fits in `max` and ends at a word
 * boundary. A single word longer than `max` (only possible for long Latin or digit
 * runs; pinyin syllables are at most six letters) has no boundary and is cut hard,
 * since some slug is better than none.
 */
function cutAtWordBoundary(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  // A `-` exactly at `max` means slug[0, max) is whole words, hence the `max` start.
  const lastBreak = slug.lastIndexOf('-', max);
  const head = lastBreak > 0 ? slug.slice(0, lastBreak) : slug.slice(0, max);
  return trimEndWhere(head, isDash);
}
