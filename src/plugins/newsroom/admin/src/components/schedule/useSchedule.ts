/**
 * A document's scheduled jobs in one locale (GET /newsroom/schedule/:kind/:documentId?locale=),
 * and the two things an editor does with them: schedule a publish or an
 * unpublish (POST), cancel a pending one (DELETE …/:id). Each change reads
 * the list again and tells the history panel to read its entries again.
 */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { ScheduleJob, ScheduleRequest } from '../../../../shared/schedule';
import { announceHistoryChange } from '../history/useHistory';

export type ScheduleListState = { status: 'loading' } | { status: 'error' } | { status: 'done'; jobs: ScheduleJob[] };

export const useSchedule = (kind: string, documentId: string, locale: string | undefined) => {
  const { get, post, del } = useFetchClient();
  const [state, setState] = React.useState<ScheduleListState>({ status: 'loading' });
  const path = `/newsroom/schedule/${encodeURIComponent(kind)}/${encodeURIComponent(documentId)}`;
  const latest = React.useRef(0);

  const reload = React.useCallback(async () => {
    const request = ++latest.current;
    const query = locale ? `?locale=${encodeURIComponent(locale)}` : '';
    try {
      const { data } = await get<{ data: ScheduleJob[] }>(`${path}${query}`);
      if (request === latest.current) setState({ status: 'done', jobs: data.data });
    } catch {
      if (request === latest.current) setState({ status: 'error' });
    }
  }, [get, path, locale]);

  React.useEffect(() => {
    void reload();
    return () => {
      latest.current += 1;
    };
  }, [reload]);

  /** Schedules; a refusal (400 with field paths, 403, 404) is thrown for the form to show. */
  const schedule = React.useCallback(
    async (request: ScheduleRequest): Promise<ScheduleJob> => {
      const { data } = await post<{ data: ScheduleJob }>(path, request);
      announceHistoryChange();
      await reload();
      return data.data;
    },
    [post, path, reload]
  );

  const cancel = React.useCallback(
    async (id: number): Promise<ScheduleJob> => {
      const { data } = await del<{ data: ScheduleJob }>(`${path}/${id}`);
      announceHistoryChange();
      await reload();
      return data.data;
    },
    [del, path, reload]
  );

  return { state, schedule, cancel, reload };
};
