import { checkDocument, normalizeDocument } from '../../../src/plugins/newsroom/server/src/editorial';
import type { Credit, MeetingData } from '../../../src/plugins/newsroom/server/src/editorial/types';
import { check, only } from './fixtures/check';
import { seedContext, seedMeeting } from '../../fixtures/seed-meeting';

/** The seed meeting with other credits. */
function meetingWith(credits: Credit[], source: string | null = '深圳新闻网'): MeetingData {
  const meeting = seedMeeting();
  return { ...meeting, editorial: { ...meeting.editorial, source, credits } };
}

const desk: Credit[] = [
  { role: 'editor', name: '陈飞' },
  { role: 'responsible-editor', name: '郑晓鹏' },
];

describe('R1 credit names in documents', () => {
  it('reports each invalid name at its credit, on every save', () => {
    const credits: Credit[] = [
      { role: 'reporter', name: '陈飞2' },
      { role: 'editor', name: '<b>陈飞</b>' },
      { role: 'editor', name: '陈飞:' },
      { role: 'correspondent', name: '  ' },
      { role: 'photographer', name: '陈'.repeat(33) },
      { role: 'correspondent', name: '张\u0000三' },
      ...desk,
    ];
    expect(check('meeting', meetingWith(credits), { phase: 'save' })).toEqual([
      { path: ['editorial', 'credits', 0, 'name'], code: 'credits.name.invalid' },
      { path: ['editorial', 'credits', 1, 'name'], code: 'credits.name.invalid' },
      { path: ['editorial', 'credits', 2, 'name'], code: 'credits.name.invalid' },
      { path: ['editorial', 'credits', 3, 'name'], code: 'credits.name.empty' },
      { path: ['editorial', 'credits', 4, 'name'], code: 'credits.name.too-long' },
      { path: ['editorial', 'credits', 5, 'name'], code: 'credits.name.invalid' },
    ]);
  });

  it('accepts 阿卜杜·热合曼 and Mary O\'Neil', () => {
    const credits: Credit[] = [{ role: 'reporter', name: '阿卜杜·热合曼' }, { role: 'reporter', name: "Mary O'Neil" }, ...desk];
    expect(check('meeting', meetingWith(credits))).toEqual([]);
  });

  it('reports an unknown role at the credit\'s role', () => {
    const credits: Credit[] = [{ role: 'author', name: '田也' }, ...desk];
    expect(check('meeting', meetingWith(credits), { phase: 'save' })).toEqual([
      { path: ['editorial', 'credits', 0, 'role'], code: 'credits.role.invalid' },
    ]);
  });

  it('applies to the speaker\'s name, which is also required on every save', () => {
    expect(check('speaker', { name: '罗念纯2' }, { phase: 'save' })).toEqual([
      { path: ['name'], code: 'credits.name.invalid' },
    ]);
    expect(check('speaker', { name: ' ' }, { phase: 'save' })).toEqual([{ path: ['name'], code: 'field.required' }]);
    expect(check('speaker', { name: '阿卜杜·热合曼' }, { phase: 'save' })).toEqual([]);
  });
});

describe('R2 no person twice in the same role', () => {
  it('reports the repeat, not the first occurrence', () => {
    const credits: Credit[] = [{ role: 'reporter', name: '田也' }, ...desk, { role: 'editor', name: '陈飞' }];
    expect(check('meeting', meetingWith(credits), { phase: 'save' })).toEqual([
      { path: ['editorial', 'credits', 3, 'name'], code: 'credits.duplicate' },
    ]);
  });

  it('compares normalized names: look-alike dots, spacing and case', () => {
    const credits: Credit[] = [
      { role: 'reporter', name: '阿卜杜·热合曼' },
      { role: 'reporter', name: ' 阿卜杜•热合曼' },
      { role: 'correspondent', name: "Mary O'Neil" },
      { role: 'correspondent', name: 'MARY  O’NEIL' },
    ];
    expect(check('meeting', meetingWith(credits), { phase: 'save' })).toEqual([
      { path: ['editorial', 'credits', 1, 'name'], code: 'credits.duplicate' },
      { path: ['editorial', 'credits', 3, 'name'], code: 'credits.duplicate' },
    ]);
  });

  it('allows the same person in different roles', () => {
    const credits: Credit[] = [{ role: 'reporter', name: '田也' }, { role: 'photographer', name: '田也' }, ...desk];
    expect(check('meeting', meetingWith(credits))).toEqual([]);
  });
});

describe('R3 who must be credited before publishing, under the responsible-editor policy', () => {
  const policy = { signOff: 'responsible-editor' } as const;

  it('needs a responsible editor: path is the credit list', () => {
    const credits: Credit[] = [{ role: 'reporter', name: '田也' }, { role: 'editor', name: '陈飞' }];
    expect(check('meeting', meetingWith(credits), policy)).toEqual([
      { path: ['editorial', 'credits'], code: 'credits.responsible-editor.missing' },
    ]);
  });

  it('allows only one responsible editor', () => {
    const credits: Credit[] = [...desk, { role: 'responsible-editor', name: '李四' }];
    expect(check('meeting', meetingWith(credits), policy)).toEqual([
      { path: ['editorial', 'credits'], code: 'credits.responsible-editor.multiple' },
    ]);
  });

  it('needs an editor', () => {
    const credits: Credit[] = [{ role: 'reporter', name: '田也' }, { role: 'responsible-editor', name: '郑晓鹏' }];
    expect(check('meeting', meetingWith(credits), policy)).toEqual([{ path: ['editorial', 'credits'], code: 'credits.editor.missing' }]);
  });

  it('needs a reporter or a source', () => {
    expect(check('meeting', meetingWith(desk, '深圳新闻网'))).toEqual([]);
    expect(check('meeting', meetingWith([{ role: 'reporter', name: '田也' }, ...desk], null))).toEqual([
      { path: ['editorial', 'source'], code: 'editorial.source.missing' },
    ]);
    expect(check('meeting', meetingWith(desk, ' '))).toEqual([
      { path: ['editorial', 'credits'], code: 'credits.reporter-or-source.missing' },
      { path: ['editorial', 'source'], code: 'editorial.source.missing' },
    ]);
  });

  it('does not count credits whose name or role is invalid', () => {
    const credits: Credit[] = [{ role: 'editor', name: '陈飞' }, { role: 'responsible-editor', name: '' }];
    expect(only(check('meeting', meetingWith(credits)), 'credits.responsible-editor')).toEqual([
      { path: ['editorial', 'credits'], code: 'credits.responsible-editor.missing' },
    ]);
  });

  it('applies to an achievement that carries an editorial component', () => {
    const achievement = { title: '高标准推动残疾人就业', ordinal: 4, year: 2022, editorial: { source: '深圳新闻网', reportedAt: '2023-04-29T09:58:00+08:00', credits: [] } };
    expect(check('achievement', achievement, policy)).toEqual([
      { path: ['editorial', 'credits'], code: 'credits.responsible-editor.missing' },
      { path: ['editorial', 'credits'], code: 'credits.editor.missing' },
    ]);
  });

  it('does not run when saving a draft', () => {
    expect(check('meeting', meetingWith([]), { phase: 'save' })).toEqual([]);
  });
});

describe('R4 four eyes', () => {
  it('rejects a responsible editor who also edited the item, at the responsible editor\'s name', () => {
    const credits: Credit[] = [{ role: 'reporter', name: '田也' }, { role: 'editor', name: '郑晓鹏' }, { role: 'responsible-editor', name: '郑晓鹏' }];
    expect(check('meeting', meetingWith(credits))).toEqual([{ path: ['editorial', 'credits', 2, 'name'], code: 'credits.four-eyes' }]);
  });

  it('rejects a responsible editor who also reported it', () => {
    const credits: Credit[] = [{ role: 'responsible-editor', name: '田也' }, { role: 'reporter', name: '田也' }, { role: 'editor', name: '陈飞' }];
    expect(check('meeting', meetingWith(credits))).toEqual([{ path: ['editorial', 'credits', 0, 'name'], code: 'credits.four-eyes' }]);
  });

  it('allows a responsible editor who took the photos', () => {
    const credits: Credit[] = [{ role: 'photographer', name: '郑晓鹏' }, ...desk];
    expect(check('meeting', meetingWith(credits))).toEqual([]);
  });

  it('does not run when saving a draft', () => {
    const credits: Credit[] = [{ role: 'editor', name: '郑晓鹏' }, { role: 'responsible-editor', name: '郑晓鹏' }];
    expect(check('meeting', meetingWith(credits), { phase: 'save' })).toEqual([]);
  });

  it('names the person and the conflicting role in the message', () => {
    const credits: Credit[] = [{ role: 'editor', name: '郑晓鹏' }, { role: 'responsible-editor', name: '郑晓鹏' }];
    const meeting = normalizeDocument('meeting', meetingWith(credits), { locale: 'zh-Hans' });
    const ctx = seedContext();
    const [fourEyes] = checkDocument('meeting', meeting, ctx).filter((p) => p.code === 'credits.four-eyes');
    expect(fourEyes.message).toBe('责任编辑“郑晓鹏”不能同时是本稿的编辑（双人审核）。');
    const [english] = checkDocument('meeting', meeting, { ...ctx, language: 'en' }).filter((p) => p.code === 'credits.four-eyes');
    expect(english.message).toBe('The responsible editor “郑晓鹏” cannot also be the editor of this item (four eyes).');
  });
});
