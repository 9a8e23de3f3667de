import * as React from 'react';
import { Button, Flex, Typography, VisuallyHidden } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { Layouts, Page, useRBAC } from '@strapi/strapi/admin';
import { beijingWords } from '../../../shared/beijing-time';
import { PIPELINE_READ, PIPELINE_RETRY } from '../../../shared/pipeline-permissions';
import { usePluginMessages } from './import/items';
import { FailureTable } from './pipeline/FailureTable';
import { QueueCounts } from './pipeline/QueueCounts';
import { usePipelineActions } from './pipeline/usePipelineActions';

/**
 * The pipeline page (issue 21): the state of the outbox that does a write's
 * derived work after its commit — pages that show the document, CDN purges,
 * scheduled publishing — so an administrator sees whether work waits too
 * long and which jobs failed with what error, and retries them. Read with
 * the plugin's "see the pipeline" permission; the retry buttons need "retry".
 * Results of the user's own actions are announced in a live region.
 */
const Pipeline = () => {
  const t = usePluginMessages();
  const { locale } = useIntl();
  const { state, announcement, refreshing, retrying, onRefresh, onRetry } = usePipelineActions();
  const { allowedActions } = useRBAC([{ action: PIPELINE_RETRY, subject: null }]);
  const queueId = React.useId();
  const failuresId = React.useId();

  const data = state.status === 'done' ? state.data : state.status === 'error' ? state.last : undefined;
  const at = state.status === 'loading' ? undefined : state.at;
  return (
    <Page.Main>
      <Page.Title>{t('pipeline.page-title', 'Publishing pipeline')}</Page.Title>
      <Layouts.Header
        title={t('pipeline.title', 'Publishing pipeline')}
        subtitle={t(
          'pipeline.subtitle',
          'The work a save leaves for later — the pages that show the document, CDN purges, scheduled publishing — and the jobs that failed.'
        )}
        primaryAction={
          <Button startIcon={<ArrowClockwise aria-hidden focusable={false} />} loading={refreshing} onClick={() => void onRefresh()}>
            {t('pipeline.refresh', 'Refresh')}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6} data-newsroom-pipeline={state.status}>
          {at !== undefined ? (
            <Typography tag="p" variant="pi" textColor="neutral700">
              {t('pipeline.updated-at', 'As of {time}; updated every 15 seconds.', { time: beijingWords(at, locale) })}
            </Typography>
          ) : null}
          {state.status === 'loading' ? (
            <Typography tag="p" variant="omega" textColor="neutral700">
              {t('pipeline.loading', 'Loading…')}
            </Typography>
          ) : null}
          {state.status === 'error' ? (
            <Typography tag="p" variant="omega" textColor="danger700">
              {t('pipeline.error', 'The pipeline’s state could not be loaded.')}
            </Typography>
          ) : null}
          {data ? (
            <>
              <QueueCounts data={data} headingId={queueId} />
              <FailureTable
                failures={data.failures}
                total={data.failed}
                canRetry={allowedActions.canRetry === true}
                retrying={retrying}
                onRetry={(failure) => void onRetry(failure)}
                headingId={failuresId}
              />
            </>
          ) : null}
          <VisuallyHidden role="status" aria-live="polite" data-pipeline-announcement>
            {announcement}
          </VisuallyHidden>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const PipelinePage = () => (
  <Page.Protect permissions={[{ action: PIPELINE_READ, subject: null }]}>
    <Pipeline />
  </Page.Protect>
);

export { PipelinePage };
export default PipelinePage;
