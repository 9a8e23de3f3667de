/** What a refused write is checked for: the problem it reports, and a database it left alone. */
import type { Core } from '@strapi/strapi';

export interface ErrorEntry {
  path: Array<string | number>;
  code: string;
  message: string;
  name: string;
}

/** The rows a meeting write could touch: the meetings and their component tables. */
export const meetingRows = async (strapi: Core.Strapi): Promise<Record<string, unknown[]>> => {
  const db = strapi.db.connection;
  const tables = ['newsroom_meetings', 'components_newsroom_editorials', 'components_newsroom_credits', 'components_newsroom_adopted_documents'];
  const rows: Record<string, unknown[]> = {};
  for (const table of tables) rows[table] = await db(table).select('*').orderBy('id');
  return rows;
};

/** `errors` holds a ValidationError entry with this path and code. */
export const expectProblem = (errors: ErrorEntry[] | undefined, path: Array<string | number>, code: string): void => {
  expect(errors).toEqual(expect.arrayContaining([expect.objectContaining({ path, code, name: 'ValidationError', message: expect.any(String) })]));
};
