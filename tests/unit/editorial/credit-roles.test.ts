import fs from 'node:fs';
import path from 'node:path';
import {
  CREDIT_ROLE_TABLE,
  CREDIT_ROLES,
  DESK_ROLES,
  FIELD_ROLES,
  ROLE_WORDS,
  roleFromWord,
  roleLabel,
} from '../../../src/plugins/newsroom/server/src/editorial/credit-roles';
import { parseCreditLine } from '../../../src/plugins/newsroom/server/src/editorial/credit-line';
import { roleMessages } from '../../../src/plugins/newsroom/admin/src/utils/roleLabels';

const PLUGIN = path.resolve(__dirname, '../../../src/plugins/newsroom');
const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(path.join(PLUGIN, file), 'utf8'));

/** content-model.md, "Credits: roles, sign-off policies, house styles", copied row for row. */
const CONTRACT: ReadonlyArray<[string, string, string[], string]> = [
  ['reporter', '记者', ['首席记者'], 'Reporter'],
  ['correspondent', '通讯员', ['特约记者'], 'Correspondent'],
  ['photographer', '摄影', ['摄影记者', '图'], 'Photographer'],
  ['intern', '实习生', ['实习记者'], 'Intern'],
  ['editor', '编辑', ['初审'], 'Editor'],
  ['trainee-editor', '见习编辑', [], 'Trainee editor'],
  ['proofreader', '审读', ['校对'], 'Proofreader'],
  ['responsible-editor', '责任编辑', ['责编'], 'Responsible editor'],
  ['second-reviewer', '二审', ['复审'], 'Second reviewer'],
  ['final-reviewer', '三审', ['终审'], 'Final reviewer'],
];

describe('the role table', () => {
  it('is the contract table, row for row and in its order', () => {
    expect(CREDIT_ROLE_TABLE.map(({ role, zh, aliases, en }) => [role, zh, [...aliases], en])).toEqual(CONTRACT);
  });

  it("is credit.json's enumeration, value for value and in order", () => {
    const schema = readJson('server/src/components/credit.json') as { attributes: { role: { enum: string[] } } };
    expect(schema.attributes.role.enum).toEqual([...CREDIT_ROLES]);
  });

  it('keeps the stored values of the five roles that existed before', () => {
    for (const role of ['reporter', 'correspondent', 'photographer', 'editor', 'responsible-editor']) {
      expect(CREDIT_ROLES).toContain(role);
    }
  });

  it('gives the admin a label for every role in zh-Hans and English, and the translation files do not override it', () => {
    const zh = roleMessages('zh-Hans');
    const en = roleMessages('en');
    const zhFile = readJson('admin/src/translations/content-manager.zh-Hans.json');
    const enFile = readJson('admin/src/translations/content-manager.en.json');
    for (const entry of CREDIT_ROLE_TABLE) {
      expect([entry.role, zh[entry.role], en[entry.role]]).toEqual([entry.role, entry.zh, entry.en]);
      expect([entry.role, zhFile[entry.role], enFile[entry.role]]).toEqual([entry.role, undefined, undefined]);
    }
  });

  it('splits byline and desk roles as the contract says', () => {
    expect(FIELD_ROLES).toEqual(['reporter', 'correspondent', 'photographer', 'intern']);
    expect(DESK_ROLES).toEqual(['editor', 'trainee-editor', 'proofreader', 'responsible-editor', 'second-reviewer', 'final-reviewer']);
  });

  it('lists role words longest first, so 责任编辑 wins over 编辑', () => {
    const lengths = ROLE_WORDS.map((entry) => entry.word.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
});

const WORDS: Array<[string, string]> = CONTRACT.flatMap(([role, zh, aliases]) => [zh, ...aliases].map((word) => [word, role] as [string, string]));

describe('every role word and alias', () => {
  it.each(WORDS)('reads %s with a colon as %s', (word, role) => {
    expect(parseCreditLine(`${word}：田也`)).toEqual([{ role, name: '田也' }]);
    expect(parseCreditLine(`[${word}:陈飞 陈苏雅]`)).toEqual([
      { role, name: '陈飞' },
      { role, name: '陈苏雅' },
    ]);
  });

  it.each(WORDS)('reads %s before a space as %s', (word, role) => {
    expect(parseCreditLine(`${word} 田也`)).toEqual([{ role, name: '田也' }]);
  });

  it.each(WORDS.filter(([word]) => word.length > 1))('reads %s glued to a Chinese name as %s', (word, role) => {
    expect(parseCreditLine(`${word}田也`)).toEqual([{ role, name: '田也' }]);
  });

  it('does not read the one-character alias 图 glued to other text', () => {
    expect(parseCreditLine('图书馆')).toEqual([]);
    expect(parseCreditLine('图门巴雅尔')).toEqual([]);
  });

  it.each(WORDS)('takes %s as the role value %s', (word, role) => {
    expect(roleFromWord(word)).toBe(role);
  });

  it.each(CONTRACT)('takes %s, its English word in either number and any case as itself', (role, _zh, _aliases, en) => {
    expect(roleFromWord(role)).toBe(role);
    expect(roleFromWord(en)).toBe(role);
    expect(roleFromWord(en.toUpperCase())).toBe(role);
    expect(roleFromWord(roleLabel(role as never, 'en', 2))).toBe(role);
  });

  it('takes no other word as a role', () => {
    expect(roleFromWord('作者')).toBeUndefined();
    expect(roleFromWord('author')).toBeUndefined();
    expect(roleFromWord('')).toBeUndefined();
  });

  it('writes English labels in the singular and plural', () => {
    expect(roleLabel('editor', 'en', 1)).toBe('Editor');
    expect(roleLabel('editor', 'en', 2)).toBe('Editors');
    expect(roleLabel('responsible-editor', 'en', 1)).toBe('Responsible editor');
    expect(roleLabel('second-reviewer', 'zh')).toBe('二审');
  });
});
