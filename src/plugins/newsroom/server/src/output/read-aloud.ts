/**
 * The report as plain text in reading order, for screen readers and
 * text-to-speech (the source site offers 人工智能朗读): headline, dateline,
 * body, achievements, street cases, credits — no markup, no bracket syntax,
 * one paragraph a line.
 */
import { CREDIT_ROLES, roleLabel } from '../editorial/credit-roles';
import { romanizeName } from '../editorial/credit-romanize';
import { toChineseNumeral } from './chinese-ordinal';
import type { AchievementView, BlockNode, MeetingView, StreetCaseView } from './page-types';
import { isEnglishLocale } from '../../../shared/locale';


const textOf = (node: BlockNode): string => (node.text ?? '') + (node.children ?? []).map(textOf).join('');

const sentence = (text: string | null | undefined, english: boolean): string => {
  const trimmed = (text ?? '').trim();
  if (!trimmed) return '';
  return /[。！？.!?]$/.test(trimmed) ? trimmed : `${trimmed}${english ? '.' : '。'}`;
};

export const achievementText = (achievement: AchievementView, locale?: string): string => {
  const english = isEnglishLocale(locale);
  const marker = achievement.ordinal ? (english ? `${achievement.ordinal}. ` : `（${toChineseNumeral(achievement.ordinal)}）`) : '';
  return `${marker}${sentence(achievement.title, english)}${achievement.summary ? (english ? ' ' : '') + achievement.summary.trim() : ''}`;
};

export const streetCaseText = (streetCase: StreetCaseView, locale?: string): string => {
  const english = isEnglishLocale(locale);
  const place = [streetCase.street, streetCase.community].filter(Boolean).join(english ? ', ' : '');
  const lead = place ? `${place}${english ? ': ' : '：'}` : '';
  return `${lead}${sentence(streetCase.title, english)}${streetCase.summary ? (english ? ' ' : '') + streetCase.summary.trim() : ''}`;
};

/**
 * 编辑：陈飞、陈苏雅。责任编辑：郑晓鹏。 — the credits as they are read out,
 * roles in the order of the role table. In English, the en role words (plural
 * for several people) and names in Latin letters: `Editors: Chen Fei, Chen Suya.`
 */
export const spokenCredits = (credits: ReadonlyArray<{ role?: string | null; name?: string | null }>, locale?: string): string => {
  const english = isEnglishLocale(locale);
  return CREDIT_ROLES.map((role) => {
    const names = credits.filter((credit) => credit.role === role && credit.name).map((credit) => String(credit.name));
    if (names.length === 0) return '';
    return english
      ? `${roleLabel(role, 'en', names.length)}: ${names.map(romanizeName).join(', ')}.`
      : `${roleLabel(role, 'zh')}：${names.join('、')}。`;
  })
    .filter(Boolean)
    .join(english ? ' ' : '');
};

export const meetingReadAloud = (meeting: MeetingView): string => {
  const english = isEnglishLocale(meeting.locale);
  const lines: string[] = [];
  lines.push(sentence(meeting.headline || meeting.title, english));
  if (meeting.editorial?.dateline) lines.push(meeting.editorial.dateline);
  for (const block of meeting.body ?? []) {
    const text = textOf(block).trim();
    if (text) lines.push(block.type === 'heading' ? sentence(text, english) : text);
  }
  for (const achievement of meeting.achievements ?? []) lines.push(achievementText(achievement, meeting.locale));
  for (const streetCase of meeting.streetCases ?? []) lines.push(streetCaseText(streetCase, meeting.locale));
  const credits = meeting.editorial?.credits ?? [];
  if (credits.length) lines.push(spokenCredits(credits, meeting.locale));
  return lines.filter(Boolean).join('\n');
};
