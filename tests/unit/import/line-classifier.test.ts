/**
 * The line classifier (issue 25): header and foot lines of news sites,
 * government pages, e-papers and reposts, read by what they are made of.
 */
import { uncutHeadline } from '../../../src/plugins/newsroom/server/src/import/header';
import { classifyLine, readSegments } from '../../../src/plugins/newsroom/server/src/import/line-classifier';

describe('meta lines', () => {
  it('reads labelled segments in any order, and a counter whose value is on the next line', () => {
    const found = classifyLine('信息来源：光明区残联  发布时间：2024-04-25 10:05  点击：');
    expect(found).toMatchObject({ kind: 'meta', source: '光明区残联', date: { date: { year: 2024, month: 4, day: 25 }, hour: 10 }, counterPending: true });
  });

  it('keeps a counter label out of the credits of a date line', () => {
    const found = classifyLine('发布时间：2024-10-11 10:30:00  作者：林岚  点击：');
    expect(found).toMatchObject({ kind: 'meta', creditText: '作者：林岚', counterPending: true });
  });

  it('reads an e-paper masthead and a WeChat meta line: the name before the date is the source', () => {
    expect(classifyLine('深圳特区报 2024年5月17日 星期五 第A06版：民生')).toMatchObject({ kind: 'meta', source: '深圳特区报', date: { date: { year: 2024, month: 5, day: 17 } } });
    expect(classifyLine('原创 坪山残联 坪山残联 2024年11月20日 16:05 广东')).toMatchObject({
      kind: 'meta',
      source: '坪山残联',
      date: { date: { year: 2024, month: 11, day: 20 }, hour: 16, minute: 5 },
    });
  });

  it('reads a repost notice: the original source, its date and its address', () => {
    expect(classifyLine('转载自：深圳晚报 2024年5月30日 原文链接：https://www.example.cn/a.htm')).toMatchObject({
      kind: 'meta',
      repost: { source: '深圳晚报', date: { year: 2024, month: 5, day: 30 }, url: 'https://www.example.cn/a.htm' },
    });
  });

  it('maps credit words the core does not know to ones it does, and reads table labels as furniture', () => {
    expect(classifyLine('撰稿：许静')).toMatchObject({ kind: 'meta', creditText: '作者：许静' });
    expect(classifyLine('文字：朱琳')).toMatchObject({ kind: 'meta', creditText: '作者：朱琳' });
    const table = classifyLine('索引号：MB2C92035/2024-00318');
    expect(table).toMatchObject({ kind: 'meta' });
    expect(table).not.toHaveProperty('creditText');
    expect(table).not.toHaveProperty('source');
    expect(classifyLine('发布机构：深圳市龙岗区残疾人联合会')).toMatchObject({ kind: 'meta', source: '深圳市龙岗区残疾人联合会' });
  });

  it('splits segments only at a label that starts a token and has its colon', () => {
    expect(readSegments('来源：罗湖区融媒体中心 | 作者：陈雨桐 | 编辑：刘洋').segments.map((s) => [s.role, s.value])).toEqual([
      ['source', '罗湖区融媒体中心'],
      ['credit', '陈雨桐'],
      ['credit', '刘洋'],
    ]);
    expect(readSegments('会议时间和来源不详').segments).toEqual([]);
  });
});

describe('furniture, notices and publishers', () => {
  it.each(['上一版　下一版'.replace('　', ' '), '阅读原文', '1024', '356次', 'https://www.example.gov.cn/post_1.html', '【打印本页】【关闭窗口】', '返回目录 | 本版导航'])(
    '%s is furniture',
    (line) => {
      expect(classifyLine(line).kind).toBe('furniture');
    },
  );

  it('reads a contribution notice and, when asked, a publisher line', () => {
    expect(classifyLine('（宝安区残联 供稿）')).toEqual({ kind: 'contribution', source: '宝安区残联' });
    expect(classifyLine('罗湖区残疾人联合会', { publishers: true })).toEqual({ kind: 'publisher', name: '罗湖区残疾人联合会' });
    expect(classifyLine('罗湖区残疾人联合会').kind).toBe('text');
  });

  it.each([
    '4月24日，光明区残联召开残疾人家属代表座谈会，听取家属代表的意见建议。',
    '光明区残联召开残疾人家属代表座谈会',
    '会议审议通过了《龙华区残疾人两项补贴管理办法》。',
    '南山区残联召开2024年专门协会主席座谈会',
  ])('%s is text', (line) => {
    expect(classifyLine(line, { publishers: true }).kind).toBe('text');
  });
});

describe('the headline', () => {
  it.each([
    ['龙华区2024年残疾人工作会议召开——谱', '龙华区2024年残疾人工作会议召开'],
    ['龙华区2024年残疾人工作会议召开——谱写新篇章', '龙华区2024年残疾人工作会议召开——谱写新篇章'],
    ['福田区召开残工委会议--共', '福田区召开残工委会议'],
    ['福田区召开残工委会议', '福田区召开残工委会议'],
  ])('%s reads as %s', (headline, expected) => {
    expect(uncutHeadline(headline)).toBe(expected);
  });
});
