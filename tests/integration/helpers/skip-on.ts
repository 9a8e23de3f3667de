/**
 * A test that does not run on some databases, with the reason in its title,
 * so jest's own output and the closing summary of scripts/test.mjs (which
 * reads the title back, scripts/lib/jest.mjs) both say why it was skipped.
 *
 *   skipOn(['sqlite'], 'one writer per file: nothing to interleave')('two processes …', async () => { … });
 */
import { currentDatabaseKind, type DatabaseKind } from './databases';

/** The marker scripts/lib/jest.mjs looks for at the end of a skipped test's title. */
export const skippedTitle = (name: string, database: DatabaseKind, reason: string): string => `${name} [skipped on ${database}: ${reason}]`;

export const skipOn =
  (databases: DatabaseKind[], reason: string) =>
  (name: string, fn: () => Promise<void>, timeout?: number): void => {
    if (reason.trim() === '') throw new Error(`skipOn: "${name}" needs a reason`);
    const database = currentDatabaseKind();
    if (databases.includes(database)) it.skip(skippedTitle(name, database, reason), fn, timeout);
    else it(name, fn, timeout);
  };
