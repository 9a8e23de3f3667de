/**
 * The rules' field table (editorial/fields.ts) and the enumerations of the
 * core (editorial/types.ts) against the schema.json files, read from disk:
 * a length or an enumeration changed in one place and not the other fails
 * here, before the database refuses a value the rules let through.
 */
import fs from 'fs';
import path from 'path';
import { SHAPES, type FieldSpec } from '../../../src/plugins/newsroom/server/src/editorial/fields';
import { ACHIEVEMENT_CATEGORIES, ADOPTED_DOCUMENT_ACTIONS, CREDIT_ROLES, SPEECH_ROLES } from '../../../src/plugins/newsroom/server/src/editorial/types';
import { KINDS } from '../../../src/plugins/newsroom/server/src/kinds';
import { check } from './fixtures/check';
import { seedMeeting } from '../../fixtures/seed-meeting';

const SERVER = path.resolve(__dirname, '../../../src/plugins/newsroom/server/src');

interface Attribute {
  type: string;
  maxLength?: number;
  enum?: string[];
  component?: string;
  repeatable?: boolean;
  pluginOptions?: { newsroom?: { text?: string } };
}
const read = (file: string): { attributes: Record<string, Attribute> } => JSON.parse(fs.readFileSync(path.join(SERVER, file), 'utf8'));

const kindSchemas = fs.readdirSync(path.join(SERVER, 'content-types'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => [entry.name, read(`content-types/${entry.name}/schema.json`)] as const);
const componentSchemas = fs.readdirSync(path.join(SERVER, 'components'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => [file.replace(/\.json$/, ''), read(`components/${file}`)] as const);

/** What the rules must hold for an attribute of the schema. */
const expectedSpec = (attribute: Attribute): FieldSpec | undefined => {
  const marked = attribute.pluginOptions?.newsroom?.text;
  if (marked === 'person-name' || marked === 'derived') return { type: marked };
  if (attribute.type === 'string') return { type: 'line', maxLength: attribute.maxLength };
  if (attribute.type === 'text') return { type: 'text', maxLength: attribute.maxLength };
  if (attribute.type === 'component') return { type: 'component', component: attribute.component!.replace('newsroom.', ''), repeatable: attribute.repeatable === true };
  return undefined;
};

describe('the rules’ field table and the schema.json files', () => {
  it('knows every kind on disk, and the registry holds them all', () => {
    expect(KINDS.map((kind) => kind.name).sort()).toEqual(kindSchemas.map(([name]) => name).sort());
  });

  it.each([...kindSchemas, ...componentSchemas])('%s: every string, text and component field, with its schema length', (name, schema) => {
    const expected = Object.fromEntries(
      Object.entries(schema.attributes).flatMap(([field, attribute]) => {
        const spec = expectedSpec(attribute);
        return spec ? [[field, spec]] : [];
      })
    );
    expect(SHAPES[name]).toEqual(expected);
  });

  it('has the contract’s lengths: titles 120, the meeting summary 500', () => {
    for (const kind of ['meeting', 'achievement', 'street-case']) expect(SHAPES[kind].title).toEqual({ type: 'line', maxLength: 120 });
    expect(SHAPES.meeting.summary).toEqual({ type: 'text', maxLength: 500 });
  });

  it('enforces each schema length in R11: its length passes, one more is refused on that field', () => {
    const lineFields = Object.entries(SHAPES.meeting).filter(
      (entry): entry is [string, { type: 'line' | 'text'; maxLength: number }] => (entry[1].type === 'line' || entry[1].type === 'text') && entry[1].maxLength !== undefined
    );
    expect(lineFields.map(([field]) => field)).toEqual(expect.arrayContaining(['title', 'headline', 'venue', 'organizer', 'district', 'summary']));
    for (const [field, spec] of lineFields) {
      expect(check('meeting', { ...seedMeeting(), [field]: '会'.repeat(spec.maxLength) }, { phase: 'save' })).toEqual([]);
      expect(check('meeting', { ...seedMeeting(), [field]: '会'.repeat(spec.maxLength + 1) }, { phase: 'save' })).toEqual([{ path: [field], code: 'text.too-long' }]);
    }
  });

  it.each([
    ['components/credit.json', 'role', CREDIT_ROLES],
    ['components/speech.json', 'role', SPEECH_ROLES],
    ['components/adopted-document.json', 'action', ADOPTED_DOCUMENT_ACTIONS],
    ['content-types/achievement/schema.json', 'category', ACHIEVEMENT_CATEGORIES],
  ] as const)('%s %s: the enumeration is the core’s list', (file, field, values) => {
    expect(read(file).attributes[field].enum).toEqual([...values]);
  });
});
