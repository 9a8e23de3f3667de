import * as React from 'react';
import { Box, Flex, Typography, VisuallyHidden } from '@strapi/design-system';
import { Layouts, Page } from '@strapi/strapi/admin';
import { AddReports } from './import/AddReports';
import { ImportRun } from './import/ImportRun';
import { ItemCard } from './import/ItemCard';
import { usePluginMessages } from './import/items';
import { useImportQueue } from './import/useImportQueue';

/**
 * The import page: reports pasted or chosen as .txt files are previewed
 * (POST /newsroom/import with dryRun: nothing is written) with their parsed
 * structure and, beside it, the parser's warnings; the editor may correct
 * the meeting's title and date; one click then creates drafts, or
 * publishes, for every report that can be imported, one after the other
 * with progress.
 */
const ImportPage = () => {
  const t = usePluginMessages();
  const queue = useImportQueue();
  const listId = React.useId();
  const importable = queue.items.filter((item) => item.state === 'parsed').length;
  return (
    <Page.Main>
      <Page.Title>{t('import.page-title', 'Import reports')}</Page.Title>
      <Layouts.Header
        title={t('import.title', 'Import reports')}
        subtitle={t('import.subtitle', 'Paste a news report or choose .txt files. You see what will be created before anything is saved.')}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <AddReports busy={queue.busy} onPaste={queue.addPasted} onFiles={queue.addFiles} />
          <Box tag="section" aria-labelledby={listId} padding={6} hasRadius background="neutral0" shadow="tableShadow">
            <Typography tag="h2" id={listId} variant="beta">
              {t('import.preview.heading', '2. Check the preview')}
            </Typography>
            {queue.items.length === 0 ? (
              <Typography tag="p" variant="omega" textColor="neutral600" marginTop={4}>
                {t('import.empty', 'No report yet. Nothing is saved until you import.')}
              </Typography>
            ) : (
              <Flex tag="ul" direction="column" alignItems="stretch" gap={4} marginTop={4}>
                {queue.items.map((item) => (
                  <ItemCard
                    key={item.key}
                    item={item}
                    busy={queue.busy}
                    onRemove={() => queue.remove(item.key)}
                    onCorrect={(corrections) => queue.correct(item.key, corrections)}
                  />
                ))}
              </Flex>
            )}
          </Box>
          <ImportRun
            count={importable}
            busy={queue.busy}
            previewing={queue.items.some((item) => item.state === 'previewing')}
            progress={queue.progress}
            summary={queue.summary}
            onImport={(publish) => void queue.importAll(publish)}
          />
          <VisuallyHidden role="status" aria-live="polite">
            {queue.announcement}
          </VisuallyHidden>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export { ImportPage };
export default ImportPage;
