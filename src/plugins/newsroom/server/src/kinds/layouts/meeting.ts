import { both, REQUIRED_ON_PUBLISH, slug, district, editorial, type ViewSpec } from './view-spec';

export const meetingLayout: ViewSpec = {
  edit: [
    [['title', 12]],
    [['headline', 12]],
    [['heldOn', 4], ['venue', 4], ['organizer', 4]],
    [['district', 4], ['slug', 8]],
    [['summary', 12]],
    [['cover', 6]],
    [['editorial', 12]],
    [['body', 12]],
    [['speeches', 12]],
    [['adoptedDocuments', 12]],
    [['achievements', 6], ['streetCases', 6]],
  ],
  // The content manager adds the locale ("Available in") and status columns; more would push status off screen.
  list: ['title', 'heldOn', 'organizer'],
  settings: { mainField: 'title', defaultSortBy: 'heldOn', defaultSortOrder: 'DESC' },
  fields: {
    title: { label: '会议名称', description: both('如“2023年福田区残工委第一次全体会议”。发布前必填。', 'e.g. 2023年福田区残工委第一次全体会议. Required before publishing.') },
    headline: { label: '报道标题', description: both('新闻报道的大标题,至多 120 字。', "The news report's headline, up to 120 characters.") },
    slug,
    heldOn: { label: '会议日期', description: both('不晚于报道日期。发布前必填。', 'On or before the report date. Required before publishing.') },
    venue: { label: '会议地点', description: both('如 福田会堂', 'e.g. 福田会堂') },
    organizer: { label: '主办单位', description: both('如 福田区残工委。发布前必填。', 'e.g. 福田区残工委. Required before publishing.') },
    district,
    summary: { label: '摘要', description: both('至多 500 字。', 'Up to 500 characters.') },
    body: { label: '正文' },
    adoptedDocuments: { label: '审议文件', description: both('文件名不带书名号《》,保存时自动去除。', 'Titles without 《》; they are removed on save.') },
    speeches: { label: '会议发言', description: both('每个发言须选择发言人或填写发言人说明。', 'Each speech names a speaker or describes one.') },
    achievements: { label: '工作成绩' },
    streetCases: { label: '基层经验' },
    cover: { label: '封面图', description: both('发布前须填写替代文字,且不能是文件名。', 'Needs alternative text, not the file name, before publishing.') },
    editorial: { ...editorial, description: `${editorial.description} ${REQUIRED_ON_PUBLISH}` },
  },
};
