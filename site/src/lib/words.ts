/** The site's own words, in the page's language. */
import type { SiteLocale } from './config';

export interface Words {
  siteName: string;
  skip: string;
  navLabel: string;
  home: string;
  archive: string;
  latest: string;
  allReports: string;
  languageSwitch: string;
  otherLanguageName: string;
  noOtherLanguage: string;
  feeds: string;
  rss: string;
  atom: string;
  jsonFeed: string;
  readAloud: string;
  readAloudStart: string;
  readAloudStop: string;
  readAloudText: string;
  readAloudHint: string;
  facts: string;
  heldOn: string;
  venue: string;
  organizer: string;
  district: string;
  reportedAt: string;
  source: string;
  dateline: string;
  speeches: string;
  adoptedDocuments: string;
  achievements: string;
  streetCases: string;
  credits: string;
  byline: string;
  creditLine: string;
  report: string;
  meeting: string;
  positions: string;
  speechesOf: string;
  metrics: string;
  honors: string;
  presenter: string;
  year: string;
  category: string;
  place: string;
  itemNo: (n: number) => string;
  pagination: string;
  previous: string;
  next: string;
  pageOf: (page: number, count: number) => string;
  archiveOfYear: (year: number) => string;
  noReports: string;
  allYears: string;
  notFoundTitle: string;
  notFoundText: string;
  errorTitle: string;
  errorText: string;
  values: Record<string, string>;
}

const ZH: Words = {
  siteName: '福田区残联新闻',
  skip: '跳到正文',
  navLabel: '主导航',
  home: '首页',
  archive: '往期报道',
  latest: '最新报道',
  allReports: '全部报道',
  languageSwitch: '语言',
  otherLanguageName: 'English',
  noOtherLanguage: '本页暂无英文版',
  feeds: '订阅',
  rss: 'RSS 订阅',
  atom: 'Atom 订阅',
  jsonFeed: 'JSON Feed 订阅',
  readAloud: '朗读',
  readAloudStart: '朗读全文',
  readAloudStop: '停止朗读',
  readAloudText: '朗读文本（纯文字版）',
  readAloudHint: '朗读按钮使用浏览器自带的语音合成；下面是同样的文字，可用读屏软件阅读。',
  facts: '会议信息',
  heldOn: '会议日期',
  venue: '会议地点',
  organizer: '主办单位',
  district: '所在区',
  reportedAt: '发布时间',
  source: '来源',
  dateline: '电头',
  speeches: '会议发言',
  adoptedDocuments: '会议文件',
  achievements: '工作成绩',
  streetCases: '基层经验',
  credits: '署名',
  byline: '作者',
  creditLine: '编辑',
  report: '报道',
  meeting: '所属会议',
  positions: '职务',
  speechesOf: '发言',
  metrics: '数据',
  honors: '所获荣誉',
  presenter: '经验分享人',
  year: '年度',
  category: '类别',
  place: '街道与社区',
  itemNo: (n) => `第${n}项`,
  pagination: '分页',
  previous: '上一页',
  next: '下一页',
  pageOf: (page, count) => `第${page}页，共${count}页`,
  archiveOfYear: (year) => `${year}年报道`,
  noReports: '这一年还没有报道。',
  allYears: '全部年份',
  notFoundTitle: '页面不存在',
  notFoundText: '没有找到这个页面。它可能已被删除，或者链接有误。',
  errorTitle: '暂时无法显示',
  errorText: '内容服务暂时没有响应，请稍后再试。',
  values: {
    chair: '主持', address: '讲话', report: '作报告', relay: '传达', explanation: '说明', experience: '经验分享',
    adopted: '审议通过', reviewed: '审议', relayed: '传达',
    'service-standards': '公共服务标准化', organization: '组织建设', accessibility: '无障碍', employment: '就业创业',
    'assistive-devices': '辅助器具', 'culture-sports': '文化体育', rehabilitation: '康复', other: '其他',
  },
};

const EN: Words = {
  siteName: 'Futian Disabled Persons’ Federation News',
  skip: 'Skip to content',
  navLabel: 'Main',
  home: 'Home',
  archive: 'Archive',
  latest: 'Latest reports',
  allReports: 'All reports',
  languageSwitch: 'Language',
  otherLanguageName: '中文',
  noOtherLanguage: 'No Chinese version of this page',
  feeds: 'Feeds',
  rss: 'RSS feed',
  atom: 'Atom feed',
  jsonFeed: 'JSON Feed',
  readAloud: 'Read aloud',
  readAloudStart: 'Read the report aloud',
  readAloudStop: 'Stop reading',
  readAloudText: 'Text for reading aloud (plain text)',
  readAloudHint: 'The button uses your browser’s speech synthesis; the same text is below for screen readers.',
  facts: 'About the meeting',
  heldOn: 'Held on',
  venue: 'Venue',
  organizer: 'Organizer',
  district: 'District',
  reportedAt: 'Published',
  source: 'Source',
  dateline: 'Dateline',
  speeches: 'Speeches',
  adoptedDocuments: 'Documents',
  achievements: 'Achievements',
  streetCases: 'Street cases',
  credits: 'Credits',
  byline: 'By',
  creditLine: 'Editors',
  report: 'Report',
  meeting: 'Meeting',
  positions: 'Positions',
  speechesOf: 'Speeches',
  metrics: 'Figures',
  honors: 'Honors',
  presenter: 'Presented by',
  year: 'Year',
  category: 'Category',
  place: 'Street and community',
  itemNo: (n) => `No. ${n}`,
  pagination: 'Pages',
  previous: 'Previous page',
  next: 'Next page',
  pageOf: (page, count) => `Page ${page} of ${count}`,
  archiveOfYear: (year) => `Reports of ${year}`,
  noReports: 'No reports in this year yet.',
  allYears: 'All years',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. It may have been removed, or the link is wrong.',
  errorTitle: 'Temporarily unavailable',
  errorText: 'The content service is not answering. Please try again shortly.',
  values: {
    chair: 'Chair', address: 'Address', report: 'Report', relay: 'Relay', explanation: 'Explanation', experience: 'Experience sharing',
    adopted: 'Adopted', reviewed: 'Reviewed', relayed: 'Relayed',
    'service-standards': 'Public service standards', organization: 'Organization', accessibility: 'Accessibility', employment: 'Employment',
    'assistive-devices': 'Assistive devices', 'culture-sports': 'Culture and sports', rehabilitation: 'Rehabilitation', other: 'Other',
  },
};

export const wordsFor = (locale: SiteLocale): Words => (locale === 'en' ? EN : ZH);

/** A value's words (speech role, category, document action), or the value itself. */
export const valueWord = (words: Words, value: string | null | undefined): string => (value ? (words.values[value] ?? value) : '');
