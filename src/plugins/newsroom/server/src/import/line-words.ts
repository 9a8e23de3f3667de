/**
 * The word tables the line classifier (line-classifier.ts) reads: what page
 * furniture, meta lines and foot credits of news sites, government pages,
 * e-papers and reposts are made of. A new site's furniture is a word added
 * here, not a new function.
 *
 * A labelled segment is `LABEL：value` (the colon is required): a meta line
 * is made of such segments (`信息来源：光明区残联  发布时间：2024-04-25  点击：`),
 * each label saying what its value is.
 */
import { ROLE_WORDS } from '../editorial/credit-roles';

/** What a labelled segment's value is. */
export type SegmentRole = 'date' | 'source' | 'credit' | 'counter' | 'furniture' | 'repost' | 'title';

const DATE_LABELS = ['发布时间', '发布日期', '发表时间', '发表日期', '更新时间', '发布于', '发文日期', '成文日期', '时间', '日期'];

/** Labels whose value is the source; `发布机构` is the publisher an open-information table names. */
const SOURCE_LABELS = ['信息来源', '文章来源', '新闻来源', '稿件来源', '来源', '稿源', '发布机构', '发布单位'];

/** Credit labels the importer reads besides the core's role words; each maps to a word the core knows. */
export const CREDIT_ALIASES: ReadonlyArray<readonly [string, string]> = [
  ['撰稿', '作者'],
  ['撰文', '作者'],
  ['采写', '作者'],
  ['文字', '作者'],
  ['图片', '摄影'],
];
const CREDIT_LABELS = ['作者', ...CREDIT_ALIASES.map(([alias]) => alias), ...ROLE_WORDS.map((entry) => entry.word)];

/** Page counters: the value is a number, sometimes printed on the next line. */
const COUNTER_LABELS = ['点击', '点击量', '点击数', '点击率', '浏览', '浏览量', '浏览次数', '阅读', '阅读量', '阅读数', '访问量', '访问次数'];

/**
 * Labels of a government open-information table (`索引号：…`, `分类：…`) and
 * sign-offs that name no credit role of the content model (`审核：`): the
 * line is furniture, dropped with a warning.
 */
const FURNITURE_LABELS = ['索引号', '分类', '主题分类', '体裁分类', '发文字号', '文号', '主题词', '公开方式', '公开范围', '有效性', '审核', '字号', '字体'];

/** Labels whose value is the page's title (`名称：…` in an open-information table): the headline, when none stands above it. */
const TITLE_LABELS = ['名称', '标题', '题目'];

/** A repost's notice: the original's source, its date and its address. */
const REPOST_LABELS = ['转载自', '本文转自', '转自', '原文链接', '原文地址', '原文网址', '原标题', '原文来源', '原载'];

export const SEGMENT_LABELS: ReadonlyMap<string, SegmentRole> = new Map<string, SegmentRole>([
  ...DATE_LABELS.map((label) => [label, 'date'] as const),
  ...SOURCE_LABELS.map((label) => [label, 'source'] as const),
  ...CREDIT_LABELS.map((label) => [label, 'credit'] as const),
  ...COUNTER_LABELS.map((label) => [label, 'counter'] as const),
  ...FURNITURE_LABELS.map((label) => [label, 'furniture'] as const),
  ...REPOST_LABELS.map((label) => [label, 'repost'] as const),
  ...TITLE_LABELS.map((label) => [label, 'title'] as const),
]);
export const SEGMENT_LABEL_WORDS: ReadonlyArray<string> = [...SEGMENT_LABELS.keys()];

/**
 * Words that make a line furniture when the line holds nothing else (after
 * bars, brackets and spaces): e-paper page links, WeChat buttons, widgets.
 */
export const FURNITURE_WORDS: ReadonlySet<string> = new Set([
  '上一版',
  '下一版',
  '上一篇',
  '下一篇',
  '返回目录',
  '返回',
  '返回顶部',
  '版面导航',
  '本版导航',
  '阅读原文',
  '原创',
  '在看',
  '点赞',
  '赞',
  '收藏',
  '分享',
  '转发',
  '打印',
  '关闭',
  '大',
  '中',
  '小',
  '置顶',
  '星标',
  '留言',
]);

/** Tokens of a meta line that name no source: a weekday, a place stamp, an e-paper's page. */
export const NOT_A_SOURCE_WORDS: ReadonlySet<string> = new Set(['原创', '转载', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日', '星期天', '周一', '周二', '周三', '周四', '周五', '周六', '周日']);

/** An e-paper's page mark: `第A06版`, `第3版`, `A06版`. */
export const EDITION_MARK = /^第?[A-Z]?\d{1,3}版/;

/** A contribution notice at the foot: `（宝安区残联 供稿）`; its organization is the source when none is printed above. */
export const CONTRIBUTION_WORDS = ['供稿', '来稿', '投稿'];

/** How the name of a body that publishes a page ends: a publisher line under the headline. */
export const PUBLISHER_ENDINGS = ['残疾人联合会', '联合会', '残联', '人民政府', '政府', '委员会', '管委会', '融媒体中心', '新闻中心', '办公室', '新闻网', '网', '报社', '报', '电视台'];

/** How a website's own name ends: a site-name line above the headline. */
export const SITE_NAME_ENDINGS = ['门户网站', '网站', '官网', '政府网', '信息网', '公众号', '客户端'];

/** The longest line read as a meta line, a foot credit or furniture. */
export const MAX_META_LINE = 160;

/** The longest token of a meta line that is not a label (a paper's name, an account's name, a place stamp). */
export const MAX_META_TOKEN = 14;
