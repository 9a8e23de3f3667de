/**
 * The failed jobs, newest first, as a table with column headers: what kind
 * of work (type), what it was about (key), how often it was tried, its error
 * and when it failed (Beijing time), and — for a user who may retry — a
 * "Retry" button that puts the job back in the queue.
 */
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { beijingWords } from '../../../../shared/beijing-time';
import { usePluginMessages } from '../import/items';
import { failureText } from './failureText';
import type { Failure } from './usePipeline';

interface FailureTableProps {
  failures: Failure[];
  /** How many failed in all (the table shows the latest ones). */
  total: number;
  canRetry: boolean;
  /** The job whose retry is under way. */
  retrying: number | null;
  onRetry(failure: Failure): void;
  headingId: string;
}

const cell = { padding: 3, style: { verticalAlign: 'top', textAlign: 'start' as const } };

type FailureRowProps = Pick<FailureTableProps, 'canRetry' | 'retrying' | 'onRetry'> & { failure: Failure };

/** One failed job: type, key, tries, error (a refusal's problems listed), time, and its retry button. */
const FailureRow = ({ failure, canRetry, retrying, onRetry }: FailureRowProps) => {
  const t = usePluginMessages();
  const { locale } = useIntl();
  const error = failureText(failure.lastError);
  return (
    <Box tag="tr" borderColor="neutral150" style={{ borderTopWidth: 1, borderTopStyle: 'solid' }} data-job={failure.id}>
      <Box tag="td" {...cell} minWidth="8rem">
        <Typography variant="omega" fontWeight="semiBold" style={{ wordBreak: 'break-word' }}>
          {failure.type}
        </Typography>
      </Box>
      <Box tag="td" {...cell} minWidth="8rem">
        <Typography variant="omega" style={{ wordBreak: 'break-all' }}>
          {failure.key ?? '—'}
        </Typography>
      </Box>
      <Box tag="td" {...cell}>
        <Typography variant="omega">{failure.attempts}</Typography>
      </Box>
      <Box tag="td" {...cell} data-error>
        <Typography variant="omega" textColor="danger700" style={{ wordBreak: 'break-word' }}>
          {error.message}
        </Typography>
        {error.detail ? (
          <Box tag="details" marginTop={1}>
            <Typography tag="summary" variant="pi" textColor="neutral800" style={{ cursor: 'pointer' }}>
              {t('pipeline.error.details', 'Details')}
            </Typography>
            <Typography tag="pre" variant="pi" textColor="neutral800" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
              {error.detail}
            </Typography>
          </Box>
        ) : null}
        {error.problems.length > 0 ? (
          <Flex tag="ul" direction="column" alignItems="stretch" gap={1} marginTop={1}>
            {error.problems.map((problem, index) => (
              <Typography tag="li" key={`${problem.path}-${index}`} variant="pi" textColor="neutral800">
                {problem.path ? `${problem.path}: ${problem.message}` : problem.message}
              </Typography>
            ))}
          </Flex>
        ) : null}
      </Box>
      <Box tag="td" {...cell} minWidth="9rem">
        <Typography variant="omega">{beijingWords(failure.updatedAt, locale)}</Typography>
      </Box>
      {canRetry ? (
        <Box tag="td" {...cell} style={{ ...cell.style, whiteSpace: 'nowrap' }}>
          <Button
            variant="secondary"
            size="S"
            startIcon={<ArrowClockwise aria-hidden focusable={false} />}
            loading={retrying === failure.id}
            disabled={retrying !== null}
            aria-label={t('pipeline.retry.label', 'Retry job {id} ({type})', { id: failure.id, type: failure.type })}
            onClick={() => onRetry(failure)}
          >
            {t('pipeline.retry', 'Retry')}
          </Button>
        </Box>
      ) : null}
    </Box>
  );
};

export const FailureTable = ({ failures, total, canRetry, retrying, onRetry, headingId }: FailureTableProps) => {
  const t = usePluginMessages();
  const columns = [
    t('pipeline.column.type', 'Type'),
    t('pipeline.column.key', 'Key'),
    t('pipeline.column.tries', 'Tries'),
    t('pipeline.column.error', 'Error'),
    t('pipeline.column.time', 'Failed at'),
    ...(canRetry ? [t('pipeline.column.action', 'Action')] : []),
  ];
  return (
    <Box tag="section" aria-labelledby={headingId} padding={6} hasRadius background="neutral0" shadow="tableShadow">
      <Typography tag="h2" id={headingId} variant="beta">
        {t('pipeline.failures.heading', 'Failures')}
      </Typography>
      {failures.length === 0 ? (
        <Typography tag="p" variant="omega" textColor="neutral700" marginTop={4} data-no-failures>
          {t('pipeline.failures.none', 'No job has failed.')}
        </Typography>
      ) : (
        <Box marginTop={4} overflow="auto">
          <Box tag="table" width="100%" style={{ borderCollapse: 'collapse' }} data-failures>
            <Typography tag="caption" variant="pi" textColor="neutral700" style={{ captionSide: 'top', textAlign: 'start', paddingBottom: 8 }}>
              {t('pipeline.failures.caption', 'The latest {shown} of {total} failed jobs, newest first.', { shown: failures.length, total })}
            </Typography>
            <thead>
              <Box tag="tr" background="neutral100">
                {columns.map((column) => (
                  <Box tag="th" key={column} scope="col" {...cell}>
                    <Typography variant="sigma" textColor="neutral700">
                      {column}
                    </Typography>
                  </Box>
                ))}
              </Box>
            </thead>
            <tbody>
              {failures.map((failure) => (
                <FailureRow key={failure.id} failure={failure} canRetry={canRetry} retrying={retrying} onRetry={onRetry} />
              ))}
            </tbody>
          </Box>
        </Box>
      )}
    </Box>
  );
};
