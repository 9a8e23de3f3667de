/**
 * "Notifies whoever scheduled it" (issue 24): once per admin load and
 * signed-in user, the user's scheduled jobs that failed when they were due
 * (GET /newsroom/schedule/refusals) are shown as Strapi notifications that
 * stay until closed, each with a link to its document. Closing one
 * acknowledges it (POST …/refusals/:id/seen): one the user never saw (the
 * page left before it showed) comes back on the next load.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { useHref } from 'react-router-dom';
import { getFetchClient, useAuth, useNotification } from '@strapi/strapi/admin';
import { beijingWords } from '../../../../shared/beijing-time';
import type { ScheduleJob } from '../../../../shared/schedule';
import { usePluginMessages } from '../../pages/import/items';

/** The users whose refusals this page load has asked for already (the hook may be mounted in several places). */
const asked = new Set<number>();

export const useRefusalNotifications = (): void => {
  const t = usePluginMessages();
  const { locale: language } = useIntl();
  // The messages of the moment the answer arrives, without asking again when they change.
  const words = React.useRef(t);
  words.current = t;
  const userId = useAuth('NewsroomRefusals', (auth) => auth.user?.id);
  const { toggleNotification } = useNotification();
  const adminRoot = useHref('/');

  React.useEffect(() => {
    const id = Number(userId);
    if (!Number.isInteger(id) || asked.has(id)) return;
    asked.add(id);
    // Not the hook's fetch client: that one aborts its requests when its component unmounts, and menu icons remount often.
    const { get, post } = getFetchClient();
    void (async () => {
      let jobs: ScheduleJob[];
      try {
        jobs = (await get<{ data: ScheduleJob[] }>('/newsroom/schedule/refusals')).data.data;
      } catch {
        asked.delete(id);
        return;
      }
      const t = words.current;
      for (const job of jobs) {
        const action = t(`schedule.action.${job.action}`, job.action === 'publish' ? 'Publish' : 'Unpublish');
        toggleNotification({
          type: 'danger',
          blockTransition: true,
          title: t('schedule.notify.title', 'A scheduled change was refused'),
          message: t('schedule.notify.message', '{action} due {time} ({locale}): {message}', {
            action,
            time: beijingWords(job.at, language),
            locale: job.locale,
            message: job.error?.message ?? '',
          }),
          onClose: () => {
            void post(`/newsroom/schedule/refusals/${job.id}/seen`, {}).catch(() => undefined);
          },
          link: {
            label: t('schedule.notify.link', 'Open the document'),
            url: `${adminRoot.replace(/\/$/, '')}/content-manager/collection-types/plugin::newsroom.${job.kind}/${encodeURIComponent(job.documentId)}?plugins[i18n][locale]=${encodeURIComponent(job.locale)}`,
          },
        });
      }
    })();
  }, [userId, toggleNotification, adminRoot, language]);
};
