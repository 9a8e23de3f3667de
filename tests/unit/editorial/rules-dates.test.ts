import { checkDocument } from '../../../src/plugins/newsroom/server/src/editorial';
import {
  parseDateOnly,
  parseDateTime,
  beijingDateOf,
} from '../../../src/plugins/newsroom/server/src/editorial/dates';
import type { AchievementData, MeetingData } from '../../../src/plugins/newsroom/server/src/editorial/types';
import { check } from './fixtures/check';
import { seedMeeting } from './fixtures/seed-meeting';

function meetingOn(heldOn: string, reportedAt: string): MeetingData {
  const meeting = seedMeeting();
  return { ...meeting, heldOn, editorial: { ...meeting.editorial, reportedAt } };
}

describe('dates in Beijing time (Asia/Shanghai)', () => {
  it('puts 2023-04-28T16:30:00Z on 2023-04-29 and 15:59:59Z on 2023-04-28', () => {
    expect(beijingDateOf(new Date('2023-04-28T16:30:00Z'))).toEqual({ year: 2023, month: 4, day: 29 });
    expect(beijingDateOf(new Date('2023-04-28T15:59:59Z'))).toEqual({ year: 2023, month: 4, day: 28 });
  });

  it('reads a datetime without offset as Beijing time', () => {
    expect(parseDateTime('2023-04-29T00:30:00')?.toISOString()).toBe('2023-04-28T16:30:00.000Z');
    expect(parseDateTime('2023-04-29T09:58:00+08:00')?.toISOString()).toBe('2023-04-29T01:58:00.000Z');
    expect(parseDateTime('2023-04-29T01:58:00.000Z')?.toISOString()).toBe('2023-04-29T01:58:00.000Z');
  });

  it('rejects what is not a real date', () => {
    expect(parseDateOnly('2023-02-30')).toBeUndefined();
    expect(parseDateOnly('2023/04/28')).toBeUndefined();
    expect(parseDateTime('yesterday')).toBeUndefined();
    expect(parseDateTime('2023-02-30T10:00:00Z')).toBeUndefined();
  });
});

describe('R5 heldOn on or before the report date', () => {
  it('accepts a meeting held on the Beijing date of a report filed at 00:30 Beijing time (16:30Z the day before)', () => {
    expect(check('meeting', meetingOn('2023-04-29', '2023-04-28T16:30:00Z'))).toEqual([]);
  });

  it('rejects it a minute before Beijing midnight', () => {
    expect(check('meeting', meetingOn('2023-04-29', '2023-04-28T15:59:00Z'))).toEqual([
      { path: ['heldOn'], code: 'dates.held-on.after-report' },
    ]);
  });

  it('accepts a report on the day of the meeting, and the seed one day later', () => {
    expect(check('meeting', meetingOn('2023-04-28', '2023-04-28T21:00:00+08:00'))).toEqual([]);
    expect(check('meeting', seedMeeting())).toEqual([]);
  });

  it('runs on every save and says both dates', () => {
    const problems = checkDocument('meeting', meetingOn('2023-05-01', '2023-04-29T09:58:00+08:00'), {
      phase: 'save',
      locale: 'zh-Hans',
      language: 'zh-CN',
      now: new Date('2023-05-02T00:00:00Z'),
    });
    expect(problems).toEqual([
      {
        path: ['heldOn'],
        code: 'dates.held-on.after-report',
        message: '会议日期（2023-05-01）不能晚于报道日期（2023-04-29，北京时间）。',
      },
    ]);
  });
});

describe('R5 reportedAt at most 10 minutes in the future', () => {
  const now = new Date('2023-04-29T02:00:00Z');

  it('allows 10 minutes of clock skew', () => {
    expect(check('meeting', meetingOn('2023-04-28', '2023-04-29T02:10:00Z'), { now })).toEqual([]);
  });

  it('rejects 11 minutes ahead, at editorial.reportedAt', () => {
    expect(check('meeting', meetingOn('2023-04-28', '2023-04-29T02:11:00Z'), { now, phase: 'save' })).toEqual([
      { path: ['editorial', 'reportedAt'], code: 'dates.reported-at.future' },
    ]);
  });
});

describe('R5 invalid dates and nothing before 1949', () => {
  it('reports unreadable dates', () => {
    expect(check('meeting', meetingOn('2023-02-30', 'soon'), { phase: 'save' })).toEqual([
      { path: ['editorial', 'reportedAt'], code: 'dates.invalid' },
      { path: ['heldOn'], code: 'dates.invalid' },
    ]);
  });

  it('reports dates before 1949 and accepts 1949', () => {
    expect(check('meeting', meetingOn('1948-12-31', '1948-12-31T12:00:00+08:00'), { phase: 'save' })).toEqual([
      { path: ['editorial', 'reportedAt'], code: 'dates.before-1949' },
      { path: ['heldOn'], code: 'dates.before-1949' },
    ]);
    expect(check('meeting', meetingOn('1949-01-01', '1949-01-01T12:00:00+08:00'), { phase: 'save' })).toEqual([]);
    expect(check('achievement', { year: 1948 }, { phase: 'save' })).toEqual([{ path: ['year'], code: 'dates.before-1949' }]);
  });
});

describe('R5 achievement year not after its meeting', () => {
  const achievement = (year: number): AchievementData => ({ title: '高标准推动残疾人就业', ordinal: 4, year });
  const meeting = { heldOn: '2023-04-28' };

  it('accepts the meeting year and earlier years', () => {
    expect(check('achievement', achievement(2023), { meeting })).toEqual([]);
    expect(check('achievement', achievement(2022), { meeting })).toEqual([]);
  });

  it('rejects a later year, at year, on every save', () => {
    expect(check('achievement', achievement(2024), { meeting, phase: 'save' })).toEqual([
      { path: ['year'], code: 'dates.year.after-meeting' },
    ]);
  });

  it('says nothing without a meeting', () => {
    expect(check('achievement', achievement(2024), { meeting: null })).toEqual([]);
  });

  it('rejects a year that is not a whole number', () => {
    expect(check('achievement', achievement(2022.5), { meeting })).toEqual([{ path: ['year'], code: 'dates.invalid' }]);
  });
});
