import { useIntl } from 'react-intl';
import type { ParseWarning } from '../../api';
import { getTranslation } from '../../utils/getTranslation';
import { messageLanguageOf } from '../../../../shared/locale';

/** A warning in the admin's language when its code is known (the parser writes Chinese). */
export const useWarningText = () => {
  const { formatMessage, messages, locale } = useIntl();
  const english = messageLanguageOf(locale) === 'en';
  return (warning: ParseWarning): string => {
    const id = getTranslation(`import.warning.${warning.code}`);
    const text = english && id in messages ? formatMessage({ id, defaultMessage: warning.message }) : warning.message;
    return warning.line
      ? formatMessage({ id: getTranslation('import.warning.line'), defaultMessage: '{text} (line {line})' }, { text, line: warning.line })
      : text;
  };
};
