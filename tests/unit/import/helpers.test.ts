/**
 * The article parser's building blocks, one heuristic at a time: numerals,
 * figures, titles and names, speech roles, captions, categories, documents.
 * Speakers and organizations: speakers.test.ts.
 */
import { categorize } from '../../../src/plugins/newsroom/server/src/import/categories';
import { isCaption } from '../../../src/plugins/newsroom/server/src/import/captions';
import { parseChineseNumeral, readOrdinalMarker, scaleDecimal } from '../../../src/plugins/newsroom/server/src/import/chinese-numerals';
import { channelOf, readCreditLine, readDateline } from '../../../src/plugins/newsroom/server/src/import/dateline';
import {
  districtOf,
  mergeDocuments,
  organizerOf,
  readDocuments,
  readMeetingSentence,
} from '../../../src/plugins/newsroom/server/src/import/meeting-facts';
import { readMetrics } from '../../../src/plugins/newsroom/server/src/import/metrics';
import { isTitle, readNameAt, splitOrganizationAndTitle } from '../../../src/plugins/newsroom/server/src/import/speaker-title';
import { readSpeechMentions } from '../../../src/plugins/newsroom/server/src/import/speech-roles';
import { splitClauses, splitSentences } from '../../../src/plugins/newsroom/server/src/import/text';

describe('Chinese numerals and ordinal markers', () => {
  it.each([
    ['五', 5],
    ['十', 10],
    ['十二', 12],
    ['二十八', 28],
    ['一百零五', 105],
    ['两千', 2000],
    ['三万五千', 35000],
  ])('%s is %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['五五', '万', '', '五个'])('%j is not a numeral', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });

  it.each([
    ['（一）高质量', 1, 'paren-han'],
    ['(二)高水平', 2, 'paren-han'],
    ['三、高品质', 3, 'han-comma'],
    ['十二、高标准', 12, 'han-comma'],
    ['4. 高效能', 4, 'digit-dot'],
    ['（5）高起点', 5, 'paren-digit'],
    ['一是要提高政治站位', 1, 'han-shi'],
    ['二要聚焦重点', 2, 'han-yao'],
    ['第三，残疾人文体活动', 3, 'di-han'],
  ])('reads the marker of %s', (text, value, style) => {
    expect(readOrdinalMarker(text)).toMatchObject({ value, style });
  });

  it.each(['2022年实现', '1.5万人次', '(审议稿)', '第一次全体会议', '统一是'])('%s has no marker', (text) => {
    expect(readOrdinalMarker(text)).toBeUndefined();
  });

  it('scales decimals exactly', () => {
    expect(scaleDecimal('1.2', 10_000)).toBe(12_000);
    expect(scaleDecimal('0.35', 1)).toBe(0.35);
    expect(scaleDecimal('1,200', 1)).toBe(1200);
  });
});

describe('figures in an achievement', () => {
  it.each([
    ['福田区实现92个社区残协全覆盖,并进一步完善', [{ label: '社区残协全覆盖', value: 92, unit: '个社区' }]],
    ['全区8家街道职康中心获评广东省首批四星级以上社区康园中心', [{ label: '街道职康中心', value: 8, unit: '家' }]],
    ['启动云课堂,惠及近10万人次。', [{ label: '惠及', value: 100000, unit: '人次', note: '近' }]],
    ['摘得五个一等奖,获奖总数全省最多', [{ label: '一等奖', value: 5, unit: '个' }]],
    [
      '福田区6名残疾人斩获3金5银的好成绩',
      [
        { label: '残疾人', value: 6, unit: '名' },
        { label: '金牌', value: 3, unit: '枚' },
        { label: '银牌', value: 5, unit: '枚' },
      ],
    ],
    ['残疾儿童康复救助覆盖率达100%。', [{ label: '残疾儿童康复救助覆盖率', value: 100, unit: '%' }]],
    ['托养服务覆盖全部10个街道。', [{ label: '托养服务覆盖', value: 10, unit: '个街道' }]],
    ['受益群众超过2万人。', [{ label: '受益群众', value: 20000, unit: '人', note: '超过' }]],
  ])('%s', (text, metrics) => {
    expect(readMetrics(text)).toEqual(metrics);
  });

  it.each([
    '在第十二届深圳市“鹏康杯”精神康复者足球赛中',
    '2022年实现残疾人辅助器具服务量全市第一',
    '协同开展五大无障碍行动',
    '广东省残疾人职业培训基地(一级)',
    '获评全区唯一一家五星级社区康园中心',
    '印发《福田区2022年无障碍城区建设工作任务》',
    '涌现出一批又一批优秀残疾人艺术家',
  ])('reads no figure in %s', (text) => {
    expect(readMetrics(text)).toEqual([]);
  });
});

describe('titles and names', () => {
  it.each(['党组书记', '理事长', '副理事长', '一级调研员', '党组成员', '副区长', '主席团主席', '纪委书记', '党工委委员'])('%s is a title', (text) => {
    expect(isTitle(text)).toBe(true);
  });

  it.each(['成员', '委员', '残联', '负责人', '福田区残联党组书记'])('%s alone is not a title', (text) => {
    expect(isTitle(text)).toBe(false);
  });

  it.each([
    ['福田区残联党组书记', '福田区残联', '党组书记'],
    ['福田区人民政府党组成员', '福田区人民政府', '党组成员'],
    ['梅林街道党工委委员', '梅林街道', '党工委委员'],
    ['残工委主任', '残工委', '主任'],
    ['一级调研员', '', '一级调研员'],
  ])('%s is %s + %s', (segment, organization, title) => {
    expect(splitOrganizationAndTitle(segment)).toEqual({ organization, title });
  });

  it.each([
    ['罗念纯对2022年', '罗念纯'],
    ['朱江出席会议', '朱江'],
    ['申晓东传达上级', '申晓东'],
    ['李和平出席会议', '李和平'],
    ['欧阳明辉讲话', '欧阳明辉'],
    ['朱江,', '朱江'],
  ])('reads the name in %s', (text, name) => {
    expect(readNameAt(text, 0)).toBe(name);
  });

  it.each(['刘作报告', '分享经验', '单位及街道', '解读政策。'])('reads no name in %s', (text) => {
    expect(readNameAt(text, 0)).toBeUndefined();
  });
});

describe('speeches in a sentence', () => {
  it.each([
    ['福田区残联党组书记、理事长、一级调研员罗念纯作报告,总结2022年全区残疾人工作。', '罗念纯', 'report', '总结2022年全区残疾人工作'],
    ['福田区残联党组成员、副理事长申晓东传达上级有关会议文件精神。', '申晓东', 'relay', '传达上级有关会议文件精神'],
    ['福田区政府党组成员、副区长,残工委主任朱江讲话。', '朱江', 'address', undefined],
    ['会议由区残联理事长陈丽华主持。', '陈丽华', 'chair', undefined],
    ['副区长黄志强出席会议并讲话。', '黄志强', 'address', undefined],
  ])('%s', (sentence, name, role, summary) => {
    const [mention] = readSpeechMentions(sentence);
    expect(mention).toMatchObject({ name, role });
    expect(mention.summary).toBe(summary);
  });

  it('reads a speaker the report does not name', () => {
    const [mention] = readSpeechMentions('沙头街道公共服务办副主任、街道残联理事长分享经验。');
    expect(mention).toEqual(expect.objectContaining({ description: '沙头街道公共服务办副主任、街道残联理事长', role: 'experience' }));
    expect(mention.name).toBeUndefined();
  });

  it('ends one speaker’s summary where the next speaker’s phrase starts', () => {
    const mentions = readSpeechMentions('副区长黄志强出席会议并讲话，会议由区残联理事长陈丽华主持。');
    expect(mentions.map((m) => [m.name, m.role, m.summary])).toEqual([
      ['黄志强', 'address', undefined],
      ['陈丽华', 'chair', undefined],
    ]);
  });

  it('does not read attendance, or a title used as a noun, as a speech', () => {
    expect(readSpeechMentions('福田区人民政府党组成员、副区长朱江出席会议,区政府残工委成员单位及街道残联相关负责人参与会议。')).toEqual([
      expect.objectContaining({ name: '朱江', description: '福田区人民政府党组成员、副区长' }),
    ]);
    expect(readSpeechMentions('深入学习习近平总书记视察广东重要讲话精神。')).toEqual([]);
  });
});

describe('captions', () => {
  const caption = (text: string, beforeNarrative = false): boolean =>
    isCaption(text, { beforeNarrative, mentions: splitSentences(text).flatMap(readSpeechMentions) });

  it.each([
    ['福田区残工委举行全体会议。', true],
    ['会议现场。', false],
    ['会议现场', false],
    ['图为宝安区残工委全体会议现场。', false],
    ['福田区政府党组成员、副区长,残工委主任朱江讲话。', false],
    ['沙头街道公共服务办副主任、街道残联理事长分享经验。', false],
    ['全体与会人员合影留念。', false],
  ])('%s is a caption', (text, beforeNarrative) => {
    expect(caption(text, beforeNarrative)).toBe(true);
  });

  it.each([
    '会上,沙头街道、梅林街道和莲花街道莲花北社区三家单位作为代表,就基层残疾人服务工作进行了经验分享。',
    '据悉,沙头街道残联通过精准匹配扶残政策,实现了从“人找政策”向“政策找人”的转变。',
    '勠力同心,开创新时代残疾人事业新局面',
    '会议最后,朱江副区长对过去一年福田区残疾人工作取得的成绩表示充分肯定,并对未来工作提出几点意见:',
    '此次会议取得圆满成功。',
    '。',
  ])('%s is not a caption', (text) => {
    expect(caption(text)).toBe(false);
  });
});

describe('categories', () => {
  it.each([
    ['高质量推进国家基本公共服务标准化综合试点', '', 'service-standards'],
    ['高水平完成各级残联换届工作', '', 'organization'],
    ['高标准推动残疾人就业', '获评社区康园中心', 'employment'],
    ['推动康复和就业', '', 'rehabilitation'],
    ['残疾人之家建设实现全覆盖', '提供康复训练', 'rehabilitation'],
    ['组织开展助残活动', '', 'other'],
  ])('%s → %s', (title, rest, category) => {
    expect(categorize(title, rest)).toBe(category);
  });
});

describe('the meeting and its documents', () => {
  const reportDate = { year: 2023, month: 4, day: 29 };

  it.each([
    ['4月28日,2023年福田区残工委第一次全体会议在福田会堂举行。', '2023年福田区残工委第一次全体会议', '福田会堂', '2023-04-28'],
    ['从化区2024年残疾人工作会议于3月4日在区政府常务会议室召开。', '从化区2024年残疾人工作会议', '区政府常务会议室', '2023-03-04'],
    ['近日,南山区残工委全体会议在区政府召开。', '南山区残工委全体会议', '区政府', undefined],
    ['12月28日下午,宝安区残工委全体会议在区政府召开。', '宝安区残工委全体会议', '区政府', '2022-12-28'],
  ])('%s', (sentence, title, venue, heldOn) => {
    expect(readMeetingSentence(sentence, reportDate)).toEqual({ title, venue, ...(heldOn ? { heldOn } : {}) });
  });

  it('reads no meeting from a sentence that announces none', () => {
    expect(readMeetingSentence('区残联在福田会堂举行了表彰活动。', reportDate)).toBeUndefined();
  });

  it.each([
    ['2023年福田区残工委第一次全体会议', '福田区残工委', '福田区'],
    ['罗湖区残工委2024年全体会议', '罗湖区残工委', '罗湖区'],
    ['龙岗区残疾人工作委员会2023年第一次全体会议', '龙岗区残疾人工作委员会', '龙岗区'],
  ])('%s is organized by %s in %s', (title, organizer, district) => {
    expect(organizerOf(title)).toBe(organizer);
    expect(districtOf(organizer)).toBe(district);
  });

  it('names no organizer a title does not give', () => {
    expect(organizerOf('从化区2024年残疾人工作会议')).toBeUndefined();
  });

  it('reads each document once, with the strongest action any mention gave it', () => {
    const text =
      '会议传达了《甲规划》,审议了《乙要点》,审议通过了《丙方案》《丁细则》和《戊办法》。麦越聪对《丙方案》作说明。会议审议通过了《乙要点》。';
    expect(mergeDocuments(readDocuments(text))).toEqual([
      { title: '甲规划', action: 'relayed' },
      { title: '乙要点', action: 'adopted' },
      { title: '丙方案', action: 'adopted' },
      { title: '丁细则', action: 'adopted' },
      { title: '戊办法', action: 'adopted' },
    ]);
  });
});

describe('dateline and credits', () => {
  it('splits the dateline and its credits off the first paragraph', () => {
    expect(readDateline('读特客户端·深圳新闻网2023年4月29日讯(记者 田也)4月28日,会议举行。')).toEqual({
      dateline: '读特客户端·深圳新闻网2023年4月29日讯',
      credits: [{ role: 'reporter', name: '田也' }],
      rest: '4月28日,会议举行。',
    });
  });

  it('does not take 通讯员 for a dateline', () => {
    expect(readDateline('（通讯员 张三）3月4日，会议举行。')).toEqual({
      credits: [{ role: 'correspondent', name: '张三' }],
      rest: '3月4日，会议举行。',
    });
  });

  it.each([
    ['[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]', 3],
    ['【摄影：赵强】【编辑：刘洋】【责任编辑：周杰】', 3],
    ['编辑：钱程 责任编辑：孙立', 2],
  ])('reads the credit line %s', (line, count) => {
    expect(readCreditLine(line)).toHaveLength(count);
  });

  it.each(['记者近日从区残联获悉，会议将于下月召开。', '编辑部', '会议现场。'])('%s is not a credit line', (line) => {
    expect(readCreditLine(line)).toBeUndefined();
  });

  it('finds the channel in front of the source', () => {
    expect(channelOf('读特客户端·深圳新闻网2023年4月29日讯', '深圳新闻网')).toBe('读特客户端');
    expect(channelOf('罗湖融媒讯', '罗湖区融媒体中心')).toBeUndefined();
  });
});

describe('sentences and clauses', () => {
  it('does not split inside brackets or quotes', () => {
    expect(splitSentences('他说“好。”然后走了。《甲。乙》很长。')).toEqual(['他说“好。”然后走了。', '《甲。乙》很长。']);
    expect(splitClauses('审议通过了《方案(2023,2025年)》,会议强调')).toEqual(['审议通过了《方案(2023,2025年)》,', '会议强调']);
  });

  it('forgets a bracket that never closes', () => {
    expect(splitSentences(`(${'字'.repeat(300)}。后文。`)).toHaveLength(2);
  });
});
