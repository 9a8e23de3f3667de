/**
 * Page chrome: what a web page prints around an article and a text copy of
 * the page keeps — read-aloud buttons (`人工智能朗读:`), breadcrumbs (`首页 > 新闻动态 > 工作动态`), navigation bars
 * (`网站首页 | 机构概况 | …`), font-size and print widgets
 * (`【字体：大 中 小】`, `【打印】【关闭】`), share widgets (`分享到：微信 微博`),
 * previous/next links (`上一篇：…`), image file names on lines of their own
 * (`IMG_20240226_101522.jpg`) and template placeholders the site failed to
 * render (`${content.getAttrByFlatName('zz').value}`).
 *
 * A whole line of chrome is dropped; a widget inside a line (the date line's
 * `【字体：大 中 小】`) is cut out of it. Either way the caller lists what went
 * in the warnings, so an editor sees every line the importer did not keep.
 *
 * Each test is one left-to-right pass or an anchored pattern without nested
 * quantifiers: chrome is looked for on every line of a 2 MB input.
 */
import { characterCount } from './text';

/** Lines longer than this are article text, whatever they contain. */
const MAX_CHROME_LINE = 160;

/** Breadcrumb starts: 首页 > …, 当前位置：首页 > … */
const BREADCRUMB_STARTS = ['首页', '网站首页', '当前位置', '您的位置', '您现在的位置', '你的位置', '位置：', '位置:'];
const BREADCRUMB_ARROWS = ['>', '＞', '»', '›', '→', '〉', '/'];

/** Widgets and links that are chrome wherever they start a line. */
const CHROME_STARTS = [
  '人工智能朗读',
  '语音播报',
  '朗读：',
  '朗读:',
  '浏览次数',
  '阅读量',
  '点击量',
  '分享到',
  '分享：',
  '分享:',
  '上一篇',
  '下一篇',
  '上一条',
  '下一条',
  '相关阅读',
  '相关新闻',
  '相关链接',
  '推荐阅读',
  '扫一扫',
  '扫码',
  '打印本页',
  '关闭窗口',
  '【打印',
  '【关闭',
  '【字体',
  '【字号',
  '【大】',
  '字体：',
  '字体:',
  '字号：',
  '字号:',
  '返回顶部',
  '【返回顶部',
];

/** Bracketed widgets cut out of a line they share with other text. */
const INLINE_WIDGET = /【\s*(?:字体|字号)[:：][^】]{0,20}】|【\s*(?:打印(?:本页)?|关闭(?:窗口)?|收藏|返回顶部|大|中|小)\s*】/g;

/** Image files a copied page leaves where the pictures were. */
const IMAGE_FILE = /^[\w\-.()（）]{1,120}\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg)$/i;

/** Unrendered template code: ${…}, {{…}}, <%…%>, #{…}. */
const PLACEHOLDER = /\$\{[^}]{0,200}\}|\{\{[^}]{0,200}\}\}|<%[^%]{0,200}%>|#\{[^}]{0,200}\}/g;

function isBreadcrumb(text: string): boolean {
  if (!BREADCRUMB_STARTS.some((start) => text.startsWith(start))) return false;
  return BREADCRUMB_ARROWS.some((arrow) => text.includes(arrow));
}

/** `网站首页 | 机构概况 | 新闻动态`: three or more short items between bars. */
function isNavigationBar(text: string): boolean {
  const items = text.split(/[|｜丨]/);
  return items.length >= 3 && items.every((item) => characterCount(item.trim()) <= 8);
}

/** True when the whole line is chrome. */
export function isChromeLine(text: string): boolean {
  if (characterCount(text) > MAX_CHROME_LINE) return false;
  if (IMAGE_FILE.test(text)) return true;
  if (CHROME_STARTS.some((start) => text.startsWith(start))) return true;
  if (isBreadcrumb(text) || isNavigationBar(text)) return true;
  // A line that is nothing but placeholders and widgets.
  return text.replace(PLACEHOLDER, '').replace(INLINE_WIDGET, '').trim() === '' && text.trim() !== '';
}

const TRAILING_BARS = new Set(['|', '｜', '丨']);

/** The line without inline widgets, placeholders and trailing bars (`（责任编辑：钟毅）|`). */
export function stripInlineChrome(text: string): string {
  if (!text.includes('【') && !text.includes('{') && !text.includes('<%') && !/[|｜丨]\s*$/.test(text)) return text;
  const cut = text.replace(INLINE_WIDGET, ' ').replace(PLACEHOLDER, ' ');
  let end = cut.length;
  // Trailing bars and spaces, by a loop: `[\s|]+$` would backtrack on a long run of them inside the line.
  while (end > 0 && (TRAILING_BARS.has(cut[end - 1]) || /\s/.test(cut[end - 1]))) end -= 1;
  return cut.slice(0, end).trim();
}
