/**
 * The article parser against the seed report (every field), the punctuation
 * and layout variants the importer meets, and the inputs that are not
 * articles at all. The fixture corpus has its golden tests in fixtures.test.ts.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  ArticleParseError,
  MAX_REPORT_BYTES,
  parseArticle,
  type ParseResult,
} from '../../../src/plugins/newsroom/server/src/import/parse-article';
import { SEED_REPORT } from '../../fixtures/seed-report';

const SEED = path.resolve(__dirname, '../../../../shared/seed/futian-2023-disability-committee-meeting.txt');

const seedText = fs.readFileSync(SEED, 'utf8');

/** A key holding `undefined` would pass toEqual; a JSON round trip shows it is really absent. */
function withoutUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function parse(text: string, fileName?: string): ParseResult {
  return parseArticle(text, fileName === undefined ? {} : { fileName });
}

function parseError(text: string, fileName?: string): ArticleParseError {
  try {
    parse(text, fileName);
  } catch (error) {
    if (error instanceof ArticleParseError) return error;
    throw error;
  }
  throw new Error('expected an ArticleParseError');
}

/** The seed with its lines replaced: `edit(lines)` returns the new lines. */
function seedWith(edit: (lines: string[]) => string[]): string {
  return edit(seedText.split('\n')).join('\n');
}

describe('parseArticle on the seed report', () => {
  const result = parse(seedText, 'futian-2023-disability-committee-meeting.txt');

  it('reads every field the report gives, and no other', () => {
    expect(result.report).toEqual(SEED_REPORT);
    expect(result.report).toStrictEqual(withoutUndefined(result.report));
  });

  it('warns only about the read-aloud button of the page, which it dropped, and the year its 4月28日 was given from the dateline', () => {
    expect(result.warnings).toEqual([
      { code: 'page.chrome-dropped', message: '已略去网页元素：“人工智能朗读:”', line: 4 },
      { code: 'meeting.held-on-inferred', message: '会议日期由“4月28日”按电头日期（2023-04-29）推算为2023-04-28，请核对' },
    ]);
  });

  it('keeps captions, numbered achievements, street-case paragraphs, the header and the credit line out of the body', () => {
    const bodyText = JSON.stringify(result.report.meeting.body);
    for (const absent of ['会议现场', '朱江讲话', '(一)', '高质量推进国家基本公共服务', '据悉', '梅林街道打造', '来源', '人工智能朗读', '[编辑', '(记者']) {
      expect(bodyText).not.toContain(absent);
    }
  });

  it('is deterministic: the same text gives the same report', () => {
    expect(parse(seedText)).toEqual(result);
  });
});

// The fixture reports have golden tests of their own: fixtures.test.ts.

describe('parseArticle tolerates the variants reports come in', () => {
  const seed = parse(seedText).report;

  it('reads full-width punctuation as it reads half-width, keeping the article’s own marks', () => {
    const fullWidth = seedText
      .replace(/,/g, '，')
      .replace(/!/g, '！')
      .replace(/来源: /, '来源：')
      .replace(/\(记者 田也\)/, '（记者 田也）')
      .replace(/\[编辑:陈飞 陈苏雅\] \[责任编辑:郑晓鹏\]/, '【编辑：陈飞 陈苏雅】【责任编辑：郑晓鹏】');
    const { report, warnings } = parse(fullWidth);
    expect(warnings.map((w) => w.code)).toEqual(['page.chrome-dropped', 'meeting.held-on-inferred']);
    expect(report.meeting.headline).toBe('实现残疾人高质量就业创业梦！福田区召开2023年区残工委会议');
    expect(report.meeting.editorial).toEqual(seed.meeting.editorial);
    expect(report.meeting.speeches.map((s) => [s.speakerName, s.role])).toEqual(seed.meeting.speeches.map((s) => [s.speakerName, s.role]));
    expect(report.speakers).toEqual(seed.speakers);
    expect(report.achievements.map((a) => [a.ordinal, a.title, a.category, a.metrics])).toEqual(
      seed.achievements.map((a) => [a.ordinal, a.title, a.category, a.metrics]),
    );
    expect(report.streetCases.map((c) => [c.street, c.community, c.presenter?.speakerDescription])).toEqual(
      seed.streetCases.map((c) => [c.street, c.community, c.presenter?.speakerDescription]),
    );
    expect(report.captions).toHaveLength(seed.captions.length);
  });

  it('gives the same fingerprint whatever the punctuation width or spacing of the header', () => {
    const variant = seedText.replace('实现残疾人高质量就业创业梦!', '实现残疾人高质量就业创业梦！').replace('来源: 深圳新闻网', '来源：  深圳新闻网');
    expect(parse(variant).report.fingerprint).toBe(seed.fingerprint);
    expect(parse(seedText.replace('2023-04-29 09:58', '2023-04-29 09:59')).report.fingerprint).not.toBe(seed.fingerprint);
  });

  it.each([
    ['2023年4月29日 09:58', '2023-04-29T09:58:00+08:00'],
    ['2023-04-29 09:58:33', '2023-04-29T09:58:33+08:00'],
    ['2023/4/29 9:58', '2023-04-29T09:58:00+08:00'],
    ['发布时间：2023-04-29 09:58', '2023-04-29T09:58:00+08:00'],
  ])('reads the date line %s as Beijing time', (dateLine, reportedAt) => {
    const { report } = parse(seedText.replace('2023-04-29 09:58', dateLine));
    expect(report.meeting.editorial?.reportedAt).toBe(reportedAt);
    expect(report.meeting.heldOn).toBe('2023-04-28');
  });

  it('reads a source on the date line, and a header in another order', () => {
    const sameLine = parse(seedText.replace('2023-04-29 09:58\n来源: 深圳新闻网\n', '2023-04-29 09:58  来源：深圳新闻网  作者：田也\n'));
    expect(sameLine.report).toEqual(seed);
    const reordered = seedText.replace(
      '实现残疾人高质量就业创业梦!福田区召开2023年区残工委会议\n2023-04-29 09:58\n来源: 深圳新闻网\n',
      '来源: 深圳新闻网\n2023-04-29 09:58\n实现残疾人高质量就业创业梦!福田区召开2023年区残工委会议\n',
    );
    expect(parse(reordered).report).toEqual(seed);
  });

  it('reads 稿源： like 来源:', () => {
    expect(parse(seedText.replace('来源: 深圳新闻网', '稿源：深圳新闻网')).report.meeting.editorial?.source).toBe('深圳新闻网');
  });

  it.each([
    ['（一）', '（二）'],
    ['一、', '二、'],
    ['1.', '2.'],
  ])('reads achievements numbered %s %s …', (first, second) => {
    const numerals = ['一', '二', '三', '四', '五', '六'];
    const text = seedText.replace(/^\(([一二三四五六])\)/gm, (_match, numeral: string) => {
      const n = numerals.indexOf(numeral) + 1;
      if (first === '（一）') return `（${numeral}）`;
      if (first === '一、') return `${numeral}、`;
      return `${n}.`;
    });
    // The rewrite really numbered the items in this style: the first two markers are in the text.
    expect(text).toContain(`\n${first}高质量推进`);
    expect(text).toContain(`\n${second}高水平完成`);
    const { report } = parse(text);
    expect(report.achievements.map((a) => [a.ordinal, a.title])).toEqual(seed.achievements.map((a) => [a.ordinal, a.title]));
  });

  it('does not take a leader’s numbered demands for achievements', () => {
    const { report } = parse(seedText.replace(/^一是要/m, '(一)').replace(/^二是要/m, '(二)'));
    expect(report.achievements.map((a) => a.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('keeps the achievements without a year, and warns once, when no reviewed year is given', () => {
    const text = seedWith((lines) =>
      lines.map((line) => line.replace('对2022年残疾人工作情况进行了汇报', '对残疾人工作情况进行了汇报').replace('总结2022年全区残疾人工作', '总结全区残疾人工作')),
    );
    const { report, warnings } = parse(text);
    expect(report.achievements).toHaveLength(6);
    expect(report.achievements.every((a) => !('year' in a))).toBe(true);
    expect(warnings.filter((w) => w.code === 'achievements.year-missing')).toHaveLength(1);
  });

  it('warns when the report has no credits at all', () => {
    const text = seedText.replace('(记者 田也)', '').replace('[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]', '');
    const { report, warnings } = parse(text);
    expect(report.meeting.editorial).not.toHaveProperty('credits');
    expect(warnings.map((w) => w.code)).toContain('credits.missing');
  });

  it('gives empty lists for missing sections, never invented ones', () => {
    const text = seedWith((lines) => lines.filter((line) => !/^\([一二三四五六]\)/.test(line) && !/(沙头|梅林|莲花)/.test(line)));
    const { report } = parse(text);
    expect(report.achievements).toEqual([]);
    expect(report.streetCases).toEqual([]);
    expect(report.meeting.speeches.map((s) => s.role)).toEqual(['relay', 'explanation', 'report', 'address']);
  });

  it('reads correspondents and photographers in the dateline', () => {
    const { report } = parse(seedText.replace('(记者 田也)', '（记者 田也 通讯员 张三 摄影 李四）'));
    expect(report.meeting.editorial?.credits).toEqual([
      { role: 'reporter', name: '田也' },
      { role: 'correspondent', name: '张三' },
      { role: 'photographer', name: '李四' },
      { role: 'editor', name: '陈飞' },
      { role: 'editor', name: '陈苏雅' },
      { role: 'responsible-editor', name: '郑晓鹏' },
    ]);
  });

  it('moves a meeting date after the report date into the previous year', () => {
    // The dateline moves with the date line: a month-day is reckoned from the dateline first (date-resolver.ts).
    const text = seedText
      .replace('2023-04-29 09:58', '2024-01-02 10:00')
      .replace('2023年4月29日讯', '2024年1月2日讯')
      .replace('4月28日,2023年福田区', '12月28日,2023年福田区');
    expect(parse(text).report.meeting.heldOn).toBe('2023-12-28');
  });

  it('accepts CRLF line ends and a byte-order mark', () => {
    const { report } = parse(`\uFEFF${seedText.replace(/\n/g, '\r\n')}`);
    expect(report).toEqual(seed);
  });
});

describe('parseArticle rejects only what is not an article', () => {
  it.each([
    ['', 'empty'],
    ['   \n\t \u3000\n', 'empty'],
    ['\uFEFF', 'empty'],
  ])('rejects %j as empty', (text, code) => {
    expect(parseError(text).code).toBe(code);
  });

  it('rejects bytes handed over instead of text as binary', () => {
    expect(parseError(Buffer.from(seedText) as unknown as string).code).toBe('binary');
  });

  it('rejects text with NUL bytes as binary', () => {
    expect(parseError(`标题\n2023-04-29 09:58\n\u0000\u0001正文`).code).toBe('binary');
  });

  it('rejects text full of replacement characters as binary', () => {
    expect(parseError(`标题\n2023-04-29 09:58\n${'\uFFFD'.repeat(50)}abc`).code).toBe('binary');
  });

  it('rejects more than MAX_REPORT_BYTES of UTF-8 as too large, counting bytes, not characters', () => {
    expect(MAX_REPORT_BYTES).toBe(2 * 1024 * 1024);
    const justUnder = '字'.repeat(Math.floor(MAX_REPORT_BYTES / 3)); // 3 bytes each
    expect(parseError(justUnder).code).toBe('not-a-report');
    expect(parseError(`${justUnder}字`).code).toBe('too-large');
  });

  it('reads a report without a date line, its date taken from the dateline, and says so', () => {
    const { report, warnings } = parse(seedText.replace('2023-04-29 09:58\n', ''), 'no-date.txt');
    expect(report.meeting.editorial?.reportedAt).toBe('2023-04-29T00:00:00+08:00');
    expect(report.meeting.heldOn).toBe('2023-04-28');
    expect(warnings.map((w) => w.code)).toEqual(['page.chrome-dropped', 'editorial.date-line-missing', 'meeting.held-on-inferred']);
  });

  it('rejects a headline with no running text under it', () => {
    const error = parseError('福田区召开2023年区残工委会议\n2023-04-29 09:58\n来源: 深圳新闻网\n会议现场\n[编辑:陈飞]');
    expect(error.code).toBe('not-a-report');
    expect(error.reason).toBe('no-narrative');
  });

  it('rejects a text without a headline', () => {
    const error = parseError('2023-04-29 09:58\n来源: 深圳新闻网\n');
    expect(error.code).toBe('not-a-report');
    expect(error.reason).toBe('no-headline');
  });

  it('rejects plain prose', () => {
    expect(parseError('这是一段普通的文字，没有标题也没有日期。\n第二行。').code).toBe('not-a-report');
  });

  it('names the file and the reason in Chinese and English', () => {
    const error = parseError('', 'report.txt');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ArticleParseError');
    expect(error.fileName).toBe('report.txt');
    expect(error.message).toContain('report.txt');
    expect(error.message).toContain('内容为空');
    expect(error.message).toContain('the text is empty');
    expect(error.messageZh).toBe('无法导入文件“report.txt”：内容为空。');
    expect(error.messageEn).toBe('Cannot import file "report.txt": the text is empty.');
  });
});
