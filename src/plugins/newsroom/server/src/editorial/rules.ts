/**
 * The rule table: every editorial rule, when it runs and what it applies to.
 *
 * This is the one list the Document Service hooks, the admin's live check and
 * the importer all run (through checkDocument). Numbers are those of
 * content-model.md; docs/rules.md describes each row with its codes and the
 * tests that prove it.
 */
import type { Rule } from './rule';
import { checkAdoptedDocumentTitles } from './rule-adopted-documents';
import { checkCreditNames, checkDuplicateCredits } from './rule-credit-names';
import { checkDates } from './rule-dates';
import { checkAccessibleMedia } from './rule-media';
import { checkOrdinal } from './rule-ordinal';
import { checkPlaceNames } from './rule-places';
import { checkPlainText } from './rule-plain-text';
import { checkRequiredOnPublish, checkSpeakerNameRequired } from './rule-required';
import { checkFourEyes, checkReviewSteps, checkSignOff } from './rule-sign-off';
import { checkSlug } from './rule-slug';
import { checkSourcePresent, checkSourceUrl } from './rule-source';
import { checkSpeakers } from './rule-speeches';
import { PLAIN_KINDS } from '../kinds/plain';

/** Every kind of the registry. */
const ALL = PLAIN_KINDS.map((kind) => kind.name);
/** The kinds with an `editorial` component. */
const EDITORIAL = PLAIN_KINDS.filter((kind) => kind.editorial).map((kind) => kind.name);
/** The kinds with a single image (cover, photo). */
const WITH_MEDIA = PLAIN_KINDS.filter((kind) => kind.media).map((kind) => kind.name);
/** The kinds with speeches (a meeting's speeches, a street case's presenter). */
const WITH_SPEECHES = PLAIN_KINDS.filter((kind) => kind.speech).map((kind) => kind.name);

export const RULES: ReadonlyArray<Rule> = [
  {
    id: 'required',
    phase: 'publish',
    kinds: ALL,
    description: 'Fields required on publish: those marked `required` in the schema (meeting title, heldOn, organizer, editorial; achievement title, ordinal, year; street-case title, street), and editorial.reportedAt',
    check: checkRequiredOnPublish,
  },
  {
    id: 'required',
    phase: 'save',
    kinds: ['speaker'],
    description: "A speaker's name is required on every write",
    check: checkSpeakerNameRequired,
  },
  {
    id: 'R1',
    phase: 'save',
    kinds: ALL,
    description: 'Credit names (and speaker names) are 1–32 letters of any script, ·, inner spaces, - and \'; credit roles are known',
    check: checkCreditNames,
  },
  {
    id: 'R2',
    phase: 'save',
    kinds: EDITORIAL,
    description: 'No person twice in the same role of one item',
    check: checkDuplicateCredits,
  },
  {
    id: 'R3',
    phase: 'publish',
    kinds: EDITORIAL,
    description: 'Sign-off complete under the signOff policy (responsible-editor, three-review or either), and a reporter or a source',
    check: checkSignOff,
  },
  {
    id: 'R4',
    phase: 'publish',
    kinds: EDITORIAL,
    description: 'Four eyes: the responsible editor is not also a reporter or editor; second and final reviewers are not reporters, and the three reviews are three people',
    check: (document, ctx) => [...checkFourEyes(document, ctx), ...checkReviewSteps(document, ctx)],
  },
  {
    id: 'R5',
    phase: 'save',
    kinds: EDITORIAL,
    description: 'heldOn on or before the report date (Beijing time); reportedAt at most 10 minutes ahead; achievement year not after its meeting; nothing before 1949',
    check: checkDates,
  },
  {
    id: 'R6',
    phase: 'publish',
    kinds: EDITORIAL,
    description: 'A source is named',
    check: checkSourcePresent,
  },
  {
    id: 'R6',
    phase: 'save',
    kinds: EDITORIAL,
    description: 'sourceUrl is an http or https address',
    check: checkSourceUrl,
  },
  {
    id: 'R7',
    phase: 'save',
    kinds: ['achievement'],
    description: 'Achievement ordinal is a whole number ≥ 1, unique within its meeting and locale',
    check: checkOrdinal,
  },
  {
    id: 'R8',
    phase: 'save',
    kinds: ['street-case'],
    description: 'zh-Hans: street ends with 街道/镇, community with 社区/村',
    check: checkPlaceNames,
  },
  {
    id: 'R9',
    phase: 'publish',
    kinds: WITH_MEDIA,
    description: 'Cover and photo have alternative text that is not the file name',
    check: checkAccessibleMedia,
  },
  {
    id: 'R10',
    phase: 'save',
    kinds: WITH_SPEECHES,
    description: 'Every speech names a speaker or describes one',
    check: checkSpeakers,
  },
  {
    id: 'R11',
    phase: 'save',
    kinds: ALL,
    description: 'Plain-text fields hold no HTML tags, no control characters, and respect their lengths',
    check: checkPlainText,
  },
  {
    id: 'R12',
    phase: 'save',
    kinds: ['meeting'],
    description: 'Adopted-document titles have balanced brackets',
    check: checkAdoptedDocumentTitles,
  },
  {
    id: 'slug',
    phase: 'save',
    kinds: ALL,
    description: 'A slug typed by hand leaves something usable after normalization to a-z0-9-',
    check: checkSlug,
  },
];
