/**
 * Text as XML 1.0 can carry it. A feed or sitemap made of stored titles must
 * stay well-formed whatever a title holds: the editorial rules refuse the
 * code points XML cannot carry (R11, `text.noncharacters`), but a page stored
 * before that rule, a setting or a summary derived from other fields may
 * still hold one, so the feeds strip them again on the way out.
 */

/**
 * Outside XML 1.0's `Char` production: C0 controls other than tab, LF and
 * CR, lone surrogates, U+FFFE and U+FFFF (with the `u` flag a surrogate pair
 * is one code point, so only a lone half matches).
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/** The text without the code points XML cannot carry. */
export const xmlText = (value: string): string => value.replace(NOT_XML, '');

/**
 * Where a CDATA section must be split: `]]>` cannot appear inside one. The
 * `feed` package (4.x, through xml-js) splits only the first `]]>` of a
 * section, so every one is marked here, before the text reaches it, with
 * U+FFFE — a code point xmlText removed from every input, so the mark is
 * never anything else — and `closeCdataSplits` turns each mark into
 * `]]><![CDATA[` in the finished document: `a]]>b` is written
 * `<![CDATA[a]]]]><![CDATA[>b]]>`, which reads back as `a]]>b`.
 */
const SPLIT_MARK = '\uFFFE';

/** Text for a CDATA section of the `feed` package: XML-safe, every `]]>` marked for splitting. */
export const cdataText = (value: string): string => xmlText(value).replaceAll(']]>', `]]${SPLIT_MARK}>`);

/** The finished feed with each marked `]]>` split across two CDATA sections. */
export const closeCdataSplits = (xml: string): string => xml.replaceAll(SPLIT_MARK, ']]><![CDATA[');

/** Text for an Atom `type="html"` element: `&` and `<` escaped, so a reader shows them as written. */
export const htmlText = (value: string): string => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
