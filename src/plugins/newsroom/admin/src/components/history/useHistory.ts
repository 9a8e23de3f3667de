import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

/** One entry of GET /newsroom/history/:kind/:documentId. */
export interface HistoryEntry {
  action: string;
  at: string;
  user: { id: number | null; name: string };
  locale: string | null;
}

/** What a change the document's form does not see (a schedule, a cancel) sends, so the history panel reads its entries again. */
const HISTORY_CHANGED = 'newsroom:history-changed';

export const announceHistoryChange = (): void => {
  window.dispatchEvent(new Event(HISTORY_CHANGED));
};

export type HistoryState = { status: 'loading' } | { status: 'error' } | { status: 'done'; entries: HistoryEntry[] };

/** A document's history in a locale, asked again whenever `version` (the document's last change) moves or a schedule changes. */
export const useHistory = (kind: string, documentId: string, locale: string | undefined, version: string) => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<HistoryState>({ status: 'loading' });
  const [changes, setChanges] = React.useState(0);
  React.useEffect(() => {
    const changed = () => setChanges((n) => n + 1);
    window.addEventListener(HISTORY_CHANGED, changed);
    return () => window.removeEventListener(HISTORY_CHANGED, changed);
  }, []);
  React.useEffect(() => {
    let current = true;
    const query = locale ? `?locale=${encodeURIComponent(locale)}` : '';
    get<{ data: HistoryEntry[] }>(`/newsroom/history/${kind}/${encodeURIComponent(documentId)}${query}`).then(
      ({ data }) => {
        if (current) setState({ status: 'done', entries: data.data });
      },
      () => {
        if (current) setState({ status: 'error' });
      }
    );
    return () => {
      current = false;
    };
  }, [get, kind, documentId, locale, version, changes]);
  return state;
};
