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
  type ParsedReport,
  type ParseResult,
} from '../../../src/plugins/newsroom/server/src/import/parse-article';

const SEED = path.resolve(__dirname, '../../../../shared/seed/futian-2023-disability-committee-meeting.txt');

const seedText = fs.readFileSync(SEED, 'utf8');

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const heading = (text: string) => ({ type: 'heading', level: 2, children: [{ type: 'text', text }] });

const SEED_REPORT: ParsedReport = {
  meeting: {
    title: '2023年福田区残工委第一次全体会议',
    headline: '实现残疾人高质量就业创业梦!福田区召开2023年区残工委会议',
    heldOn: '2023-04-28',
    venue: '福田会堂',
    organizer: '福田区残工委',
    district: '福田区',
    body: [
      paragraph(
        '4月28日,2023年福田区残工委第一次全体会议在福田会堂举行。福田区人民政府党组成员、副区长朱江出席会议,区政府残工委成员单位及街道残联相关负责人参与会议。',
      ),
      paragraph(
        '会上,深入学习党的二十大精神和习近平总书记视察广东重要讲话、重要指示精神,传达上级有关会议文件精神,审议通过了《福田区残疾预防行动方案(2023-2025年)》。会议强调,要认真贯彻落实习近平新时代中国特色社会主义思想,以“完善残疾人社会保障制度和关爱服务体系,促进残疾人事业全面发展”为总目标,奋力推进福田区残疾人事业高质量全面发展。',
      ),
      heading('勠力同心,开创新时代残疾人事业新局面'),
      paragraph(
        '会上,福田区残联党组书记、理事长、一级调研员罗念纯对2022年残疾人工作情况进行了汇报,对福田区在残疾人精准康复、就业创业、文体事业等方面取得的成绩作了简要的、全面的总结,并提出下一年的工作思路,部署2023年度残疾人工作任务。',
      ),
      paragraph(
        '会上指出,过去一年福田区残疾人各项工作亮点纷呈,在区各残工委成员单位的齐心协力下取得了喜人成绩,以实际行动交出一份厚重而温暖的民生答卷,主要表现在以下几个方面:',
      ),
      paragraph(
        '会议强调,过去一年的成绩来之不易,值得高度肯定。新的一年,要坚持以习近平新时代中国特色社会主义思想为指导,全面深入贯彻落实党的二十大精神,贯彻落实习近平总书记视察广东重要讲话重要指示精神、习近平总书记关于残疾人事业重要论述、重要指示批示精神,按照中央、省委、市委和区委部署要求,围绕中心、服务大局,坚持以推动残疾人事业高质量全面发展为主题,以促进残疾人全面发展和共同富裕为主线,完善残疾人社会保障制度和关爱服务体系,努力开创残疾人事业高质量全面发展新局面。',
      ),
      heading('脚踏实地,聚焦基层残疾人亮点工作'),
      paragraph('会上,沙头街道、梅林街道和莲花街道莲花北社区三家单位作为代表,就基层残疾人服务工作进行了经验分享。'),
      heading('奋楫争先,推动残疾人事业更高质量发展'),
      paragraph('会议最后,朱江副区长对过去一年福田区残疾人工作取得的成绩表示充分肯定,并对未来工作提出几点意见:'),
      paragraph(
        '一是要提高政治站位,以高效率学习教育内化履职动力。坚持把学习党的二十大精神、习近平总书记视察广东重要讲话、重要指示精神作为当前和今后的一项重要政治任务,学习贯彻习近平新时代中国特色社会主义思想主题教育,坚持学思用贯通、知信行统一,切实把习近平新时代中国特色社会主义思想转化为坚定理想、锤炼党性和指导实践、推动残疾人工作的强大力量。',
      ),
      paragraph(
        '二是要树立标杆意识,高水平建设无障碍国际化幸福城区。以国际眼光、大湾区格局、先行示范区标准,打造一批高质量无障碍街区、无障碍社区和无障碍服务窗口,为深圳成功创建首届全国无障碍建设示范城市切实扛起中心城区的使命担当。',
      ),
      paragraph(
        '三是要坚持人民至上,以高质量发展赋能残疾人美好生活。树立标准化思维,在总结基本公共服务综合试点成果经验基础上,构建可感知、可触摸、可视化的服务场景和标准流程,为残疾人基本公共服务标准体系建设提供更多福田经验。牵牢残疾人就业这个“牛鼻子”,探索创新“金融助残”“网络助残”等助残新模式,孵化一批优秀的“公益+”助残项目,实现残疾人高质量就业创业梦。',
      ),
      paragraph(
        '四是凝聚发展合力,构建“弱有众扶”工作大格局。一方面,把残疾人事业融入区委区政府各项事业中,用心用力用情推动扶残助残政策落地落实,让残疾人急难愁盼问题妥善解决。另一方面,动员更多社会力量参与到扶残助残中来,在全社会营造理解、尊重、关心、帮助残疾人的浓厚氛围,着力提升残疾人获得感、幸福感、安全感。',
      ),
      paragraph(
        '会议号召,区政府各残工委成员单位、各级残联组织以及广大残疾人工作者应认真履职,不辱使命,以奋发有为、努力拼搏之姿开创全区残疾人事业新局面,全面推动福田区残疾人事业更高质量发展,在深圳创建社会主义现代化强国的城市范例,福田区加快建成社会主义现代化典范城区和中国式现代化典范城区的“双典范”城区的征程中展现担当和作为。',
      ),
    ] as ParsedReport['meeting']['body'],
    adoptedDocuments: [{ title: '福田区残疾预防行动方案(2023-2025年)', action: 'adopted' }],
    speeches: [
      { speakerName: '申晓东', role: 'relay', summary: '传达上级有关会议文件精神', order: 1 },
      {
        speakerName: '麦越聪',
        role: 'explanation',
        summary: '对《福田区残疾预防行动方案(2023-2025年)》(审议稿)作情况说明',
        order: 2,
      },
      { speakerName: '罗念纯', role: 'report', summary: '总结2022年全区残疾人工作,部署2023年残疾人工作任务', order: 3 },
      { speakerName: '朱江', role: 'address', order: 4 },
    ],
    editorial: {
      source: '深圳新闻网',
      channel: '读特客户端',
      reportedAt: '2023-04-29T09:58:00+08:00',
      dateline: '读特客户端·深圳新闻网2023年4月29日讯',
      credits: [
        { role: 'reporter', name: '田也' },
        { role: 'editor', name: '陈飞' },
        { role: 'editor', name: '陈苏雅' },
        { role: 'responsible-editor', name: '郑晓鹏' },
      ],
    },
  },
  achievements: [
    {
      ordinal: 1,
      title: '高质量推进国家基本公共服务标准化综合试点',
      year: 2022,
      category: 'service-standards',
      summary: '区残联率先发布全国首个残疾人心理服务领域地方标准《残疾人社会心理服务工作评估规范》,精心打造福康之家“弱有众扶”专项示范点。',
    },
    {
      ordinal: 2,
      title: '高水平完成各级残联换届工作',
      year: 2022,
      category: 'organization',
      summary:
        '福田区实现92个社区残协全覆盖,并进一步完善专门协会设置,同时聘请残障研究、标准化领域专家作为顾问,增强残联组织政治性、先进性和群众性。',
      metrics: [{ label: '社区残协全覆盖', value: 92, unit: '个社区' }],
    },
    {
      ordinal: 3,
      title: '高品质推进无障碍幸福城区建设',
      year: 2022,
      category: 'accessibility',
      summary: '区残联印发《福田区2022年无障碍城区建设工作任务》,协同开展五大无障碍行动,持续开展常态化无障碍督导,助力文明城市创建工作。',
    },
    {
      ordinal: 4,
      title: '高标准推动残疾人就业',
      year: 2022,
      category: 'employment',
      summary:
        '区残联成功申报广东省残疾人职业培训基地(一级),全区8家街道职康中心获评广东省首批四星级以上社区康园中心,数量位居全市各区前列。',
      metrics: [{ label: '街道职康中心', value: 8, unit: '家' }],
    },
    {
      ordinal: 5,
      title: '高效能实现辅助器具服务',
      year: 2022,
      category: 'assistive-devices',
      summary: '通过简化评估优服务、缩短时长提效能、“以借代配”拓平台,2022年实现残疾人辅助器具服务量全市第一。',
    },
    {
      ordinal: 6,
      title: '高起点发展残疾人文化体育事业',
      year: 2022,
      category: 'culture-sports',
      summary:
        '区残联打造全省首家残疾人文学创作基地——福田区作家协会-福康创作基地,启动福田区残疾人公益学堂云课堂,惠及近10万人次。福田区残友享受到高质量的文体服务,涌现出一批又一批优秀残疾人艺术家和残疾人运动员,在各级各类比赛中摘金夺银。在2022年全省残疾人声乐独唱大赛中,辖区残友代表深圳市摘得五个一等奖,获奖总数全省最多;在第十二届深圳市“鹏康杯”精神康复者足球赛中,福田区同行足球队荣获冠军;在广东省第九届残疾人运动会飞镖比赛中,福田区6名残疾人斩获3金5银的好成绩。',
      metrics: [
        { label: '惠及', value: 100000, unit: '人次', note: '近' },
        { label: '一等奖', value: 5, unit: '个' },
        { label: '残疾人', value: 6, unit: '名' },
        { label: '金牌', value: 3, unit: '枚' },
        { label: '银牌', value: 5, unit: '枚' },
      ],
    },
  ],
  streetCases: [
    {
      title: '从“人找政策”向“政策找人”转变',
      street: '沙头街道',
      district: '福田区',
      summary: '沙头街道残联通过精准匹配扶残政策,实现了从“人找政策”向“政策找人”的转变,让残疾人服务更加精准、更有温度。',
      presenter: { speakerDescription: '沙头街道公共服务办副主任、街道残联理事长', role: 'experience', order: 1 },
    },
    {
      title: '打造“服务型”“专业型”“融合型”社区康园中心',
      street: '梅林街道',
      district: '福田区',
      summary: '梅林街道打造“服务型”“专业型”“融合型”社区康园中心,获评全区唯一一家广东首批五星级社区康园中心。',
      honors: '广东首批五星级社区康园中心',
      presenter: { speakerDescription: '梅林街道党工委委员、街道残联主席团主席', role: 'experience', order: 2 },
    },
    {
      title: '积极创建省全民助残健身工程示范点',
      street: '莲花街道',
      community: '莲花北社区',
      district: '福田区',
      summary: '莲花街道莲花北社区积极创建省全民助残健身工程示范点,广泛链接社会资源,组建“雷锋班”等,常年开展阳光助残活动。',
      presenter: { speakerDescription: '莲花街道莲花北社区纪委书记', role: 'experience', order: 3 },
    },
  ],
  speakers: [
    {
      name: '申晓东',
      positions: [
        { organization: '福田区残联', title: '党组成员' },
        { organization: '福田区残联', title: '副理事长' },
      ],
    },
    {
      name: '麦越聪',
      positions: [
        { organization: '福田区残联', title: '党组成员' },
        { organization: '福田区残联', title: '副理事长' },
      ],
    },
    {
      name: '罗念纯',
      positions: [
        { organization: '福田区残联', title: '党组书记' },
        { organization: '福田区残联', title: '理事长' },
        { organization: '福田区残联', title: '一级调研员' },
      ],
    },
    {
      name: '朱江',
      positions: [
        // 福田区人民政府 (line 10) and 福田区政府 (the caption) are one body, shown in the formal spelling.
        { organization: '福田区人民政府', title: '党组成员' },
        { organization: '福田区人民政府', title: '副区长' },
        // 残工委主任 in the caption: the committee of the district named in front of it.
        { organization: '福田区残工委', title: '主任' },
      ],
    },
  ],
  // 朱江's 一是要…四是 points follow 提出几点意见: requirements, by their first sentence; they stay in the body too.
  requirements: [
    '提高政治站位,以高效率学习教育内化履职动力',
    '树立标杆意识,高水平建设无障碍国际化幸福城区',
    '坚持人民至上,以高质量发展赋能残疾人美好生活',
    '凝聚发展合力,构建“弱有众扶”工作大格局',
  ],
  captions: [
    '福田区残工委举行全体会议',
    '福田区残联党组成员、副理事长申晓东传达上级有关会议文件精神',
    '福田区残联党组成员、副理事长麦越聪对《福田区残疾预防行动方案(2023-2025年)》(审议稿)作情况说明',
    '福田区残联党组书记、理事长、一级调研员罗念纯作报告,总结2022年全区残疾人工作,部署2023年残疾人工作任务',
    '会议现场',
    '沙头街道公共服务办副主任、街道残联理事长分享经验',
    '梅林街道党工委委员、街道残联主席团主席分享经验',
    '莲花街道莲花北社区纪委书记分享经验',
    '福田区政府党组成员、副区长,残工委主任朱江讲话',
  ],
  fingerprint: 'ac79e97ab574f978f065939c7a19b41ac12d66a77c37513686a6476c5361b339',
};

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

  it('warns only about the read-aloud button of the page, which it dropped', () => {
    expect(result.warnings).toEqual([{ code: 'page.chrome-dropped', message: '已略去网页元素：“人工智能朗读:”', line: 4 }]);
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
    expect(warnings.map((w) => w.code)).toEqual(['page.chrome-dropped']);
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
    const text = seedText.replace('2023-04-29 09:58', '2024-01-02 10:00').replace('4月28日,2023年福田区', '12月28日,2023年福田区');
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
    expect(warnings.map((w) => w.code)).toEqual(['page.chrome-dropped', 'editorial.date-line-missing']);
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
