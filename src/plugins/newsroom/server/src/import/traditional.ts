/**
 * Reports reposted in traditional characters (`讀特客戶端·深圳新聞網…訊（記者 …
 * 通訊員 …）`, `來源：`) are converted to simplified before they are read, and
 * stored simplified: the newsroom publishes in zh-Hans, and every word the
 * parser looks for (召开, 残联, 记者 …) is written simplified.
 *
 * The conversion is OpenCC's (opencc-js: the OpenCC project's own dictionaries
 * compiled to JavaScript, bundled in the package, no network at run time),
 * traditional → mainland simplified with phrase-level rules, rather than a
 * hand-kept character table that would miss the phrase cases.
 *
 * Detection: a sample of the text is converted; when enough of its Han
 * characters change, the text is traditional. Simplified text comes back
 * unchanged but for rare variant characters, hence a share and not "any".
 */
import * as OpenCC from 'opencc-js';

/** How much of the text is sampled to decide. */
const SAMPLE_LENGTH = 20_000;
/** At least this many changed characters, and this share of the Han characters, make a text traditional. */
const MIN_CHANGED = 3;
const MIN_CHANGED_SHARE = 0.01;

type Convert = (text: string) => string;
let converter: Convert | undefined;

/** Built on first use: loading the dictionaries takes a moment, and most reports never need them. */
function toSimplified(text: string): string {
  converter ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return converter(text);
}

const HAN = /\p{Script=Han}/u;

/** Changed Han characters between a text and its conversion (compared position by position). */
function changedHan(original: string, converted: string): { changed: number; han: number } {
  let changed = 0;
  let han = 0;
  const length = Math.min(original.length, converted.length);
  for (let index = 0; index < length; index += 1) {
    if (!HAN.test(original[index])) continue;
    han += 1;
    if (original[index] !== converted[index]) changed += 1;
  }
  return { changed: changed + Math.abs(original.length - converted.length), han };
}

export interface Simplified {
  text: string;
  /** The text was traditional and has been converted. */
  converted: boolean;
  /** How many characters of the sample changed: said in the warning. */
  changedInSample: number;
}

export function simplify(text: string): Simplified {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const { changed, han } = changedHan(sample, toSimplified(sample));
  if (changed < MIN_CHANGED || changed < han * MIN_CHANGED_SHARE) return { text, converted: false, changedInSample: changed };
  return { text: toSimplified(text), converted: true, changedInSample: changed };
}
