/**
 * Numbers as reports write them: Arabic (`92`, `1.5`, `1,200`) or Chinese
 * (`五`, `十二`, `两千`), and the ordinal markers that number list items
 * (`（一）`, `(一)`, `一、`, `1.`, `（1）`).
 */

const DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0],
  ['〇', 0],
  ['一', 1],
  ['二', 2],
  ['两', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);

const SMALL_UNITS: ReadonlyMap<string, number> = new Map([
  ['十', 10],
  ['百', 100],
  ['千', 1000],
]);

/** Multipliers that may follow any number: 10万人次, 1.2亿元. */
export const LARGE_UNITS: ReadonlyMap<string, number> = new Map([
  ['万', 10_000],
  ['亿', 100_000_000],
]);

/** Longest Chinese numeral we read: enough for 九千九百九十九万. */
const MAX_CHINESE_NUMERAL_LENGTH = 12;

export function isChineseNumeralChar(char: string | undefined): boolean {
  return char !== undefined && (DIGITS.has(char) || SMALL_UNITS.has(char) || LARGE_UNITS.has(char));
}

/**
 * The value of a Chinese numeral such as 五, 十二, 二十八, 一百零五, 两千, 三万五千;
 * `undefined` when `text` is not one.
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text === '' || text.length > MAX_CHINESE_NUMERAL_LENGTH || LARGE_UNITS.has(text[0])) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const char of text) {
    const d = DIGITS.get(char);
    if (d !== undefined) {
      if (digit !== undefined && digit !== 0 && d !== 0) return undefined; // 五五 is not a numeral here
      digit = d;
      continue;
    }
    const small = SMALL_UNITS.get(char);
    if (small !== undefined) {
      // 十二: a leading 十 means 一十.
      section += (digit ?? 1) * small;
      digit = undefined;
      continue;
    }
    const large = LARGE_UNITS.get(char);
    if (large !== undefined) {
      total += (section + (digit ?? 0)) * large;
      section = 0;
      digit = undefined;
      continue;
    }
    return undefined;
  }
  return total + section + (digit ?? 0);
}

/** The longest run of Chinese numeral characters starting at `index` (without 万/亿 when `withLarge` is false). */
export function chineseNumeralRunAt(text: string, index: number, withLarge = true): string {
  let end = index;
  while (
    end < text.length &&
    end - index < MAX_CHINESE_NUMERAL_LENGTH &&
    (DIGITS.has(text[end]) || SMALL_UNITS.has(text[end]) || (withLarge && end > index && LARGE_UNITS.has(text[end])))
  ) {
    end += 1;
  }
  return text.slice(index, end);
}

/** An ordinal marker at the start of a paragraph. */
export interface OrdinalMarker {
  value: number;
  /** The marker's style, so that a run of items keeps one style: `paren-han`, `han-comma`, … */
  style: string;
  /** Length of the marker in the text, including a following space. */
  length: number;
}

const MAX_ORDINAL = 99;

/**
 * Reads `（一）`, `(一)`, `一、`, `(1)`, `（1）`, `1、`, `1.` / `1．` at the start
 * of `text`, and the spoken forms `一是`, `一要`, `第一，`. Whether a run of
 * them lists achievements or a speaker's requirements is for its intro to
 * say (numbered-points.ts), not the marker.
 */
export function readOrdinalMarker(text: string): OrdinalMarker | undefined {
  return readWrittenMarker(text) ?? readSpokenMarker(text);
}

/** `一是`, `二要`, `第三，`: value, style and length (with the comma of `第三，`). */
export function readSpokenMarker(text: string): OrdinalMarker | undefined {
  const ordinalFirst = text[0] === '第';
  const start = ordinalFirst ? 1 : 0;
  let end = start;
  while (end < text.length && end - start < 3 && isChineseNumeralChar(text[end]) && !LARGE_UNITS.has(text[end])) end += 1;
  if (end === start) return undefined;
  const value = readOrdinalValue(text.slice(start, end));
  if (value === undefined) return undefined;
  const next = text[end];
  if (ordinalFirst) {
    return next === '，' || next === ',' || next === '、' || next === '：' || next === ':' || next === '是'
      ? withSpace(text, { value, style: 'di-han', length: end + 1 })
      : undefined;
  }
  if (next === '是') return withSpace(text, { value, style: 'han-shi', length: end + 1 });
  if (next === '要' && value <= 10) return withSpace(text, { value, style: 'han-yao', length: end + 1 });
  return undefined;
}

function readWrittenMarker(text: string): OrdinalMarker | undefined {
  const first = text[0];
  if (first === '(' || first === '（') {
    const close = first === '(' ? ')' : '）';
    const end = text.indexOf(close, 1);
    if (end < 2 || end > 4) return undefined;
    const inner = text.slice(1, end);
    const value = readOrdinalValue(inner);
    if (value === undefined) return undefined;
    const han = !/^\d+$/.test(inner);
    return withSpace(text, { value, style: han ? 'paren-han' : 'paren-digit', length: end + 1 });
  }
  let end = 0;
  while (end < text.length && end < 3 && (isChineseNumeralChar(text[end]) || /\d/.test(text[end]))) end += 1;
  if (end === 0) return undefined;
  const inner = text.slice(0, end);
  const value = readOrdinalValue(inner);
  if (value === undefined) return undefined;
  const next = text[end];
  const han = !/^\d+$/.test(inner);
  if (next === '、') return withSpace(text, { value, style: han ? 'han-comma' : 'digit-comma', length: end + 1 });
  if (!han && (next === '.' || next === '．') && !/\d/.test(text[end + 1] ?? '')) {
    return withSpace(text, { value, style: 'digit-dot', length: end + 1 });
  }
  return undefined;
}

function readOrdinalValue(inner: string): number | undefined {
  const value = /^\d{1,2}$/.test(inner) ? Number(inner) : parseChineseNumeral(inner);
  if (value === undefined || value < 1 || value > MAX_ORDINAL) return undefined;
  return value;
}

function withSpace(text: string, marker: OrdinalMarker): OrdinalMarker {
  let length = marker.length;
  while (length < text.length && /\s/.test(text[length])) length += 1;
  return { ...marker, length };
}

/**
 * `digits` (`1.5`, `1,200`, `92`) times `multiplier`, computed on the decimal
 * string so that 1.2万 is exactly 12000 and not 12000.000000000002.
 */
export function scaleDecimal(digits: string, multiplier: number): number | undefined {
  const plain = digits.replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(plain)) return undefined;
  const [whole, fraction = ''] = plain.split('.');
  const zeros = Math.round(Math.log10(multiplier));
  if (10 ** zeros !== multiplier) return Number(plain) * multiplier;
  const shift = Math.min(zeros, fraction.length);
  const shifted = `${whole}${fraction.slice(0, shift)}${'0'.repeat(zeros - shift)}.${fraction.slice(shift)}`;
  const value = Number(shifted.endsWith('.') ? shifted.slice(0, -1) : shifted);
  return Number.isFinite(value) ? value : undefined;
}
