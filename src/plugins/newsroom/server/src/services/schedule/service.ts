import type { Core } from '@strapi/strapi';
import { kindNamed, type Kind } from '../../kinds';
import type { MessageLanguage } from '../../editorial/types';
import { cancelScheduled, scheduleDocument, scheduledJobsOf, type CancelFilter } from './schedule-jobs';

const kindOrThrow = (name: string): Kind => {
  const kind = kindNamed(name);
  if (!kind) throw new Error(`newsroom: no kind called ${name}`);
  return kind;
};

/**
 * Scheduling as the plugin's `schedule` service, for scripts and tests that
 * reach the plugin through Strapi: the same functions the routes call, with
 * the kind by name. Outside a request the system is credited.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  schedule: (kind: string, documentId: string, body: unknown, language: MessageLanguage = 'en') => scheduleDocument(strapi, kindOrThrow(kind), documentId, body, language),
  list: (kind: string, documentId: string, locale?: string) => scheduledJobsOf(strapi, kindOrThrow(kind), documentId, locale),
  cancel: (kind: string, documentId: string, filter?: CancelFilter) => cancelScheduled(strapi, kindOrThrow(kind), documentId, filter),
});
