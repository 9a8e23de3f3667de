/**
 * Sign-off policies (R3) and the three-review side of R4, as content-model.md
 * "Credits: roles, sign-off policies, house styles" defines them.
 */
import { checkDocument, normalizeDocument } from '../../../src/plugins/newsroom/server/src/editorial';
import type { Credit, MeetingData, SignOffPolicy } from '../../../src/plugins/newsroom/server/src/editorial';
import { check, only } from './fixtures/check';
import { seedContext, seedMeeting } from '../../fixtures/seed-meeting';

function meetingWith(credits: Credit[]): MeetingData {
  const meeting = seedMeeting();
  return { ...meeting, editorial: { ...meeting.editorial, credits } };
}

const reporter: Credit = { role: 'reporter', name: '田也' };
/** The seed's desk: the responsible-editor chain. */
const seedDesk: Credit[] = [reporter, { role: 'editor', name: '陈飞' }, { role: 'editor', name: '陈苏雅' }, { role: 'responsible-editor', name: '郑晓鹏' }];
/** 读特's review chain: 见习编辑 … 审读 … 二审 … 三审 …. */
const duteChain: Credit[] = [
  reporter,
  { role: 'trainee-editor', name: '陈飞' },
  { role: 'proofreader', name: '陈苏雅' },
  { role: 'second-reviewer', name: '郑晓鹏' },
  { role: 'final-reviewer', name: '王五' },
];

const signOff = (credits: Credit[], policy: SignOffPolicy) => only(check('meeting', meetingWith(credits), { signOff: policy }), 'credits.');
const at = (code: string) => ({ path: ['editorial', 'credits'], code });

describe('complete chains', () => {
  it.each<[string, Credit[], SignOffPolicy]>([
    ['the seed', seedDesk, 'responsible-editor'],
    ['the seed', seedDesk, 'either'],
    ['the 读特 chain', duteChain, 'three-review'],
    ['the 读特 chain', duteChain, 'either'],
    ['both chains at once', [...seedDesk, { role: 'second-reviewer', name: '王五' }, { role: 'final-reviewer', name: '赵六' }], 'three-review'],
  ])('%s publishes under %s', (_name, credits, policy) => {
    expect(signOff(credits, policy)).toEqual([]);
  });

  it('counts a trainee editor as the editor of the responsible-editor chain', () => {
    expect(signOff([reporter, { role: 'trainee-editor', name: '陈飞' }, { role: 'responsible-editor', name: '郑晓鹏' }], 'responsible-editor')).toEqual([]);
  });

  it('reads the chain pasted into one credit and publishes it', () => {
    const pasted: Credit[] = [reporter, { role: 'editor', name: '见习编辑 陈飞 审读 陈苏雅 二审 郑晓鹏 三审 王五' }];
    expect(signOff(pasted, 'three-review')).toEqual([]);
  });
});

describe('incomplete chains', () => {
  it('refuses the 读特 chain alone under responsible-editor', () => {
    expect(signOff(duteChain, 'responsible-editor')).toEqual([at('credits.responsible-editor.missing')]);
  });

  it('refuses the seed desk under three-review', () => {
    expect(signOff(seedDesk, 'three-review')).toEqual([at('credits.second-reviewer.missing'), at('credits.final-reviewer.missing')]);
  });

  it('needs a first review under three-review', () => {
    const noEditor = duteChain.filter((credit) => credit.role !== 'trainee-editor');
    expect(signOff(noEditor, 'three-review')).toEqual([at('credits.editor.missing')]);
  });

  it('allows only one second and one final reviewer', () => {
    const credits = [...duteChain, { role: 'second-reviewer', name: '李四' }, { role: 'final-reviewer', name: '赵六' }];
    expect(signOff(credits, 'three-review')).toEqual([at('credits.second-reviewer.multiple'), at('credits.final-reviewer.multiple')]);
  });

  it('under either, reports the nearer chain after credits.sign-off.incomplete', () => {
    const noFinal = duteChain.filter((credit) => credit.role !== 'final-reviewer');
    expect(signOff(noFinal, 'either')).toEqual([at('credits.sign-off.incomplete'), at('credits.final-reviewer.missing')]);
    const noResponsible = seedDesk.filter((credit) => credit.role !== 'responsible-editor');
    expect(signOff(noResponsible, 'either')).toEqual([at('credits.sign-off.incomplete'), at('credits.responsible-editor.missing')]);
    expect(signOff([reporter], 'either')).toEqual([
      at('credits.sign-off.incomplete'),
      at('credits.responsible-editor.missing'),
      at('credits.editor.missing'),
    ]);
  });

  it('still needs a reporter or a source under every policy', () => {
    const meeting = meetingWith(duteChain.filter((credit) => credit !== reporter));
    const noSource = { ...meeting, editorial: { ...meeting.editorial, source: null } };
    for (const policy of ['three-review', 'either'] as const) {
      expect(only(check('meeting', noSource, { signOff: policy }), 'credits.')).toEqual([at('credits.reporter-or-source.missing')]);
    }
  });
});

describe('R4: three reviews, three different people', () => {
  const name = (index: number) => ['editorial', 'credits', index, 'name'];

  it('refuses one person as second and final reviewer, at the final reviewer', () => {
    const credits = duteChain.map((credit) => (credit.role === 'final-reviewer' ? { ...credit, name: '郑晓鹏' } : credit));
    for (const policy of ['three-review', 'either', 'responsible-editor'] as const) {
      expect(only(check('meeting', meetingWith(credits), { signOff: policy }), 'credits.review')).toEqual([
        { path: name(4), code: 'credits.review.same-person' },
      ]);
    }
  });

  it('refuses a first reviewer who also does the second review', () => {
    const credits = duteChain.map((credit) => (credit.role === 'second-reviewer' ? { ...credit, name: '陈飞' } : credit));
    expect(signOff(credits, 'three-review')).toEqual([{ path: name(3), code: 'credits.review.same-person' }]);
  });

  it('refuses a reporter reviewing their own report', () => {
    const credits = duteChain.map((credit) => (credit.role === 'final-reviewer' ? { ...credit, name: '田也' } : credit));
    expect(signOff(credits, 'three-review')).toEqual([{ path: name(4), code: 'credits.review.same-person' }]);
  });

  it('compares people after normalization and case folding', () => {
    const credits: Credit[] = [
      { role: 'editor', name: "Mary O'Neil" },
      { role: 'second-reviewer', name: 'MARY O’NEIL' },
      { role: 'final-reviewer', name: '王五' },
    ];
    expect(signOff(credits, 'three-review')).toEqual([{ path: name(1), code: 'credits.review.same-person' }]);
  });

  it('lets a proofreader also be the final reviewer (审读 is not one of the three steps)', () => {
    const credits = duteChain.map((credit) => (credit.role === 'final-reviewer' ? { ...credit, name: '陈苏雅' } : credit));
    expect(signOff(credits, 'three-review')).toEqual([]);
  });

  it('names the person and both roles, in Chinese and English', () => {
    const credits = duteChain.map((credit) => (credit.role === 'final-reviewer' ? { ...credit, name: '郑晓鹏' } : credit));
    const meeting = normalizeDocument('meeting', meetingWith(credits), { locale: 'zh-Hans' });
    const messageIn = (language: 'zh-CN' | 'en') =>
      checkDocument('meeting', meeting, { ...seedContext(), language }).find((p) => p.code === 'credits.review.same-person')?.message;
    expect(messageIn('zh-CN')).toContain('“郑晓鹏”已是本稿的二审，不能再担任三审');
    expect(messageIn('en')).toContain('“郑晓鹏” is already the second reviewer of this item and cannot also be its final reviewer');
  });

  it('does not run on a draft save', () => {
    const credits = duteChain.map((credit) => (credit.role === 'final-reviewer' ? { ...credit, name: '郑晓鹏' } : credit));
    expect(check('meeting', meetingWith(credits), { phase: 'save', signOff: 'three-review' })).toEqual([]);
  });
});
