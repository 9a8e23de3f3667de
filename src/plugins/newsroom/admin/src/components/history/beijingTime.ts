import { NEWSROOM_TIME_ZONE } from '../../../../shared/beijing-time';

/** An instant as the newsroom reads it: date and time in Beijing (Asia/Shanghai), in the admin's language. */
export const beijingTime = (iso: string, locale: string): string =>
  new Intl.DateTimeFormat(locale === 'zh-Hans' ? 'zh-CN' : locale, {
    timeZone: NEWSROOM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
