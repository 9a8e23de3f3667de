import type { AchievementData } from '../../../src/plugins/newsroom/server/src/editorial/types';
import { check } from './fixtures/check';

const achievement = (ordinal: number | null): AchievementData => ({ title: '高效能实现辅助器具服务', ordinal, year: 2022 });

describe('R7 achievement ordinal unique within its meeting and locale', () => {
  it('accepts an ordinal the siblings do not use', () => {
    expect(check('achievement', achievement(5), { siblingOrdinals: [1, 2, 3, 4, 6] })).toEqual([]);
  });

  it('rejects an ordinal a sibling uses, on every save', () => {
    expect(check('achievement', achievement(4), { siblingOrdinals: [1, 2, 3, 4], phase: 'save' })).toEqual([
      { path: ['ordinal'], code: 'achievement.ordinal.duplicate' },
    ]);
  });

  it.each([0, -1, 1.5])('rejects %p as an ordinal', (ordinal) => {
    expect(check('achievement', achievement(ordinal), { phase: 'save' })).toEqual([
      { path: ['ordinal'], code: 'achievement.ordinal.invalid' },
    ]);
  });

  it('leaves a missing ordinal to "required on publish"', () => {
    expect(check('achievement', achievement(null), { phase: 'save' })).toEqual([]);
    expect(check('achievement', achievement(null))).toEqual([{ path: ['ordinal'], code: 'field.required' }]);
  });
});
