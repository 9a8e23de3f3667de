import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { Derived } from '../../api';
import { getTranslation } from '../../utils/getTranslation';

const FIELDS = [
  ['creditLine', 'panel.derived.credit-line', 'Credit line'],
  ['byline', 'panel.derived.byline', 'Byline'],
  ['dateline', 'panel.derived.dateline', 'Dateline'],
] as const;

/** The credit line, byline and dateline the document will be published with. */
export const DerivedFields = ({ derived, headingId }: { derived: Derived; headingId: string }) => {
  const { formatMessage } = useIntl();
  return (
    <Box tag="section" aria-labelledby={headingId} width="100%">
      <Typography tag="h3" id={headingId} variant="sigma" textColor="neutral800">
        {formatMessage({ id: getTranslation('panel.derived.heading'), defaultMessage: 'As it will be published' })}
      </Typography>
      <Box tag="dl" marginTop={2}>
        {FIELDS.map(([field, id, defaultMessage]) => (
          <Box key={field} marginBottom={2} data-derived={field}>
            <Typography tag="dt" variant="pi" fontWeight="bold" textColor="neutral700">
              {formatMessage({ id: getTranslation(id), defaultMessage })}
            </Typography>
            <Typography tag="dd" variant="omega" textColor="neutral800">
              {derived[field] || formatMessage({ id: getTranslation('panel.derived.empty'), defaultMessage: '(none yet)' })}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
};
