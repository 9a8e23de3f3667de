/**
 * Adding or renaming a kind is its schema, one registry entry and its own
 * rules: outside those, a kind's name is spelled only where its data shapes
 * are named (the write's, the page's, the page builders' view; all three
 * derived from its schema) and in the parser's warning codes (issues 10, 22). This reads the sources, so a new file that
 * switches on `'street-case'` fails here rather than in review.
 */
import fs from 'node:fs';
import path from 'node:path';
import { KINDS } from '../../../src/plugins/newsroom/server/src/kinds';

const PLUGIN = path.resolve(__dirname, '../../../src/plugins/newsroom');
const ROOTS = ['server/src', 'admin/src', 'shared'];
/** The rules that govern a kind may name it: that is where its own rules live. */
const RULES = /^server\/src\/editorial\/rules?[-.]/;
/** Where a kind's name may be spelled: the documents' data shapes by kind (a write's, a page's, the builders' view), the parser's warning codes. */
const ALLOWED = ['shared/documents.ts', 'shared/api.ts', 'server/src/output/page-types.ts', 'shared/parsed-report.ts'];
/** Generated from the schemas (scripts/lib/kind-schemas.cjs): the schemas themselves, as constants. */
const GENERATED = ['shared/kind-schemas.ts'];

const sources = (dir: string): string[] =>
  fs.readdirSync(path.join(PLUGIN, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sources(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });

describe('kind names', () => {
  const files = ROOTS.flatMap(sources).filter((file) => !RULES.test(file) && !GENERATED.includes(file));

  it('finds the sources it reads', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files).toContain('server/src/kinds/index.ts');
  });

  // A one-word name (`meeting`) is also an ordinary word; the two-word kind is the telling one.
  const names = KINDS.filter((kind) => kind.name.includes('-')).flatMap((kind) => [kind.name, kind.plural]);

  it.each(names)('%s appears outside the rules only where the data shapes by kind are named', (name) => {
    const pattern = new RegExp(`['"\`]${name}['"\`/.]`);
    const spelled = files.filter((file) => pattern.test(fs.readFileSync(path.join(PLUGIN, file), 'utf8')));
    expect(spelled.filter((file) => !ALLOWED.includes(file))).toEqual([]);
  });
});
