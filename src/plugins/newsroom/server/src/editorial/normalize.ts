/**
 * Normalization: the part of the editorial hooks that repairs rather than
 * rejects.
 *
 * Every write passes through here before the rules run: text is trimmed, put
 * in NFC and given plain spaces; single-line fields lose inner runs of
 * whitespace; a whole credit line pasted into one credit's name becomes the
 * credits it lists; adopted-document titles lose their surrounding 《》; and
 * the derived editorial fields (creditLine, byline, dateline) are refreshed.
 *
 * The result is a new object; the input is never changed. Only keys present
 * in the input appear in the output — a partial update stays partial — except
 * the derived fields of an `editorial` component that is present. Keys the
 * core does not know (ids, relation inputs, blocks) are carried over as they
 * are, by reference.
 */
import { stripTitleQuotes } from './brackets';
import { roleFromWord } from './credit-roles';
import { formatByline, formatCreditLine, looksLikeCreditLine, readCreditText, type CreditStyle } from './credit-line';
import { normalizeCreditName } from './credit-name';
import { formatDateline } from './dateline';
import { SHAPES, isRecord, type ShapeName, type TextFieldType } from './fields';
import { normalizeLine, normalizeMultiline } from './text';
import type { KindName, DocumentByKind } from './types';

export interface NormalizeOptions {
  /** The document's locale; the dateline, credit line and byline are written in English for `en`. */
  locale: string;
  /** House style of the Chinese credit line (plugin setting `creditStyle`); `brackets` when absent. */
  creditStyle?: CreditStyle;
}

type PlainRecord = Record<string, unknown>;

export function normalizeDocument<K extends KindName>(
  kind: K | string,
  data: DocumentByKind[K] | Record<string, unknown>,
  options: NormalizeOptions,
): DocumentByKind[K] {
  if (!isRecord(data)) return data;
  // fields.ts mirrors DocumentByKind field for field, and the walk keeps each
  // field's type (strings stay strings, arrays arrays), so the shape survives.
   
  return normalizeRecord(kind, data, options);
}

const NORMALIZE_TEXT: Readonly<Record<TextFieldType, (value: string) => string>> = {
  line: normalizeLine,
  text: normalizeMultiline,
  'person-name': normalizeCreditName,
  derived: normalizeLine,
};

/** Cleans the fields `shape` knows, then applies that shape's own repairs. */
function normalizeRecord(shape: ShapeName, data: PlainRecord, options: NormalizeOptions): PlainRecord {
  const result: PlainRecord = { ...data };
  for (const [field, spec] of Object.entries(SHAPES[shape] ?? {})) {
    if (!(field in data)) continue;
    const value = data[field];
    if (spec.type !== 'component') {
      if (typeof value === 'string') result[field] = NORMALIZE_TEXT[spec.type](value);
    } else if (spec.repeatable) {
      if (Array.isArray(value)) {
        result[field] = (value as unknown[]).map((item) => (isRecord(item) ? normalizeRecord(spec.component, item, options) : item));
      }
    } else if (isRecord(value)) {
      result[field] = normalizeRecord(spec.component, value, options);
    }
  }
  return REPAIRS[shape]?.(result, options) ?? result;
}

/** Shape-specific repairs, run on the freshly copied record (so they may write to it). */
const REPAIRS: Partial<Record<ShapeName, (record: PlainRecord, options: NormalizeOptions) => PlainRecord>> = {
  credit: normalizeCreditRole,
  'adopted-document': (record) => {
    if (typeof record.title === 'string') record.title = stripTitleQuotes(record.title);
    return record;
  },
  editorial: (record, options) => refreshDerivedFields(splitPastedCreditLines(record), options),
};

/**
 * Roles arrive as the enumeration value, but importers and spreadsheets also
 * send the printed word or an alias (记者, 责编, 终审) or the English label
 * (Reporter, Editors).
 */
function normalizeCreditRole(credit: PlainRecord): PlainRecord {
  if (typeof credit.role !== 'string') return credit;
  const role = credit.role.trim();
  credit.role = roleFromWord(role) ?? role;
  return credit;
}

/**
 * `[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]`, the review chain or a footer line
 * pasted into one credit's name becomes the credits it lists, in its place.
 * A `来源：` in it fills an empty source. A name that merely looks like a
 * credit line but yields no credits is kept, for R1 to report.
 */
function splitPastedCreditLines(editorial: PlainRecord): PlainRecord {
  if (!Array.isArray(editorial.credits)) return editorial;
  editorial.credits = editorial.credits.flatMap((credit: unknown) => {
    if (!isRecord(credit) || typeof credit.name !== 'string' || !looksLikeCreditLine(credit.name)) return [credit];
    const { credits, source } = readCreditText(credit.name);
    if (source !== undefined && (typeof editorial.source !== 'string' || editorial.source.trim() === '')) {
      editorial.source = normalizeLine(source);
    }
    return credits.length > 0 ? credits : [credit];
  });
  return editorial;
}

function creditsOf(editorial: PlainRecord): Array<{ role?: string | null; name?: string | null }> {
  if (!Array.isArray(editorial.credits)) return [];
  return editorial.credits.filter(isRecord).map((credit) => ({
    role: typeof credit.role === 'string' ? credit.role : null,
    name: typeof credit.name === 'string' ? credit.name : null,
  }));
}

/** creditLine and byline follow the credits on every write; an empty dateline is filled in. */
function refreshDerivedFields(editorial: PlainRecord, options: NormalizeOptions): PlainRecord {
  const credits = creditsOf(editorial);
  const format = { locale: options.locale, style: options.creditStyle };
  editorial.creditLine = formatCreditLine(credits, format);
  editorial.byline = formatByline(credits, format);
  const dateline = editorial.dateline;
  if (dateline === undefined || dateline === null || (typeof dateline === 'string' && dateline.trim() === '')) {
    const derived = formatDateline(
      {
        channel: typeof editorial.channel === 'string' ? editorial.channel : null,
        source: typeof editorial.source === 'string' ? editorial.source : null,
        reportedAt: typeof editorial.reportedAt === 'string' ? editorial.reportedAt : null,
      },
      options.locale,
    );
    if (derived !== undefined) editorial.dateline = derived;
  }
  return editorial;
}

/**
 * The derived editorial fields of a whole document, refreshed: for a view
 * made of a stored draft (normalized when it was written) overlaid with a
 * normalized write, whose credit list may come from both.
 */
export function refreshDerived<T>(data: T, options: NormalizeOptions): T {
  if (!isRecord(data) || !isRecord(data.editorial)) return data;
  return { ...data, editorial: refreshDerivedFields({ ...data.editorial }, options) };
}
