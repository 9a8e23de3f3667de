import * as React from 'react';
import { Box, Button, Checkbox, Flex, Typography } from '@strapi/design-system';
import { Upload } from '@strapi/icons';
import { usePluginMessages } from './items';
import type { Progress } from './useImportQueue';

const ProgressBar = ({ progress, summary, busy }: { progress: Progress; summary: string; busy: boolean }) => {
  const t = usePluginMessages();
  const percent = Math.round((progress.done / Math.max(progress.total, 1)) * 100);
  const text = t('import.progress.text', '{done} of {total} reports imported', { done: progress.done, total: progress.total });
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Box
        role="progressbar"
        aria-label={t('import.progress.label', 'Import progress')}
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuetext={text}
        background="neutral150"
        hasRadius
        height="0.8rem"
        width="100%"
        style={{ maxWidth: '48rem', overflow: 'hidden' }}
      >
        <Box background="primary600" height="100%" style={{ width: `${percent}%`, transition: 'width 200ms ease-out' }} />
      </Box>
      <Typography variant="pi" textColor="neutral700">
        {text}
      </Typography>
      {!busy && summary ? (
        <Typography tag="p" variant="omega" fontWeight="bold" textColor="neutral800">
          {summary}
        </Typography>
      ) : null}
    </Flex>
  );
};

interface ImportRunProps {
  count: number;
  busy: boolean;
  previewing: boolean;
  progress: Progress | null;
  summary: string;
  onImport: (publish: boolean) => void;
}

/** Step 3: drafts or published, one button for every report that can be imported, and the progress. */
export const ImportRun = ({ count, busy, previewing, progress, summary, onImport }: ImportRunProps) => {
  const t = usePluginMessages();
  const [publish, setPublish] = React.useState(false);
  const id = React.useId();
  return (
    <Box tag="section" aria-labelledby={id} padding={6} hasRadius background="neutral0" shadow="tableShadow">
      <Typography tag="h2" id={id} variant="beta">
        {t('import.run.heading', '3. Import')}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={4} marginTop={4}>
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Flex gap={2}>
            <Checkbox
              id={`${id}-publish`}
              checked={publish}
              disabled={busy}
              aria-labelledby={`${id}-publish-label`}
              aria-describedby={`${id}-publish-hint`}
              onCheckedChange={(checked) => setPublish(checked === true)}
            />
            <Typography tag="label" id={`${id}-publish-label`} htmlFor={`${id}-publish`} textColor="neutral800">
              {t('import.publish.label', 'Publish at once')}
            </Typography>
          </Flex>
          <Typography id={`${id}-publish-hint`} variant="pi" textColor="neutral600">
            {t('import.publish.hint', 'Otherwise drafts are created, to be checked and published one by one.')}
          </Typography>
        </Flex>
        <Flex gap={2}>
          <Button size="L" startIcon={<Upload />} disabled={count === 0 || busy || previewing} loading={busy} onClick={() => onImport(publish)}>
            {publish
              ? t('import.run.publish', 'Publish {count, plural, one {# report} other {# reports}}', { count })
              : t('import.run.drafts', 'Create drafts for {count, plural, one {# report} other {# reports}}', { count })}
          </Button>
        </Flex>
        {progress ? <ProgressBar progress={progress} summary={summary} busy={busy} /> : null}
      </Flex>
    </Box>
  );
};
