import type { ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { kindOfUid } from '../api';
import { getTranslation } from '../utils/getTranslation';
import { EditorialCheck } from './panel/EditorialCheck';

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
  content: ReactNode;
}

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
