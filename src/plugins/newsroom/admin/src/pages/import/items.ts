import { useIntl } from 'react-intl';
import { MEETING_UID, type RequestProblem as ApiProblem, type ImportOutcome } from '../../api';
import { getTranslation } from '../../utils/getTranslation';

export type ItemState = 'previewing' | 'parsed' | 'refused' | 'importing' | 'created' | 'updated' | 'failed';

/** The editor's corrections of the parsed meeting, sent as `overrides` (POST /newsroom/import). */
export interface Corrections {
  title?: string;
  heldOn?: string;
}

export interface Item {
  key: string;
  fileName: string;
  text: string;
  state: ItemState;
  outcome?: ImportOutcome;
  problems?: ApiProblem[];
  corrections?: Corrections;
}

export const STATE_BADGE: Record<ItemState, 'neutral' | 'primary' | 'success' | 'danger' | 'warning' | 'secondary'> = {
  previewing: 'neutral',
  parsed: 'primary',
  refused: 'danger',
  importing: 'secondary',
  created: 'success',
  updated: 'success',
  failed: 'danger',
};

export const STATE_DEFAULTS: Record<ItemState, string> = {
  previewing: 'Reading…',
  parsed: 'Ready to import',
  refused: 'Cannot be imported',
  importing: 'Importing…',
  created: 'Created',
  updated: 'Updated',
  failed: 'Refused',
};

let nextKey = 0;
export const newKey = (): string => `report-${Date.now().toString(36)}-${(nextKey += 1)}`;

export const meetingLink = (documentId: string, locale = 'zh-Hans'): string =>
  `/content-manager/collection-types/${MEETING_UID}/${documentId}?plugins[i18n][locale]=${encodeURIComponent(locale)}`;

/**
 * The overrides to send: only what the editor changed from what was parsed,
 * undefined when nothing was.
 */
export const overridesOf = (item: Item): Corrections | undefined => {
  const parsed = item.outcome?.report.meeting;
  const overrides: Corrections = {};
  const title = item.corrections?.title?.trim();
  if (title && title !== (parsed?.title ?? '')) overrides.title = title;
  const heldOn = item.corrections?.heldOn;
  if (heldOn && heldOn !== (parsed?.heldOn ?? '')) overrides.heldOn = heldOn;
  return Object.keys(overrides).length > 0 ? overrides : undefined;
};

/** The plugin's messages, with their English defaults. */
export const usePluginMessages = () => {
  const { formatMessage } = useIntl();
  return (id: string, defaultMessage: string, values?: Record<string, string | number>) => formatMessage({ id: getTranslation(id), defaultMessage }, values);
};
