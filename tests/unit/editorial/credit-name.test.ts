import {
  CREDIT_NAME_MAX_LENGTH,
  creditNameFault,
  normalizeCreditName,
} from '../../../src/plugins/newsroom/server/src/editorial/credit-name';

describe('R1 credit names: creditNameFault', () => {
  it.each(['田也', '陈苏雅', '阿卜杜·热合曼', "Mary O'Neil", 'Jean-Luc Picard', 'Nguyễn Văn An', 'Анна Петрова', 'José'])(
    'accepts %s',
    (name) => expect(creditNameFault(name)).toBeUndefined(),
  );

  it('accepts names with combining marks, decomposed or not', () => {
    expect(creditNameFault('Jose\u0301')).toBeUndefined();
    expect(creditNameFault('Ra\u0308ikko\u0308nen')).toBeUndefined();
  });

  it('accepts exactly 32 characters, counted after trimming', () => {
    expect(creditNameFault(`  ${'陈'.repeat(CREDIT_NAME_MAX_LENGTH)}  `)).toBeUndefined();
    expect(creditNameFault('𠀀'.repeat(CREDIT_NAME_MAX_LENGTH))).toBeUndefined(); // astral Han counts as one character each
  });

  it.each([
    ['陈飞2', 'invalid'],
    ['<b>陈飞</b>', 'invalid'],
    ['陈飞:', 'invalid'],
    ['陈飞：', 'invalid'],
    ['(陈飞)', 'invalid'],
    ['【陈飞】', 'invalid'],
    ['陈\u0000飞', 'invalid'],
    ['陈飞\u0007', 'invalid'],
    ['·', 'invalid'],
    ["'", 'invalid'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u3000', 'empty'],
    [null, 'empty'],
    ['陈'.repeat(33), 'too-long'],
  ])('rejects %j as %s', (name, fault) => {
    expect(creditNameFault(name)).toBe(fault);
  });
});

describe('normalizeCreditName', () => {
  it('trims, composes (NFC) and turns ideographic and repeated spaces into one', () => {
    expect(normalizeCreditName('\u3000陈飞 ')).toBe('陈飞');
    expect(normalizeCreditName("  Mary   O'Neil ")).toBe("Mary O'Neil");
    expect(normalizeCreditName('Jose\u0301')).toBe('Jos\u00e9');
  });

  it('turns middle-dot look-alikes into · and typographic apostrophes into \'', () => {
    for (const dot of ['\u2022', '\u30FB', '\uFF0E', '\u2027', '\uFF65']) {
      expect(normalizeCreditName(`阿卜杜${dot}热合曼`)).toBe('阿卜杜·热合曼');
    }
    expect(normalizeCreditName('Mary O’Neil')).toBe("Mary O'Neil");
  });
});
