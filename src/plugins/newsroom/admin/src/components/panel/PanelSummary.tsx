import * as React from 'react';
import { Button, Flex, Loader, Typography, VisuallyHidden } from '@strapi/design-system';
import { CheckCircle, CrossCircle, WarningCircle } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { getTranslation } from '../../utils/getTranslation';
import type { CheckState } from './useEditorialCheck';
import type { Verdict } from './verdict';

/**
 * The verdict as screen readers hear it: announced once when it changes
 * (a new count, ready, a failure), never "Checking…" on every keystroke,
 * never the same sentence twice in a row.
 */
const useAnnouncement = (verdict: Verdict, status: CheckState['status']): string => {
  const [announced, setAnnounced] = React.useState('');
  const settled = status === 'done' || status === 'error';
  const sentence = status === 'error' ? null : verdict.settled && settled ? verdict.text : null;
  const failure = status === 'error' ? verdict.text : null;
  React.useEffect(() => {
    const next = sentence ?? failure;
    if (next !== null) setAnnounced((previous) => (previous === next ? previous : next));
  }, [sentence, failure]);
  return announced;
};

export const PanelSummary = ({ verdict, status, onRetry }: { verdict: Verdict; status: CheckState['status']; onRetry: () => void }) => {
  const { formatMessage } = useIntl();
  const announced = useAnnouncement(verdict, status);
  const Icon = verdict.tone === 'success' ? CheckCircle : verdict.tone === 'danger' ? CrossCircle : WarningCircle;
  return (
    <>
      <Flex
        gap={2}
        padding={3}
        hasRadius
        background={`${verdict.tone}100`}
        borderColor={`${verdict.tone}200`}
        data-check-state={verdict.settled ? verdict.tone : status}
        data-check-summary=""
      >
        <Icon aria-hidden focusable={false} fill={`${verdict.tone}600`} width="2rem" height="2rem" style={{ flexShrink: 0 }} />
        {/* neutral800 on every tone's 100 background: over 10:1, where the tone's own 700 was under 4.5:1. */}
        <Typography tag="p" fontWeight="bold" textColor="neutral800">
          {verdict.text}
        </Typography>
      </Flex>
      <VisuallyHidden role="status" aria-live="polite" aria-atomic="true" data-check-announcement="">
        {announced}
      </VisuallyHidden>
      {status === 'checking' && verdict.settled ? (
        <Flex gap={2} aria-hidden data-check-running="">
          <Loader small />
          <Typography variant="pi" textColor="neutral700">
            {formatMessage({ id: getTranslation('panel.status.checking'), defaultMessage: 'Checking…' })}
          </Typography>
        </Flex>
      ) : null}
      {status === 'error' ? (
        <Flex direction="column" alignItems="flex-start" gap={2}>
          {verdict.settled ? (
            <Typography variant="pi" textColor="danger700">
              {formatMessage({ id: getTranslation('panel.status.error'), defaultMessage: 'The check could not run.' })}
            </Typography>
          ) : null}
          <Button variant="secondary" size="S" onClick={onRetry}>
            {formatMessage({ id: getTranslation('panel.retry'), defaultMessage: 'Check again' })}
          </Button>
        </Flex>
      ) : null}
    </>
  );
};
