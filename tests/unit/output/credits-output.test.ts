/** JSON-LD and read-aloud follow the credits: every role, English names on English pages. */
import { meetingJsonLd } from '../../../src/plugins/newsroom/server/src/output/json-ld';
import { spokenCredits } from '../../../src/plugins/newsroom/server/src/output/read-aloud';
import type { MeetingView } from '../../../src/plugins/newsroom/server/src/output/page-types';
import { seedMeetingView } from './seed-meeting-view';

const dute = [
  { role: 'reporter', name: '田也' },
  { role: 'trainee-editor', name: '陈飞' },
  { role: 'proofreader', name: '陈苏雅' },
  { role: 'second-reviewer', name: '郑晓鹏' },
  { role: 'final-reviewer', name: '单雄' },
];

const withCredits = (credits: typeof dute, locale: string): MeetingView => {
  const view = seedMeetingView();
  return { ...view, locale, editorial: { ...view.editorial, credits } };
};

describe('read-aloud credits', () => {
  it('reads the seed in English with romanized names and plural role words', () => {
    const seed = seedMeetingView().editorial?.credits ?? [];
    expect(spokenCredits(seed, 'en')).toBe('Reporter: Tian Ye. Editors: Chen Fei, Chen Suya. Responsible editor: Zheng Xiaopeng.');
  });

  it('reads a review chain in the order of the role table', () => {
    expect(spokenCredits([...dute].reverse(), 'zh-Hans')).toBe('记者：田也。见习编辑：陈飞。审读：陈苏雅。二审：郑晓鹏。三审：单雄。');
    expect(spokenCredits(dute, 'en')).toBe(
      'Reporter: Tian Ye. Trainee editor: Chen Fei. Proofreader: Chen Suya. Second reviewer: Zheng Xiaopeng. Final reviewer: Shan Xiong.',
    );
  });
});

describe('JSON-LD credits', () => {
  it('maps a review chain: the final reviewer is accountable when there is no responsible editor', () => {
    const ld = meetingJsonLd(withCredits(dute, 'zh-Hans'));
    expect(ld).toMatchObject({
      author: [{ '@type': 'Person', name: '田也' }],
      editor: ['陈飞', '陈苏雅', '郑晓鹏', '单雄'].map((name) => ({ '@type': 'Person', name })),
      accountablePerson: { '@type': 'Person', name: '单雄' },
    });
  });

  it('writes names in Latin letters on an English page, keeping the written name', () => {
    const ld = meetingJsonLd(withCredits(dute, 'en'));
    expect(ld.author).toEqual([{ '@type': 'Person', name: 'Tian Ye', alternateName: '田也' }]);
    expect(ld.accountablePerson).toEqual({ '@type': 'Person', name: 'Shan Xiong', alternateName: '单雄' });
  });
});
