import type * as React from 'react';
import { Accordion, Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { ImportOutcome } from '../../api';
import { usePluginMessages } from './items';

const Definition = ({ term, children }: { term: string; children: React.ReactNode }) => (
  <Flex gap={2} alignItems="baseline">
    <Typography tag="dt" variant="pi" fontWeight="bold" textColor="neutral700" style={{ minWidth: '8em' }}>
      {term}
    </Typography>
    <Typography tag="dd" variant="omega" textColor="neutral800">
      {children}
    </Typography>
  </Flex>
);

const StructureList = ({ heading, ordered, items }: { heading: string; ordered?: boolean; items: Array<{ key: string; text: string }> }) => (
  <Box>
    <Typography tag="h4" variant="delta">
      {heading}
    </Typography>
    <Box tag={ordered ? 'ol' : 'ul'} marginTop={1} paddingLeft={4} style={ordered ? { listStyle: 'none' } : undefined}>
      {items.map((item) => (
        <Typography tag="li" key={item.key} variant="omega">
          {item.text}
        </Typography>
      ))}
    </Box>
  </Box>
);

/** The parsed achievements, street cases and speakers, folded away under one button. */
const Structure = ({ report }: { report: ImportOutcome['report'] }) => {
  const t = usePluginMessages();
  const none = t('import.preview.none', '—');
  return (
    <Accordion.Root>
      <Accordion.Item value="structure">
        <Accordion.Header>
          <Accordion.Trigger>{t('import.preview.structure', 'Parsed structure')}</Accordion.Trigger>
        </Accordion.Header>
        <Accordion.Content>
          <Flex direction="column" alignItems="stretch" gap={3} padding={4}>
            <StructureList
              ordered
              heading={t('import.preview.achievements', 'Achievements')}
              items={report.achievements.map((a, index) => ({ key: String(index), text: `${a.ordinal ?? index + 1}. ${a.title ?? none}${a.year ? ` (${a.year})` : ''}` }))}
            />
            <StructureList
              heading={t('import.preview.streetCases', 'Street cases')}
              items={report.streetCases.map((s, index) => ({ key: String(index), text: `${[s.street, s.community].filter(Boolean).join(' ')}: ${s.title ?? none}` }))}
            />
            <StructureList
              heading={t('import.preview.speakers', 'Speakers')}
              items={report.speakers.map((speaker) => ({
                key: speaker.name,
                text: `${speaker.name}${speaker.positions && speaker.positions.length > 0 ? `: ${speaker.positions.map((p) => [p.organization, p.title].filter(Boolean).join(' ')).join('、')}` : ''}`,
              }))}
            />
          </Flex>
        </Accordion.Content>
      </Accordion.Item>
    </Accordion.Root>
  );
};

/** What the import will create: the meeting's facts, its credits and how many parts it has. */
export const ReportPreview = ({ outcome }: { outcome: ImportOutcome }) => {
  const { formatMessage } = useIntl();
  const t = usePluginMessages();
  const { meeting } = outcome.report;
  const editorial = meeting.editorial ?? undefined;
  const credits = (editorial?.credits ?? []).map((credit) => `${credit.role ? formatMessage({ id: credit.role, defaultMessage: credit.role }) : ''} ${credit.name ?? ''}`.trim());
  const none = t('import.preview.none', '—');
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Box tag="dl">
        <Definition term={t('import.preview.headline', 'Headline')}>{meeting.headline ?? none}</Definition>
        <Definition term={t('import.preview.venue', 'Venue')}>{meeting.venue ?? none}</Definition>
        <Definition term={t('import.preview.organizer', 'Organizer')}>{meeting.organizer ?? none}</Definition>
        <Definition term={t('import.preview.source', 'Source')}>{[editorial?.channel, editorial?.source].filter(Boolean).join(' · ') || none}</Definition>
        <Definition term={t('import.preview.reported-at', 'Reported at')}>{editorial?.reportedAt ?? none}</Definition>
        <Definition term={t('import.preview.credits', 'Credits')}>{credits.length > 0 ? credits.join('、') : none}</Definition>
      </Box>
      <Flex gap={2} wrap="wrap">
        <Badge>{t('import.preview.count.achievements', '{count} achievements', { count: outcome.counts.achievements })}</Badge>
        <Badge>{t('import.preview.count.streetCases', '{count} street cases', { count: outcome.counts.streetCases })}</Badge>
        <Badge>{t('import.preview.count.speakers', '{count} speakers', { count: outcome.counts.speakers })}</Badge>
      </Flex>
      <Structure report={outcome.report} />
    </Flex>
  );
};
