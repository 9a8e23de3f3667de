import type { Core } from '@strapi/strapi';
import { checkDocument, normalizeDocument } from '../editorial';
import type { CheckContext, ContentKind, MessageLanguage, Phase, Problem } from '../editorial/types';
import { UIDS } from '../content-types/uids';
import { CHECK_POPULATE } from '../strapi/populate';
import { buildWriteView } from '../strapi/document-view';
import { editorialSettings } from '../strapi/settings';
import type { RelationTarget } from '../strapi/relation-input';

type Plain = Record<string, unknown>;

export interface WriteCheck {
  kind: ContentKind;
  /** Absent on create. */
  documentId?: string;
  locale: string;
  data: Plain;
  phase: Phase;
  language: MessageLanguage;
}

export interface WriteCheckResult {
  /** The write's data, normalized, with the derived editorial fields refreshed. */
  data: Plain;
  /** The whole document as it will be stored, normalized. */
  view: Plain;
  problems: Problem[];
}

const DERIVED_EDITORIAL_FIELDS = ['creditLine', 'byline', 'dateline'] as const;

/**
 * The editorial rules applied to writes: it loads what a rule needs from the
 * database (the stored draft, the meeting, sibling ordinals) and hands plain
 * objects to the pure core. Used by the Document Service middleware, the
 * editorial-check endpoint and the importer alike.
 */
const editorialService = ({ strapi }: { strapi: Core.Strapi }) => {
  const loadDraft = async (kind: ContentKind, documentId: string, locale: string): Promise<Plain | null> =>
    (await strapi.documents(UIDS[kind]).findOne({
      documentId,
      locale,
      status: 'draft',
      populate: CHECK_POPULATE[kind] as never,
    })) as Plain | null;

  const meetingDocumentId = async (target: RelationTarget | null): Promise<string | null> => {
    if (!target) return null;
    if (target.documentId) return target.documentId;
    const row = (await strapi.db
      .query(UIDS.meeting)
      .findOne({ where: { id: target.id }, select: ['documentId'] })) as { documentId?: string } | null;
    return row?.documentId ?? null;
  };

  /** R5 and R7 look beyond the document: the meeting's date, the ordinals its other achievements use. */
  const contextFor = async (
    kind: ContentKind,
    documentId: string | undefined,
    locale: string,
    meeting: RelationTarget | null,
    phase: Phase,
    language: MessageLanguage
  ): Promise<CheckContext> => {
    const context: CheckContext = { phase, locale, language, now: new Date(), signOff: editorialSettings(strapi).signOff };
    if (kind !== 'achievement' && kind !== 'street-case') return context;
    const meetingId = await meetingDocumentId(meeting);
    if (!meetingId) return context;
    const storedMeeting = (await strapi.documents(UIDS.meeting).findOne({
      documentId: meetingId,
      locale,
      status: 'draft',
      fields: ['heldOn'],
    })) as { heldOn?: string | null } | null;
    context.meeting = storedMeeting ? { heldOn: storedMeeting.heldOn ?? null } : null;
    if (kind === 'achievement') {
      const siblings = (await strapi.db.query(UIDS.achievement).findMany({
        where: {
          locale,
          publishedAt: null,
          meeting: { documentId: meetingId },
          ...(documentId ? { documentId: { $ne: documentId } } : {}),
        },
        select: ['ordinal'],
      })) as Array<{ ordinal?: number | null }>;
      context.siblingOrdinals = siblings
        .map((sibling) => sibling.ordinal)
        .filter((ordinal): ordinal is number => typeof ordinal === 'number');
    }
    return context;
  };

  return {
    loadDraft,

    /** Normalizes a write and checks the document it will leave behind. */
    async checkWrite(input: WriteCheck): Promise<WriteCheckResult> {
      const { kind, documentId, locale, phase, language } = input;
      const options = { locale, creditStyle: editorialSettings(strapi).creditStyle };
      const data = normalizeDocument(kind, input.data as never, options) as Plain;
      const stored = documentId ? await loadDraft(kind, documentId, locale) : null;
      const { view: merged, meeting } = await buildWriteView(strapi, kind, stored, data);
      const view = normalizeDocument(kind, merged as never, options) as Plain;

      // Derived fields follow the whole credit list, which a partial write may not carry.
      const viewEditorial = view.editorial as Plain | null | undefined;
      if (data.editorial && typeof data.editorial === 'object' && viewEditorial) {
        const editorial = { ...(data.editorial as Plain) };
        for (const field of DERIVED_EDITORIAL_FIELDS) editorial[field] = viewEditorial[field] ?? null;
        data.editorial = editorial;
      }

      const context = await contextFor(kind, documentId, locale, meeting, phase, language);
      return { data, view, problems: checkDocument(kind, view as never, context) };
    },

    /** Checks a stored draft as it would be published. */
    async checkDraft(kind: ContentKind, documentId: string, locale: string, language: MessageLanguage): Promise<Problem[]> {
      const stored = await loadDraft(kind, documentId, locale);
      if (!stored) return [];
      const view = normalizeDocument(kind, stored as never, { locale, creditStyle: editorialSettings(strapi).creditStyle }) as Plain;
      const meeting = (stored.meeting as RelationTarget | null | undefined) ?? null;
      const context = await contextFor(kind, documentId, locale, meeting, 'publish', language);
      return checkDocument(kind, view as never, context);
    },
  };
};

export type EditorialService = ReturnType<typeof editorialService>;
export default editorialService;
