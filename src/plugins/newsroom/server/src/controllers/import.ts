import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { readOverrides } from '../import/overrides';
import { authorizeImport } from '../services/importer/import-permissions';
import { UIDS } from '../services/importer/import-uids';
import { ParserBusyError } from '../services/importer/parse-off-thread';
import { contentManagerChecker, type UserAbility } from '../strapi/permission-checker';
import { pluginService } from '../services/plugin-service';

export interface ImportRequest {
  text?: unknown;
  fileName?: unknown;
  publish?: unknown;
  locale?: unknown;
  sourceUrl?: unknown;
  dryRun?: unknown;
  /** `{ title?, heldOn? }`: the editor's corrections of the parsed meeting. */
  overrides?: unknown;
}

const optionalString = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/**
 * POST /newsroom/import (admin): one report's text in, its parsed structure
 * and warnings out; with `dryRun` nothing is written (the import page's
 * preview), otherwise drafts (or published documents) are created in one
 * transaction. A refused report answers 400 with every problem's path.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async import(ctx: {
    request: { body?: ImportRequest };
    body: unknown;
    state: { userAbility?: UserAbility; user?: { id: number } };
    set(field: string, value: string): void;
  }) {
    const { userAbility, user } = ctx.state;
    // Importing creates meetings and their parts: only editors who may create meetings get as far as the parser.
    if (!userAbility || !user || contentManagerChecker(strapi, userAbility, UIDS.meeting).cannot.create()) {
      throw new errors.PolicyError('You may not create meetings', {
        errors: [{ path: [], message: 'You may not create meetings', name: 'ForbiddenError', code: 'import.forbidden.create' }],
      });
    }
    const body = ctx.request.body ?? {};
    if (typeof body.text !== 'string') {
      throw new errors.ValidationError('text must be the report as a string', {
        errors: [{ path: ['text'], message: 'text must be the report as a string', name: 'ValidationError', code: 'request.text.invalid' }],
      });
    }
    const { overrides, problems } = readOverrides(body.overrides);
    if (problems.length > 0) {
      throw new errors.ValidationError(problems[0].message, { errors: problems.map((problem) => ({ ...problem, name: 'ValidationError' })) });
    }
    const importer = pluginService(strapi, 'importer');
    const outcome = await importer.importReport(body.text, {
      fileName: optionalString(body.fileName),
      publish: body.publish === true,
      locale: optionalString(body.locale),
      sourceUrl: optionalString(body.sourceUrl),
      dryRun: body.dryRun === true,
      overrides,
      userId: user.id,
      // Every document the import will create, update or publish, checked as the content manager would before anything is written.
      authorize: authorizeImport(strapi, userAbility, user.id),
    }).catch((error: unknown) => {
      // The parser pool is full: 429, and when to come back.
      if (error instanceof ParserBusyError) ctx.set('Retry-After', String(error.retryAfterSeconds));
      throw error;
    });
    ctx.body = { data: outcome };
  },
});
