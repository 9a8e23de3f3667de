/**
 * The five credit roles and the words newsrooms print for them.
 *
 * The canonical order (reporter … responsible-editor) is the order of
 * `CREDIT_ROLES` in types.ts: the people who gathered the story first, the
 * desk that checked it last, as in `记者 田也 [编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]`.
 */
import { CREDIT_ROLES, type CreditRole } from './types';

export interface RoleLabel {
  /** As printed in Chinese reports: 记者, 责任编辑 … */
  zh: string;
  en: string;
}

export const CREDIT_ROLE_LABELS: Readonly<Record<CreditRole, RoleLabel>> = {
  reporter: { zh: '记者', en: 'Reporter' },
  correspondent: { zh: '通讯员', en: 'Correspondent' },
  photographer: { zh: '摄影', en: 'Photographer' },
  editor: { zh: '编辑', en: 'Editor' },
  'responsible-editor': { zh: '责任编辑', en: 'Responsible editor' },
};

/** Roles printed in the byline at the top of a report (`记者 田也`). */
export const FIELD_ROLES: ReadonlyArray<CreditRole> = ['reporter', 'correspondent', 'photographer'];

/** Roles printed in the credit line at the foot (`[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]`). */
export const DESK_ROLES: ReadonlyArray<CreditRole> = ['editor', 'responsible-editor'];

/**
 * Every word the parser accepts for a role: the canonical labels plus the
 * everyday abbreviation 责编. Longest first, so that 责任编辑 wins over 编辑
 * when both match at the same position.
 */
export const ROLE_WORDS: ReadonlyArray<{ word: string; role: CreditRole }> = [
  ...CREDIT_ROLES.map((role) => ({ word: CREDIT_ROLE_LABELS[role].zh, role })),
  { word: '责编', role: 'responsible-editor' as const },
].sort((a, b) => b.word.length - a.word.length);

export function isCreditRole(value: unknown): value is CreditRole {
  return typeof value === 'string' && (CREDIT_ROLES as ReadonlyArray<string>).includes(value);
}

