import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ParsedReport, ParsedSpeech } from '../../import';
import type { ChildTargets, ImportPlan, StoredVersion } from './import-plan';
import { UIDS } from './import-uids';
import type { ValidationErrorEntry } from '../../strapi/validation-error';
import type { PlainObject } from '../../../../shared/documents';


/**
 * The writes of one import, each through the Document Service so the
 * editorial hooks judge every document: speakers (reused when one of the name
 * and organization exists), the meeting, then its achievements and street
 * cases (updated in place on a re-import). The caller runs them inside one
 * transaction (services/importer/index.ts).
 */

/** A report the parser or the editorial rules refused; nothing of it was written. */
export class ImportRejectedError extends errors.ValidationError {
  constructor(message: string, readonly fileName: string | undefined, entries: ValidationErrorEntry[]) {
    super(message, { fileName, errors: entries });
  }
}

export const definedOnly = (object: PlainObject): PlainObject => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));

export interface WriteContext {
  strapi: Core.Strapi;
  locale: string;
  status: 'draft' | 'published';
  publish: boolean;
  fileName?: string;
  /** The admin user the import writes as (createdBy/updatedBy); absent for imports run from code. */
  userId?: number;
}

/** A write refused by the hooks, re-pointed at the part of the report it concerns. */
export const within = async <T>(prefix: Array<string | number>, fileName: string | undefined, write: () => Promise<T>): Promise<T> => {
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

export const speechData = (speech: ParsedSpeech, speakerIds: Map<string, string>): PlainObject =>
  definedOnly({
    speaker: speech.speakerName ? speakerIds.get(speech.speakerName) ?? null : undefined,
    speakerDescription: speech.speakerDescription,
    role: speech.role,
    summary: speech.summary,
    order: speech.order,
  });

/** The admin user an import writes as: createdBy and updatedBy on a create, updatedBy on an update (as the content manager's setCreatorFields). */
const creatorFields = (ctx: WriteContext, creating: boolean): PlainObject =>
  ctx.userId === undefined ? {} : creating ? { createdBy: ctx.userId, updatedBy: ctx.userId } : { updatedBy: ctx.userId };

/** Speakers by name → documentId, and how many already existed (planned in import-plan.ts). */
export const writeSpeakers = async (ctx: WriteContext, report: ParsedReport, planned: ImportPlan['speakers']): Promise<{ ids: Map<string, string>; reused: number }> => {
  const ids = new Map<string, string>();
  let reused = 0;
  for (const [index, speaker] of report.speakers.entries()) {
    if (ids.has(speaker.name)) continue;
    const existing = planned.get(speaker.name) ?? null;
    if (existing) {
      reused += 1;
      ids.set(speaker.name, existing.documentId);
      // Published as their draft stands already: publishing again would change nothing and rebuild every page that shows them.
      if (ctx.publish && !existing.publishedCurrent) {
        await within(['speakers', index], ctx.fileName, () =>
          ctx.strapi.documents(UIDS.speaker).publish({ documentId: existing.documentId, locale: ctx.locale }),
        );
      }
      continue;
    }
    const created = (await within(['speakers', index], ctx.fileName, () =>
      ctx.strapi.documents(UIDS.speaker).create({
        data: { name: speaker.name, positions: speaker.positions, ...creatorFields(ctx, true) },
        locale: ctx.locale,
        status: ctx.status,
      }),
    )) as { documentId: string };
    ids.set(speaker.name, created.documentId);
  }
  return { ids, reused };
};

/** Creates the meeting, or updates the one an earlier import of the report made. */
export const writeMeeting = async (
  ctx: WriteContext,
  report: ParsedReport,
  speakerIds: Map<string, string>,
  previous: StoredVersion | null,
  sourceUrl: string | undefined,
): Promise<{ meeting: { documentId: string; title?: string; slug?: string }; updated: boolean }> => {
  const { speeches, editorial, ...meetingFields } = report.meeting;
  const data = definedOnly({
    ...meetingFields,
    speeches: speeches.map((speech) => speechData(speech, speakerIds)),
    editorial: editorial ? definedOnly({ ...editorial, sourceUrl: sourceUrl ?? editorial.sourceUrl }) : undefined,
  });
  const meeting = (await within(['meeting'], ctx.fileName, () =>
    previous
      ? ctx.strapi.documents(UIDS.meeting).update({ documentId: previous.documentId, locale: ctx.locale, data: { ...data, ...creatorFields(ctx, false) }, status: ctx.status })
      : ctx.strapi.documents(UIDS.meeting).create({ data: { ...data, ...creatorFields(ctx, true) }, locale: ctx.locale, status: ctx.status }),
  )) as { documentId: string; title?: string; slug?: string };
  return { meeting, updated: previous !== null };
};

/** Achievements or street cases of the meeting, each updated in place when the plan found a draft with its key. */
export const writeChildren = async (
  ctx: WriteContext,
  meetingId: string,
  uid: (typeof UIDS)['achievement' | 'streetCase'],
  field: 'achievements' | 'streetCases',
  items: PlainObject[],
  targets: ChildTargets,
): Promise<void> => {
  for (const [index, item] of items.entries()) {
    const existing = targets[index] ?? null;
    const data: Record<string, unknown> = { ...item, meeting: meetingId, ...creatorFields(ctx, existing === null) };
    await within([field, index], ctx.fileName, () =>
      existing
        ? ctx.strapi.documents(uid).update({ documentId: existing.documentId, locale: ctx.locale, data, status: ctx.status })
        : ctx.strapi.documents(uid).create({ data, locale: ctx.locale, status: ctx.status }),
    );
  }
};
