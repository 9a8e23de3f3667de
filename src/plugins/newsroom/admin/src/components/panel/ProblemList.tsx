import { Box, Flex, TextButton, Typography } from '@strapi/design-system';
import { ArrowRight } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { FieldPath, Problem } from '../../api';
import { focusField } from '../../utils/focusField';
import { pathLabels, type EditLayoutLike } from '../../utils/fieldLabels';
import { getTranslation } from '../../utils/getTranslation';
import { problemKey } from './verdict';

interface ProblemListProps {
  problems: Problem[];
  heading: string;
  tone: 'danger' | 'warning';
  idPrefix: string;
  model: string;
  layout: EditLayoutLike | undefined;
  labelFor: (prefix: FieldPath) => string | undefined;
}

/** One phase's problems, each with a button that takes the keyboard focus to its field. */
export const ProblemList = ({ problems, heading, tone, idPrefix, model, layout, labelFor }: ProblemListProps) => {
  const { formatMessage } = useIntl();
  if (problems.length === 0) return null;
  const headingId = `${idPrefix}-${tone}`;
  return (
    <Box tag="section" aria-labelledby={headingId} width="100%">
      <Typography tag="h3" id={headingId} variant="sigma" textColor="neutral800">
        {heading}
      </Typography>
      <Flex tag="ul" direction="column" alignItems="stretch" gap={2} marginTop={2}>
        {problems.map((problem, index) => {
          const labels = pathLabels(problem.path, model, layout, formatMessage);
          const messageId = `${headingId}-${index}`;
          return (
            <Box
              tag="li"
              key={problemKey(problem)}
              padding={2}
              hasRadius
              background={tone === 'danger' ? 'danger100' : 'warning100'}
              borderColor={tone === 'danger' ? 'danger200' : 'warning200'}
              data-problem-code={problem.code}
              data-problem-path={problem.path.join('.')}
            >
              <Typography tag="p" id={messageId} variant="omega" textColor="neutral800">
                {problem.message}
              </Typography>
              {problem.path.length > 0 ? (
                <TextButton
                  marginTop={1}
                  style={{ textAlign: 'start' }}
                  aria-describedby={messageId}
                  endIcon={<ArrowRight aria-hidden focusable={false} />}
                  onClick={() => {
                    void focusField(problem.path, labelFor);
                  }}
                >
                  {formatMessage({ id: getTranslation('panel.problem.go-to'), defaultMessage: 'Go to {field}' }, { field: labels.join(' › ') })}
                </TextButton>
              ) : null}
            </Box>
          );
        })}
      </Flex>
    </Box>
  );
};
