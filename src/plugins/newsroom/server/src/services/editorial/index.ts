import type { Core } from '@strapi/strapi';
import { checkBlocksSize, checkDocument, checkFieldTypes, normalizeDocument } from '../../editorial';
import { refreshDerived } from '../../editorial/normalize';
import type { CheckContext, MessageLanguage, Phase, Problem } from '../../editorial/types';
import { MEETING_UID, type Kind } from '../../kinds';
import { buildWriteView } from './document-view';
import { meetingContextOf } from './meeting-parts-in-batch';
import { blocksLimits, editorialSettings } from '../../strapi/settings';
import type { RelationTarget } from './relation-input';
import type { PlainObject } from '../../../../shared/documents';

export interface WriteCheck {
  kind: Kind;
  /** Absent on create. */
  documentId?: string;
  locale: string;
  data: PlainObject;
  phase: Phase;
  /** More phases to judge the same view in (the admin's panel asks for save and publish at once). */
  alsoPhases?: Phase[];
  language: MessageLanguage;
}

export interface WriteCheckResult {
  /** The write's data, normalized, with the derived editorial fields refreshed. */
  data: PlainObject;
  /** The whole document as it will be stored, normalized. */
  view: PlainObject;
  /** The stored draft the write builds on (null on create), for the hooks after the rules. */
  stored: PlainObject | null;
  problems: Problem[];
  /** The problems in each phase asked for: `phase` and `alsoPhases`. */
  problemsByPhase: Partial<Record<Phase, Problem[]>>;
  /** An achievement's or street case's meeting after the write (its documentId), null for none. */
  meetingId: string | null;
}

const DERIVED_EDITORIAL_FIELDS = ['creditLine', 'byline', 'dateline'] as const;

/**
 * The editorial rules applied to writes: it loads what a rule needs from the
 * database (the stored draft, the meeting, sibling ordinals) and hands plain
 * objects to the pure core. Used by the Document Service middleware, the
 * editorial-check endpoint and the importer alike.
 */
const editorialService = ({ strapi }: { strapi: Core.Strapi }) => {
  const loadDraft = async (kind: Kind, documentId: string, locale: string): Promise<PlainObject | null> =>
    (await strapi.documents(kind.uid).findOne({
      documentId,
      locale,
      status: 'draft',
      populate: kind.checkPopulate,
    }));

  const meetingDocumentId = async (target: RelationTarget | null): Promise<string | null> => {
    if (!target) return null;
    if (target.documentId) return target.documentId;
    const row = (await strapi.db
      .query(MEETING_UID)
      .findOne({ where: { id: target.id }, select: ['documentId'] })) as { documentId?: string } | null;
    return row?.documentId ?? null;
  };

  /** R5 and R7 look beyond the document: the meeting's date, the ordinals its other achievements use. */
  const contextFor = async (
    kind: Kind,
    documentId: string | undefined,
    locale: string,
    meeting: RelationTarget | null,
    phase: Phase,
    language: MessageLanguage
  ): Promise<{ context: CheckContext; meetingId: string | null }> => {
    const context: CheckContext = { phase, locale, language, now: new Date(), signOff: editorialSettings(strapi).signOff };
    // R5 compares an achievement's year with its meeting's date; R7 its ordinal with its siblings'. Other kinds need neither.
    if (!kind.meetingField || !('year' in kind.schema.attributes || 'ordinal' in kind.schema.attributes)) return { context, meetingId: null };
    const meetingId = await meetingDocumentId(meeting);
    if (!meetingId) return { context, meetingId };
    // One plain query (the meeting's draft and its other parts; once per import), not Document Service calls that would run every middleware again.
    const { heldOn, siblingOrdinals } = await meetingContextOf(strapi, kind, meetingId, locale, documentId);
    context.meeting = heldOn === undefined ? null : { heldOn };
    // R7: ordinals are unique among the siblings that carry one.
    if ('ordinal' in kind.schema.attributes) context.siblingOrdinals = siblingOrdinals;
    return { context, meetingId };
  };

  return {
    loadDraft,

    /** Normalizes a write and checks the document it will leave behind. */
    async checkWrite(input: WriteCheck): Promise<WriteCheckResult> {
      const { kind, documentId, locale, phase, language } = input;
      // Wrong JSON types, text far over its limit and blocks over theirs stop here, before the normalizer,
      // a query or Strapi's own validation (whose cost grows with the blocks: rule-blocks-size.ts) sees them.
      const types = checkFieldTypes(kind.name, input.data, language);
      const entrance = types.length > 0 ? types : checkBlocksSize(kind.name, input.data, blocksLimits(strapi), language);
      if (entrance.length > 0) {
        const problemsByPhase = Object.fromEntries([phase, ...(input.alsoPhases ?? [])].map((each) => [each, entrance]));
        return { data: input.data, view: {}, stored: null, problems: entrance, problemsByPhase, meetingId: null };
      }
      const options = { locale, creditStyle: editorialSettings(strapi).creditStyle };
      const data = normalizeDocument(kind.name, input.data, options) as PlainObject;
      const stored = documentId ? await loadDraft(kind, documentId, locale) : null;
      const { view: merged, meeting } = await buildWriteView(strapi, kind, stored, data);
      // The stored draft was normalized when it was written and the write just now:
      // only the derived fields, which follow the merged credit list, are made again.
      const view = refreshDerived(merged, options);

      // Derived fields follow the whole credit list, which a partial write may not carry.
      const viewEditorial = view.editorial as PlainObject | null | undefined;
      if (data.editorial && typeof data.editorial === 'object' && viewEditorial) {
        const editorial = { ...(data.editorial as PlainObject) };
        for (const field of DERIVED_EDITORIAL_FIELDS) editorial[field] = viewEditorial[field] ?? null;
        data.editorial = editorial;
      }

      const { context, meetingId } = await contextFor(kind, documentId, locale, meeting, phase, language);
      const problemsByPhase: Partial<Record<Phase, Problem[]>> = {};
      for (const each of new Set([phase, ...(input.alsoPhases ?? [])])) problemsByPhase[each] = checkDocument(kind.name, view, { ...context, phase: each });
      return { data, view, stored, problems: problemsByPhase[phase] ?? [], problemsByPhase, meetingId };
    },

    /** Checks a stored draft as it would be published. */
    async checkDraft(kind: Kind, documentId: string, locale: string, language: MessageLanguage): Promise<Problem[]> {
      const stored = await loadDraft(kind, documentId, locale);
      if (!stored) return [];
      const view = normalizeDocument(kind.name, stored, { locale, creditStyle: editorialSettings(strapi).creditStyle }) as PlainObject;
      const meeting = kind.meetingField ? ((stored[kind.meetingField] as RelationTarget | null | undefined) ?? null) : null;
      const { context } = await contextFor(kind, documentId, locale, meeting, 'publish', language);
      return checkDocument(kind.name, view, context);
    },
  };
};

export type EditorialService = ReturnType<typeof editorialService>;
export default editorialService;
