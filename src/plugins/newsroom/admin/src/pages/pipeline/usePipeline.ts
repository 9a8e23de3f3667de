/**
 * The pipeline's state as the page shows it: GET /newsroom/outbox on load,
 * on "Refresh" and every 15 seconds while the page is open; a failed job's
 * retry (POST /newsroom/outbox/jobs/:id/retry) then reads the state again.
 */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

/** One failed job (services/outbox/status.ts); times in epoch milliseconds. */
export interface Failure {
  id: number;
  type: string;
  key: string | null;
  attempts: number;
  lastError: string | null;
  updatedAt: number;
}

export interface PipelineStatus {
  waiting: number;
  later: number;
  running: number;
  failed: number;
  oldestWaitingMs: number | null;
  failures: Failure[];
}

export type PipelineState =
  | { status: 'loading' }
  | { status: 'error'; last?: PipelineStatus; at?: number }
  | { status: 'done'; data: PipelineStatus; at: number };

const POLL_MS = 15_000;

export const usePipeline = () => {
  const { get, post } = useFetchClient();
  const [state, setState] = React.useState<PipelineState>({ status: 'loading' });
  const mounted = React.useRef(true);

  /** Reads the state again; answers whether it could. */
  const refresh = React.useCallback(async (): Promise<boolean> => {
    try {
      const { data } = await get<{ data: PipelineStatus }>('/newsroom/outbox');
      if (mounted.current) setState({ status: 'done', data: data.data, at: Date.now() });
      return true;
    } catch {
      if (mounted.current) setState((previous) => (previous.status === 'done' ? { status: 'error', last: previous.data, at: previous.at } : { status: 'error' }));
      return false;
    }
  }, [get]);

  React.useEffect(() => {
    mounted.current = true;
    void refresh();
    const timer = window.setInterval(() => void refresh(), POLL_MS);
    return () => {
      mounted.current = false;
      window.clearInterval(timer);
    };
  }, [refresh]);

  /** Puts a failed job back in the queue; answers whether it was still failed (false: already retried or gone). */
  const retry = React.useCallback(
    async (id: number): Promise<boolean> => {
      const { data } = await post<{ data: { retried: boolean } }>(`/newsroom/outbox/jobs/${id}/retry`, {});
      await refresh();
      return data.data.retried;
    },
    [post, refresh]
  );

  return { state, refresh, retry };
};
