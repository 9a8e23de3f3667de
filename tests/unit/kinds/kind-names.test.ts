/**
 * Adding or renaming a kind is its schema, one registry entry and its own
 * rules: outside those, a kind's name is spelled in at most three source
 * files of the plugin (issue 10). This reads the sources, so a new file that
 * switches on `'street-case'` fails here rather than in review.
 */
import fs from 'node:fs';
import path from 'node:path';
import { KINDS } from '../../../src/plugins/newsroom/server/src/kinds';

const PLUGIN = path.resolve(__dirname, '../../../src/plugins/newsroom');
const ROOTS = ['server/src', 'admin/src', 'shared'];
/** The rules that govern a kind may name it: that is where its own rules live. */
const RULES = /^server\/src\/editorial\/rules?[-.]/;
/** Where a kind's name may be spelled: the kinds' names, the documents' data shapes by kind, the parser's warning codes. */
const ALLOWED = ['server/src/editorial/types.ts', 'shared/documents.ts', 'shared/parsed-report.ts'];

const sources = (dir: string): string[] =>
  fs.readdirSync(path.join(PLUGIN, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sources(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });

describe('kind names', () => {
  const files = ROOTS.flatMap(sources).filter((file) => !RULES.test(file));

  it('finds the sources it reads', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('server/src/kinds/index.ts');
  });

  // A one-word name (`meeting`) is also an ordinary word; the two-word kind is the telling one.
  const names = KINDS.filter((kind) => kind.name.includes('-')).flatMap((kind) => [kind.name, kind.plural]);

  it.each(names)('%s appears in at most three source files outside the rules', (name) => {
    const pattern = new RegExp(`['"\`]${name}['"\`/.]`);
    const spelled = files.filter((file) => pattern.test(fs.readFileSync(path.join(PLUGIN, file), 'utf8')));
    expect(spelled.length).toBeLessThanOrEqual(3);
    expect(spelled.filter((file) => !ALLOWED.includes(file))).toEqual([]);
  });
});
