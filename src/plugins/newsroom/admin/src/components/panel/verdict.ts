import type { IntlShape } from 'react-intl';
import type { CheckResult, Problem } from '../../api';
import { getTranslation } from '../../utils/getTranslation';
import type { CheckState } from './useEditorialCheck';

export type Tone = 'success' | 'warning' | 'danger' | 'neutral';

export interface Verdict {
  tone: Tone;
  text: string;
  /** False while no answer has come yet (loading, or the first check failed). */
  settled: boolean;
  saveProblems: Problem[];
  /** Publish problems that do not also block saving. */
  publishOnly: Problem[];
  derived: CheckResult['derived'];
}

export const problemKey = (problem: Problem): string => `${problem.code}|${problem.path.join('.')}`;

/** What the panel says about the last answer: one sentence and the problems of each phase. */
export const verdictOf = (state: CheckState, formatMessage: IntlShape['formatMessage']): Verdict => {
  const t = (id: string, defaultMessage: string, values?: Record<string, number>) => formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const saveProblems = state.save?.errors ?? [];
  const saveKeys = new Set(saveProblems.map(problemKey));
  const publishOnly = (state.publish?.errors ?? []).filter((problem) => !saveKeys.has(problemKey(problem)));
  const derived = state.publish?.derived ?? state.save?.derived ?? null;
  const base = { saveProblems, publishOnly, derived };
  if (state.save === undefined || state.publish === undefined) {
    return state.status === 'error'
      ? { ...base, settled: false, tone: 'danger', text: t('panel.status.error', 'The check could not run.') }
      : { ...base, settled: false, tone: 'neutral', text: t('panel.status.checking', 'Checking…') };
  }
  if (saveProblems.length > 0) {
    const count = saveProblems.length + publishOnly.length;
    return { ...base, settled: true, tone: 'danger', text: t('panel.status.cannot-save', '{count, plural, one {# problem} other {# problems}} to fix before this can be saved.', { count }) };
  }
  if (publishOnly.length > 0) {
    return {
      ...base,
      settled: true,
      tone: 'warning',
      text: t('panel.status.draft-only', 'Can be saved as a draft. {count, plural, one {# problem} other {# problems}} to fix before publishing.', { count: publishOnly.length }),
    };
  }
  return { ...base, settled: true, tone: 'success', text: t('panel.status.ready', 'Ready to publish') };
};
