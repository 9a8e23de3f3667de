/**
 * Valid documents of each type, taken from the seed article, in the shape a
 * REST client or the Document Service writes them.
 */
export const seedEditorial = () => ({
  source: '深圳新闻网',
  channel: '读特客户端',
  reportedAt: '2023-04-29T09:58:00+08:00',
  credits: [
    { role: 'reporter', name: '田也' },
    { role: 'editor', name: '陈飞' },
    { role: 'editor', name: '陈苏雅' },
    { role: 'responsible-editor', name: '郑晓鹏' },
  ],
});

export const meetingData = (overrides: Record<string, unknown> = {}) => ({
  title: '2023年福田区残工委第一次全体会议',
  headline: '实现残疾人高质量就业创业梦!福田区召开2023年区残工委会议',
  heldOn: '2023-04-28',
  venue: '福田会堂',
  organizer: '福田区残工委',
  district: '福田区',
  adoptedDocuments: [{ title: '福田区残疾预防行动方案(2023-2025年)', action: 'adopted' }],
  editorial: seedEditorial(),
  ...overrides,
});

export const achievementData = (overrides: Record<string, unknown> = {}) => ({
  title: '高质量推进国家基本公共服务标准化综合试点',
  ordinal: 1,
  year: 2022,
  category: 'service-standards',
  metrics: [{ label: '社区残协覆盖', value: 92, unit: '个社区' }],
  ...overrides,
});

export const streetCaseData = (overrides: Record<string, unknown> = {}) => ({
  title: '从“人找政策”向“政策找人”转变',
  street: '沙头街道',
  district: '福田区',
  presenter: { speakerDescription: '沙头街道公共服务办副主任、街道残联理事长', role: 'experience' },
  ...overrides,
});

export const speakerData = (overrides: Record<string, unknown> = {}) => ({
  name: '罗念纯',
  positions: [
    { organization: '福田区残联', title: '党组书记' },
    { organization: '福田区残联', title: '理事长' },
    { organization: '福田区残联', title: '一级调研员' },
  ],
  ...overrides,
});

export const TYPES = [
  { kind: 'meeting', plural: 'meetings', uid: 'plugin::newsroom.meeting', data: meetingData, titleField: 'title' },
  { kind: 'achievement', plural: 'achievements', uid: 'plugin::newsroom.achievement', data: achievementData, titleField: 'title' },
  { kind: 'street-case', plural: 'street-cases', uid: 'plugin::newsroom.street-case', data: streetCaseData, titleField: 'title' },
  { kind: 'speaker', plural: 'speakers', uid: 'plugin::newsroom.speaker', data: speakerData, titleField: 'name' },
] as const;
