import * as React from 'react';
import { Box, Flex, Grid, IconButton, Link, Typography } from '@strapi/design-system';
import { File as FileIcon, Trash } from '@strapi/icons';
import { Link as RouterLink } from 'react-router-dom';
import type { ParseWarning, RequestProblem as ApiProblem } from '../../api';
import { meetingLink, STATE_BADGE, STATE_DEFAULTS, usePluginMessages, type Corrections, type Item } from './items';
import { MeetingCorrections } from './MeetingCorrections';
import { ReportPreview } from './ReportPreview';
import { useWarningText } from './useWarningText';

/** The parser's warnings, beside the preview they concern. */
const Warnings = ({ warnings, headingId }: { warnings: ParseWarning[]; headingId: string }) => {
  const t = usePluginMessages();
  const warningText = useWarningText();
  if (warnings.length === 0) return null;
  return (
    <Box tag="section" aria-labelledby={headingId} padding={3} hasRadius background="warning100" borderColor="warning200" data-warnings="">
      <Typography tag="h4" id={headingId} variant="delta" textColor="neutral800">
        {t('import.warnings', '{count, plural, one {# warning} other {# warnings}}', { count: warnings.length })}
      </Typography>
      <Box tag="ul" marginTop={1} paddingLeft={4} style={{ listStyle: 'disc' }}>
        {warnings.map((warning, index) => (
          <Typography tag="li" key={`${warning.code}-${index}`} variant="omega" textColor="neutral800" data-warning={warning.code}>
            {warningText(warning)}
          </Typography>
        ))}
      </Box>
    </Box>
  );
};

/**
 * The report's state as a badge: the tone's 700 on its 100. The design
 * system's Badge writes danger in its 600, under 4.5:1 on danger100.
 */
const StateBadge = ({ item }: { item: Item }) => {
  const t = usePluginMessages();
  const tone = STATE_BADGE[item.state];
  return (
    <Box tag="span" paddingLeft={2} paddingRight={2} paddingTop={1} paddingBottom={1} hasRadius background={`${tone}100`} borderColor={`${tone}200`}>
      <Typography variant="sigma" textColor={`${tone}700`}>
        {t(`import.state.${item.state}`, STATE_DEFAULTS[item.state])}
      </Typography>
    </Box>
  );
};

const Problems = ({ problems }: { problems: ApiProblem[] }) => {
  const t = usePluginMessages();
  return (
    <Box role="group" aria-label={t('import.problems', 'Problems')}>
      <Box tag="ul" paddingLeft={4}>
        {problems.map((problem, index) => (
          <Typography tag="li" key={index} variant="omega" textColor="danger700" data-problem-code={problem.code}>
            {problem.path && problem.path.length > 0 ? `${problem.path.join('.')}: ${problem.message}` : problem.message}
          </Typography>
        ))}
      </Box>
    </Box>
  );
};

interface ItemCardProps {
  item: Item;
  busy: boolean;
  onRemove: () => void;
  onCorrect: (corrections: Corrections) => void;
}

/** One report: its state, the editable title and date, the preview with its warnings beside it, and what became of it. */
export const ItemCard = ({ item, busy, onRemove, onCorrect }: ItemCardProps) => {
  const t = usePluginMessages();
  const headingId = React.useId();
  const warnings = item.outcome?.warnings ?? [];
  const done = item.state === 'created' || item.state === 'updated';
  return (
    <Box tag="li" aria-labelledby={headingId} padding={4} hasRadius background="neutral0" borderColor="neutral200" shadow="tableShadow" data-report={item.fileName} data-state={item.state}>
      <Flex justifyContent="space-between" alignItems="center" gap={2}>
        <Flex gap={2} alignItems="center">
          <FileIcon aria-hidden focusable={false} />
          <Typography tag="h3" id={headingId} variant="delta">
            {item.fileName}
          </Typography>
          <StateBadge item={item} />
        </Flex>
        <IconButton label={t('import.remove', 'Remove {fileName}', { fileName: item.fileName })} variant="ghost" disabled={busy} onClick={onRemove}>
          <Trash />
        </IconButton>
      </Flex>
      <Flex direction="column" alignItems="stretch" gap={3} marginTop={3}>
        {item.outcome ? <MeetingCorrections item={item} disabled={busy || item.state !== 'parsed'} onChange={onCorrect} /> : null}
        {item.outcome ? (
          <Grid.Root gap={4}>
            <Grid.Item col={warnings.length > 0 ? 7 : 12} s={12} direction="column" alignItems="stretch">
              <ReportPreview outcome={item.outcome} />
            </Grid.Item>
            {warnings.length > 0 ? (
              <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
                <Warnings warnings={warnings} headingId={`${headingId}-warnings`} />
              </Grid.Item>
            ) : null}
          </Grid.Root>
        ) : null}
        {item.problems && item.problems.length > 0 ? <Problems problems={item.problems} /> : null}
        {done && item.outcome?.meeting.documentId ? (
          <Box>
            <Link tag={RouterLink} to={meetingLink(item.outcome.meeting.documentId)}>
              {t('import.open-meeting', 'Open “{title}” in the content manager', { title: item.outcome.meeting.title ?? item.fileName })}
            </Link>
          </Box>
        ) : null}
      </Flex>
    </Box>
  );
};
