import type { MeetingView } from '../../../src/plugins/newsroom/server/src/output/page-types';
import { seedMeeting } from '../../fixtures/seed-meeting';

/** The seed meeting (tests/fixtures/seed-meeting.ts) as the page endpoint loads it (trimmed to two achievements and one street case). */
export const seedMeetingView = (): MeetingView => ({
  documentId: 'm1',
  locale: 'zh-Hans',
  slug: '2023-nian-fu-tian-qu-can-gong-wei-di-yi-ci-quan-ti-hui-yi',
  title: seedMeeting().title,
  headline: seedMeeting().headline,
  heldOn: seedMeeting().heldOn,
  venue: seedMeeting().venue,
  organizer: seedMeeting().organizer,
  district: seedMeeting().district,
  body: [
    { type: 'paragraph', children: [{ type: 'text', text: '4月28日,2023年福田区残工委第一次全体会议在福田会堂举行。' }] },
    { type: 'heading', level: 2, children: [{ type: 'text', text: '勠力同心,开创新时代残疾人事业新局面' }] },
  ],
  adoptedDocuments: [{ title: '福田区残疾预防行动方案(2023-2025年)', action: 'adopted' }],
  speeches: [
    {
      role: 'report',
      order: 1,
      summary: '总结2022年全区残疾人工作',
      speaker: { documentId: 's1', name: '罗念纯', slug: 'luo-nian-chun', positions: [{ organization: '福田区残联', title: '党组书记' }, { organization: '福田区残联', title: '理事长' }] },
    },
    { role: 'address', order: 2, speaker: { documentId: 's2', name: '朱江', positions: [{ organization: '福田区人民政府', title: '副区长' }] } },
  ],
  achievements: [
    { documentId: 'a1', ordinal: 1, title: '高质量推进国家基本公共服务标准化综合试点', year: 2022, summary: '区残联率先发布全国首个残疾人心理服务领域地方标准。' },
    { documentId: 'a2', ordinal: 2, title: '高水平完成各级残联换届工作', year: 2022 },
  ],
  streetCases: [{ documentId: 'c1', title: '从“人找政策”向“政策找人”转变', street: '沙头街道', summary: '沙头街道残联通过精准匹配扶残政策。' }],
  cover: { url: '/uploads/meeting.jpg', alternativeText: '福田区残工委举行全体会议', width: 1200, height: 800 },
  editorial: {
    source: '深圳新闻网',
    channel: '读特客户端',
    reportedAt: '2023-04-29T01:58:00.000Z',
    dateline: '读特客户端·深圳新闻网2023年4月29日讯',
    creditLine: '[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]',
    byline: '记者 田也',
    credits: seedMeeting().editorial?.credits ?? [],
  },
  updatedAt: '2023-04-29T02:10:00.000Z',
});
