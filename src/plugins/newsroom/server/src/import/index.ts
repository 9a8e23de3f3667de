/** The article parser's public face: parse a report, and the shapes and error it deals in. */
export { parseArticle } from './parse-article';
export { ArticleParseError, MAX_REPORT_BYTES, type ArticleParseErrorCode, type NotAReportReason } from './article-parse-error';
export type * from '../../../shared/parsed-report';
export { WARNING_CODES } from '../../../shared/parsed-report';
