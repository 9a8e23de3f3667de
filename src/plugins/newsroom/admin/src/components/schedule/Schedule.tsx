/**
 * The edit view's schedule panel: this locale's pending and failed jobs, a
 * Cancel button for each pending one, and the form to schedule a publish or
 * an unpublish in Beijing time. A publish the rules would refuse cannot be
 * scheduled: the refusal's problems go on the edit view's fields (as the
 * content manager's own publish refusal does) and are listed here with a
 * link to each field. Results are announced in a live region.
 */
import * as React from 'react';
import { Box, Flex, Typography, VisuallyHidden } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useForm, unstable_useDocumentLayout } from '@strapi/strapi/admin';
import { beijingWords } from '../../../../shared/beijing-time';
import type { ScheduleJob, ScheduleRequest } from '../../../../shared/schedule';
import { problemsOf, type FieldPath } from '../../api';
import { usePluginMessages } from '../../pages/import/items';
import { labelForPrefix, type EditLayoutLike } from '../../utils/fieldLabels';
import { ProblemList } from '../panel/ProblemList';
import { formErrorsOf, refusalOf, type Refusal } from './refusal';
import { ScheduleForm } from './ScheduleForm';
import { ScheduleList } from './ScheduleList';
import { useSchedule } from './useSchedule';

interface ScheduleProps {
  kind: string;
  model: string;
  documentId: string;
  locale: string;
}

const NO_REFUSAL: Refusal = { form: {}, document: [] };

export const Schedule = ({ kind, model, documentId, locale }: ScheduleProps) => {
  const t = usePluginMessages();
  const { formatMessage, locale: language } = useIntl();
  const { state, schedule, cancel } = useSchedule(kind, documentId, locale);
  const setErrors = useForm('NewsroomSchedule', (form) => form.setErrors);
  const { edit } = unstable_useDocumentLayout(model);
  const layout = edit as unknown as EditLayoutLike | undefined;
  const labelFor = React.useCallback((prefix: FieldPath) => labelForPrefix(prefix, model, layout, formatMessage), [model, layout, formatMessage]);
  const idPrefix = `newsroom-schedule-${React.useId().replace(/:/g, '')}`;
  const [refusal, setRefusal] = React.useState<Refusal>(NO_REFUSAL);
  const [busy, setBusy] = React.useState(false);
  const [cancelling, setCancelling] = React.useState<number | null>(null);
  const [announcement, setAnnouncement] = React.useState('');

  const words = (job: ScheduleJob) => ({
    action: t(`schedule.action.${job.action}`, job.action === 'publish' ? 'Publish' : 'Unpublish'),
    time: beijingWords(job.at, language),
  });

  const onSubmit = async (request: ScheduleRequest) => {
    setBusy(true);
    setAnnouncement('');
    try {
      const job = await schedule(request);
      setRefusal(NO_REFUSAL);
      setAnnouncement(t('schedule.scheduled', 'Scheduled: {action} at {time}.', words(job)));
    } catch (error) {
      const next = refusalOf(problemsOf(error));
      setRefusal(next);
      if (next.document.length > 0) setErrors(formErrorsOf(next.document));
      setAnnouncement(t('schedule.refused', 'Not scheduled: {count, plural, one {# problem} other {# problems}} to fix.', { count: Object.keys(next.form).length + next.document.length }));
    } finally {
      setBusy(false);
    }
  };

  const onCancel = async (job: ScheduleJob) => {
    setCancelling(job.id);
    setAnnouncement('');
    try {
      await cancel(job.id);
      setAnnouncement(t('schedule.cancelled', 'Cancelled: {action} at {time}.', words(job)));
    } catch (error) {
      setAnnouncement(t('schedule.cancel.error', 'Could not cancel: {message}', { message: problemsOf(error)[0]?.message ?? '' }));
    } finally {
      setCancelling(null);
    }
  };

  const refusals = state.status === 'done' ? state.jobs.flatMap((job) => (job.state === 'failed' ? (job.error?.details?.errors ?? []) : [])) : [];
  const documentProblems = [...refusal.document, ...refusalOf(refusals).document];
  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%" textAlign="left" data-newsroom-schedule="">
      <Box tag="section" aria-labelledby={`${idPrefix}-list`}>
        <Typography tag="h3" id={`${idPrefix}-list`} variant="sigma" textColor="neutral800">
          {t('schedule.list.heading', 'Scheduled')}
        </Typography>
        <Box marginTop={2}>
          {state.status === 'loading' ? <Typography variant="omega">{t('schedule.loading', 'Loading…')}</Typography> : null}
          {state.status === 'error' ? (
            <Typography variant="omega" textColor="danger700">
              {t('schedule.error', 'The schedule could not be loaded.')}
            </Typography>
          ) : null}
          {state.status === 'done' ? <ScheduleList jobs={state.jobs} cancelling={cancelling} onCancel={(job) => void onCancel(job)} /> : null}
        </Box>
      </Box>
      <ProblemList
        problems={documentProblems}
        tone="danger"
        heading={t('schedule.problems', 'Fix before this can be published')}
        idPrefix={`${idPrefix}-problems`}
        model={model}
        layout={layout}
        labelFor={labelFor}
      />
      <ScheduleForm locale={locale} busy={busy} errors={refusal.form} onSubmit={(request) => void onSubmit(request)} idPrefix={`${idPrefix}-form`} />
      <VisuallyHidden role="status" aria-live="polite" data-schedule-announcement>
        {announcement}
      </VisuallyHidden>
    </Flex>
  );
};
