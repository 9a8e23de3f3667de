import * as React from 'react';
import { Flex } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useForm, useQueryParams, unstable_useDocumentLayout } from '@strapi/strapi/admin';
import type { FieldPath, Kind } from '../../api';
import { checkData } from '../../utils/checkData';
import { labelForPrefix, type EditLayoutLike } from '../../utils/fieldLabels';
import { getTranslation } from '../../utils/getTranslation';
import { messageLanguageOf } from '../../../../shared/locale';
import { DerivedFields } from './DerivedFields';
import { PanelSummary } from './PanelSummary';
import { ProblemList } from './ProblemList';
import { useAccordionNames } from './useAccordionNames';
import { useEditorialCheck } from './useEditorialCheck';
import { verdictOf } from './verdict';

export interface EditorialCheckProps {
  kind: Kind;
  model: string;
  documentId?: string;
  documentLocale?: string | null;
}

/**
 * The live editorial check: the form's current values are checked against
 * the same rules a save and a publish run (one POST /newsroom/editorial-check
 * for both), half a second after the editor stops typing.
 */
export const EditorialCheck = ({ kind, model, documentId, documentLocale }: EditorialCheckProps) => {
  const { formatMessage, locale: adminLocale } = useIntl();
  const values = useForm('NewsroomEditorialCheck', (state) => state.values);
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  const { edit } = unstable_useDocumentLayout(model);
  const layout = edit as unknown as EditLayoutLike | undefined;
  const headingId = React.useId();
  useAccordionNames();

  const serialized = React.useMemo(() => JSON.stringify(checkData(values)), [values]);
  const { state, retry } = useEditorialCheck({
    kind,
    serialized,
    documentId,
    locale: query.plugins?.i18n?.locale ?? documentLocale ?? undefined,
    language: messageLanguageOf(adminLocale),
  });
  const verdict = verdictOf(state, formatMessage);
  const labelFor = React.useCallback((prefix: FieldPath) => labelForPrefix(prefix, model, layout, formatMessage), [model, layout, formatMessage]);
  const lists = { idPrefix: headingId, model, layout, labelFor };

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%" textAlign="left" data-newsroom-editorial-check="">
      <PanelSummary verdict={verdict} status={state.status} onRetry={retry} />
      <ProblemList
        {...lists}
        problems={verdict.saveProblems}
        tone="danger"
        heading={formatMessage({ id: getTranslation('panel.problems.save'), defaultMessage: 'Blocks saving' })}
      />
      <ProblemList
        {...lists}
        problems={verdict.publishOnly}
        tone="warning"
        heading={formatMessage({ id: getTranslation('panel.problems.publish'), defaultMessage: 'Before publishing' })}
      />
      {verdict.derived ? <DerivedFields derived={verdict.derived} headingId={`${headingId}-derived`} /> : null}
    </Flex>
  );
};
