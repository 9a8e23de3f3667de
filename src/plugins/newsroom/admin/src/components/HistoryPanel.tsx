import { useIntl } from 'react-intl';
import { kindOfUid } from '../api';
import { getTranslation } from '../utils/getTranslation';
import type { PanelDescription, PanelProps } from './EditorialCheckPanel';
import { HistoryList } from './history/HistoryList';

/** The edit view's "History" side panel: who did what to this document (services/history); only on saved newsroom documents. */
export const HistoryPanel = ({ model, documentId, document }: PanelProps): PanelDescription | null => {
  const { formatMessage } = useIntl();
  const kind = kindOfUid(model);
  if (!kind || !documentId) return null;
  const version = [document?.updatedAt, document?.publishedAt].map((value) => String(value ?? '')).join('|');
  return {
    title: formatMessage({ id: getTranslation('history.title'), defaultMessage: 'History' }),
    content: <HistoryList kind={kind} documentId={documentId} locale={document?.locale ?? undefined} version={version} />,
  };
};
