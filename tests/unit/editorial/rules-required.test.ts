import { check } from './fixtures/check';
import { seedMeeting } from '../../fixtures/seed-meeting';

describe('required on publish', () => {
  it('lets a draft be incomplete', () => {
    expect(check('meeting', {}, { phase: 'save' })).toEqual([]);
    expect(check('achievement', {}, { phase: 'save' })).toEqual([]);
    expect(check('street-case', {}, { phase: 'save' })).toEqual([]);
  });

  it('requires meeting title, heldOn, organizer and editorial', () => {
    expect(check('meeting', { title: ' ', venue: '福田会堂' })).toEqual([
      { path: ['title'], code: 'field.required' },
      { path: ['heldOn'], code: 'field.required' },
      { path: ['organizer'], code: 'field.required' },
      { path: ['editorial'], code: 'field.required' },
    ]);
  });

  it('requires editorial.source and reportedAt', () => {
    const meeting = seedMeeting();
    const problems = check('meeting', { ...meeting, editorial: { ...meeting.editorial, source: null, reportedAt: null } });
    expect(problems).toEqual([
      { path: ['editorial', 'reportedAt'], code: 'field.required' },
      { path: ['editorial', 'source'], code: 'editorial.source.missing' },
    ]);
  });

  it('requires achievement title, ordinal and year', () => {
    expect(check('achievement', { category: 'employment' })).toEqual([
      { path: ['title'], code: 'field.required' },
      { path: ['ordinal'], code: 'field.required' },
      { path: ['year'], code: 'field.required' },
    ]);
  });

  it('requires street-case title and street', () => {
    expect(check('street-case', { community: '莲花北社区' })).toEqual([
      { path: ['title'], code: 'field.required' },
      { path: ['street'], code: 'field.required' },
    ]);
  });

  it("requires the speaker's name on every save", () => {
    expect(check('speaker', { bio: '福田区残联党组书记' }, { phase: 'save' })).toEqual([{ path: ['name'], code: 'field.required' }]);
  });
});
