import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ImportPlan, StoredVersion } from './import-plan';
import { UIDS } from './import-uids';
import { contentManagerChecker, type UserAbility } from '../../strapi/permission-checker';

type Path = Array<string | number>;

interface Refusal {
  path: Path;
  message: string;
  code: string;
}

/**
 * 403 with the first document the user may not write, pointed at the part of
 * the request that asked for it. A PolicyError (a ForbiddenError) because
 * Strapi's route authorization turns any other ForbiddenError into a bare
 * "Forbidden" without message or details.
 */
const forbid = (refusal: Refusal): never => {
  throw new errors.PolicyError(refusal.message, { errors: [{ ...refusal, name: 'ForbiddenError' }] });
};

const KIND_LABELS: Record<keyof typeof UIDS, string> = { meeting: 'meetings', achievement: 'achievements', streetCase: 'street cases', speaker: 'speakers' };

/**
 * The content manager's own permission check on every document an import
 * plans to write (import-plan.ts), before any write: create for the
 * new ones (as the documents they will be: in the import's locale, created by
 * this user, so Strapi's "is creator" condition and i18n's locale property
 * apply), update for the drafts it changes (a re-import's meeting and its
 * parts), and publish for every document when the import publishes.
 */
export const authorizeImport = (strapi: Core.Strapi, userAbility: UserAbility, userId: number) => (plan: ImportPlan): void => {
  const { locale, publish } = plan;
  // A fresh object each time: CASL marks an object with the subject type it was first checked as.
  const newDocument = () => ({ locale, createdBy: { id: userId } });

  const check = (uid: keyof typeof UIDS, stored: StoredVersion | null, updatePath: Path): void => {
    const checker = contentManagerChecker(strapi, userAbility, UIDS[uid]);
    const label = KIND_LABELS[uid];
    if (stored === null && checker.cannot.create(newDocument())) {
      forbid({ path: ['locale'], message: `You may not create ${label} in ${locale}`, code: 'import.forbidden.create' });
    }
    // A reused speaker is only referred to (and published with the rest); the meeting and its parts are written over.
    if (stored !== null && uid !== 'speaker' && checker.cannot.update(stored)) {
      forbid({ path: updatePath, message: `You may not update the ${label} an earlier import made (${stored.documentId})`, code: 'import.forbidden.update' });
    }
    if (publish && checker.cannot.publish(stored ?? newDocument())) {
      forbid({ path: ['publish'], message: `You may not publish ${label}${stored ? ` (${stored.documentId})` : ''}`, code: 'import.forbidden.publish' });
    }
  };

  // A re-import finds what it updates by its source URL (or, without one, by the text's fingerprint).
  check('meeting', plan.meeting, ['sourceUrl']);
  plan.achievements.forEach((stored) => check('achievement', stored, ['sourceUrl']));
  plan.streetCases.forEach((stored) => check('streetCase', stored, ['sourceUrl']));
  for (const stored of plan.speakers.values()) check('speaker', stored, ['speakers']);
};
