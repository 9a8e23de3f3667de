/**
 * The words a page of the newsroom's content uses for its fields and values
 * (section headings, field labels, speech roles, categories, document
 * actions), in Chinese and English: one home for the editors' preview page
 * (server/src/output/preview-words.ts) and the reader's site
 * (site/src/lib/words.ts, through types/api), which each add the words of
 * their own frame. A frontend may use them as they are.
 */
export interface PageWords {
  facts: string;
  heldOn: string;
  venue: string;
  organizer: string;
  district: string;
  speeches: string;
  adoptedDocuments: string;
  achievements: string;
  streetCases: string;
  credits: string;
  meeting: string;
  positions: string;
  speechesOf: string;
  metrics: string;
  honors: string;
  presenter: string;
  year: string;
  category: string;
  place: string;
  /** A value's words: speech roles, achievement categories, document actions. */
  values: Record<string, string>;
}

export const PAGE_WORDS_ZH: PageWords = {
  facts: '会议信息',
  heldOn: '会议日期',
  venue: '会议地点',
  organizer: '主办单位',
  district: '所在区',
  speeches: '会议发言',
  // As the admin labels the field (kinds/layouts/meeting.ts).
  adoptedDocuments: '审议文件',
  achievements: '工作成绩',
  streetCases: '基层经验',
  credits: '署名',
  meeting: '所属会议',
  positions: '职务',
  speechesOf: '发言',
  metrics: '数据',
  honors: '所获荣誉',
  presenter: '经验分享人',
  year: '年度',
  category: '类别',
  place: '街道与社区',
  values: {
    chair: '主持', address: '讲话', report: '作报告', relay: '传达', explanation: '说明', experience: '经验分享',
    adopted: '审议通过', reviewed: '审议', relayed: '传达',
    'service-standards': '公共服务标准化', organization: '组织建设', accessibility: '无障碍', employment: '就业创业',
    'assistive-devices': '辅助器具', 'culture-sports': '文化体育', rehabilitation: '康复', other: '其他',
  },
};

export const PAGE_WORDS_EN: PageWords = {
  facts: 'About the meeting',
  heldOn: 'Held on',
  venue: 'Venue',
  organizer: 'Organizer',
  district: 'District',
  speeches: 'Speeches',
  adoptedDocuments: 'Documents reviewed',
  achievements: 'Achievements',
  streetCases: 'Street cases',
  credits: 'Credits',
  meeting: 'Meeting',
  positions: 'Positions',
  speechesOf: 'Speeches',
  metrics: 'Figures',
  honors: 'Honors',
  presenter: 'Presented by',
  year: 'Year',
  category: 'Category',
  place: 'Street and community',
  values: {
    chair: 'Chair', address: 'Address', report: 'Report', relay: 'Relay', explanation: 'Explanation', experience: 'Experience sharing',
    adopted: 'Adopted', reviewed: 'Reviewed', relayed: 'Relayed',
    'service-standards': 'Public service standards', organization: 'Organization', accessibility: 'Accessibility', employment: 'Employment',
    'assistive-devices': 'Assistive devices', 'culture-sports': 'Culture and sports', rehabilitation: 'Rehabilitation', other: 'Other',
  },
};
