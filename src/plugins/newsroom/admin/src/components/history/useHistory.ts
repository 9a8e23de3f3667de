import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

/** One entry of GET /newsroom/history/:kind/:documentId. */
export interface HistoryEntry {
  action: string;
  at: string;
  user: { id: number | null; name: string };
  locale: string | null;
}

export type HistoryState = { status: 'loading' } | { status: 'error' } | { status: 'done'; entries: HistoryEntry[] };

/** A document's history in a locale, asked again whenever `version` (the document's last change) moves. */
export const useHistory = (kind: string, documentId: string, locale: string | undefined, version: string) => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<HistoryState>({ status: 'loading' });
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
  }, [get, kind, documentId, locale, version]);
  return state;
};
