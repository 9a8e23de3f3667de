import type { Core } from '@strapi/strapi';
import type { ImportOutcome } from '../../../../shared/api';
import { ArticleParseError } from '../../import';
import { applyOverrides, type MeetingOverrides } from '../../import/overrides';
import { batchingAdoptions } from '../slugs/claim-adoptions';
import { blocksProblems, checkImportLimits, knownLocale } from './import-checks';
import type { ImportPlan } from './import-plan';
import { planImport } from './import-plan';
import { importRecords, sourceKeyOf } from './import-records';
import { parseOffThread, ParseTimeoutError } from './parse-off-thread';
import type { ImportParseSettings } from './parse-settings';
import { retryingTransaction } from '../../strapi/retry-on-deadlock';
import { blocksLimits, importLimits } from '../../strapi/settings';
import { messageLanguage } from '../../strapi/request-language';
import { UIDS } from './import-uids';
import { definedOnly, ImportRejectedError, speechData, writeChildren, writeMeeting, writeSpeakers, type WriteContext } from './import-writes';

export { ImportRejectedError } from './import-writes';

export interface ImportOptions {
  fileName?: string;
  /** Publish everything instead of leaving drafts. */
  publish?: boolean;
  locale?: string;
  /** Stored as the editorial source URL and used as the import key. */
  sourceUrl?: string;
  /** Parse and report only; write nothing. */
  dryRun?: boolean;
  /** The editor's corrections of the meeting's title and date, applied before the write. */
  overrides?: MeetingOverrides;
  /** The admin user the import writes as: createdBy/updatedBy of what it writes. */
  userId?: number;
  /** Called with everything the import will touch, before it writes anything; throws to refuse (import-permissions.ts). */
  authorize?: (plan: ImportPlan) => void;
}

export type { ImportOutcome };

/**
 * Writes one parsed report through the Document Service, so the editorial
 * hooks judge every document, in one transaction: all of it or none
 * (import-writes.ts holds the writes). Importing the same report
 * again updates what the first import created.
 */
const importerService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The parsed report, parsed off the event loop in the bounded pool (parse-off-thread.ts):
   * ParserBusyError (429) when it is full, 400 `import.parse-timeout` past its time limit.
   */
  async parse(text: string, fileName?: string) {
    try {
      return await parseOffThread(text, fileName, strapi.config.get<Partial<ImportParseSettings> | undefined>('plugin::newsroom.importParse'));
    } catch (error) {
      if (error instanceof ParseTimeoutError) {
        const message = `无法导入：文本读取超过 ${error.timeoutMs} 毫秒，已停止。 Cannot import: reading the text took longer than ${error.timeoutMs} ms and was stopped.`;
        throw new ImportRejectedError(message, fileName, [{ path: ['text'], message, name: 'ValidationError', code: 'import.parse-timeout' }]);
      }
      if (error instanceof ArticleParseError) {
        throw new ImportRejectedError(`${error.messageZh} ${error.messageEn}`, fileName, [
          { path: ['file'], message: `${error.messageZh} ${error.messageEn}`, name: 'ValidationError', code: `import.${error.code}` },
        ]);
      }
      throw error;
    }
  },

  async importReport(text: string, options: ImportOptions = {}): Promise<ImportOutcome> {
    const { fileName, dryRun = false } = options;
    const { report, warnings } = applyOverrides(await this.parse(text, fileName), options.overrides);
    checkImportLimits(report, importLimits(strapi), fileName);
    const counts = { achievements: report.achievements.length, streetCases: report.streetCases.length, speakers: report.speakers.length, speakersReused: 0 };
    // A body over blocksLimits: the preview still shows the report, with the problem on the body; the import refuses it before any write.
    const oversized = blocksProblems(report, blocksLimits(strapi), messageLanguage(strapi, options.locale));
    if (dryRun) {
      const problems = oversized.length > 0 ? { problems: oversized } : {};
      return { fileName, status: 'parsed', meeting: { documentId: null, title: report.meeting.title ?? null }, counts, warnings, report, ...problems };
    }
    if (oversized.length > 0) throw new ImportRejectedError(`${fileName ?? 'report'}: ${oversized[0].message}`, fileName, oversized);
    const locale = await knownLocale(strapi, options.locale, fileName);
    const ctx: WriteContext = {
      strapi,
      locale,
      userId: options.userId,
      status: options.publish ? 'published' : 'draft',
      publish: options.publish === true,
      fileName,
    };
    const sourceKey = sourceKeyOf(options.sourceUrl, report.fingerprint);
    const records = importRecords(strapi);

    // Inside the transaction: the slug claims' hand-overs to their documents are made once, at the end (services/slugs/claim-adoptions.ts).
    // A transaction another writer deadlocked or kept locked past the wait is run again whole, as single writes are.
    return retryingTransaction(async () => (await strapi.db.transaction(() => batchingAdoptions(strapi, async () => {
      // Every document the import touches is read (and, from the admin, its permissions checked) before the first write.
      const plan = await planImport(strapi, report, { locale, publish: ctx.publish, previousMeeting: await records.find(sourceKey, locale) });
      options.authorize?.(plan);
      const speakers = await writeSpeakers(ctx, report, plan.speakers);
      counts.speakersReused = speakers.reused;
      const { meeting, updated } = await writeMeeting(ctx, report, speakers.ids, plan.meeting, options.sourceUrl);
      await records.remember(sourceKey, ctx.locale, meeting.documentId);
      await writeChildren(ctx, meeting.documentId, UIDS.achievement, 'achievements', report.achievements, plan.achievements);
      const streetCases = report.streetCases.map(({ presenter, ...rest }) =>
        definedOnly({ ...rest, presenter: presenter ? speechData(presenter, speakers.ids) : undefined }),
      );
      await writeChildren(ctx, meeting.documentId, UIDS.streetCase, 'streetCases', streetCases, plan.streetCases);
      return {
        fileName,
        status: updated ? 'updated' : 'created',
        meeting: { documentId: meeting.documentId, title: meeting.title ?? null, slug: meeting.slug ?? null },
        counts,
        warnings,
        report,
      } satisfies ImportOutcome;
    }))) as ImportOutcome);
  },
});

export type ImporterService = ReturnType<typeof importerService>;
export default importerService;
