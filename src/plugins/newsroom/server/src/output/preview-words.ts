/** The words of the preview page, in the page's language (Chinese, or English for an `en…` locale). */
import { isEnglishLocale } from '../../../shared/locale';

export interface PreviewWords {
  draft: string;
  published: string;
  notice: (status: string, expires: string) => string;
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
  readAloud: string;
  meeting: string;
  positions: string;
  speechesOf: string;
  metrics: string;
  honors: string;
  presenter: string;
  year: string;
  category: string;
  place: string;
  missingAlt: string;
  untitled: string;
  values: Record<string, string>;
}

const ZH: PreviewWords = {
  draft: '草稿',
  published: '已发布版本',
  notice: (status, expires) => `预览（${status}）：仅供编辑查看，此链接于北京时间 ${expires} 失效。`,
  facts: '会议信息',
  heldOn: '会议日期',
  venue: '会议地点',
  organizer: '主办单位',
  district: '所在区',
  speeches: '会议发言',
  adoptedDocuments: '审议文件',
  achievements: '工作成绩',
  streetCases: '基层经验',
  credits: '署名',
  readAloud: '朗读文本',
  meeting: '所属会议',
  positions: '职务',
  speechesOf: '发言',
  metrics: '数据',
  honors: '所获荣誉',
  presenter: '经验分享人',
  year: '年度',
  category: '类别',
  place: '街道与社区',
  missingAlt: '这张图片还没有替代文字，发布前须补上。',
  untitled: '（无标题）',
  values: {
    chair: '主持', address: '讲话', report: '作报告', relay: '传达', explanation: '说明', experience: '经验分享',
    adopted: '审议通过', reviewed: '审议', relayed: '传达',
    'service-standards': '公共服务标准化', organization: '组织建设', accessibility: '无障碍', employment: '就业创业',
    'assistive-devices': '辅助器具', 'culture-sports': '文化体育', rehabilitation: '康复', other: '其他',
  },
};

const EN: PreviewWords = {
  draft: 'draft',
  published: 'published version',
  notice: (status, expires) => `Preview (${status}) for editors only; this link expires at ${expires} Beijing time.`,
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
  readAloud: 'Text for reading aloud',
  meeting: 'Meeting',
  positions: 'Positions',
  speechesOf: 'Speeches',
  metrics: 'Figures',
  honors: 'Honors',
  presenter: 'Presented by',
  year: 'Year',
  category: 'Category',
  place: 'Street and community',
  missingAlt: 'This image has no alternative text yet; it needs one before publishing.',
  untitled: '(untitled)',
  values: {
    chair: 'Chair', address: 'Address', report: 'Report', relay: 'Relay', explanation: 'Explanation', experience: 'Experience sharing',
    adopted: 'Adopted', reviewed: 'Reviewed', relayed: 'Relayed',
    'service-standards': 'Public service standards', organization: 'Organization', accessibility: 'Accessibility', employment: 'Employment',
    'assistive-devices': 'Assistive devices', 'culture-sports': 'Culture and sports', rehabilitation: 'Rehabilitation', other: 'Other',
  },
};


export const wordsFor = (locale: string | null | undefined): PreviewWords => (isEnglishLocale(locale) ? EN : ZH);
