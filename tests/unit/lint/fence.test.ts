/**
 * The fence around the pure core (eslint.config.mjs): a file under editorial/,
 * import/, output/ or kinds/plain/ that imports Strapi, the registry
 * (kinds/index.ts), a service or any other glue fails `npm run lint`; one that
 * imports only the core, kinds/plain and shared/ passes.
 *
 * Runs the project's own ESLint configuration through ESLint's Node API on
 * virtual files (lintText with a filePath inside the plugin; the project
 * service reads them through its default project), in a child
 * process: the configuration is an ES module, which jest's CommonJS runtime
 * does not load. One ESLint instance lints every probe (the type-aware rules
 * load the plugin's program once).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const SERVER = 'src/plugins/newsroom/server/src';

interface Probe {
  file: string;
  code: string;
}
interface Finding {
  ruleId: string | null;
  message: string;
}

const LINT_PROBES = `
import { ESLint } from 'eslint';
const probes = JSON.parse(process.argv[1]);
// The probes exist only in memory: the type-aware rules read them through the project service's default project.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['src/plugins/newsroom/shared/*.ts', 'src/plugins/newsroom/server/src/*/fence-probe.ts', 'src/plugins/newsroom/server/src/*/*/fence-probe.ts'],
        },
      },
    },
  },
});
const out = [];
for (const probe of probes) {
  const [result] = await eslint.lintText(probe.code, { filePath: probe.file });
  out.push(result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message })));
}
process.stdout.write(JSON.stringify(out));
`;

const lint = (probes: Probe[]): Finding[][] => {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', LINT_PROBES, JSON.stringify(probes)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`eslint failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Finding[][];
};

const at = (dir: string): string => path.join(ROOT, SERVER, dir, 'fence-probe.ts');
/** A module that uses what it imports, so that only the import itself can be wrong. */
const importing = (what: string, from: string): string => `import { ${what} } from '${from}';\n\nexport const probe = ${what};\n`;

const FORBIDDEN: Array<[string, Probe]> = [
  ['editorial/ importing a service', { file: at('editorial'), code: importing('readStoredPage', '../services/pages/read') }],
  ['editorial/ importing the registry', { file: at('editorial'), code: importing('KINDS', '../kinds') }],
  ['editorial/ importing Strapi', { file: at('editorial'), code: importing('errors', '@strapi/utils') }],
  ['output/ importing a Strapi helper', { file: at('output'), code: importing('toValidationError', '../strapi/validation-error') }],
  ['import/ importing a document middleware', { file: at('import'), code: importing('slugs', '../document-middlewares/slugs') }],
  ['kinds/plain/ importing a layout', { file: at('kinds/plain'), code: importing('meetingLayout', '../layouts/meeting') }],
];

const ALLOWED: Array<[string, Probe]> = [
  ['editorial/ importing kinds/plain', { file: at('editorial'), code: importing('PLAIN_KINDS', '../kinds/plain') }],
  ['editorial/ importing shared/', { file: at('editorial'), code: importing('isEnglishLocale', '../../../shared/locale') }],
  ['output/ importing editorial/', { file: at('output'), code: importing('toSlug', '../editorial/slug') }],
];

describe('the fence around the pure core', () => {
  let findings: Finding[][];

  beforeAll(() => {
    findings = lint([...FORBIDDEN, ...ALLOWED].map(([, probe]) => probe));
  }, 180_000);

  it.each(FORBIDDEN.map(([name], index) => [name, index] as const))('refuses %s', (_name, index) => {
    expect(findings[index]).toEqual([
      expect.objectContaining({ ruleId: expect.stringMatching(/^(no-restricted-imports|import-x\/no-restricted-paths)$/), message: expect.stringMatching(/pure core/) }),
    ]);
  });

  it.each(ALLOWED.map(([name], index) => [name, FORBIDDEN.length + index] as const))('lets through %s', (_name, index) => {
    expect(findings[index]).toEqual([]);
  });
});
