import type { Core } from '@strapi/strapi';
import type { ParsedReport } from '../../import';
import { ImportRejectedError } from './import-writes';
import type { ImportLimits } from '../../strapi/settings';
import { checkBlocksSize, type BlocksLimits, type MessageLanguage } from '../../editorial';
import { kindOf } from '../../kinds';
import { toErrorEntries, type ValidationErrorEntry } from '../../strapi/validation-error';
import { UIDS } from './import-uids';

/**
 * What an import is checked for before it writes: a locale i18n knows (an
 * unknown one would be created on SQLite and fail with a 500 on PostgreSQL
 * and MySQL when too long), no more documents of each kind than the
 * `importLimits` setting allows (a report of 8,000 speakers held the write
 * lock for minutes), and no blocks field over `blocksLimits`.
 */

const LIMITED: Array<{ field: keyof ImportLimits; code: string }> = [
  { field: 'speakers', code: 'import.too-many-speakers' },
  { field: 'achievements', code: 'import.too-many-achievements' },
  { field: 'streetCases', code: 'import.too-many-street-cases' },
];

export const checkImportLimits = (report: ParsedReport, limits: ImportLimits, fileName: string | undefined): void => {
  const entries = LIMITED.filter(({ field }) => report[field].length > limits[field]).map(({ field, code }) => ({
    path: [field],
    message: `The report has ${report[field].length} ${field}; one import makes at most ${limits[field]} (setting importLimits.${field})`,
    name: 'ValidationError' as const,
    code,
  }));
  if (entries.length > 0) throw new ImportRejectedError(entries[0].message, fileName, entries);
};

/**
 * The blocks fields of the report's documents over `blocksLimits` (a 2 MB
 * report is one meeting body of 12,000 paragraphs), each at the path the
 * import's write would refuse it at (`meeting.body`): the same code and
 * message as the write's own refusal (editorial/rule-blocks-size.ts), found
 * before the import writes anything — the write would refuse the meeting only
 * after its speakers. Every kind the import writes is looked at, whichever of
 * them has blocks.
 */
export const blocksProblems = (report: ParsedReport, limits: BlocksLimits, language: MessageLanguage): ValidationErrorEntry[] => {
  const check = (uid: string, data: unknown, path: Array<string | number>) => checkBlocksSize(kindOf(uid)?.name ?? '', data, limits, language, path);
  return toErrorEntries([
    ...check(UIDS.meeting, report.meeting, ['meeting']),
    ...report.speakers.flatMap((speaker, index) => check(UIDS.speaker, speaker, ['speakers', index])),
    ...report.achievements.flatMap((achievement, index) => check(UIDS.achievement, achievement, ['achievements', index])),
    ...report.streetCases.flatMap((streetCase, index) => check(UIDS.streetCase, streetCase, ['streetCases', index])),
  ]);
};

interface LocalesService {
  find(): Promise<Array<{ code: string }>>;
  getDefaultLocale(): Promise<string>;
}

/** The locale asked for, when i18n has it; i18n's default when none was asked for. */
export const knownLocale = async (strapi: Core.Strapi, requested: string | undefined, fileName: string | undefined): Promise<string> => {
  const locales = strapi.plugin('i18n').service<LocalesService>('locales');
  if (requested === undefined) return locales.getDefaultLocale();
  const codes = (await locales.find()).map((locale) => locale.code);
  if (codes.includes(requested)) return requested;
  const message = `locale must be one of ${codes.join(', ')}`;
  throw new ImportRejectedError(message, fileName, [{ path: ['locale'], message, name: 'ValidationError', code: 'request.locale.unknown' }]);
};
