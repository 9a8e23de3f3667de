import { toChineseNumeral } from '../../../src/plugins/newsroom/server/src/output/chinese-ordinal';
import { meetingReadAloud, spokenCredits } from '../../../src/plugins/newsroom/server/src/output/read-aloud';
import { toBeijingIso } from '../../../src/plugins/newsroom/server/src/output/beijing-time';
import { seedMeetingView } from './seed-meeting-view';

describe('read-aloud text', () => {
  it('reads the report in order: headline, dateline, body, achievements, street cases, credits, without markup', () => {
    expect(meetingReadAloud(seedMeetingView()).split('\n')).toEqual([
      '实现残疾人高质量就业创业梦!福田区召开2023年区残工委会议。',
      '读特客户端·深圳新闻网2023年4月29日讯',
      '4月28日,2023年福田区残工委第一次全体会议在福田会堂举行。',
      '勠力同心,开创新时代残疾人事业新局面。',
      '（一）高质量推进国家基本公共服务标准化综合试点。区残联率先发布全国首个残疾人心理服务领域地方标准。',
      '（二）高水平完成各级残联换届工作。',
      '沙头街道：从“人找政策”向“政策找人”转变。沙头街道残联通过精准匹配扶残政策。',
      '记者：田也。编辑：陈飞、陈苏雅。责任编辑：郑晓鹏。',
    ]);
  });

  it('speaks credits in English for an en page', () => {
    expect(spokenCredits([{ role: 'editor', name: 'Chen Fei' }, { role: 'responsible-editor', name: 'Zheng Xiaopeng' }], 'en')).toBe(
      'Editor: Chen Fei. Responsible editor: Zheng Xiaopeng.'
    );
  });
});

describe('numbers and times for pages', () => {
  it('writes ordinals as the report does', () => {
    expect([1, 6, 10, 12, 20, 36].map(toChineseNumeral)).toEqual(['一', '六', '十', '十二', '二十', '三十六']);
  });

  it('gives Beijing time with its offset, across midnight and in the summer-time years', () => {
    expect(toBeijingIso('2023-04-29T01:58:00.000Z')).toBe('2023-04-29T09:58:00+08:00');
    expect(toBeijingIso('2023-04-28T16:30:00Z')).toBe('2023-04-29T00:30:00+08:00');
    expect(toBeijingIso('1988-07-01T00:00:00Z')).toBe('1988-07-01T09:00:00+09:00');
    expect(toBeijingIso('not a date')).toBeUndefined();
  });
});
