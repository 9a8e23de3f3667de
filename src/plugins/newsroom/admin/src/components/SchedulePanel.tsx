import { useIntl } from 'react-intl';
import { useQueryParams } from '@strapi/strapi/admin';
import { kindOfUid } from '../api';
import { getTranslation } from '../utils/getTranslation';
import type { PanelDescription, PanelProps } from './EditorialCheckPanel';
import { Schedule } from './schedule/Schedule';

/**
 * The edit view's "Schedule" side panel (issue 24): publish or unpublish
 * this locale of the document at a time in Beijing time, and see or cancel
 * what is scheduled. Only on saved newsroom documents (a job needs a
 * documentId). The routes check the content manager's permissions.
 */
export const SchedulePanel = ({ model, documentId, document }: PanelProps): PanelDescription | null => {
  const { formatMessage } = useIntl();
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  const kind = kindOfUid(model);
  const locale = query.plugins?.i18n?.locale ?? document?.locale ?? undefined;
  if (!kind || !documentId || !locale) return null;
  return {
    title: formatMessage({ id: getTranslation('schedule.title'), defaultMessage: 'Schedule' }),
    content: <Schedule key={`${documentId}-${locale}`} kind={kind} model={model} documentId={documentId} locale={locale} />,
  };
};
