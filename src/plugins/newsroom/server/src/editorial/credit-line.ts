/**
 * Credit lines: reading them as newsrooms print them and writing them back in
 * one canonical form.
 *
 * Reports credit people in two places: a byline at the top, `(记者 田也)`, and
 * a credit line at the foot, `[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]`. Editors
 * paste both in every variant their sources use — full-width colons, 【】 or
 * （） brackets, 、 between names, no brackets at all. `parseCreditLine` reads
 * all of them; the `format*` functions write the one spelling the site shows.
 *
 * Round trip: for credits already in canonical role order with normalized,
 * valid names, `parseCreditLine(formatCredits(c))` equals `c`.
 */
import { CREDIT_ROLE_LABELS, DESK_ROLES, FIELD_ROLES, ROLE_WORDS } from './credit-roles';
import { normalizeCreditName } from './credit-name';
import type { CreditRole } from './types';

/** A credit as the parser and formatters see it: a known role and a name. */
export interface ParsedCredit {
  role: CreditRole;
  name: string;
}

/** Brackets that enclose one credit group: [], 【】, （）, (), 〔〕, ［］. */
const OPENING_BRACKETS = '[【（(〔［';
const CLOSING_BRACKETS = ']】）)〕］';

/** Colons between a role word and its names: ASCII, full-width, small. */
const COLON = /^\s*[:：﹕]\s*/;

/** Separators of a list of names: 、 ， , ; ； / ／. */
const NAME_LIST_SEPARATOR = /[、，,;；/／]/;

/**
 * Titles printed before a role word, as in 本报记者 田也 or 特约通讯员 张三.
 * They qualify the role and are not part of any name.
 */
const ROLE_PREFIXES = ['本报', '本台', '本网', '特约', '见习', '实习', '首席'];

/**
 * First characters that turn a role word into another noun: 摄影师 (a
 * photographer, but also 摄影师张三 is not "摄影: 师张三"), 编辑部, 记者站 …
 * A role word glued to what follows is read as a role only when the rest is a
 * plausible Chinese name and does not start with one of these.
 */
const NOT_A_NAME_START = new Set([...'师部站室组团处家们会协者长']);

/** A Chinese personal name glued to a role word (记者田也): 2–4 Han characters. */
const GLUED_CHINESE_NAME = /^\p{Script=Han}{2,4}$/u;

/**
 * Scripts that write names without spaces. A space between two such names
 * separates two people (陈飞 陈苏雅); a space between Latin words is inside
 * one name (Mary O'Neil).
 */
const SPACELESS_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;

/** Reads every credit in `text`, in the order they appear. `[]` when there is none. */
export function parseCreditLine(text: string): ParsedCredit[] {
  return splitIntoGroups(prepare(text)).flatMap(parseGroup);
}

/**
 * True when `text` — typed into a single credit's name — is really a credit
 * line: a role word followed by a colon (`责任编辑:郑晓鹏`), or brackets around
 * a role and names (`(记者 田也)`). The normalizer then splits it into credits.
 */
export function looksLikeCreditLine(text: string): boolean {
  const prepared = prepare(text);
  const roleWithColon = ROLE_WORDS.some(({ word }) => new RegExp(`${word}\\s*:`).test(prepared));
  if (roleWithColon) return true;
  const hasBracket = [...prepared].some((c) => OPENING_BRACKETS.includes(c) || CLOSING_BRACKETS.includes(c));
  return hasBracket && parseCreditLine(prepared).length > 0;
}

/** The desk roles in canonical form: `[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]`; `''` when none. */
export function formatCreditLine(credits: ReadonlyArray<CreditInput>): string {
  return DESK_ROLES.map((role) => {
    const names = namesInRole(credits, role);
    return names.length === 0 ? '' : `[${CREDIT_ROLE_LABELS[role].zh}:${joinNames(names)}]`;
  })
    .filter((part) => part !== '')
    .join(' ');
}

/** The field roles in canonical form: `记者 田也 通讯员 张三`; `''` when none. */
export function formatByline(credits: ReadonlyArray<CreditInput>): string {
  return FIELD_ROLES.map((role) => {
    const names = namesInRole(credits, role);
    return names.length === 0 ? '' : `${CREDIT_ROLE_LABELS[role].zh} ${joinNames(names)}`;
  })
    .filter((part) => part !== '')
    .join(' ');
}

/** Byline and credit line as one canonical text: `记者 田也 [编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]`. */
export function formatCredits(credits: ReadonlyArray<CreditInput>): string {
  return [formatByline(credits), formatCreditLine(credits)].filter((part) => part !== '').join(' ');
}

/** Anything credit-shaped; unknown roles and empty names are left out of formatted text. */
export interface CreditInput {
  role?: string | null;
  name?: string | null;
}

// --- parsing -------------------------------------------------------------

/** One spelling for the parser: NFC, ideographic space to plain, one colon. */
function prepare(text: string): string {
  return text.normalize('NFC').replace(/\u3000/g, ' ').replace(/[：﹕]/g, ':');
}

/**
 * Cuts the text at brackets: each bracketed part, and each stretch between
 * them, is read on its own, so `(记者 田也)4月28日` cannot run a name into the
 * following sentence and `[编辑:…] [责任编辑:…]` keeps its roles apart.
 */
function splitIntoGroups(text: string): string[] {
  const groups: string[] = [];
  let current = '';
  for (const char of text) {
    if (OPENING_BRACKETS.includes(char) || CLOSING_BRACKETS.includes(char)) {
      groups.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  groups.push(current);
  return groups.filter((group) => group.trim() !== '');
}

interface RoleMarker {
  role: CreditRole;
  /** Where the role word (or its prefix) starts. */
  start: number;
  /** Where its names start, after the role word and any colon. */
  namesStart: number;
}

function parseGroup(group: string): ParsedCredit[] {
  const markers = findRoleMarkers(group);
  return markers.flatMap((marker, index) => {
    const end = index + 1 < markers.length ? markers[index + 1].start : group.length;
    return splitNames(group.slice(marker.namesStart, end)).map((name) => ({ role: marker.role, name }));
  });
}

/** Every role word that really introduces names, left to right. */
function findRoleMarkers(group: string): RoleMarker[] {
  const markers: RoleMarker[] = [];
  let index = 0;
  while (index < group.length) {
    const marker = roleMarkerAt(group, index);
    if (marker) {
      markers.push(marker);
      index = marker.namesStart;
    } else {
      index += 1;
    }
  }
  return markers;
}

function roleMarkerAt(group: string, index: number): RoleMarker | undefined {
  for (const { word, role } of ROLE_WORDS) {
    if (!group.startsWith(word, index)) continue;
    const afterWord = index + word.length;
    const colon = COLON.exec(group.slice(afterWord));
    // A colon makes the role unambiguous wherever it stands (陈苏雅责任编辑:郑晓鹏).
    if (colon) return { role, start: index, namesStart: afterWord + colon[0].length };
    const start = startOfRole(group, index);
    if (start === undefined) continue;
    const rest = group.slice(afterWord);
    if (rest === '' || /^\s/.test(rest)) return { role, start, namesStart: afterWord };
    if (isGluedName(rest)) return { role, start, namesStart: afterWord };
  }
  return undefined;
}

/**
 * Where a role word without a colon starts, if it stands at a word boundary
 * (start of the group, after a space or a list separator), possibly behind a
 * title such as 本报. `undefined` inside running text: 本报编辑部 has no role.
 */
function startOfRole(group: string, index: number): number | undefined {
  if (isBoundary(group, index)) return index;
  const prefix = ROLE_PREFIXES.find((p) => group.slice(0, index).endsWith(p));
  if (prefix && isBoundary(group, index - prefix.length)) return index - prefix.length;
  return undefined;
}

function isBoundary(text: string, index: number): boolean {
  if (index === 0) return true;
  const before = text[index - 1];
  return /\s/.test(before) || NAME_LIST_SEPARATOR.test(before);
}

/** 记者田也: the glued rest (up to a space or separator) is a plausible Chinese name. */
function isGluedName(rest: string): boolean {
  const word = rest.split(/[\s、，,;；/／:]/)[0];
  return GLUED_CHINESE_NAME.test(word) && !NOT_A_NAME_START.has(word[0]);
}

/**
 * The names after one role word. With list separators (、，…) only they
 * separate names, so inner spaces survive (Mary O'Neil、Tom Li). Without, a
 * space separates names written in spaceless scripts (陈飞 陈苏雅) while
 * consecutive words of other scripts form one name (Mary O'Neil).
 */
function splitNames(segment: string): string[] {
  const cleaned = segment.replace(/^[\s:]+/, '').replace(/[\s。.]+$/, '');
  const parts = NAME_LIST_SEPARATOR.test(cleaned)
    ? cleaned.split(new RegExp(NAME_LIST_SEPARATOR.source, 'g'))
    : splitSpaceSeparatedNames(cleaned);
  return parts.map(normalizeCreditName).filter((name) => name !== '');
}

function splitSpaceSeparatedNames(segment: string): string[] {
  const names: string[] = [];
  let previousJoinable = false;
  for (const word of segment.split(/\s+/).filter((w) => w !== '')) {
    const joinable = !SPACELESS_SCRIPT.test(word);
    if (joinable && previousJoinable) names[names.length - 1] += ` ${word}`;
    else names.push(word);
    previousJoinable = joinable;
  }
  return names;
}

// --- formatting ----------------------------------------------------------

function namesInRole(credits: ReadonlyArray<CreditInput>, role: CreditRole): string[] {
  return credits
    .filter((credit) => credit.role === role)
    .map((credit) => normalizeCreditName(credit.name ?? ''))
    .filter((name) => name !== '');
}

/**
 * Joins names so that `splitNames` gives them back: a plain space as in the
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
  return !/\s/.test(name) && SPACELESS_SCRIPT.test(name);
}
