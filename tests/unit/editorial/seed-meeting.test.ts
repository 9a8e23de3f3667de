import { checkDocument, normalizeDocument } from '../../../src/plugins/newsroom/server/src/editorial';
import {
  seedAchievements,
  seedContext,
  seedMeeting,
  seedSpeaker,
  seedStreetCases,
} from '../../fixtures/seed-meeting';

describe('the seed meeting (福田区残工委, 2023-04-28)', () => {
  const meeting = normalizeDocument('meeting', seedMeeting(), { locale: 'zh-Hans' });

  it('publishes with zero problems', () => {
    expect(checkDocument('meeting', meeting, seedContext())).toEqual([]);
  });

  it('derives the credit line, byline and dateline printed in the article', () => {
    expect(meeting.editorial).toMatchObject({
      creditLine: '[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]',
      byline: '记者 田也',
      dateline: '读特客户端·深圳新闻网2023年4月29日讯',
    });
  });

  it('stores the adopted document without 《》', () => {
    expect(meeting.adoptedDocuments).toEqual([{ title: '福田区残疾预防行动方案(2023-2025年)', action: 'adopted' }]);
  });

  it('publishes its six achievements, each with its meeting and siblings', () => {
    const achievements = seedAchievements();
    achievements.forEach((achievement, index) => {
      const siblingOrdinals = achievements.filter((_, other) => other !== index).map((other) => other.ordinal ?? 0);
      const ctx = seedContext({ meeting: { heldOn: '2023-04-28' }, siblingOrdinals });
      const normalized = normalizeDocument('achievement', achievement, { locale: 'zh-Hans' });
      expect(checkDocument('achievement', normalized, ctx)).toEqual([]);
    });
  });

  it('publishes its three street cases and the speaker 罗念纯', () => {
    for (const streetCase of seedStreetCases()) {
      const normalized = normalizeDocument('street-case', streetCase, { locale: 'zh-Hans' });
      expect(checkDocument('street-case', normalized, seedContext())).toEqual([]);
    }
    expect(checkDocument('speaker', seedSpeaker(), seedContext())).toEqual([]);
  });

  it('reports what a meeting missing its desk credits would need, with paths', () => {
    const data = seedMeeting();
    const withoutDesk = {
      ...data,
      editorial: { ...data.editorial, credits: [{ role: 'reporter', name: '田也' }] },
    };
    const problems = checkDocument('meeting', normalizeDocument('meeting', withoutDesk, { locale: 'zh-Hans' }), seedContext());
    // Under the default policy, `either`: the responsible-editor chain is nearer completion than the three reviews.
    expect(problems.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: ['editorial', 'credits'], code: 'credits.sign-off.incomplete' },
      { path: ['editorial', 'credits'], code: 'credits.responsible-editor.missing' },
      { path: ['editorial', 'credits'], code: 'credits.editor.missing' },
    ]);
  });
});
