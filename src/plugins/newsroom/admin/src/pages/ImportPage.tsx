import * as React from 'react';
import {
  Accordion,
  Badge,
  Box,
  Button,
  Checkbox,
  Field,
  Flex,
  IconButton,
  Link,
  Textarea,
  Typography,
  VisuallyHidden,
} from '@strapi/design-system';
import { Check, File as FileIcon, Trash, Upload } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { MAX_REPORT_BYTES, MEETING_UID, problemsOf, type ImportOutcome, type ParseWarning, type RequestProblem as ApiProblem } from '../api';
import { getTranslation } from '../utils/getTranslation';
import { messageLanguage } from '../utils/messageLanguage';

/** The server refuses reports over 2 MB; the page says so before sending one. */
const MAX_BYTES = MAX_REPORT_BYTES;
const IMPORT_URL = '/newsroom/import';

type ItemState = 'previewing' | 'parsed' | 'refused' | 'importing' | 'created' | 'updated' | 'failed';

interface Item {
  key: string;
  fileName: string;
  text: string;
  state: ItemState;
  outcome?: ImportOutcome;
  problems?: ApiProblem[];
}

const STATE_BADGE: Record<ItemState, 'neutral' | 'primary' | 'success' | 'danger' | 'warning' | 'secondary'> = {
  previewing: 'neutral',
  parsed: 'primary',
  refused: 'danger',
  importing: 'secondary',
  created: 'success',
  updated: 'success',
  failed: 'danger',
};

const STATE_DEFAULTS: Record<ItemState, string> = {
  previewing: 'Reading…',
  parsed: 'Ready to import',
  refused: 'Cannot be imported',
  importing: 'Importing…',
  created: 'Created',
  updated: 'Updated',
  failed: 'Refused',
};

let nextKey = 0;
const newKey = (): string => `report-${Date.now().toString(36)}-${(nextKey += 1)}`;

const meetingLink = (documentId: string, locale = 'zh-Hans'): string =>
  `/content-manager/collection-types/${MEETING_UID}/${documentId}?plugins[i18n][locale]=${encodeURIComponent(locale)}`;

/** A warning in the admin's language when its code is known (the parser writes Chinese). */
const useWarningText = () => {
  const { formatMessage, messages, locale } = useIntl();
  const english = messageLanguage(locale) === 'en';
  return (warning: ParseWarning): string => {
    const id = getTranslation(`import.warning.${warning.code}`);
    const text = english && id in messages ? formatMessage({ id, defaultMessage: warning.message }) : warning.message;
    return warning.line
      ? formatMessage({ id: getTranslation('import.warning.line'), defaultMessage: '{text} (line {line})' }, { text, line: warning.line })
      : text;
  };
};

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

const Preview = ({ outcome }: { outcome: ImportOutcome }) => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const { report } = outcome;
  const { meeting } = report;
  const editorial = meeting.editorial ?? undefined;
  const credits = (editorial?.credits ?? []).map((credit) => `${credit.role ? formatMessage({ id: credit.role, defaultMessage: credit.role }) : ''} ${credit.name ?? ''}`.trim());
  const none = t('import.preview.none', '—');
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Box tag="dl">
        <Definition term={t('import.preview.title', 'Meeting')}>{meeting.title ?? none}</Definition>
        <Definition term={t('import.preview.headline', 'Headline')}>{meeting.headline ?? none}</Definition>
        <Definition term={t('import.preview.held-on', 'Held on')}>{meeting.heldOn ?? none}</Definition>
        <Definition term={t('import.preview.venue', 'Venue')}>{meeting.venue ?? none}</Definition>
        <Definition term={t('import.preview.organizer', 'Organizer')}>{meeting.organizer ?? none}</Definition>
        <Definition term={t('import.preview.source', 'Source')}>
          {[editorial?.channel, editorial?.source].filter(Boolean).join(' · ') || none}
        </Definition>
        <Definition term={t('import.preview.reported-at', 'Reported at')}>{editorial?.reportedAt ?? none}</Definition>
        <Definition term={t('import.preview.credits', 'Credits')}>{credits.length > 0 ? credits.join('、') : none}</Definition>
      </Box>
      <Flex gap={2} wrap="wrap">
        <Badge>{t('import.preview.count.achievements', '{count} achievements', { count: outcome.counts.achievements })}</Badge>
        <Badge>{t('import.preview.count.street-cases', '{count} street cases', { count: outcome.counts.streetCases })}</Badge>
        <Badge>{t('import.preview.count.speakers', '{count} speakers', { count: outcome.counts.speakers })}</Badge>
      </Flex>
      <Accordion.Root>
        <Accordion.Item value="structure">
          <Accordion.Header>
            <Accordion.Trigger>{t('import.preview.structure', 'Parsed structure')}</Accordion.Trigger>
          </Accordion.Header>
          <Accordion.Content>
            <Flex direction="column" alignItems="stretch" gap={3} padding={4}>
              <Box>
                <Typography tag="h4" variant="delta">
                  {t('import.preview.achievements', 'Achievements')}
                </Typography>
                <Box tag="ol" marginTop={1} paddingLeft={4} style={{ listStyle: 'none' }}>
                  {report.achievements.map((achievement, index) => (
                    <Typography tag="li" key={index} variant="omega">
                      {`${achievement.ordinal ?? index + 1}. ${achievement.title ?? none}${achievement.year ? ` (${achievement.year})` : ''}`}
                    </Typography>
                  ))}
                </Box>
              </Box>
              <Box>
                <Typography tag="h4" variant="delta">
                  {t('import.preview.street-cases', 'Street cases')}
                </Typography>
                <Box tag="ul" marginTop={1} paddingLeft={4}>
                  {report.streetCases.map((streetCase, index) => (
                    <Typography tag="li" key={index} variant="omega">
                      {`${[streetCase.street, streetCase.community].filter(Boolean).join(' ')}: ${streetCase.title ?? none}`}
                    </Typography>
                  ))}
                </Box>
              </Box>
              <Box>
                <Typography tag="h4" variant="delta">
                  {t('import.preview.speakers', 'Speakers')}
                </Typography>
                <Box tag="ul" marginTop={1} paddingLeft={4}>
                  {report.speakers.map((speaker) => (
                    <Typography tag="li" key={speaker.name} variant="omega">
                      {`${speaker.name}${speaker.positions && speaker.positions.length > 0 ? `: ${speaker.positions.map((p) => [p.organization, p.title].filter(Boolean).join(' ')).join('、')}` : ''}`}
                    </Typography>
                  ))}
                </Box>
              </Box>
            </Flex>
          </Accordion.Content>
        </Accordion.Item>
      </Accordion.Root>
    </Flex>
  );
};

const ItemCard = ({ item, onRemove, busy }: { item: Item; onRemove: () => void; busy: boolean }) => {
  const { formatMessage } = useIntl();
  const warningText = useWarningText();
  const headingId = React.useId();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const warnings = item.outcome?.warnings ?? [];
  return (
    <Box
      tag="li"
      aria-labelledby={headingId}
      padding={4}
      hasRadius
      background="neutral0"
      borderColor="neutral200"
      shadow="tableShadow"
      data-report={item.fileName}
      data-state={item.state}
    >
      <Flex justifyContent="space-between" alignItems="center" gap={2}>
        <Flex gap={2} alignItems="center">
          <FileIcon aria-hidden focusable={false} />
          <Typography tag="h3" id={headingId} variant="delta">
            {item.fileName}
          </Typography>
          <Badge variant={STATE_BADGE[item.state]}>{t(`import.state.${item.state}`, STATE_DEFAULTS[item.state])}</Badge>
        </Flex>
        <IconButton
          label={t('import.remove', 'Remove {fileName}', { fileName: item.fileName })}
          variant="ghost"
          disabled={busy}
          onClick={onRemove}
        >
          <Trash />
        </IconButton>
      </Flex>
      <Flex direction="column" alignItems="stretch" gap={3} marginTop={3}>
        {item.outcome ? <Preview outcome={item.outcome} /> : null}
        {warnings.length > 0 ? (
          <Box>
            <Typography tag="h4" variant="delta" textColor="warning700">
              {t('import.warnings', '{count, plural, one {# warning} other {# warnings}}', { count: warnings.length })}
            </Typography>
            <Box tag="ul" marginTop={1} paddingLeft={4}>
              {warnings.map((warning, index) => (
                <Typography tag="li" key={`${warning.code}-${index}`} variant="omega" data-warning={warning.code}>
                  {warningText(warning)}
                </Typography>
              ))}
            </Box>
          </Box>
        ) : null}
        {item.problems && item.problems.length > 0 ? (
          <Box role="group" aria-label={t('import.problems', 'Problems')}>
            <Box tag="ul" paddingLeft={4}>
              {item.problems.map((problem, index) => (
                <Typography tag="li" key={index} variant="omega" textColor="danger700" data-problem-code={problem.code}>
                  {problem.path && problem.path.length > 0 ? `${problem.path.join('.')}: ${problem.message}` : problem.message}
                </Typography>
              ))}
            </Box>
          </Box>
        ) : null}
        {(item.state === 'created' || item.state === 'updated') && item.outcome?.meeting.documentId ? (
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

/**
 * The import page: reports pasted or chosen as .txt files are previewed
 * (POST /newsroom/import with dryRun: nothing is written) with their parsed
 * structure and warnings; one click then creates drafts, or publishes, for
 * every report that can be imported, one after the other with progress.
 */
const ImportPage = () => {
  const { formatMessage } = useIntl();
  const { post } = useFetchClient();
  const t = (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
  const [items, setItems] = React.useState<Item[]>([]);
  const [pasted, setPasted] = React.useState('');
  const [publish, setPublish] = React.useState(false);
  const [progress, setProgress] = React.useState<{ done: number; total: number } | null>(null);
  const [announcement, setAnnouncement] = React.useState('');
  const [summary, setSummary] = React.useState('');
  const fileInput = React.useRef<HTMLInputElement>(null);
  const pasteCount = React.useRef(0);
  const ids = { paste: React.useId(), files: React.useId(), list: React.useId(), progress: React.useId() };

  const update = (key: string, change: Partial<Item>) =>
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const previewAll = async (added: Item[]) => {
    for (const item of added) {
      if (item.state !== 'previewing') continue;
      try {
        const { data } = await post<{ data: ImportOutcome }>(IMPORT_URL, { text: item.text, fileName: item.fileName, dryRun: true });
        update(item.key, { state: 'parsed', outcome: data.data, problems: undefined });
      } catch (error) {
        update(item.key, { state: 'refused', problems: problemsOf(error) });
      }
    }
    setAnnouncement(t('import.announce.previewed', '{count, plural, one {# report read} other {# reports read}}. Check the preview, then import.', { count: added.length }));
  };

  const addItems = (added: Item[]) => {
    setItems((current) => [...current, ...added]);
    void previewAll(added);
  };

  const onFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const added: Item[] = [];
    for (const file of Array.from(files)) {
      const base = { key: newKey(), fileName: file.name, text: '' };
      if (!/\.txt$/i.test(file.name)) {
        added.push({ ...base, state: 'refused', problems: [{ message: t('import.error.not-txt', 'Only .txt files can be imported.') }] });
      } else if (file.size > MAX_BYTES) {
        added.push({ ...base, state: 'refused', problems: [{ message: t('import.error.too-large', 'The file is over 2 MB.') }] });
      } else {
        added.push({ ...base, text: await file.text(), state: 'previewing' });
      }
    }
    addItems(added);
    if (fileInput.current) fileInput.current.value = '';
  };

  const onPreviewPasted = () => {
    if (pasted.trim() === '') return;
    pasteCount.current += 1;
    addItems([
      {
        key: newKey(),
        fileName: t('import.pasted.name', 'Pasted report {number}', { number: pasteCount.current }),
        text: pasted,
        state: 'previewing',
      },
    ]);
    setPasted('');
  };

  const importable = items.filter((item) => item.state === 'parsed');
  const busy = progress !== null && progress.done < progress.total;
  const previewing = items.some((item) => item.state === 'previewing');

  const importAll = async () => {
    const queue = importable;
    if (queue.length === 0) return;
    let done = 0;
    const tally = { created: 0, updated: 0, failed: 0 };
    setSummary('');
    setProgress({ done, total: queue.length });
    for (const item of queue) {
      update(item.key, { state: 'importing' });
      try {
        const { data } = await post<{ data: ImportOutcome }>(IMPORT_URL, { text: item.text, fileName: item.fileName, publish });
        const state = data.data.status === 'updated' ? 'updated' : 'created';
        tally[state] += 1;
        update(item.key, { state, outcome: data.data, problems: undefined });
      } catch (error) {
        tally.failed += 1;
        update(item.key, { state: 'failed', problems: problemsOf(error) });
      }
      done += 1;
      setProgress({ done, total: queue.length });
    }
    const finished = t('import.announce.done', 'Import finished: {created} created, {updated} updated, {failed} refused.', tally);
    setSummary(finished);
    setAnnouncement(finished);
  };

  const percent = progress ? Math.round((progress.done / Math.max(progress.total, 1)) * 100) : 0;

  return (
    <Page.Main>
      <Page.Title>{t('import.page-title', 'Import reports')}</Page.Title>
      <Layouts.Header
        title={t('import.title', 'Import reports')}
        subtitle={t('import.subtitle', 'Paste a news report or choose .txt files. You see what will be created before anything is saved.')}
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box tag="section" aria-labelledby={ids.paste} padding={6} hasRadius background="neutral0" shadow="tableShadow">
            <Typography tag="h2" id={ids.paste} variant="beta">
              {t('import.add.heading', '1. Add reports')}
            </Typography>
            <Flex direction="column" alignItems="stretch" gap={4} marginTop={4}>
              <Field.Root
                name="report-text"
                hint={t('import.paste.hint', 'The whole report as published: headline, date line, body and the closing credit line.')}
              >
                <Field.Label>{t('import.paste.label', 'Paste a report')}</Field.Label>
                <Textarea value={pasted} onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => setPasted(event.target.value)} />
                <Field.Hint />
              </Field.Root>
              <Flex gap={2} wrap="wrap">
                <Button variant="secondary" startIcon={<Check />} disabled={pasted.trim() === '' || busy} onClick={onPreviewPasted}>
                  {t('import.paste.preview', 'Preview pasted report')}
                </Button>
                <Typography variant="omega" textColor="neutral600">
                  {t('import.or', 'or')}
                </Typography>
                <VisuallyHidden>
                  <input
                    ref={fileInput}
                    id={ids.files}
                    type="file"
                    accept=".txt,text/plain"
                    multiple
                    tabIndex={-1}
                    aria-hidden
                    aria-label={t('import.files.choose', 'Choose .txt files')}
                    onChange={(event) => void onFiles(event.target.files)}
                  />
                </VisuallyHidden>
                <Button variant="secondary" startIcon={<Upload />} disabled={busy} onClick={() => fileInput.current?.click()}>
                  {t('import.files.choose', 'Choose .txt files')}
                </Button>
              </Flex>
            </Flex>
          </Box>

          <Box tag="section" aria-labelledby={ids.list} padding={6} hasRadius background="neutral0" shadow="tableShadow">
            <Typography tag="h2" id={ids.list} variant="beta">
              {t('import.preview.heading', '2. Check the preview')}
            </Typography>
            {items.length === 0 ? (
              <Typography tag="p" variant="omega" textColor="neutral600" marginTop={4}>
                {t('import.empty', 'No report yet. Nothing is saved until you import.')}
              </Typography>
            ) : (
              <Flex tag="ul" direction="column" alignItems="stretch" gap={4} marginTop={4}>
                {items.map((item) => (
                  <ItemCard
                    key={item.key}
                    item={item}
                    busy={busy}
                    onRemove={() => setItems((current) => current.filter((candidate) => candidate.key !== item.key))}
                  />
                ))}
              </Flex>
            )}
          </Box>

          <Box tag="section" aria-labelledby={ids.progress} padding={6} hasRadius background="neutral0" shadow="tableShadow">
            <Typography tag="h2" id={ids.progress} variant="beta">
              {t('import.run.heading', '3. Import')}
            </Typography>
            <Flex direction="column" alignItems="stretch" gap={4} marginTop={4}>
              <Flex direction="column" alignItems="stretch" gap={1}>
                <Flex gap={2}>
                  <Checkbox
                    id={`${ids.progress}-publish`}
                    checked={publish}
                    disabled={busy}
                    aria-labelledby={`${ids.progress}-publish-label`}
                    aria-describedby={`${ids.progress}-publish-hint`}
                    onCheckedChange={(checked) => setPublish(checked === true)}
                  />
                  <Typography tag="label" id={`${ids.progress}-publish-label`} htmlFor={`${ids.progress}-publish`} textColor="neutral800">
                    {t('import.publish.label', 'Publish at once')}
                  </Typography>
                </Flex>
                <Typography id={`${ids.progress}-publish-hint`} variant="pi" textColor="neutral600">
                  {t('import.publish.hint', 'Otherwise drafts are created, to be checked and published one by one.')}
                </Typography>
              </Flex>
              <Flex gap={2}>
                <Button
                  size="L"
                  startIcon={<Upload />}
                  disabled={importable.length === 0 || busy || previewing}
                  loading={busy}
                  onClick={() => void importAll()}
                >
                  {publish
                    ? t('import.run.publish', 'Publish {count, plural, one {# report} other {# reports}}', { count: importable.length })
                    : t('import.run.drafts', 'Create drafts for {count, plural, one {# report} other {# reports}}', { count: importable.length })}
                </Button>
              </Flex>
              {progress ? (
                <Flex direction="column" alignItems="stretch" gap={2}>
                  <Box
                    role="progressbar"
                    aria-label={t('import.progress.label', 'Import progress')}
                    aria-valuenow={percent}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuetext={t('import.progress.text', '{done} of {total} reports imported', progress)}
                    background="neutral150"
                    hasRadius
                    height="0.8rem"
                    width="100%"
                    style={{ maxWidth: '48rem', overflow: 'hidden' }}
                  >
                    <Box background="primary600" height="100%" style={{ width: `${percent}%`, transition: 'width 200ms ease-out' }} />
                  </Box>
                  <Typography variant="pi" textColor="neutral700">
                    {t('import.progress.text', '{done} of {total} reports imported', progress)}
                  </Typography>
                  {!busy && summary ? (
                    <Typography tag="p" variant="omega" fontWeight="bold" textColor="neutral800">
                      {summary}
                    </Typography>
                  ) : null}
                </Flex>
              ) : null}
            </Flex>
          </Box>
          <VisuallyHidden role="status" aria-live="polite">
            {announcement}
          </VisuallyHidden>
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export { ImportPage };
export default ImportPage;
