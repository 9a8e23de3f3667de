import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { CheckResult, Kind } from '../../api';

const DEBOUNCE_MS = 500;
const CHECK_URL = '/newsroom/editorial-check';

export type CheckState =
  | { status: 'checking'; save?: CheckResult; publish?: CheckResult }
  | { status: 'done'; save: CheckResult; publish: CheckResult }
  | { status: 'error'; save?: CheckResult; publish?: CheckResult };

/** The answer of POST /newsroom/editorial-check with `phases: ['save', 'publish']`. */
interface BothPhases extends CheckResult {
  phases: { save: CheckResult; publish: CheckResult };
}

export const useDebounced = <T,>(value: T, delay: number): T => {
  const [debounced, setDebounced] = React.useState(value);
  React.useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return debounced;
};

export interface CheckRequest {
  kind: Kind;
  /** The form's values, serialized (a stable dependency). */
  serialized: string;
  documentId?: string;
  locale?: string;
  language: string;
}

/**
 * The save and the publish verdict of the form as it stands, in ONE request
 * half a second after the editor stops typing; an older answer arriving
 * after a newer request is dropped. `retry` asks again after a failure.
 */
export const useEditorialCheck = ({ kind, serialized, documentId, locale, language }: CheckRequest) => {
  const { post } = useFetchClient();
  const debounced = useDebounced(serialized, DEBOUNCE_MS);
  const [state, setState] = React.useState<CheckState>({ status: 'checking' });
  const [attempt, setAttempt] = React.useState(0);
  const latest = React.useRef(0);

  React.useEffect(() => {
    const request = ++latest.current;
    setState((previous) => ({ ...previous, status: 'checking' }));
    const body = { type: kind, data: JSON.parse(debounced) as unknown, documentId, locale, language, phases: ['save', 'publish'] };
    post<{ data: BothPhases }>(CHECK_URL, body).then(
      ({ data }) => {
        if (request === latest.current) setState({ status: 'done', save: data.data.phases.save, publish: data.data.phases.publish });
      },
      () => {
        if (request === latest.current) setState((previous) => ({ ...previous, status: 'error' }));
      }
    );
  }, [debounced, kind, documentId, locale, language, post, attempt]);

  const retry = React.useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
};
