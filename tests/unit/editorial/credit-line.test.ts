import {
  formatByline,
  formatCreditLine,
  formatCredits,
  looksLikeCreditLine,
  parseCreditLine,
  type ParsedCredit,
} from '../../../src/plugins/newsroom/server/src/editorial/credit-line';
import { isValidCreditName } from '../../../src/plugins/newsroom/server/src/editorial/credit-name';
import { CREDIT_ROLES, type CreditRole } from '../../../src/plugins/newsroom/server/src/editorial/types';

const seedDesk: ParsedCredit[] = [
  { role: 'editor', name: '陈飞' },
  { role: 'editor', name: '陈苏雅' },
  { role: 'responsible-editor', name: '郑晓鹏' },
];

describe('parseCreditLine', () => {
  it('reads the seed credit line', () => {
    expect(parseCreditLine('[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]')).toEqual(seedDesk);
  });

  it.each([
    ['full-width colon', '[编辑：陈飞 陈苏雅] [责任编辑：郑晓鹏]'],
    ['【】 brackets', '【编辑：陈飞 陈苏雅】【责任编辑：郑晓鹏】'],
    ['（） brackets', '（编辑：陈飞、陈苏雅）（责任编辑：郑晓鹏）'],
    ['() brackets', '(编辑:陈飞,陈苏雅)(责任编辑:郑晓鹏)'],
    ['no brackets', '编辑:陈飞 陈苏雅 责任编辑:郑晓鹏'],
    ['no brackets, no spaces before the next role', '编辑：陈飞、陈苏雅责任编辑：郑晓鹏'],
    ['、 between names', '[编辑:陈飞、陈苏雅] [责任编辑:郑晓鹏]'],
    ['， between names', '[编辑:陈飞，陈苏雅] [责任编辑:郑晓鹏]'],
    ['ideographic spaces', '[编辑:陈飞\u3000陈苏雅]\u3000[责任编辑:郑晓鹏]'],
    ['spaces around the colon', '[编辑 : 陈飞 陈苏雅] [责任编辑 ：郑晓鹏]'],
    ['责编 for the responsible editor', '[编辑:陈飞 陈苏雅] [责编:郑晓鹏]'],
  ])('reads the variant with %s', (_variant, text) => {
    expect(parseCreditLine(text)).toEqual(seedDesk);
  });

  it('reads the seed byline with and without brackets', () => {
    const tianYe = [{ role: 'reporter', name: '田也' }];
    expect(parseCreditLine('(记者 田也)')).toEqual(tianYe);
    expect(parseCreditLine('记者 田也')).toEqual(tianYe);
    expect(parseCreditLine('记者:田也')).toEqual(tianYe);
    expect(parseCreditLine('本报记者 田也')).toEqual(tianYe);
  });

  it('reads the byline inside the dateline sentence and ignores the text around it', () => {
    expect(parseCreditLine('读特客户端·深圳新闻网2023年4月29日讯(记者 田也)4月28日,2023年福田区残工委第一次全体会议')).toEqual([
      { role: 'reporter', name: '田也' },
    ]);
  });

  it('reads a role word glued to a Chinese name', () => {
    expect(parseCreditLine('记者田也')).toEqual([{ role: 'reporter', name: '田也' }]);
    expect(parseCreditLine('记者田也 通讯员张三')).toEqual([
      { role: 'reporter', name: '田也' },
      { role: 'correspondent', name: '张三' },
    ]);
  });

  it('does not read a role word that is part of another noun', () => {
    expect(parseCreditLine('摄影师张三')).toEqual([]);
    expect(parseCreditLine('本报编辑部')).toEqual([]);
    expect(parseCreditLine('记者站站长')).toEqual([]);
  });

  it('reads correspondents and photographers', () => {
    expect(parseCreditLine('记者 田也 通讯员 张三 李四 摄影：王五')).toEqual([
      { role: 'reporter', name: '田也' },
      { role: 'correspondent', name: '张三' },
      { role: 'correspondent', name: '李四' },
      { role: 'photographer', name: '王五' },
    ]);
    expect(parseCreditLine('摄影 王五')).toEqual([{ role: 'photographer', name: '王五' }]);
  });

  it('keeps names with inner spaces and middle dots whole', () => {
    expect(parseCreditLine("记者 Mary O'Neil")).toEqual([{ role: 'reporter', name: "Mary O'Neil" }]);
    expect(parseCreditLine("记者 Mary O’Neil、阿卜杜•热合曼")).toEqual([
      { role: 'reporter', name: "Mary O'Neil" },
      { role: 'reporter', name: '阿卜杜·热合曼' },
    ]);
    expect(parseCreditLine('记者 陈飞 Mary Smith')).toEqual([
      { role: 'reporter', name: '陈飞' },
      { role: 'reporter', name: 'Mary Smith' },
    ]);
  });

  it('returns no credits for text without any', () => {
    expect(parseCreditLine('')).toEqual([]);
    expect(parseCreditLine('福田区残工委举行全体会议。')).toEqual([]);
    expect(parseCreditLine('《福田区残疾预防行动方案(2023-2025年)》')).toEqual([]);
    expect(parseCreditLine('[编辑:]')).toEqual([]);
  });
});

describe('looksLikeCreditLine', () => {
  it.each([
    '[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]',
    '责任编辑：郑晓鹏',
    '(记者 田也)',
    '编辑 : 陈飞',
    // No one's name starts with a role word: text that does is credits.
    '记者 田也',
    '见习编辑 张三 审读 李四 二审 王五 三审 赵六',
    '来源：深圳新闻网',
  ])('is true for %s', (text) => expect(looksLikeCreditLine(text)).toBe(true));

  it.each(['田也', "Mary O'Neil", '阿卜杜·热合曼', '(2023)', '图门巴雅尔', '编辑部', '陈飞 记者'])('is false for %s', (text) =>
    expect(looksLikeCreditLine(text)).toBe(false),
  );
});

describe('formatting credits', () => {
  const seed: ParsedCredit[] = [{ role: 'reporter', name: '田也' }, ...seedDesk];

  it('writes the seed credit line and byline', () => {
    expect(formatCreditLine(seed)).toBe('[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]');
    expect(formatByline(seed)).toBe('记者 田也');
    expect(formatCredits(seed)).toBe('记者 田也 [编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]');
  });

  it('puts roles in canonical order and keeps the order of names within a role', () => {
    const shuffled: ParsedCredit[] = [
      { role: 'responsible-editor', name: '郑晓鹏' },
      { role: 'editor', name: '陈苏雅' },
      { role: 'photographer', name: '王五' },
      { role: 'editor', name: '陈飞' },
      { role: 'reporter', name: '田也' },
      { role: 'correspondent', name: '张三' },
    ];
    expect(formatCredits(shuffled)).toBe('记者 田也 通讯员 张三 摄影 王五 [编辑:陈苏雅 陈飞] [责任编辑:郑晓鹏]');
  });

  it('separates names with 、 when a name has an inner space', () => {
    expect(formatByline([
      { role: 'reporter', name: "Mary O'Neil" },
      { role: 'reporter', name: '田也' },
    ])).toBe("记者 Mary O'Neil、田也");
  });

  it('returns empty strings when there is nothing to write', () => {
    expect(formatCreditLine([{ role: 'reporter', name: '田也' }])).toBe('');
    expect(formatByline(seedDesk)).toBe('');
    expect(formatCredits([])).toBe('');
  });

  it('leaves out unknown roles and empty names', () => {
    expect(formatCredits([{ role: 'author', name: '田也' }, { role: 'editor', name: ' ' }])).toBe('');
  });
});

describe('credit-line round trip', () => {
  const hand: ParsedCredit[][] = [
    [{ role: 'reporter', name: '田也' }, ...seedDesk],
    [{ role: 'reporter', name: "Mary O'Neil" }],
    [{ role: 'reporter', name: 'Tom' }, { role: 'reporter', name: 'Jerry' }],
    [{ role: 'correspondent', name: '阿卜杜·热合曼' }, { role: 'correspondent', name: 'Jean-Luc Picard' }],
    [{ role: 'editor', name: '陈 Tom' }],
    [{ role: 'responsible-editor', name: '陈 飞' }],
    [{ role: 'photographer', name: 'Анна Петрова' }, { role: 'photographer', name: '김철수' }],
  ];

  it.each(hand.map((credits) => [formatCredits(credits), credits] as const))('%s parses back', (text, credits) => {
    expect(parseCreditLine(text)).toEqual(credits);
  });

  /** Small deterministic generator (a linear congruential one) so a failure replays. */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
  }

  const NAME_PARTS = ['田也', '陈飞', '陈苏雅', '郑晓鹏', '阿卜杜·热合曼', 'Mary', "O'Neil", 'Jean-Luc', 'Анна', '김철수', 'José', 'Nguyễn', '王', 'Li'];

  function generateCredits(next: () => number): ParsedCredit[] {
    const pick = <T,>(items: ReadonlyArray<T>): T => items[Math.floor(next() * items.length)];
    const credits: ParsedCredit[] = [];
    for (const role of CREDIT_ROLES as ReadonlyArray<CreditRole>) {
      const count = Math.floor(next() * 4);
      for (let i = 0; i < count; i += 1) {
        const words = 1 + Math.floor(next() * 3);
        const name = Array.from({ length: words }, () => pick(NAME_PARTS)).join(next() < 0.5 ? ' ' : '');
        credits.push({ role, name });
      }
    }
    return credits;
  }

  it('holds for 2000 generated credit lists, and formatting is idempotent', () => {
    const next = random(20230429);
    for (let i = 0; i < 2000; i += 1) {
      const credits = generateCredits(next).filter((credit) => isValidCreditName(credit.name));
      const text = formatCredits(credits);
      expect({ text, parsed: parseCreditLine(text) }).toEqual({ text, parsed: credits });
      expect(formatCredits(parseCreditLine(text))).toBe(text);
    }
  });

  it('formats any parsed variant canonically, and again to the same text', () => {
    for (const variant of ['【编辑：陈飞、陈苏雅】【责编：郑晓鹏】（记者 田也）', '编辑:Mary O’Neil,Tom 记者田也']) {
      const once = formatCredits(parseCreditLine(variant));
      expect(formatCredits(parseCreditLine(once))).toBe(once);
    }
    expect(formatCredits(parseCreditLine('【编辑：陈飞、陈苏雅】【责编：郑晓鹏】（记者 田也）'))).toBe(
      '记者 田也 [编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]',
    );
  });
});
