/**
 * Schedule a publish or an unpublish of this locale at a date and time typed
 * in Beijing time (the labels say so); sent as ISO 8601 with +08:00. What
 * the server refuses about the request shows on the form's own fields; the
 * document's problems are the panel's (refusal.ts).
 */
import * as React from 'react';
import { Box, Button, Field, Flex, Radio, TextInput, Typography } from '@strapi/design-system';
import { Clock } from '@strapi/icons';
import { beijingInputValues, beijingIso } from '../../../../shared/beijing-time';
import type { ScheduleAction, ScheduleRequest } from '../../../../shared/schedule';
import { usePluginMessages } from '../../pages/import/items';
import type { FormField } from './refusal';

interface ScheduleFormProps {
  locale: string;
  busy: boolean;
  /** The server's messages for the form's own fields, from the last refusal. */
  errors: Partial<Record<FormField, string>>;
  onSubmit(request: ScheduleRequest): void;
  idPrefix: string;
}

export const ScheduleForm = ({ locale, busy, errors, onSubmit, idPrefix }: ScheduleFormProps) => {
  const t = usePluginMessages();
  const [action, setAction] = React.useState<ScheduleAction>('publish');
  const [date, setDate] = React.useState('');
  const [time, setTime] = React.useState('09:00');
  const [missing, setMissing] = React.useState<string | undefined>();
  const today = beijingInputValues(Date.now())?.date;
  const actionLabelId = `${idPrefix}-action`;
  const atError = missing ?? errors.at;

  const submit = () => {
    const at = beijingIso(date, time);
    if (!at) {
      setMissing(t('schedule.form.at.missing', 'Enter a date and a time in Beijing time.'));
      return;
    }
    setMissing(undefined);
    onSubmit({ action, at, locale });
  };

  return (
    // Not a <form>: the panel sits inside the edit view's own form. Enter in a field schedules, and does not save the document.
    <Box
      role="group"
      aria-labelledby={`${idPrefix}-heading`}
      data-schedule-form
      onKeyDown={(event: React.KeyboardEvent) => {
        if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          submit();
        }
      }}
    >
      <Typography tag="h4" id={`${idPrefix}-heading`} variant="sigma" textColor="neutral800">
        {t('schedule.form.heading', 'New schedule')}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={3} marginTop={2}>
        <Box>
          <Typography tag="span" id={actionLabelId} variant="pi" fontWeight="bold" textColor="neutral800">
            {t('schedule.form.action', 'Action')}
          </Typography>
          <Radio.Group
            aria-labelledby={actionLabelId}
            value={action}
            onValueChange={(value: string) => setAction(value === 'unpublish' ? 'unpublish' : 'publish')}
          >
            <Flex gap={4} marginTop={1}>
              <Radio.Item value="publish">{t('schedule.action.publish', 'Publish')}</Radio.Item>
              <Radio.Item value="unpublish">{t('schedule.action.unpublish', 'Unpublish')}</Radio.Item>
            </Flex>
          </Radio.Group>
          {errors.action ? (
            <Typography tag="p" variant="pi" textColor="danger600">
              {errors.action}
            </Typography>
          ) : null}
        </Box>
        <Field.Root name="newsroom-schedule-date" error={atError} required>
          <Field.Label>{t('schedule.form.date', 'Date (Beijing time)')}</Field.Label>
          <TextInput type="date" value={date} min={today} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setDate(event.target.value)} />
          <Field.Error />
        </Field.Root>
        <Field.Root name="newsroom-schedule-time" error={atError ? true : undefined} required hint={t('schedule.form.time.hint', "Beijing time (UTC+8), whatever your computer's time zone.")}>
          <Field.Label>{t('schedule.form.time', 'Time (Beijing time)')}</Field.Label>
          <TextInput type="time" value={time} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTime(event.target.value)} />
          <Field.Hint />
        </Field.Root>
        {errors.general ? (
          <Typography tag="p" variant="pi" textColor="danger600" data-schedule-error="general">
            {errors.general}
          </Typography>
        ) : null}
        <Button type="button" onClick={submit} startIcon={<Clock aria-hidden focusable={false} />} loading={busy} disabled={busy}>
          {t('schedule.form.submit', 'Schedule')}
        </Button>
      </Flex>
    </Box>
  );
};
