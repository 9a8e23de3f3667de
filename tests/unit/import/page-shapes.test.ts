/**
 * The building blocks that read reports as sites publish them, one at a
 * time: page chrome, dates in text and their resolution, numbered points
 * inside a paragraph, traditional characters, header and footer credits.
 */
import { findInlinePoints, pointsKind } from '../../../src/plugins/newsroom/server/src/import/numbered-points';
import { isChromeLine, stripInlineChrome } from '../../../src/plugins/newsroom/server/src/import/page-chrome';
import { creditsOfText, isCreditText, isPersonName } from '../../../src/plugins/newsroom/server/src/import/header-credits';
import { readPublicationDate, readHeader } from '../../../src/plugins/newsroom/server/src/import/header';
import { dateAt, resolveDate } from '../../../src/plugins/newsroom/server/src/import/text-dates';
import { simplify } from '../../../src/plugins/newsroom/server/src/import/traditional';
import { splitLines } from '../../../src/plugins/newsroom/server/src/import/text';

describe('page chrome', () => {
  it.each([
    '首页 > 新闻动态 > 工作动态',
    '当前位置：首页 > 新闻动态',
    '网站首页 | 机构概况 | 新闻动态 | 政策法规',
    '分享到：微信 微博 QQ空间',
    '【字号：大 中 小】【打印本页】【关闭窗口】',
    '上一篇：坪山区开展“全国助残日”系列活动',
    'IMG_20240226_101522.jpg',
    'P020240227356789123456.png',
    "${content.getAttrByFlatName('zz').value}",
    '人工智能朗读:',
  ])('drops the line %s', (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([
    '4月28日,2023年福田区残工委第一次全体会议在福田会堂举行。',
    '首页设计获评全市优秀。',
    '会议审议通过了《福田区残疾人就业促进行动计划（2024-2026年）》。',
    '【编辑：何晴】【责任编辑：苏航】',
    '福田区残联党组书记、理事长罗念纯作报告。',
  ])('keeps the line %s', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });

  it('cuts widgets and placeholders out of a line it keeps, and a trailing bar', () => {
    expect(stripInlineChrome('发表时间：2024-05-10 【字体：大 中 小】')).toBe('发表时间：2024-05-10');
    expect(stripInlineChrome('（责任编辑：钟毅）|')).toBe('（责任编辑：钟毅）');
    expect(stripInlineChrome('【编辑：何晴】')).toBe('【编辑：何晴】');
  });
});

describe('dates in text', () => {
  const report = { year: 2024, month: 3, day: 6 };

  it.each([
    ['昨日上午，', '2024-03-05'],
    ['今天下午，', '2024-03-06'],
    ['前天，', '2024-03-04'],
    ['5日，', '2024-03-05'],
    ['12日，', '2024-02-12'],
    ['上月28日，', '2024-02-28'],
    ['本月2日，', '2024-03-02'],
    ['3月4日，', '2024-03-04'],
    ['12月28日，', '2023-12-28'],
    ['2023年4月28日，', '2023-04-28'],
  ])('%s on a report of 2024-03-06 is %s', (text, expected) => {
    const mention = dateAt(text, 0);
    expect(mention).toBeDefined();
    expect(resolveDate(mention!, report)).toBe(expected);
  });

  it('crosses a year back for a day of last month in January, and refuses impossible days', () => {
    expect(resolveDate(dateAt('上月31日', 0)!, { year: 2024, month: 1, day: 10 })).toBe('2023-12-31');
    expect(resolveDate(dateAt('30日', 0)!, { year: 2024, month: 3, day: 6 })).toBeUndefined(); // 2024-02-30
    expect(resolveDate(dateAt('昨日', 0)!, undefined)).toBeUndefined();
  });

  it('reads 近日 and 日前 as no date', () => {
    expect(dateAt('近日，', 0)).toBeUndefined();
    expect(dateAt('日前，', 0)).toBeUndefined();
  });

  it('reads a dotted date line day first and says when the order is a guess', () => {
    expect(readPublicationDate('07.04.2016')).toMatchObject({ date: { year: 2016, month: 4, day: 7 }, dayFirstGuess: true });
    expect(readPublicationDate('25.04.2016')).toMatchObject({ date: { year: 2016, month: 4, day: 25 }, dayFirstGuess: false });
    expect(readPublicationDate('时间：2024-03-06 08:10 来源：深圳特区报 作者：吴晓')).toMatchObject({ hasTime: true, rest: '来源：深圳特区报 作者：吴晓' });
  });
});

describe('the header', () => {
  it('drops a site name above the headline, and keeps a short second line when no date line follows', () => {
    const withSite = readHeader(splitLines('深圳市坪山区残疾人联合会\n坪山区残联召开2024年工作会议\n发布日期：2024-03-20\n正文很长的一段。'));
    expect(withSite).toMatchObject({ headline: '坪山区残联召开2024年工作会议', dropped: [{ text: '深圳市坪山区残疾人联合会' }] });
    const noDate = readHeader(splitLines('福田区召开会议\n会议现场\n4月28日，全体会议在福田会堂举行。'));
    expect(noDate).toMatchObject({ headline: '福田区召开会议', dropped: [] });
  });
});

describe('numbered points inside a paragraph', () => {
  it('reads achievements after an intro of results, each to the next marker', () => {
    const points = findInlinePoints('会议指出，2023年全市残疾人事业取得新进展：一是保障水平稳步提高，惠及15万人次；二是就业渠道持续拓宽；三是无障碍建设加快推进。会议要求，继续努力。');
    expect(points).toEqual({
      kind: 'achievements',
      intro: '会议指出，2023年全市残疾人事业取得新进展：',
      items: ['保障水平稳步提高，惠及15万人次', '就业渠道持续拓宽', '无障碍建设加快推进'],
      after: '会议要求，继续努力。',
    });
  });

  it('reads requirements after a demand, or when marked 一要', () => {
    expect(findInlinePoints('叶建华要求，一是提高站位；二是聚焦重点。')?.kind).toBe('requirements');
    expect(findInlinePoints('他说，一要提高站位；二要聚焦重点。')?.kind).toBe('requirements');
    expect(pointsKind('取得的成绩主要有：', 'digit')).toBe('achievements');
  });

  it('reads nothing from a single point, a point 1 in a number, or points without an intro that says what they are', () => {
    expect(findInlinePoints('会议要求，一是提高站位。')).toBeUndefined();
    expect(findInlinePoints('全年新增1.5万人，2.3万人次受益。')).toBeUndefined();
    expect(findInlinePoints('活动分为两部分：一是参观；二是座谈。')).toBeUndefined();
  });
});

describe('traditional characters', () => {
  it('converts a traditional text and says so, and leaves a simplified one as it is', () => {
    const traditional = simplify('讀特客戶端·深圳新聞網2023年6月2日訊（記者 陳嘉欣 通訊員 黃曉琳）南山區殘工委全體會議在南山區政府禮堂舉行。');
    expect(traditional).toMatchObject({ converted: true });
    expect(traditional.text).toBe('读特客户端·深圳新闻网2023年6月2日讯（记者 陈嘉欣 通讯员 黄晓琳）南山区残工委全体会议在南山区政府礼堂举行。');
    const simplified = '福田区残联党组书记、理事长罗念纯作报告，总结2022年全区残疾人工作。';
    expect(simplify(simplified)).toEqual({ text: simplified, converted: false, changedInSample: 0 });
  });
});

describe('header and footer credits', () => {
  it('reads 文/ and 图/ bylines, and no organization as an author', () => {
    expect(creditsOfText('文/记者 欧阳娜 图/江涛')).toEqual([
      { role: 'reporter', name: '欧阳娜' },
      { role: 'photographer', name: '江涛' },
    ]);
    expect(creditsOfText('作者：盐田区残联 编辑：孔祥')).toEqual([{ role: 'editor', name: '孔祥' }]);
    expect(isPersonName('吴晓')).toBe(true);
    expect(isPersonName('盐田区残联')).toBe(false);
  });

  it('takes a line of credits for one, and running text for none', () => {
    expect(isCreditText('见习编辑 罗嘉 审读 方芳 二审 卢文 三审 韩冬')).toBe(true);
    expect(isCreditText('来源：大鹏新区残联 作者：周宇 编辑：温婷')).toBe(true);
    expect(isCreditText('记者近日从区残联获悉，全区新增就业300人。')).toBe(false);
  });
});
