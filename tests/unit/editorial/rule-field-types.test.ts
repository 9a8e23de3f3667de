import fc from 'fast-check';
import { checkFieldTypes, normalizeDocument, checkDocument } from '../../../src/plugins/newsroom/server/src/editorial';
import { seedContext, seedMeeting } from '../../fixtures/seed-meeting';

const codesAt = (problems: ReadonlyArray<{ path: ReadonlyArray<string | number>; code: string }>) =>
  problems.map(({ path, code }) => ({ path, code }));

describe('entrance type check (field.type)', () => {
  it('accepts the seed meeting as the admin and REST send it', () => {
    expect(checkFieldTypes('meeting', seedMeeting(), 'zh-CN')).toEqual([]);
  });

  it('accepts null in any field and leaves absent fields alone', () => {
    const nulls = { title: null, heldOn: null, speeches: null, editorial: null, cover: null, body: null };
    expect(checkFieldTypes('meeting', nulls, 'en')).toEqual([]);
    expect(checkFieldTypes('meeting', {}, 'en')).toEqual([]);
  });

  it('names the exact path of each field with the wrong JSON type', () => {
    const data = {
      title: 42,
      heldOn: { year: 2023 },
      speeches: 'a speech',
      adoptedDocuments: [{ title: ['x'] }, 'not an object'],
      editorial: { credits: [{ role: 'reporter', name: 7 }], reportedAt: 1682733480000, source: [] },
      cover: true,
      body: 'plain text',
    };
    expect(codesAt(checkFieldTypes('meeting', data, 'en'))).toEqual([
      { path: ['title'], code: 'field.type' },
      { path: ['heldOn'], code: 'field.type' },
      { path: ['body'], code: 'field.type' },
      { path: ['adoptedDocuments', 0, 'title'], code: 'field.type' },
      { path: ['adoptedDocuments', 1], code: 'field.type' },
      { path: ['speeches'], code: 'field.type' },
      { path: ['cover'], code: 'field.type' },
      { path: ['editorial', 'source'], code: 'field.type' },
      { path: ['editorial', 'reportedAt'], code: 'field.type' },
      { path: ['editorial', 'credits', 0, 'name'], code: 'field.type' },
    ]);
  });

  it('refuses a string where a component is expected and an array where a single component is', () => {
    expect(codesAt(checkFieldTypes('meeting', { editorial: '[编辑:陈飞]' }, 'en'))).toEqual([{ path: ['editorial'], code: 'field.type' }]);
    expect(codesAt(checkFieldTypes('street-case', { presenter: [{ role: 'chair' }] }, 'en'))).toEqual([{ path: ['presenter'], code: 'field.type' }]);
  });

  it('takes numbers and numeric strings for numbers, and refuses other text there', () => {
    expect(checkFieldTypes('achievement', { ordinal: 3, year: '2023', metrics: [{ value: '12.5' }] }, 'en')).toEqual([]);
    expect(codesAt(checkFieldTypes('achievement', { ordinal: 'third', metrics: [{ value: {} }] }, 'en'))).toEqual([
      { path: ['ordinal'], code: 'field.type' },
      { path: ['metrics', 0, 'value'], code: 'field.type' },
    ]);
  });

  it('takes the relation shapes clients send and refuses a boolean', () => {
    for (const speaker of ['abc', 12, { documentId: 'abc' }, { connect: [{ documentId: 'abc' }] }, [1]]) {
      expect(checkFieldTypes('speech', { speaker }, 'en')).toEqual([]);
    }
    expect(codesAt(checkFieldTypes('speech', { speaker: false }, 'en'))).toEqual([{ path: ['speaker'], code: 'field.type' }]);
    expect(codesAt(checkFieldTypes('speaker', { photo: ' ' }, 'en'))).toEqual([{ path: ['photo'], code: 'field.type' }]);
  });

  it('writes the message in the language asked for', () => {
    expect(checkFieldTypes('meeting', { title: 1 }, 'en')[0].message).toBe('This field takes text, not a number.');
    expect(checkFieldTypes('meeting', { title: 1 }, 'zh-CN')[0].message).toBe('此项应为文本，收到的是数字。');
  });
});

describe('entrance length check (text.too-long)', () => {
  it('refuses a credit name longer than the longest credit line before it is split', () => {
    const name = '陈'.repeat(1_000_000);
    const problems = checkFieldTypes('meeting', { editorial: { credits: [{ role: 'editor', name }] } }, 'en');
    expect(codesAt(problems)).toEqual([{ path: ['editorial', 'credits', 0, 'name'], code: 'text.too-long' }]);
    expect(problems[0].message).toBe('At most 1024 characters (now 1000000).');
  });

  it('lets a pasted credit line of ordinary length through to the normalizer', () => {
    const name = '[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]';
    expect(checkFieldTypes('meeting', { editorial: { credits: [{ role: 'editor', name }] } }, 'en')).toEqual([]);
  });

  it('refuses text far over its field limit, and leaves a little whitespace to the normalizer and R11', () => {
    expect(codesAt(checkFieldTypes('meeting', { title: 'x'.repeat(241) }, 'en'))).toEqual([{ path: ['title'], code: 'text.too-long' }]);
    expect(checkFieldTypes('meeting', { title: `${'x'.repeat(120)}   ` }, 'en')).toEqual([]);
    expect(codesAt(checkFieldTypes('speech', { summary: 'x'.repeat(70_000) }, 'en'))).toEqual([{ path: ['summary'], code: 'text.too-long' }]);
    expect(codesAt(checkFieldTypes('meeting', { heldOn: '2'.repeat(300) }, 'en'))).toEqual([{ path: ['heldOn'], code: 'text.too-long' }]);
  });
});

describe('the rules after the entrance check', () => {
  // Arbitrary JSON in place of each field: whatever the entrance check lets through,
  // the normalizer and every rule take without throwing.
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.string(),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('title', 'name', 'role', 'credits', 'speaker', 'value', 'x'), tie('value'), { maxKeys: 3 }),
    ),
  })).value;
  const fields = ['title', 'heldOn', 'summary', 'speeches', 'adoptedDocuments', 'editorial', 'cover', 'body', 'slug'];

  /** Later paths first, so that taking an element out of a list leaves the indexes of the paths still to go. */
  const laterFirst = (a: ReadonlyArray<string | number>, b: ReadonlyArray<string | number>): number => {
    for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
      if (a[i] !== b[i]) return typeof a[i] === 'number' && typeof b[i] === 'number' ? (b[i] as number) - (a[i] as number) : String(b[i]).localeCompare(String(a[i]));
    }
    return b.length - a.length;
  };
  /** `write` without the value at each of `paths` (a field deleted, an element taken out of its list). */
  const without = (write: Record<string, unknown>, paths: ReadonlyArray<ReadonlyArray<string | number>>): Record<string, unknown> => {
    const copy = structuredClone(write);
    for (const path of [...paths].sort(laterFirst)) {
      let parent: unknown = copy;
      for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown> | undefined)?.[key];
      const last = path[path.length - 1];
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else if (parent && typeof parent === 'object') delete (parent as Record<string | number, unknown>)[last];
    }
    return copy;
  };
  const valueAt = (write: unknown, path: ReadonlyArray<string | number>): unknown =>
    path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), write);

  it('never throws on data that passes it, and refuses only by the paths it names: without them the rest passes and the rules take it', () => {
    const seed = 20261206;
    let accepted = 0;
    let refused = 0;
    const rulesTake = (write: Record<string, unknown>) => checkDocument('meeting', normalizeDocument('meeting', write, { locale: 'zh-Hans' }), seedContext());
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...fields), json, { maxKeys: 5 }), fc.dictionary(fc.constantFrom('source', 'credits', 'reportedAt', 'channel'), json, { maxKeys: 3 }), (data, editorial) => {
        const write = { ...data, editorial: { ...editorial } };
        const problems = checkFieldTypes('meeting', write, 'en');
        if (problems.length === 0) {
          accepted += 1;
          rulesTake(write);
          return;
        }
        refused += 1;
        // Each refusal names a field the write holds, with the entrance's own code and a message.
        for (const problem of problems) {
          expect(['field.type', 'text.too-long']).toContain(problem.code);
          expect(valueAt(write, problem.path)).not.toBeUndefined();
          expect(problem.message).not.toBe('');
        }
        // What it refused was those fields and nothing else: the rest passes, and the rules take it without throwing.
        const rest = without(write, problems.map((problem) => problem.path));
        expect(checkFieldTypes('meeting', rest, 'en')).toEqual([]);
        rulesTake(rest);
      }),
      { seed, numRuns: 500, verbose: 1 },
    );
    // Both halves ran: an entrance that refused (or let through) everything would not pass.
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(50);
  });
});
