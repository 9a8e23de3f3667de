import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEM_CODES, messageFor, placeholdersOf } from '../../../src/plugins/newsroom/server/src/editorial/messages';

const EDITORIAL_DIR = join(__dirname, '../../../src/plugins/newsroom/server/src/editorial');

describe('messages', () => {
  it.each(PROBLEM_CODES.map((code) => [code]))('%s has a Chinese and an English message with the same placeholders', (code) => {
    const zh = messageFor(code, 'zh-CN');
    const en = messageFor(code, 'en');
    expect(zh).toMatch(/\p{Script=Han}/u);
    expect(en).toMatch(/^[A-Z“]/);
    expect(en).not.toBe(zh);
    expect(placeholdersOf(code, 'zh-CN').sort()).toEqual(placeholdersOf(code, 'en').sort());
  });

  it('fills placeholders and keeps unknown ones visible', () => {
    expect(messageFor('text.too-long', 'zh-CN', { max: 120, length: 121 })).toBe('不能超过 120 个字符（现为 121 个）。');
    expect(messageFor('text.too-long', 'en', { max: 120, length: 121 })).toBe('At most 120 characters (now 121).');
    expect(messageFor('text.too-long', 'en')).toBe('At most {max} characters (now {length}).');
  });

  it('has codes that are unique, dotted, lower-case identifiers', () => {
    expect(new Set(PROBLEM_CODES).size).toBe(PROBLEM_CODES.length);
    for (const code of PROBLEM_CODES) expect(code).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it('lists only codes some rule raises', () => {
    const ruleSources = readdirSync(EDITORIAL_DIR)
      .filter((file) => file.startsWith('rule-'))
      .map((file) => readFileSync(join(EDITORIAL_DIR, file), 'utf8'))
      .join('\n');
    const unused = PROBLEM_CODES.filter((code) => !ruleSources.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });
});
