/**
 * The per-kind data shapes come from the schemas, not from hand: a field
 * changed in a schema changes the shapes of documents.ts (the core and the
 * importer), api.ts (frontends) and output/page-types.ts (the page builders),
 * and tsc says so. Hand-kept shapes would stay as they were and compile.
 *
 * A fixture of type assertions is compiled with TypeScript's API against the
 * real sources, with shared/kind-schemas.ts served as
 * scripts/lib/kind-schemas.cjs renders it from (changed) schemas: the real
 * schemas compile clean; a retyped field, a renamed one and a relation an
 * override still names each fail where they should. And the committed
 * kind-schemas.ts is what the schemas render to now.
 */
import fs from 'fs';
import path from 'path';
import ts from 'typescript';
import { KIND_SCHEMAS_FILE, readPluginSchemas, renderKindSchemas } from '../../../scripts/lib/kind-schemas.cjs';

const PLUGIN = path.resolve(__dirname, '../../../src/plugins/newsroom');
const FIXTURE = path.join(PLUGIN, 'server/src/shape-assertions.fixture.ts');

const FIXTURE_TEXT = `
import type { MeetingData } from '../../shared/documents';
import type { MeetingPage } from '../../shared/api';
import type { MeetingView } from './output/page-types';
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Holds<T extends true> = T;
export type DataVenue = Holds<Equal<MeetingData['venue'], string | null | undefined>>;
export type PageVenue = Holds<Equal<MeetingPage['venue'], string | null>>;
export type ViewVenue = Holds<Equal<MeetingView['venue'], string | null | undefined>>;
export type PageOrganizer = Holds<Equal<MeetingPage['organizer'], string>>;
`;

type Schemas = ReturnType<typeof readPluginSchemas>;
type Attributes = Record<string, Record<string, unknown>>;

const meetingAttributes = (schemas: Schemas): Attributes => (schemas.kinds as Record<string, { attributes: Attributes }>).meeting.attributes;

const OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  esModuleInterop: true,
  resolveJsonModule: true,
  skipLibCheck: true,
  types: [],
};

let previous: ts.Program | undefined;

/** The errors of the fixture, the shapes and what they import, with kind-schemas.ts rendered from `schemas`; as `file:line source-line — message`. */
const compile = (schemas: Schemas): string[] => {
  const host = ts.createCompilerHost(OPTIONS);
  const read = host.readFile.bind(host);
  const kindSchemas = renderKindSchemas(schemas);
  host.readFile = (file) => (path.resolve(file) === KIND_SCHEMAS_FILE ? kindSchemas : path.resolve(file) === FIXTURE ? FIXTURE_TEXT : read(file));
  host.fileExists = ((exists) => (file: string) => path.resolve(file) === FIXTURE || exists(file))(host.fileExists.bind(host));
  const program = ts.createProgram([FIXTURE], OPTIONS, host, previous);
  previous = program;
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const file = diagnostic.file;
    const where = file && diagnostic.start !== undefined ? `${path.relative(PLUGIN, file.fileName)}:${file.getLineAndCharacterOfPosition(diagnostic.start).line + 1}` : '';
    const line = file && diagnostic.start !== undefined ? file.text.split('\n')[file.getLineAndCharacterOfPosition(diagnostic.start).line].trim() : '';
    return `${where} ${line} — ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
  });
};

const changed = (change: (attributes: Attributes) => void): Schemas => {
  const schemas = structuredClone(readPluginSchemas());
  change(meetingAttributes(schemas));
  return schemas;
};

describe('the per-kind shapes follow the schemas', () => {
  it('the committed shared/kind-schemas.ts is what the schemas render to (else: npm run types:generate)', () => {
    expect(fs.readFileSync(KIND_SCHEMAS_FILE, 'utf8')).toBe(renderKindSchemas(readPluginSchemas()));
  });

  it('the shapes of the schemas as they are hold the assertions', () => {
    expect(compile(readPluginSchemas())).toEqual([]);
  }, 120_000);

  it("a field retyped in meeting's schema.json retypes it in documents.ts, api.ts and page-types.ts", () => {
    const errors = compile(
      changed((attributes) => {
        attributes.venue = { type: 'integer', required: true };
      })
    );
    expect(errors.map((error) => error.replace(/^\S+ /, ''))).toEqual([
      expect.stringContaining('DataVenue'),
      expect.stringContaining('PageVenue'),
      expect.stringContaining('ViewVenue'),
    ]);
  }, 120_000);

  it('a field renamed in the schema is gone from every shape, and a relation an override still names is an error where it is overridden', () => {
    const errors = compile(
      changed((attributes) => {
        attributes.place = attributes.venue;
        delete attributes.venue;
        delete attributes.streetCases;
      })
    );
    expect(errors).toEqual(
      expect.arrayContaining([expect.stringContaining('DataVenue'), expect.stringContaining('PageVenue'), expect.stringContaining('ViewVenue')])
    );
    // api.ts and page-types.ts override `streetCases` with what the page populates: the schema no longer has it.
    // api.ts's meeting summary picks `venue`: gone too.
    expect(errors.filter((error) => error.startsWith('shared/api.ts'))).toEqual([
      expect.stringMatching(/MeetingSummary .*'venue'/),
      expect.stringContaining('streetCases: StreetCase[]'),
    ]);
    expect(errors.filter((error) => error.startsWith('server/src/output/page-types.ts'))).toEqual([expect.stringMatching(/property 'streetCases' are incompatible/)]);
    expect(errors).toHaveLength(6);
  }, 120_000);
});
