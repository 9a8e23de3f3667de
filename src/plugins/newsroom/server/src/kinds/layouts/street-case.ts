import { both, title, slug, district, meetingRelation, editorial, type ViewSpec } from './view-spec';

export const streetCaseLayout: ViewSpec = {
  edit: [
    [['title', 12]],
    [['street', 4], ['community', 4], ['district', 4]],
    [['meeting', 6], ['slug', 6]],
    [['summary', 6], ['honors', 6]],
    [['presenter', 12]],
    [['editorial', 12]],
  ],
  list: ['title', 'street', 'meeting'],
  settings: { mainField: 'title', defaultSortBy: 'title', defaultSortOrder: 'ASC' },
  fields: {
    title,
    slug,
    street: { label: '街道', description: both('中文须以“街道”或“镇”结尾。发布前必填。', 'In Chinese it ends with 街道 or 镇. Required before publishing.') },
    community: { label: '社区', description: both('填写时,中文须以“社区”或“村”结尾。', 'When set, in Chinese it ends with 社区 or 村.') },
    district,
    summary: { label: '摘要' },
    honors: { label: '所获荣誉', description: both('如 广东首批五星级社区康园中心', 'e.g. 广东首批五星级社区康园中心') },
    presenter: { label: '经验分享人' },
    meeting: meetingRelation,
    editorial,
  },
};
