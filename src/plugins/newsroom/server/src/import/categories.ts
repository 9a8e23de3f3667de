/**
 * An achievement's category, by keywords: the title decides first, then the
 * rest of the paragraph. Within one text the keyword that appears EARLIEST
 * wins (推动康复和就业 → rehabilitation), ties going to the order below;
 * no keyword at all gives `other`.
 *
 * The keywords are deliberately specific: bare 组织 is left out because
 * 组织开展 ("organize") opens countless sentences about anything; 换届, 残协
 * and 组织建设 say "organization" unambiguously.
 */
import type { AchievementCategory } from '../editorial/types';

const KEYWORDS: ReadonlyArray<{ category: AchievementCategory; words: ReadonlyArray<string> }> = [
  { category: 'service-standards', words: ['标准化', '基本公共服务', '服务标准'] },
  { category: 'organization', words: ['换届', '残协', '组织建设', '基层组织', '残联组织', '组织体系', '党建'] },
  { category: 'accessibility', words: ['无障碍'] },
  { category: 'employment', words: ['就业', '创业', '职业培训', '职业技能'] },
  { category: 'assistive-devices', words: ['辅助器具', '辅具'] },
  { category: 'culture-sports', words: ['文化', '体育', '文体', '运动会', '艺术'] },
  { category: 'rehabilitation', words: ['康复', '残疾预防'] },
];

function earliestCategory(text: string): AchievementCategory | undefined {
  let best: { category: AchievementCategory; index: number } | undefined;
  for (const { category, words } of KEYWORDS) {
    for (const word of words) {
      const index = text.indexOf(word);
      if (index !== -1 && (best === undefined || index < best.index)) best = { category, index };
    }
  }
  return best?.category;
}

export function categorize(title: string, rest: string): AchievementCategory {
  return earliestCategory(title) ?? earliestCategory(rest) ?? 'other';
}
