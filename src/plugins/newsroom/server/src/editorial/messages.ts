/**
 * Every problem code the editorial rules raise, with its message in Chinese
 * (zh-CN, the default) and English.
 *
 * Codes are stable identifiers: frontends, the importer report and tests
 * match on them, so a code is never renamed — only added. Messages may be
 * reworded freely. The admin already highlights the field from the problem's
 * path, so a message says what is wrong, not where.
 */
import type { MessageLanguage } from './types';

export const PROBLEM_CODES = [
  'field.required',
  'field.type',
  'text.too-long',
  'text.html',
  'text.control-characters',
  'text.noncharacters',
  'credits.name.empty',
  'credits.name.too-long',
  'credits.name.invalid',
  'credits.role.invalid',
  'credits.duplicate',
  'credits.responsible-editor.missing',
  'credits.responsible-editor.multiple',
  'credits.editor.missing',
  'credits.reporter-or-source.missing',
  'credits.four-eyes',
  'credits.second-reviewer.missing',
  'credits.second-reviewer.multiple',
  'credits.final-reviewer.missing',
  'credits.final-reviewer.multiple',
  'credits.review.same-person',
  'credits.sign-off.incomplete',
  'dates.invalid',
  'dates.held-on.after-report',
  'dates.reported-at.future',
  'dates.year.after-meeting',
  'dates.before-1949',
  'editorial.source.missing',
  'editorial.source-url.scheme',
  'achievement.ordinal.invalid',
  'achievement.ordinal.duplicate',
  'place.street.suffix',
  'place.community.suffix',
  'media.alternative-text.missing',
  'media.alternative-text.file-name',
  'speech.speaker.missing',
  'adopted-document.title.brackets',
  'slug.invalid',
  'correction.kind.invalid',
  'correction.date.future',
  'slug.taken',
  'blocks.too-large',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Values filled into `{placeholders}` of a template. */
export type MessageParams = Readonly<Record<string, string | number>>;

type Templates = Readonly<Record<MessageLanguage, string>>;

const MESSAGES: Readonly<Record<ProblemCode, Templates>> = {
  'correction.kind.invalid': {
    'zh-CN': '“{kind}”不是有效的类型，应为更正、更新或说明。',
    en: '“{kind}” is not a valid kind; use correction, update or clarification.',
  },
  'correction.date.future': {
    'zh-CN': '更正日期不能晚于今天（北京时间）。',
    en: 'The date is after today (Beijing time).',
  },
  'field.required': {
    'zh-CN': '此项为必填项。',
    en: 'This field is required.',
  },
  'field.type': {
    'zh-CN': '此项应为{expected}，收到的是{given}。',
    en: 'This field takes {expected}, not {given}.',
  },
  'text.too-long': {
    'zh-CN': '不能超过 {max} 个字符（现为 {length} 个）。',
    en: 'At most {max} characters (now {length}).',
  },
  'blocks.too-large': {
    'zh-CN': '正文过大：共 {nodes} 个节点（段落、标题、列表项及其中的文字片段）、{characters} 个字符，上限为 {maxNodes} 个节点、{maxCharacters} 个字符。请把报道拆分为几篇，或删减正文后再保存。',
    en: 'The body is too large: {nodes} nodes (paragraphs, headings, list items and the pieces of text in them) and {characters} characters; at most {maxNodes} nodes and {maxCharacters} characters are accepted. Split the report into several, or shorten the body.',
  },
  'text.html': {
    'zh-CN': '不能包含 HTML 标签（{tag}），请输入纯文本。',
    en: 'Must not contain HTML tags ({tag}); enter plain text.',
  },
  'text.control-characters': {
    'zh-CN': '包含不可见的控制字符，请删除后重新输入。',
    en: 'Contains invisible control characters; remove them.',
  },
  'text.noncharacters': {
    'zh-CN': '包含无效的字符（如 U+FFFE 或残缺的代理项），通常来自错误的转换，请删除后重新输入。',
    en: 'Contains code points that are not characters (such as U+FFFE or a lone surrogate), usually left by a broken conversion; remove them.',
  },
  'credits.name.empty': {
    'zh-CN': '署名不能为空。',
    en: 'The name is empty.',
  },
  'credits.name.too-long': {
    'zh-CN': '姓名不能超过 {max} 个字符。',
    en: 'A name has at most {max} characters.',
  },
  'credits.name.invalid': {
    'zh-CN': '“{name}”不是有效的姓名：只能包含文字、间隔号“·”、空格、“-”和“\'”，不能有数字、括号、冒号或尖括号。',
    en: '“{name}” is not a valid name: letters, “·”, spaces, “-” and “\'” only; no digits, brackets, colons or angle brackets.',
  },
  'credits.role.invalid': {
    'zh-CN': '署名角色“{role}”无效，应为记者、通讯员、摄影、实习生、编辑、见习编辑、审读、责任编辑、二审或三审。',
    en: 'Credit role “{role}” is not valid; use reporter, correspondent, photographer, intern, editor, trainee-editor, proofreader, responsible-editor, second-reviewer or final-reviewer.',
  },
  'credits.duplicate': {
    'zh-CN': '“{name}”已作为{role}署名，同一角色不能重复。',
    en: '“{name}” is already credited as {role}.',
  },
  'credits.responsible-editor.missing': {
    'zh-CN': '发布前须署名一位责任编辑。',
    en: 'Publishing needs one responsible editor.',
  },
  'credits.responsible-editor.multiple': {
    'zh-CN': '只能署名一位责任编辑（现有 {count} 位）。',
    en: 'Only one responsible editor may be credited (now {count}).',
  },
  'credits.editor.missing': {
    'zh-CN': '发布前须至少署名一位编辑（见习编辑亦可）。',
    en: 'Publishing needs at least one editor (a trainee editor counts).',
  },
  'credits.reporter-or-source.missing': {
    'zh-CN': '发布前须署名记者或注明来源。',
    en: 'Publishing needs a reporter or a source.',
  },
  'credits.four-eyes': {
    'zh-CN': '责任编辑“{name}”不能同时是本稿的{role}（双人审核）。',
    en: 'The responsible editor “{name}” cannot also be the {role} of this item (four eyes).',
  },
  'credits.second-reviewer.missing': {
    'zh-CN': '按三审制发布前须署名一位二审。',
    en: 'Publishing under three-level review needs a second reviewer.',
  },
  'credits.second-reviewer.multiple': {
    'zh-CN': '只能署名一位二审（现有 {count} 位）。',
    en: 'Only one second reviewer may be credited (now {count}).',
  },
  'credits.final-reviewer.missing': {
    'zh-CN': '按三审制发布前须署名一位三审（终审）。',
    en: 'Publishing under three-level review needs a final reviewer.',
  },
  'credits.final-reviewer.multiple': {
    'zh-CN': '只能署名一位三审（现有 {count} 位）。',
    en: 'Only one final reviewer may be credited (now {count}).',
  },
  'credits.review.same-person': {
    'zh-CN': '“{name}”已是本稿的{otherRole}，不能再担任{role}：三审须由三个不同的人完成，审稿人不能审自己采写的稿件。',
    en: '“{name}” is already the {otherRole} of this item and cannot also be its {role}: the three reviews are done by three different people, none of them a reporter of the item.',
  },
  'credits.sign-off.incomplete': {
    'zh-CN': '署名未完成签发：须署名编辑和责任编辑，或按三审制署名编辑（初审）、二审和三审。',
    en: 'The sign-off is incomplete: credit an editor and a responsible editor, or, under three-level review, an editor, a second reviewer and a final reviewer.',
  },
  'dates.invalid': {
    'zh-CN': '日期无效。',
    en: 'The date is not valid.',
  },
  'dates.held-on.after-report': {
    'zh-CN': '会议日期（{heldOn}）不能晚于报道日期（{reportDate}，北京时间）。',
    en: 'The meeting date ({heldOn}) is after the report date ({reportDate}, China Standard Time).',
  },
  'dates.reported-at.future': {
    'zh-CN': '报道时间不能晚于当前时间 {minutes} 分钟以上。',
    en: 'The report time is more than {minutes} minutes in the future.',
  },
  'dates.year.after-meeting': {
    'zh-CN': '年份（{year}）不能晚于所属会议的年份（{meetingYear}）。',
    en: 'The year ({year}) is after the year of its meeting ({meetingYear}).',
  },
  'dates.before-1949': {
    'zh-CN': '日期不能早于 1949 年。',
    en: 'The date is before 1949.',
  },
  'editorial.source.missing': {
    'zh-CN': '发布前须注明来源。',
    en: 'Publishing needs a source.',
  },
  'editorial.source-url.scheme': {
    'zh-CN': '来源链接须为 http 或 https 地址。',
    en: 'The source URL must be an http or https address.',
  },
  'achievement.ordinal.invalid': {
    'zh-CN': '序号须为不小于 1 的整数。',
    en: 'The ordinal must be a whole number of at least 1.',
  },
  'achievement.ordinal.duplicate': {
    'zh-CN': '序号 {ordinal} 已被本次会议的另一项工作成绩使用。',
    en: 'Ordinal {ordinal} is already used by another achievement of this meeting.',
  },
  'place.street.suffix': {
    'zh-CN': '街道名称须以“街道”或“镇”结尾。',
    en: 'In Chinese, a street name ends with 街道 or 镇.',
  },
  'place.community.suffix': {
    'zh-CN': '社区名称须以“社区”或“村”结尾。',
    en: 'In Chinese, a community name ends with 社区 or 村.',
  },
  'media.alternative-text.missing': {
    'zh-CN': '发布前须为图片填写替代文字（供读屏软件朗读）。',
    en: 'Publishing needs alternative text for the image (read out by screen readers).',
  },
  'media.alternative-text.file-name': {
    'zh-CN': '替代文字不能是文件名（{fileName}），请描述图片内容。',
    en: 'The alternative text is the file name ({fileName}); describe the image instead.',
  },
  'speech.speaker.missing': {
    'zh-CN': '请选择发言人，或填写发言人说明。',
    en: 'Choose a speaker or describe the speaker.',
  },
  'adopted-document.title.brackets': {
    'zh-CN': '文件标题中的括号不配对（{bracket}）。',
    en: 'The document title has an unbalanced bracket ({bracket}).',
  },
  'slug.invalid': {
    'zh-CN': '“{slug}”不能用作网址别名：请使用字母、数字和“-”。',
    en: '“{slug}” cannot be used as a slug: use letters, digits and “-”.',
  },
  'slug.taken': {
    'zh-CN': '网址别名“{slug}”已被另一篇内容使用。',
    en: 'The slug “{slug}” is already used by another document.',
  },
};

export function isProblemCode(value: string): value is ProblemCode {
  return (PROBLEM_CODES as ReadonlyArray<string>).includes(value);
}

/**
 * The message for `code` in `language`, with `{placeholders}` filled from
 * `params`. A placeholder without a value stays visible rather than
 * disappearing, so a missing parameter shows up in review.
 */
export function messageFor(code: ProblemCode, language: MessageLanguage, params: MessageParams = {}): string {
  return MESSAGES[code][language].replace(/\{(\w+)\}/g, (placeholder, key: string) =>
    key in params ? String(params[key]) : placeholder,
  );
}

/** The placeholders a code's templates use, for tests and documentation. */
export function placeholdersOf(code: ProblemCode, language: MessageLanguage): string[] {
  return [...MESSAGES[code][language].matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
}
