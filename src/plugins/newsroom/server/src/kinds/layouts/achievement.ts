import { both, title, slug, meetingRelation, editorial, type ViewSpec } from './view-spec';

export const achievementLayout: ViewSpec = {
  edit: [
    [['title', 12]],
    [['ordinal', 4], ['year', 4], ['category', 4]],
    [['meeting', 6], ['slug', 6]],
    [['summary', 12]],
    [['metrics', 12]],
    [['editorial', 12]],
  ],
  // Not `year`: the list view prints integers with a thousands separator (2,022).
  list: ['ordinal', 'title', 'meeting'],
  settings: { mainField: 'title', defaultSortBy: 'ordinal', defaultSortOrder: 'ASC' },
  fields: {
    title,
    slug,
    ordinal: { label: '序号', description: both('同一会议、同一语言内不重复;1 显示为(一)。发布前必填。', 'Unique within its meeting and locale; 1 is shown as (一). Required before publishing.') },
    year: { label: '年度', description: both('不晚于所属会议的年份。发布前必填。', "Not after its meeting's year. Required before publishing.") },
    category: { label: '类别' },
    summary: { label: '摘要' },
    metrics: { label: '数据', description: both('如 社区残协覆盖 92 个社区', 'e.g. 社区残协覆盖 92 个社区') },
    meeting: meetingRelation,
    editorial,
  },
};
