import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UIDS } from '../content-types/uids';
import { ArticleParseError, parseArticle, type ParsedReport, type ParsedSpeech, type ParseWarning } from '../import';
import { applyOverrides, type MeetingOverrides } from '../import/overrides';
import { importRecords, sourceKeyOf } from '../strapi/import-records';
import type { ValidationErrorEntry } from '../strapi/validation-error';

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
}

export interface ImportOutcome {
  fileName?: string;
  status: 'created' | 'updated' | 'parsed';
  meeting: { documentId: string | null; title?: string | null; slug?: string | null };
  counts: { achievements: number; streetCases: number; speakers: number; speakersReused: number };
  warnings: ParseWarning[];
  report: ParsedReport;
}

/** A report the parser or the editorial rules refused; nothing of it was written. */
export class ImportRejectedError extends errors.ValidationError {
  constructor(message: string, readonly fileName: string | undefined, entries: ValidationErrorEntry[]) {
    super(message, { fileName, errors: entries });
  }
}

type Plain = Record<string, unknown>;

const definedOnly = (object: Plain): Plain => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

/** A write refused by the hooks, re-pointed at the part of the report it concerns. */
const within = async <T>(prefix: Array<string | number>, fileName: string | undefined, write: () => Promise<T>): Promise<T> => {
  try {
    return await write();
  } catch (error) {
    if (error instanceof errors.ValidationError) {
      const details = (error.details ?? {}) as { errors?: ValidationErrorEntry[] };
      const entries = (details.errors ?? [{ path: [], message: error.message, name: 'ValidationError', code: 'invalid' }]).map((entry) => ({
        ...entry,
        path: [...prefix, ...entry.path],
      }));
      throw new ImportRejectedError(`${fileName ?? 'report'}: ${error.message}`, fileName, entries);
    }
    throw error;
  }
};

/**
 * Writes one parsed report through the Document Service, so the editorial
 * hooks judge every document, in one transaction: all of it or none.
 * Importing the same report again updates what the first import created.
 */
const importerService = ({ strapi }: { strapi: Core.Strapi }) => {
  const speakerFor = async (name: string, organization: string | undefined, locale: string) => {
    const candidates = (await strapi.documents(UIDS.speaker).findMany({
      filters: { name },
      locale,
      status: 'draft',
      populate: { positions: true },
    } as never)) as Array<{ documentId: string; positions?: Array<{ organization?: string | null }> }>;
    return candidates.find((speaker) => !organization || (speaker.positions ?? []).some((p) => p.organization === organization)) ?? null;
  };

  const speechData = (speech: ParsedSpeech, speakerIds: Map<string, string>) =>
    definedOnly({
      speaker: speech.speakerName ? speakerIds.get(speech.speakerName) ?? null : undefined,
      speakerDescription: speech.speakerDescription,
      role: speech.role,
      summary: speech.summary,
      order: speech.order,
    });

  return {
    parse(text: string, fileName?: string) {
      try {
        return parseArticle(text, { fileName });
      } catch (error) {
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
      const { report, warnings } = applyOverrides(this.parse(text, fileName), options.overrides);
      const counts = { achievements: report.achievements.length, streetCases: report.streetCases.length, speakers: report.speakers.length, speakersReused: 0 };
      if (dryRun) {
        return { fileName, status: 'parsed', meeting: { documentId: null, title: report.meeting.title ?? null }, counts, warnings, report };
      }

      const locale = options.locale ?? 'zh-Hans';
      const status = options.publish ? 'published' : 'draft';
      const sourceKey = sourceKeyOf(options.sourceUrl, report.fingerprint);
      const records = importRecords(strapi);

      return (await strapi.db.transaction(async () => {
        const speakerIds = new Map<string, string>();
        for (const [index, speaker] of report.speakers.entries()) {
          const existing = await speakerFor(speaker.name, speaker.positions[0]?.organization ?? undefined, locale);
          if (existing) {
            counts.speakersReused += 1;
            speakerIds.set(speaker.name, existing.documentId);
            if (options.publish) await within(['speakers', index], fileName, () => strapi.documents(UIDS.speaker).publish({ documentId: existing.documentId, locale } as never));
            continue;
          }
          const created = (await within(['speakers', index], fileName, () =>
            strapi.documents(UIDS.speaker).create({ data: { name: speaker.name, positions: speaker.positions }, locale, status } as never)
          )) as { documentId: string };
          speakerIds.set(speaker.name, created.documentId);
        }

        const { speeches, editorial, ...meetingFields } = report.meeting;
        const meetingData = definedOnly({
          ...meetingFields,
          speeches: speeches.map((speech) => speechData(speech, speakerIds)),
          editorial: editorial ? definedOnly({ ...editorial, sourceUrl: options.sourceUrl ?? editorial.sourceUrl }) : undefined,
        });
        const previous = await records.find(sourceKey, locale);
        const stillThere = previous
          ? await strapi.db.query(UIDS.meeting).count({ where: { documentId: previous, locale } })
          : 0;
        const meeting = (await within(['meeting'], fileName, () =>
          stillThere
            ? strapi.documents(UIDS.meeting).update({ documentId: previous as string, locale, data: meetingData, status } as never)
            : strapi.documents(UIDS.meeting).create({ data: meetingData, locale, status } as never)
        )) as { documentId: string; title?: string; slug?: string };
        await records.remember(sourceKey, locale, meeting.documentId);

        const children = async (
          uid: typeof UIDS.achievement | typeof UIDS['street-case'],
          field: 'achievements' | 'streetCases',
          items: Plain[],
          keyOf: (item: Plain) => Plain
        ) => {
          for (const [index, item] of items.entries()) {
            const existing = (await strapi.db.query(uid).findOne({
              where: { ...keyOf(item), locale, publishedAt: null, meeting: { documentId: meeting.documentId } },
              select: ['documentId'],
            })) as { documentId: string } | null;
            const data = { ...item, meeting: meeting.documentId };
            await within([field, index], fileName, () =>
              existing
                ? strapi.documents(uid).update({ documentId: existing.documentId, locale, data, status } as never)
                : strapi.documents(uid).create({ data, locale, status } as never)
            );
          }
        };
        await children(UIDS.achievement, 'achievements', report.achievements as Plain[], (a) => ({ ordinal: a.ordinal }));
        await children(
          UIDS['street-case'],
          'streetCases',
          report.streetCases.map(({ presenter, ...rest }) =>
            definedOnly({ ...rest, presenter: presenter ? speechData(presenter, speakerIds) : undefined })
          ),
          (s) => ({ street: s.street ?? null, community: s.community ?? null })
        );

        return {
          fileName,
          status: stillThere ? 'updated' : 'created',
          meeting: { documentId: meeting.documentId, title: meeting.title ?? null, slug: meeting.slug ?? null },
          counts,
          warnings,
          report,
        } satisfies ImportOutcome;
      })) as ImportOutcome;
    },
  };
};

export type ImporterService = ReturnType<typeof importerService>;
export default importerService;
