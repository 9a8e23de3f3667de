/**
 * The queue at a glance: how many jobs wait (due now), are planned for later
 * (retries, scheduled publishing), run, and have failed, and how long the
 * oldest waiting one has waited, in words.
 */
import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { usePluginMessages } from '../import/items';
import { ageWords } from './ageWords';
import type { PipelineStatus } from './usePipeline';

interface QueueCountsProps {
  data: PipelineStatus;
  headingId: string;
}

const COUNTS = [
  ['waiting', 'Waiting'],
  ['later', 'Planned for later'],
  ['running', 'Running'],
  ['failed', 'Failed'],
] as const;

export const QueueCounts = ({ data, headingId }: QueueCountsProps) => {
  const t = usePluginMessages();
  const { locale } = useIntl();
  return (
    <Box tag="section" aria-labelledby={headingId} padding={6} hasRadius background="neutral0" shadow="tableShadow">
      <Typography tag="h2" id={headingId} variant="beta">
        {t('pipeline.queue.heading', 'Queue')}
      </Typography>
      <Flex tag="dl" gap={4} marginTop={4} wrap="wrap" alignItems="stretch">
        {COUNTS.map(([field, label]) => (
          <Box key={field} padding={4} hasRadius background={field === 'failed' && data.failed > 0 ? 'danger100' : 'neutral100'} minWidth="10rem" data-count={field}>
            <Typography tag="dt" variant="sigma" textColor="neutral700">
              {t(`pipeline.count.${field}`, label)}
            </Typography>
            <Typography tag="dd" variant="alpha" textColor="neutral800">
              {data[field]}
            </Typography>
          </Box>
        ))}
      </Flex>
      <Typography tag="p" variant="omega" textColor="neutral800" marginTop={4} data-oldest-waiting>
        {data.oldestWaitingMs === null
          ? t('pipeline.oldest.none', 'No job is waiting.')
          : t('pipeline.oldest', 'The oldest waiting job has waited {age}.', { age: ageWords(data.oldestWaitingMs, locale) })}
      </Typography>
    </Box>
  );
};
