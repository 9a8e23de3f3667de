/**
 * The credit formats Chinese newsrooms print (content-model.md, "Credits"):
 * each is read into its credits, and the two house styles round-trip.
 */
import {
  formatByline,
  formatCreditLine,
  formatCredits,
  looksLikeCreditLine,
  parseCreditLine,
  readCreditText,
  type CreditStyle,
  type ParsedCredit,
} from '../../../src/plugins/newsroom/server/src/editorial/credit-line';
import { isValidCreditName } from '../../../src/plugins/newsroom/server/src/editorial/credit-name';
import { CREDIT_ROLES } from '../../../src/plugins/newsroom/server/src/editorial/credit-roles';

const duteChain: ParsedCredit[] = [
  { role: 'trainee-editor', name: '陈飞' },
  { role: 'proofreader', name: '陈苏雅' },
  { role: 'second-reviewer', name: '郑晓鹏' },
  { role: 'final-reviewer', name: '王五' },
];

describe('pasted formats', () => {
  it.each([
    ['the 读特 review chain', '见习编辑 陈飞 审读 陈苏雅 二审 郑晓鹏 三审 王五'],
    ['the chain with colons', '见习编辑：陈飞 审读：陈苏雅 二审：郑晓鹏 三审：王五'],
    ['the chain with half-width colons and no spaces', '见习编辑:陈飞审读:陈苏雅二审:郑晓鹏三审:王五'],
    ['the chain on separate lines', '见习编辑 陈飞\n审读 陈苏雅\n二审 郑晓鹏\n三审 王五'],
    ['the chain in brackets', '[见习编辑:陈飞] [审读:陈苏雅] [二审:郑晓鹏] [三审:王五]'],
    ['the chain in 【】', '【见习编辑：陈飞】【审读：陈苏雅】【二审：郑晓鹏】【三审：王五】'],
    ['aliases 校对 复审 终审', '见习编辑 陈飞 校对 陈苏雅 复审 郑晓鹏 终审 王五'],
    ['ideographic spaces', '见习编辑\u3000陈飞\u3000审读\u3000陈苏雅\u3000二审\u3000郑晓鹏\u3000三审\u3000王五'],
    ['full-width square brackets', '［见习编辑：陈飞］［审读：陈苏雅］［二审：郑晓鹏］［三审：王五］'],
  ])('reads %s', (_format, text) => {
    expect(parseCreditLine(text)).toEqual(duteChain);
    expect(looksLikeCreditLine(text)).toBe(true);
  });

  it('reads 【编辑:…】 with a half-width colon', () => {
    expect(parseCreditLine('【编辑:刘洋】')).toEqual([{ role: 'editor', name: '刘洋' }]);
  });

  it('reads （责任编辑：…）| at the end of a page', () => {
    expect(parseCreditLine('（责任编辑：郑晓鹏）|')).toEqual([{ role: 'responsible-editor', name: '郑晓鹏' }]);
    expect(parseCreditLine('(责任编辑:郑晓鹏)｜ 分享')).toEqual([{ role: 'responsible-editor', name: '郑晓鹏' }]);
  });

  it('reads footer lines 编辑：…', () => {
    expect(parseCreditLine('编辑：陈飞\n责任编辑：郑晓鹏')).toEqual([
      { role: 'editor', name: '陈飞' },
      { role: 'responsible-editor', name: '郑晓鹏' },
    ]);
  });

  it('reads 来源：… 作者：… 编辑：…, the author as reporter and the source apart', () => {
    const text = readCreditText('来源：深圳新闻网 作者：田也 编辑：陈飞');
    expect(text.credits).toEqual([
      { role: 'reporter', name: '田也' },
      { role: 'editor', name: '陈飞' },
    ]);
    expect(text.source).toBe('深圳新闻网');
  });

  it('reads a date line with an empty author and a source', () => {
    const text = readCreditText('时间：2024-03-05 09:12 来源：深圳特区报 作者：');
    expect(text.credits).toEqual([]);
    expect(text.source).toBe('深圳特区报');
    expect(looksLikeCreditLine('时间：2024-03-05 09:12 来源：深圳特区报 作者：')).toBe(true);
  });

  it('reads byline roles: intern, 摄影记者, 图, 特约记者, 首席记者', () => {
    expect(parseCreditLine('(首席记者 田也 特约记者 张三 实习生 李四 摄影记者 王五)')).toEqual([
      { role: 'reporter', name: '田也' },
      { role: 'correspondent', name: '张三' },
      { role: 'intern', name: '李四' },
      { role: 'photographer', name: '王五' },
    ]);
    expect(parseCreditLine('图：赵强')).toEqual([{ role: 'photographer', name: '赵强' }]);
    expect(parseCreditLine('实习记者 刘洋')).toEqual([{ role: 'intern', name: '刘洋' }]);
  });

  it('ends a name at a role word glued behind it only when a colon follows', () => {
    expect(parseCreditLine('编辑:陈飞审读:陈苏雅')).toEqual([
      { role: 'editor', name: '陈飞' },
      { role: 'proofreader', name: '陈苏雅' },
    ]);
  });
});

describe('house styles', () => {
  const seed: ParsedCredit[] = [
    { role: 'reporter', name: '田也' },
    { role: 'editor', name: '陈飞' },
    { role: 'editor', name: '陈苏雅' },
    { role: 'responsible-editor', name: '郑晓鹏' },
  ];
  const chain: ParsedCredit[] = [
    { role: 'editor', name: '陈飞' },
    { role: 'proofreader', name: '陈苏雅' },
    { role: 'second-reviewer', name: '郑晓鹏' },
    { role: 'final-reviewer', name: '王五' },
  ];

  it('brackets (the default) prints the seed as before, and a review chain in brackets', () => {
    expect(formatCreditLine(seed)).toBe('[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]');
    expect(formatCreditLine(seed, { style: 'brackets' })).toBe('[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]');
    expect(formatCreditLine(chain)).toBe('[编辑:陈飞] [审读:陈苏雅] [二审:郑晓鹏] [三审:王五]');
  });

  it('chain prints as the 读特 app does', () => {
    expect(formatCreditLine(seed, { style: 'chain' })).toBe('编辑 陈飞 陈苏雅 责任编辑 郑晓鹏');
    expect(formatCreditLine(chain, { style: 'chain' })).toBe('编辑 陈飞 审读 陈苏雅 二审 郑晓鹏 三审 王五');
  });

  it('keeps the byline the same in both styles', () => {
    expect(formatByline(seed, { style: 'chain' })).toBe('记者 田也');
    expect(formatByline([{ role: 'intern', name: '李四' }, ...seed])).toBe('记者 田也 实习生 李四');
  });

  it('prints desk roles in the order of the table', () => {
    const shuffled: ParsedCredit[] = [...chain].reverse().concat([{ role: 'trainee-editor', name: '张三' }, { role: 'responsible-editor', name: '李四' }]);
    expect(formatCreditLine(shuffled, { style: 'chain' })).toBe('编辑 陈飞 见习编辑 张三 审读 陈苏雅 责任编辑 李四 二审 郑晓鹏 三审 王五');
  });

  /** Small deterministic generator (a linear congruential one) so a failure replays. */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
  }

  const NAME_PARTS = ['田也', '陈飞', '陈苏雅', '郑晓鹏', '阿卜杜·热合曼', 'Mary', "O'Neil", 'Jean-Luc', 'Анна', '김철수', 'José', '王', 'Li', '单', '曾'];

  function generateCredits(next: () => number): ParsedCredit[] {
    const pick = <T,>(items: ReadonlyArray<T>): T => items[Math.floor(next() * items.length)];
    const credits: ParsedCredit[] = [];
    for (const role of CREDIT_ROLES) {
      const count = Math.floor(next() * 3);
      for (let i = 0; i < count; i += 1) {
        const words = 1 + Math.floor(next() * 3);
        credits.push({ role, name: Array.from({ length: words }, () => pick(NAME_PARTS)).join(next() < 0.5 ? ' ' : '') });
      }
    }
    return credits.filter((credit) => isValidCreditName(credit.name));
  }

  it.each<CreditStyle>(['brackets', 'chain'])('%s: format → paste → the same credits, for 2000 generated lists', (style) => {
    const next = random(style === 'chain' ? 3 : 20230429);
    for (let i = 0; i < 2000; i += 1) {
      const credits = generateCredits(next);
      const text = formatCredits(credits, { style });
      expect({ text, parsed: parseCreditLine(text) }).toEqual({ text, parsed: credits });
      if (credits.length > 0) expect({ text, looks: looksLikeCreditLine(text) }).toEqual({ text, looks: true });
    }
  });

  it.each<CreditStyle>(['brackets', 'chain'])('%s: the review chain and the seed round-trip', (style) => {
    for (const credits of [seed, chain, duteChain]) {
      expect(parseCreditLine(formatCredits(credits, { style }))).toEqual(credits);
    }
  });
});

describe('English credit lines', () => {
  const seed: ParsedCredit[] = [
    { role: 'reporter', name: '田也' },
    { role: 'editor', name: '陈飞' },
    { role: 'editor', name: '陈苏雅' },
    { role: 'responsible-editor', name: '郑晓鹏' },
  ];

  it('prints the seed in English with romanized names', () => {
    expect(formatByline(seed, { locale: 'en' })).toBe('Reporter: Tian Ye');
    expect(formatCreditLine(seed, { locale: 'en' })).toBe('Editors: Chen Fei, Chen Suya · Responsible editor: Zheng Xiaopeng');
    expect(formatCredits(seed, { locale: 'en' })).toBe(
      'Reporter: Tian Ye · Editors: Chen Fei, Chen Suya · Responsible editor: Zheng Xiaopeng',
    );
  });

  it('ignores the Chinese house style', () => {
    expect(formatCreditLine(seed, { locale: 'en', style: 'chain' })).toBe(formatCreditLine(seed, { locale: 'en' }));
  });

  it('keeps names written in Latin letters and prints the review chain', () => {
    expect(
      formatCreditLine(
        [
          { role: 'trainee-editor', name: "Mary O'Neil" },
          { role: 'proofreader', name: '单雄' },
          { role: 'second-reviewer', name: '曾乐' },
          { role: 'final-reviewer', name: '解晓东' },
        ],
        { locale: 'en' },
      ),
    ).toBe("Trainee editor: Mary O'Neil · Proofreader: Shan Xiong · Second reviewer: Zeng Le · Final reviewer: Xie Xiaodong");
  });
});
