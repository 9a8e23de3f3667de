/**
 * Golden tests: every report in tests/fixtures/reports gives the facts its
 * expected file states (report-facts.ts says which, and what is left free).
 * The corpus covers the shapes reports come in: page chrome, date line forms,
 * relative dates, traditional characters, wire and paper datelines, inline
 * numbered points, every credit format, township sharing, document verbs.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArticle } from '../../../src/plugins/newsroom/server/src/import/parse-article';
import { coreFacts, factsOf, type ExpectedFacts } from '../../fixtures/report-facts';

const FIXTURES = path.resolve(__dirname, '../../fixtures/reports');
const names = fs
  .readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .sort();

it('has a corpus of at least 30 reports, each with its expected facts', () => {
  expect(names.length).toBeGreaterThanOrEqual(30);
  for (const name of names) expect(fs.existsSync(path.join(FIXTURES, name.replace(/\.txt$/, '.expected.json')))).toBe(true);
});

describe.each(names)('%s', (name) => {
  const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
  const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, name.replace(/\.txt$/, '.expected.json')), 'utf8')) as ExpectedFacts;
  const facts = factsOf(parseArticle(text, { fileName: name }));

  it('gives the facts a reader checks', () => {
    expect(coreFacts(facts)).toEqual(coreFacts(expected));
  });

  it('lists requirements and captions as stated, warns as stated, and keeps what it drops out of the body', () => {
    if (expected.requirements !== undefined) expect(facts.requirements).toEqual(expected.requirements);
    if (expected.captions !== undefined) expect(facts.captions).toEqual(expected.captions);
    expect(facts.warningCodes).toEqual(expect.arrayContaining(expected.warnings ?? []));
    for (const absent of expected.bodyExcludes ?? []) expect(facts.bodyText).not.toContain(absent);
  });
});
