/**
 * Credit lines: reading them as newsrooms print them and writing them back in
 * the house style.
 *
 * Reports credit people in two places: a byline at the top, `(记者 田也)`, and
 * a credit line at the foot, `[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]` or, in the
 * 读特 app, the review chain `编辑 陈飞 审读 陈苏雅 二审 郑晓鹏 三审 …`.
 * `parseCreditLine` reads every variant (credit-scan.ts); the `format*`
 * functions write one spelling: the newsroom's `creditStyle` in Chinese, and
 * English role words with romanized names for `en` documents
 * (`Editors: Chen Fei, Chen Suya · Responsible editor: Zheng Xiaopeng`).
 *
 * Round trip: for credits already in canonical role order with normalized,
 * valid names, `parseCreditLine(formatCredits(c, { style }))` equals `c` in
 * both styles.
 */
import { DESK_ROLES, FIELD_ROLES, roleLabel, type CreditRole } from './credit-roles';
import { normalizeCreditName } from './credit-name';
import { romanizeName } from './credit-romanize';
import { isSpacelessScriptWord, scanCreditText, splitSpaceSeparatedNames, type CreditText, type ParsedCredit } from './credit-scan';
import { isEnglishLocale } from '../../../shared/locale';

export type { ParsedCredit, CreditText } from './credit-scan';

/** House styles of the Chinese credit line (plugin setting `creditStyle`). */
export const CREDIT_STYLES = ['brackets', 'chain'] as const;
export type CreditStyle = (typeof CREDIT_STYLES)[number];
export const DEFAULT_CREDIT_STYLE: CreditStyle = 'brackets';

export interface CreditFormat {
  /** `brackets` (default): `[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]`; `chain`: `编辑 陈飞 陈苏雅 责任编辑 郑晓鹏`. */
  style?: CreditStyle;
  /** The document's locale; `en…` writes English role words and romanized names. */
  locale?: string;
}

/** Anything credit-shaped; unknown roles and empty names are left out of formatted text. */
export interface CreditInput {
  role?: string | null;
  name?: string | null;
}

/** Reads every credit in `text`, in the order they appear. `[]` when there is none. */
export function parseCreditLine(text: string): ParsedCredit[] {
  return scanCreditText(text).credits;
}

/** Credits plus what else a credit text says (the `来源：` source). */
export function readCreditText(text: string): CreditText {
  return scanCreditText(text);
}

/**
 * True when `text` — typed into a single credit's name — is really credits: a
 * role or label word followed by a colon (`责任编辑:郑晓鹏`, `来源：…`),
 * brackets around a role and names (`(记者 田也)`), or text that starts with
 * a role word and names (`记者 田也`, `见习编辑 张三 审读 李四`). No person's
 * name starts with a role word, so such a name is split into its credits.
 */
export function looksLikeCreditLine(text: string): boolean {
  const scan = scanCreditText(text);
  if (scan.labelled) return true;
  return scan.credits.length > 0 && (scan.bracketed || scan.startsWithRole);
}


/** The desk roles: `[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]`, the chain, or English; `''` when none. */
export function formatCreditLine(credits: ReadonlyArray<CreditInput>, format: CreditFormat = {}): string {
  if (isEnglishLocale(format.locale)) return formatEnglish(credits, DESK_ROLES);
  const style = format.style ?? DEFAULT_CREDIT_STYLE;
  return DESK_ROLES.map((role) => {
    const names = namesInRole(credits, role);
    if (names.length === 0) return '';
    const word = roleLabel(role, 'zh');
    return style === 'chain' ? `${word} ${joinNames(names)}` : `[${word}:${joinNames(names)}]`;
  })
    .filter((part) => part !== '')
    .join(' ');
}

/** The byline roles: `记者 田也 通讯员 张三`, or `Reporter: Tian Ye` in English; `''` when none. */
export function formatByline(credits: ReadonlyArray<CreditInput>, format: CreditFormat = {}): string {
  if (isEnglishLocale(format.locale)) return formatEnglish(credits, FIELD_ROLES);
  return FIELD_ROLES.map((role) => {
    const names = namesInRole(credits, role);
    return names.length === 0 ? '' : `${roleLabel(role, 'zh')} ${joinNames(names)}`;
  })
    .filter((part) => part !== '')
    .join(' ');
}

/** Byline and credit line as one text: `记者 田也 [编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]`. */
export function formatCredits(credits: ReadonlyArray<CreditInput>, format: CreditFormat = {}): string {
  const separator = isEnglishLocale(format.locale) ? ' · ' : ' ';
  return [formatByline(credits, format), formatCreditLine(credits, format)].filter((part) => part !== '').join(separator);
}

/** `Editors: Chen Fei, Chen Suya · Responsible editor: Zheng Xiaopeng`. */
function formatEnglish(credits: ReadonlyArray<CreditInput>, roles: ReadonlyArray<CreditRole>): string {
  return roles
    .map((role) => {
      const names = namesInRole(credits, role).map(romanizeName);
      return names.length === 0 ? '' : `${roleLabel(role, 'en', names.length)}: ${names.join(', ')}`;
    })
    .filter((part) => part !== '')
    .join(' · ');
}

function namesInRole(credits: ReadonlyArray<CreditInput>, role: CreditRole): string[] {
  return credits
    .filter((credit) => credit.role === role)
    .map((credit) => normalizeCreditName(credit.name ?? ''))
    .filter((name) => name !== '');
}

/**
 * Joins names so that the parser gives them back: a plain space as in the
 * seed (陈飞 陈苏雅) when every name is one word of a spaceless script;
 * otherwise 、, and a single name that spaces would split (陈 Tom) gets a
 * trailing 、 to mark it as one name.
 */
function joinNames(names: ReadonlyArray<string>): string {
  if (names.every(isSpaceSafe)) return names.join(' ');
  const joined = names.join('、');
  return names.length === 1 && splitSpaceSeparatedNames(joined).length !== 1 ? `${joined}、` : joined;
}

function isSpaceSafe(name: string): boolean {
  return !/\s/.test(name) && isSpacelessScriptWord(name);
}
