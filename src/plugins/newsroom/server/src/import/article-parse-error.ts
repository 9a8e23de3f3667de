/**
 * The one error the article parser throws: the input is not a report it can
 * read at all. Everything short of that (a missing section, an unreadable
 * figure) is a warning in the result instead.
 */

import { MAX_REPORT_BYTES } from '../../../shared/api';

export { MAX_REPORT_BYTES };

export type ArticleParseErrorCode = 'empty' | 'binary' | 'too-large' | 'not-a-report';

/** Why a text is not a report, for `not-a-report` (`no-date-line` is no longer a reason: the date is then read from the dateline or body). */
export type NotAReportReason = 'no-date-line' | 'no-headline' | 'no-narrative';

const REASONS: Readonly<Record<ArticleParseErrorCode | NotAReportReason, { zh: string; en: string }>> = {
  empty: { zh: '内容为空', en: 'the text is empty' },
  binary: { zh: '内容不是文本（含 NUL 字节或大量无法解码的字符）', en: 'the content is not text (NUL bytes or many undecodable characters)' },
  'too-large': { zh: '内容超过 2 MB 上限', en: 'the text exceeds the 2 MB limit' },
  'not-a-report': { zh: '不是文章', en: 'not an article' },
  'no-date-line': { zh: '不是文章：开头没有日期行', en: 'not an article: no date line at the top' },
  'no-headline': { zh: '不是文章：开头没有标题', en: 'not an article: no headline at the top' },
  'no-narrative': { zh: '不是文章：标题下没有成段的正文', en: 'not an article: no running text under the headline' },
};

export class ArticleParseError extends Error {
  override readonly name = 'ArticleParseError';
  readonly code: ArticleParseErrorCode;
  readonly fileName?: string;
  readonly reason?: NotAReportReason;
  /** The message in Chinese alone, for the admin's zh-CN interface. */
  readonly messageZh: string;
  /** The message in English alone. */
  readonly messageEn: string;

  constructor(code: ArticleParseErrorCode, options: { fileName?: string; reason?: NotAReportReason } = {}) {
    const { zh, en } = REASONS[options.reason ?? code];
    const zhFile = options.fileName === undefined ? '文本' : `文件“${options.fileName}”`;
    const enFile = options.fileName === undefined ? 'the text' : `file "${options.fileName}"`;
    const messageZh = `无法导入${zhFile}：${zh}。`;
    const messageEn = `Cannot import ${enFile}: ${en}.`;
    super(`${messageZh} ${messageEn}`);
    this.code = code;
    this.messageZh = messageZh;
    this.messageEn = messageEn;
    if (options.fileName !== undefined) this.fileName = options.fileName;
    if (options.reason !== undefined) this.reason = options.reason;
  }
}
