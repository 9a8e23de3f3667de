import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';
import { beijingTime } from './beijingTime';
import { useHistory } from './useHistory';

interface HistoryListProps {
  kind: string;
  documentId: string;
  locale?: string;
  /** The document's last change: the list is asked again when it moves. */
  version: string;
}

/** Newest first, at most this many in the panel; the export route has them all. */
const SHOWN = 10;

/** Who did what to this document, newest first, times in Beijing time. */
export const HistoryList = ({ kind, documentId, locale, version }: HistoryListProps) => {
  const { formatMessage, locale: language } = useIntl();
  const state = useHistory(kind, documentId, locale, version);
  const headingId = `newsroom-history-${documentId}`;
  return (
    <Box tag="section" aria-labelledby={headingId} width="100%">
      <Typography tag="h3" id={headingId} variant="sigma" textColor="neutral800">
        {formatMessage({ id: getTranslation('history.heading'), defaultMessage: 'History' })}
      </Typography>
      {state.status === 'loading' ? (
        <Typography tag="p" variant="omega" textColor="neutral700">
          {formatMessage({ id: getTranslation('history.loading'), defaultMessage: 'Loading…' })}
        </Typography>
      ) : null}
      {state.status === 'error' ? (
        <Typography tag="p" variant="omega" textColor="danger700">
          {formatMessage({ id: getTranslation('history.error'), defaultMessage: 'The history could not be loaded.' })}
        </Typography>
      ) : null}
      {state.status === 'done' ? (
        <Flex tag="ol" direction="column" alignItems="stretch" gap={1} marginTop={2} data-newsroom-history>
          {[...state.entries]
            .reverse()
            .slice(0, SHOWN)
            .map((entry, index) => (
              <Box tag="li" key={`${entry.at}-${entry.action}-${index}`} data-history-action={entry.action}>
                <Typography variant="omega" textColor="neutral800">
                  {formatMessage(
                    { id: getTranslation('history.entry'), defaultMessage: '{action} by {user}, {time} Beijing time' },
                    {
                      action: formatMessage({ id: getTranslation(`history.action.${entry.action}`), defaultMessage: entry.action }),
                      user: entry.user.name,
                      time: beijingTime(entry.at, language),
                    }
                  )}
                </Typography>
              </Box>
            ))}
        </Flex>
      ) : null}
    </Box>
  );
};
