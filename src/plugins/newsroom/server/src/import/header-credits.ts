/**
 * Credit text in headers and footers, read by the editorial core's one-pass
 * reader (`parseCreditLine`, editorial/credit-scan.ts: every role of
 * credit-roles.ts, 【】/（）| groups, the review chain, 来源/作者 labels). The
 * importer adds what only a page header or footer prints: the `文/` and `图/`
 * marks of a byline, and an `作者：` that names an organization, which is no
 * credit (the core reads every 作者 as the reporter).
 *
 * ```
 * 时间：2024-03-06 08:10 来源：深圳特区报 作者：吴晓      → reporter 吴晓
 * 文/记者 欧阳娜 图/江涛                                 → reporter 欧阳娜, photographer 江涛
 * 来源：罗湖区融媒体中心 | 作者：陈雨桐 | 编辑：刘洋       → reporter 陈雨桐, editor 刘洋
 * 作者：盐田区残联                                       → nobody: an organization is no credit
 * ```
 */
import { parseCreditLine, type ParsedCredit } from '../editorial/credit-line';
import { ROLE_WORDS } from '../editorial/credit-roles';
import { characterCount } from './text';

/** Longest text read as credits. */
export const MAX_CREDIT_TEXT = 150;

/** Words in a credit group that are not names: (记者 田也 报道). */
const CREDIT_NOISE = ['摄影报道', '报道组', '报道'];

/** The text without a closing noise word (a loop over the table: a `\s*…$` pattern would backtrack on long runs of spaces). */
export function withoutCreditNoise(text: string): string {
  const trimmed = text.trimEnd();
  const word = CREDIT_NOISE.find((w) => trimmed.endsWith(w));
  return word === undefined ? text : trimmed.slice(0, -word.length).trimEnd();
}

/** How an organization's name ends: an 作者 that is one is not a person. */
const ORGANIZATION_END = /(联|会|局|委|办|网|报|台|中心|政府|部|站|社|院|所|处|厅|室|组|队|区|市|县|镇|街道|公司|媒体)$/u;

/** A person's name as an 作者 label gives it: 2–5 Han characters (· allowed), or Latin words. */
export function isPersonName(value: string): boolean {
  if (/^[\p{Script=Han}·]{2,5}$/u.test(value)) return !ORGANIZATION_END.test(value);
  return /^[A-Za-z][A-Za-z .'-]{1,30}$/.test(value);
}

/** `作者：盐田区残联`: an organization given as author; the core would read it as a reporter. */
const ORGANIZATION_AUTHOR = /作者\s*[:：]\s*([^\s|｜丨【】[\]()（）]{1,40})/g;

function withoutOrganizationAuthors(text: string): string {
  return text.replace(ORGANIZATION_AUTHOR, (whole: string, value: string) => (isPersonName(value) ? whole : ' '));
}

/** Every credit in a header or footer text, in the core's roles. */
export function creditsOfText(text: string): ParsedCredit[] {
  const prepared = withoutOrganizationAuthors(text)
    .replace(/(^|[\s|｜丨])文[/／]/g, '$1 ')
    .replace(/(^|[\s|｜丨])图[/／]/g, '$1 摄影 ')
;
  return parseCreditLine(withoutCreditNoise(prepared)).filter((credit) => withoutCreditNoise(credit.name) === credit.name);
}

/** Role words that may open a credit line, longest first (the core's, so new roles count at once). */
const LINE_STARTS = [...ROLE_WORDS.map((entry) => entry.word), '作者', '来源', '稿源', '文/', '图/', '文／', '图／', '本报', '特约', '见习', '实习'];

/**
 * True when `text` is a line of credits and nothing else: it opens with a
 * bracket or a role word, holds no sentence, and gives at least one credit.
 */
export function isCreditText(text: string): boolean {
  if (characterCount(text) > MAX_CREDIT_TEXT) return false;
  const bracketed = '(（【[〔［'.includes(text[0] ?? '');
  if (!bracketed && !LINE_STARTS.some((start) => text.startsWith(start))) return false;
  // Running text is not a credit line: 记者近日从区残联获悉，… is a sentence.
  const inner = text.replace(/[。.]$/, '');
  if (/[。；;！!？?]/.test(inner) || (!bracketed && /[，,]/.test(inner))) return false;
  return creditsOfText(text).length > 0;
}

/** The credit text of a header line: the whole line when it is one, else its `作者：…` part. */
export function readHeaderCredits(text: string): string | undefined {
  if (isCreditText(text)) return text;
  const at = text.search(/作者\s*[:：]/);
  if (at === -1 || characterCount(text) > MAX_CREDIT_TEXT) return undefined;
  const part = text.slice(at);
  return creditsOfText(part).length > 0 ? part : undefined;
}
