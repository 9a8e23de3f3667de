import type * as React from 'react';
import { Field, Flex, TextInput } from '@strapi/design-system';
import type { Corrections, Item } from './items';
import { usePluginMessages } from './items';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The meeting's title and date as parsed, editable before importing: what
 * the editor changes is sent as `overrides` and written instead.
 */
export const MeetingCorrections = ({ item, disabled, onChange }: { item: Item; disabled: boolean; onChange: (corrections: Corrections) => void }) => {
  const t = usePluginMessages();
  const parsed = item.outcome?.report.meeting;
  const title = item.corrections?.title ?? parsed?.title ?? '';
  const heldOn = item.corrections?.heldOn ?? parsed?.heldOn ?? '';
  return (
    <Flex gap={4} alignItems="flex-start" wrap="wrap" data-corrections="">
      <Field.Root name="title" hint={t('import.correct.title.hint', 'As the meeting will be named; correct it if the report was read wrongly.')} style={{ flex: '2 1 24rem' }}>
        <Field.Label>{t('import.correct.title', 'Meeting name')}</Field.Label>
        <TextInput value={title} disabled={disabled} onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ title: event.target.value })} />
        <Field.Hint />
      </Field.Root>
      {/* Typed as text, YYYY-MM-DD: a native date input orders its parts by the browser's locale, not the admin's. */}
      <Field.Root
        name="heldOn"
        hint={t('import.correct.held-on.hint', 'The day the meeting was held, as YYYY-MM-DD.')}
        error={heldOn !== '' && !DATE.test(heldOn) ? t('import.correct.held-on.invalid', 'Write the date as YYYY-MM-DD, e.g. 2023-04-28.') : undefined}
        style={{ flex: '1 1 12rem' }}
      >
        <Field.Label>{t('import.correct.held-on', 'Held on')}</Field.Label>
        <TextInput
          value={heldOn}
          disabled={disabled}
          inputMode="numeric"
          autoComplete="off"
          placeholder="2023-04-28"
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => onChange({ heldOn: event.target.value })}
        />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    </Flex>
  );
};
