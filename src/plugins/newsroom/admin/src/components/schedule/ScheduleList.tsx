/**
 * The document's scheduled jobs in this locale, soonest first: what (publish,
 * unpublish), when (Beijing time, in words), by whom, and its state; a
 * pending one has a Cancel button; a failed one says why (a refusal's
 * problems are the panel's, with links to their fields).
 */
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { beijingWords } from '../../../../shared/beijing-time';
import type { ScheduleJob } from '../../../../shared/schedule';
import { usePluginMessages } from '../../pages/import/items';

interface ScheduleListProps {
  jobs: ScheduleJob[];
  /** The job being cancelled. */
  cancelling: number | null;
  onCancel(job: ScheduleJob): void;
}

const ACTION_DEFAULTS = { publish: 'Publish', unpublish: 'Unpublish' } as const;

export const ScheduleList = ({ jobs, cancelling, onCancel }: ScheduleListProps) => {
  const t = usePluginMessages();
  const { locale } = useIntl();
  if (jobs.length === 0) {
    return (
      <Typography tag="p" variant="omega" textColor="neutral700" data-schedule-empty>
        {t('schedule.none', 'Nothing is scheduled for this language.')}
      </Typography>
    );
  }
  const sorted = [...jobs].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
      {sorted.map((job) => {
        const action = t(`schedule.action.${job.action}`, ACTION_DEFAULTS[job.action]);
        const when = beijingWords(job.at, locale);
        const textId = `newsroom-schedule-job-${job.id}`;
        return (
          <Box
            tag="li"
            key={job.id}
            padding={2}
            hasRadius
            background={job.state === 'failed' ? 'danger100' : 'neutral100'}
            data-schedule-job={job.id}
            data-schedule-state={job.state}
            data-schedule-at={job.at}
          >
            <Flex justifyContent="space-between" alignItems="flex-start" gap={2}>
              <Box>
                <Typography tag="p" id={textId} variant="omega" fontWeight="semiBold" textColor="neutral800">
                  {t('schedule.job', '{action} at {time}', { action, time: when })}
                </Typography>
                <Typography tag="p" variant="pi" textColor="neutral700">
                  {t('schedule.job.by', 'Scheduled by {name}', { name: job.scheduledBy.name })}
                </Typography>
              </Box>
              <Badge
                backgroundColor={job.state === 'failed' ? 'neutral0' : 'primary100'}
                textColor={job.state === 'failed' ? 'danger700' : 'primary700'}
                style={{ whiteSpace: 'nowrap', flexShrink: 0 }}
              >
                {t(`schedule.state.${job.state}`, job.state)}
              </Badge>
            </Flex>
            {job.state === 'failed' && job.error ? (
              <Typography tag="p" variant="pi" textColor="danger700" marginTop={1} data-schedule-job-error>
                {t('schedule.job.refused', 'Refused when it was due: {message}', { message: job.error.message })}
              </Typography>
            ) : null}
            {job.state === 'pending' ? (
              <Button
                marginTop={2}
                size="S"
                variant="danger-light"
                startIcon={<Cross aria-hidden focusable={false} />}
                aria-describedby={textId}
                loading={cancelling === job.id}
                disabled={cancelling !== null}
                onClick={() => onCancel(job)}
              >
                {t('schedule.cancel', 'Cancel')}
              </Button>
            ) : null}
          </Box>
        );
      })}
    </Flex>
  );
};
