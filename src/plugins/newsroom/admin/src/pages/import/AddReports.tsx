import * as React from 'react';
import { Box, Button, Field, Flex, Textarea, Typography, VisuallyHidden } from '@strapi/design-system';
import { Check, Upload } from '@strapi/icons';
import { usePluginMessages } from './items';

interface AddReportsProps {
  busy: boolean;
  onPaste: (text: string) => void;
  onFiles: (files: File[]) => Promise<void>;
}

/** Step 1: paste a report, or choose .txt files (the hidden file input is opened by a real button). */
export const AddReports = ({ busy, onPaste, onFiles }: AddReportsProps) => {
  const t = usePluginMessages();
  const [pasted, setPasted] = React.useState('');
  const fileInput = React.useRef<HTMLInputElement>(null);
  const headingId = React.useId();
  const preview = () => {
    if (pasted.trim() === '') return;
    onPaste(pasted);
    setPasted('');
  };
  return (
    <Box tag="section" aria-labelledby={headingId} padding={6} hasRadius background="neutral0" shadow="tableShadow">
      <Typography tag="h2" id={headingId} variant="beta">
        {t('import.add.heading', '1. Add reports')}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={4} marginTop={4}>
        <Field.Root name="report-text" hint={t('import.paste.hint', 'The whole report as published: headline, date line, body and the closing credit line.')}>
          <Field.Label>{t('import.paste.label', 'Paste a report')}</Field.Label>
          <Textarea value={pasted} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setPasted(event.target.value)} />
          <Field.Hint />
        </Field.Root>
        <Flex gap={2} wrap="wrap">
          <Button variant="secondary" startIcon={<Check />} disabled={pasted.trim() === '' || busy} onClick={preview}>
            {t('import.paste.preview', 'Preview pasted report')}
          </Button>
          <Typography variant="omega" textColor="neutral600">
            {t('import.or', 'or')}
          </Typography>
          <VisuallyHidden>
            <input
              ref={fileInput}
              type="file"
              accept=".txt,text/plain"
              multiple
              tabIndex={-1}
              aria-hidden
              aria-label={t('import.files.choose', 'Choose .txt files')}
              onChange={(event) => {
                const files = Array.from(event.target.files ?? []);
                event.target.value = '';
                void onFiles(files);
              }}
            />
          </VisuallyHidden>
          <Button variant="secondary" startIcon={<Upload />} disabled={busy} onClick={() => fileInput.current?.click()}>
            {t('import.files.choose', 'Choose .txt files')}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};
