/** The site's words, in the page's language: the newsroom's words for its fields and values (the plugin's, published in types/api) and the site's own. */
import { PAGE_WORDS_EN, PAGE_WORDS_ZH, type PageWords } from '../../../types/api/page-words';
import type { SiteLocale } from './config';

export interface Words extends PageWords {
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
  reportedAt: string;
  source: string;
  dateline: string;
  byline: string;
  creditLine: string;
  report: string;
  itemNo: (n: number) => string;
  pagination: string;
  previous: string;
  next: string;
  pageOf: (page: number, count: number) => string;
  allAchievements: (total: number) => string;
  allStreetCases: (total: number) => string;
  backToMeeting: string;
  archiveOfYear: (year: number) => string;
  noReports: string;
  allYears: string;
  notFoundTitle: string;
  notFoundText: string;
  errorTitle: string;
  errorText: string;
}

const ZH: Words = {
  ...PAGE_WORDS_ZH,
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
  reportedAt: '发布时间',
  source: '来源',
  dateline: '电头',
  byline: '作者',
  creditLine: '编辑',
  report: '报道',
  itemNo: (n) => `第${n}项`,
  pagination: '分页',
  previous: '上一页',
  next: '下一页',
  pageOf: (page, count) => `第${page}页，共${count}页`,
  allAchievements: (total) => `查看全部${total}项工作成绩`,
  allStreetCases: (total) => `查看全部${total}个基层经验`,
  backToMeeting: '返回会议报道',
  archiveOfYear: (year) => `${year}年报道`,
  noReports: '这一年还没有报道。',
  allYears: '全部年份',
  notFoundTitle: '页面不存在',
  notFoundText: '没有找到这个页面。它可能已被删除，或者链接有误。',
  errorTitle: '暂时无法显示',
  errorText: '内容服务暂时没有响应，请稍后再试。',
};

const EN: Words = {
  ...PAGE_WORDS_EN,
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
  reportedAt: 'Published',
  source: 'Source',
  dateline: 'Dateline',
  byline: 'By',
  creditLine: 'Editors',
  report: 'Report',
  itemNo: (n) => `No. ${n}`,
  pagination: 'Pages',
  previous: 'Previous page',
  next: 'Next page',
  pageOf: (page, count) => `Page ${page} of ${count}`,
  allAchievements: (total) => `All ${total} achievements`,
  allStreetCases: (total) => `All ${total} street cases`,
  backToMeeting: 'Back to the meeting report',
  archiveOfYear: (year) => `Reports of ${year}`,
  noReports: 'No reports in this year yet.',
  allYears: 'All years',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. It may have been removed, or the link is wrong.',
  errorTitle: 'Temporarily unavailable',
  errorText: 'The content service is not answering. Please try again shortly.',
};

export const wordsFor = (locale: SiteLocale): Words => (locale === 'en' ? EN : ZH);

/** A value's words (speech role, category, document action), or the value itself. */
export const valueWord = (words: Words, value: string | null | undefined): string => (value ? (words.values[value] ?? value) : '');
