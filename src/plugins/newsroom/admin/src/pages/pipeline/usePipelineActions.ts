/**
 * The pipeline page's two actions, refresh and retry, with what is said
 * about their result in the page's live region (only the user's own actions
 * are announced, not the background polling).
 */
import * as React from 'react';
import { usePluginMessages } from '../import/items';
import { usePipeline, type Failure } from './usePipeline';

export const usePipelineActions = () => {
  const t = usePluginMessages();
  const { state, refresh, retry } = usePipeline();
  const [announcement, setAnnouncement] = React.useState('');
  const [refreshing, setRefreshing] = React.useState(false);
  const [retrying, setRetrying] = React.useState<number | null>(null);

  const onRefresh = async () => {
    setRefreshing(true);
    setAnnouncement('');
    const ok = await refresh();
    setRefreshing(false);
    setAnnouncement(ok ? t('pipeline.refreshed', 'Updated.') : t('pipeline.error', 'The pipeline’s state could not be loaded.'));
  };

  const onRetry = async (failure: Failure) => {
    setRetrying(failure.id);
    setAnnouncement('');
    try {
      const retried = await retry(failure.id);
      setAnnouncement(
        retried
          ? t('pipeline.retried', 'Job {id} is back in the queue.', { id: failure.id })
          : t('pipeline.retried.not', 'Job {id} had already left the failures: nothing to retry.', { id: failure.id })
      );
    } catch {
      setAnnouncement(t('pipeline.retried.error', 'Job {id} could not be retried.', { id: failure.id }));
    } finally {
      setRetrying(null);
    }
  };

  return { state, announcement, refreshing, retrying, onRefresh, onRetry };
};
