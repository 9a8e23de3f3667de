import { check } from './fixtures/check';
import { seedMeeting } from '../../fixtures/seed-meeting';
import type { Correction } from '../../../src/plugins/newsroom/server/src/editorial/types';

const withCorrections = (corrections: Correction[]) => ({ ...seedMeeting(), corrections });
/** 2023-05-02 00:30 in Shanghai is still 2023-05-01 in UTC. */
const now = new Date('2023-05-01T16:30:00Z');

describe('corrections and embargo', () => {
  it('accepts a correction, an update and a clarification with date, kind and text, on every kind', () => {
    const corrections: Correction[] = [
      { date: '2023-05-02', kind: 'correction', text: '原稿将“福田会堂”误作“福田礼堂”，现已更正。' },
      { date: '2023-04-30', kind: 'update', text: 'Added the list of adopted documents.' },
      { date: '2023-04-30', kind: 'clarification', text: '说明' },
    ];
    expect(check('meeting', withCorrections(corrections), { phase: 'save', now })).toEqual([]);
    expect(check('speaker', { name: '罗念纯', corrections }, { phase: 'save', now })).toEqual([]);
  });

  it('reports a missing date, kind and text at their paths', () => {
    expect(check('meeting', withCorrections([{ date: '2023-04-30', kind: 'update', text: 'x' }, { date: null, kind: null, text: '   ' }]), { phase: 'save', now })).toEqual([
      { path: ['corrections', 1, 'date'], code: 'field.required' },
      { path: ['corrections', 1, 'kind'], code: 'field.required' },
      { path: ['corrections', 1, 'text'], code: 'field.required' },
    ]);
  });

  it('refuses an unknown kind, an impossible date, a date after today in Beijing and one before 1949', () => {
    const found = check(
      'street-case',
      {
        title: '从“人找政策”向“政策找人”转变',
        street: '沙头街道',
        corrections: [
          { date: '2023-02-30', kind: 'erratum', text: 'x' },
          { date: '2023-05-03', kind: 'update', text: 'x' },
          { date: '1948-12-31', kind: 'update', text: 'x' },
        ],
      },
      { phase: 'save', now }
    );
    expect(found).toEqual([
      { path: ['corrections', 0, 'date'], code: 'dates.invalid' },
      { path: ['corrections', 0, 'kind'], code: 'correction.kind.invalid' },
      { path: ['corrections', 1, 'date'], code: 'correction.date.future' },
      { path: ['corrections', 2, 'date'], code: 'dates.before-1949' },
    ]);
  });

  it('counts today in Beijing time, not UTC', () => {
    expect(check('meeting', withCorrections([{ date: '2023-05-02', kind: 'update', text: 'x' }]), { phase: 'save', now })).toEqual([]);
  });

  it('holds the text to plain text of at most 500 characters (R11)', () => {
    expect(check('meeting', withCorrections([{ date: '2023-04-30', kind: 'update', text: '<b>更正</b>' }, { date: '2023-04-30', kind: 'update', text: '字'.repeat(501) }]), { phase: 'save', now })).toEqual([
      { path: ['corrections', 0, 'text'], code: 'text.html' },
      { path: ['corrections', 1, 'text'], code: 'text.too-long' },
    ]);
  });

  it('refuses an embargo time that is not a date and time', () => {
    expect(check('meeting', { ...seedMeeting(), embargoUntil: '2023-13-01T09:00:00+08:00' }, { phase: 'save', now })).toEqual([{ path: ['embargoUntil'], code: 'dates.invalid' }]);
    expect(check('meeting', { ...seedMeeting(), embargoUntil: '2026-12-07T09:00:00+08:00' }, { phase: 'save', now })).toEqual([]);
  });
});
