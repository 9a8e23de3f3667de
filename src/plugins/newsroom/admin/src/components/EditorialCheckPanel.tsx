import * as React from 'react';
import { Box, Flex, Loader, TextButton, Typography, Button } from '@strapi/design-system';
import { ArrowRight, CheckCircle, WarningCircle, CrossCircle } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { useFetchClient, useForm, useQueryParams, unstable_useDocumentLayout } from '@strapi/strapi/admin';
import { kindOfUid, type CheckResult, type FieldPath, type Problem } from '../api';
import { checkData } from '../utils/checkData';
import { focusField } from '../utils/focusField';
import { labelForPrefix, pathLabels, type EditLayoutLike } from '../utils/fieldLabels';
import { getTranslation } from '../utils/getTranslation';
import { messageLanguage } from '../utils/messageLanguage';

/** What the content manager passes to an edit-view side panel (content-manager's PanelComponentProps). */
export interface PanelProps {
  activeTab: 'draft' | 'published' | null;
  collectionType: string;
  document?: { locale?: string | null } & Record<string, unknown>;
  documentId?: string;
  meta?: unknown;
  model: string;
}

export interface PanelDescription {
  title: string;
  content: React.ReactNode;
}

const DEBOUNCE_MS = 500;
const CHECK_URL = '/newsroom/editorial-check';

type CheckState =
  | { status: 'checking'; save?: CheckResult; publish?: CheckResult }
  | { status: 'done'; save: CheckResult; publish: CheckResult }
  | { status: 'error'; save?: CheckResult; publish?: CheckResult };

const problemKey = (problem: Problem): string => `${problem.code}|${problem.path.join('.')}`;

const useDebounced = <T,>(value: T, delay: number): T => {
  const [debounced, setDebounced] = React.useState(value);
  React.useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return debounced;
};

interface EditorialCheckProps {
  kind: string;
  model: string;
  documentId?: string;
  documentLocale?: string | null;
}

/**
 * The live editorial check: the form's current values are checked against
 * the same rules a save and a publish run (POST /newsroom/editorial-check),
 * half a second after the editor stops typing.
 */
const EditorialCheck = ({ kind, model, documentId, documentLocale }: EditorialCheckProps) => {
  const { formatMessage, locale: adminLocale } = useIntl();
  const { post } = useFetchClient();
  const values = useForm('NewsroomEditorialCheck', (state) => state.values);
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  const contentLocale = query.plugins?.i18n?.locale ?? documentLocale ?? undefined;
  const language = messageLanguage(adminLocale);
  const { edit } = unstable_useDocumentLayout(model);
  const layout = edit as unknown as EditLayoutLike | undefined;

  const serialized = React.useMemo(() => JSON.stringify(checkData(values)), [values]);
  const debounced = useDebounced(serialized, DEBOUNCE_MS);
  const [state, setState] = React.useState<CheckState>({ status: 'checking' });
  const [attempt, setAttempt] = React.useState(0);
  const latest = React.useRef(0);
  const headingId = React.useId();

  React.useEffect(() => {
    const request = ++latest.current;
    setState((previous) => ({ ...previous, status: 'checking' }));
    const body = { type: kind, data: JSON.parse(debounced) as unknown, documentId, locale: contentLocale, language };
    Promise.all([
      post<{ data: CheckResult }>(CHECK_URL, { ...body, phase: 'save' }),
      post<{ data: CheckResult }>(CHECK_URL, { ...body, phase: 'publish' }),
    ]).then(
      ([save, publish]) => {
        if (request === latest.current) setState({ status: 'done', save: save.data.data, publish: publish.data.data });
      },
      () => {
        if (request === latest.current) setState((previous) => ({ ...previous, status: 'error' }));
      }
    );
  }, [debounced, kind, documentId, contentLocale, language, post, attempt]);

  const saveProblems = state.save?.errors ?? [];
  const saveKeys = new Set(saveProblems.map(problemKey));
  const publishOnly = (state.publish?.errors ?? []).filter((problem) => !saveKeys.has(problemKey(problem)));
  const derived = state.publish?.derived ?? state.save?.derived ?? null;
  const hasResult = state.save !== undefined && state.publish !== undefined;

  const labelFor = React.useCallback(
    (prefix: FieldPath) => labelForPrefix(prefix, model, layout, formatMessage),
    [model, layout, formatMessage]
  );

  const summary = (() => {
    if (!hasResult) {
      return state.status === 'error'
        ? { tone: 'danger' as const, text: formatMessage({ id: getTranslation('panel.status.error'), defaultMessage: 'The check could not run.' }) }
        : { tone: 'neutral' as const, text: formatMessage({ id: getTranslation('panel.status.checking'), defaultMessage: 'Checking…' }) };
    }
    if (saveProblems.length > 0) {
      return {
        tone: 'danger' as const,
        text: formatMessage(
          { id: getTranslation('panel.status.cannot-save'), defaultMessage: '{count, plural, one {# problem} other {# problems}} to fix before this can be saved.' },
          { count: saveProblems.length + publishOnly.length }
        ),
      };
    }
    if (publishOnly.length > 0) {
      return {
        tone: 'warning' as const,
        text: formatMessage(
          { id: getTranslation('panel.status.draft-only'), defaultMessage: 'Can be saved as a draft. {count, plural, one {# problem} other {# problems}} to fix before publishing.' },
          { count: publishOnly.length }
        ),
      };
    }
    return { tone: 'success' as const, text: formatMessage({ id: getTranslation('panel.status.ready'), defaultMessage: 'Ready to publish' }) };
  })();

  const Icon = summary.tone === 'success' ? CheckCircle : summary.tone === 'danger' ? CrossCircle : WarningCircle;
  const toneColor = { success: 'success', warning: 'warning', danger: 'danger', neutral: 'neutral' }[summary.tone];

  const renderProblems = (problems: Problem[], headingKey: string, headingDefault: string, tone: 'danger' | 'warning') => {
    if (problems.length === 0) return null;
    const listHeadingId = `${headingId}-${tone}`;
    return (
      <Box tag="section" aria-labelledby={listHeadingId} width="100%">
        <Typography tag="h3" id={listHeadingId} variant="sigma" textColor="neutral800">
          {formatMessage({ id: getTranslation(headingKey), defaultMessage: headingDefault })}
        </Typography>
        <Flex tag="ul" direction="column" alignItems="stretch" gap={2} marginTop={2}>
          {problems.map((problem, index) => {
            const labels = pathLabels(problem.path, model, layout, formatMessage);
            const messageId = `${listHeadingId}-${index}`;
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
                    {formatMessage(
                      { id: getTranslation('panel.problem.go-to'), defaultMessage: 'Go to {field}' },
                      { field: labels.join(' › ') }
                    )}
                  </TextButton>
                ) : null}
              </Box>
            );
          })}
        </Flex>
      </Box>
    );
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%" textAlign="left" data-newsroom-editorial-check="">
      <Flex
        role="status"
        aria-live="polite"
        aria-atomic="true"
        gap={2}
        padding={3}
        hasRadius
        background={`${toneColor}100`}
        borderColor={`${toneColor}200`}
        data-check-state={hasResult ? summary.tone : state.status}
      >
        <Icon aria-hidden focusable={false} fill={`${toneColor}600`} width="2rem" height="2rem" />
        <Typography tag="p" fontWeight="bold" textColor={summary.tone === 'neutral' ? 'neutral800' : `${toneColor}700`}>
          {summary.text}
        </Typography>
      </Flex>
      {state.status === 'checking' && hasResult ? (
        <Flex gap={2} aria-hidden>
          <Loader small />
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: getTranslation('panel.status.checking'), defaultMessage: 'Checking…' })}
          </Typography>
        </Flex>
      ) : null}
      {state.status === 'error' ? (
        <Flex direction="column" alignItems="flex-start" gap={2}>
          {hasResult ? (
            <Typography variant="pi" textColor="danger700">
              {formatMessage({ id: getTranslation('panel.status.error'), defaultMessage: 'The check could not run.' })}
            </Typography>
          ) : null}
          <Button variant="secondary" size="S" onClick={() => setAttempt((n) => n + 1)}>
            {formatMessage({ id: getTranslation('panel.retry'), defaultMessage: 'Check again' })}
          </Button>
        </Flex>
      ) : null}
      {renderProblems(saveProblems, 'panel.problems.save', 'Blocks saving', 'danger')}
      {renderProblems(publishOnly, 'panel.problems.publish', 'Before publishing', 'warning')}
      {derived ? (
        <Box tag="section" aria-labelledby={`${headingId}-derived`} width="100%">
          <Typography tag="h3" id={`${headingId}-derived`} variant="sigma" textColor="neutral800">
            {formatMessage({ id: getTranslation('panel.derived.heading'), defaultMessage: 'As it will be published' })}
          </Typography>
          <Box tag="dl" marginTop={2}>
            {(
              [
                ['creditLine', 'panel.derived.credit-line', 'Credit line'],
                ['byline', 'panel.derived.byline', 'Byline'],
                ['dateline', 'panel.derived.dateline', 'Dateline'],
              ] as const
            ).map(([field, id, defaultMessage]) => (
              <Box key={field} marginBottom={2} data-derived={field}>
                <Typography tag="dt" variant="pi" fontWeight="bold" textColor="neutral700">
                  {formatMessage({ id: getTranslation(id), defaultMessage })}
                </Typography>
                <Typography tag="dd" variant="omega" textColor="neutral800">
                  {derived[field] ||
                    formatMessage({ id: getTranslation('panel.derived.empty'), defaultMessage: '(none yet)' })}
                </Typography>
              </Box>
            ))}
          </Box>
        </Box>
      ) : null}
    </Flex>
  );
};

/** The side panel's description (a content-manager "description component"): only on the newsroom's types. */
export const EditorialCheckPanel = ({ model, documentId, document }: PanelProps): PanelDescription | null => {
  const { formatMessage } = useIntl();
  const kind = kindOfUid(model);
  if (!kind) return null;
  return {
    title: formatMessage({ id: getTranslation('panel.title'), defaultMessage: 'Editorial check' }),
    content: <EditorialCheck kind={kind} model={model} documentId={documentId} documentLocale={document?.locale ?? null} />,
  };
};
