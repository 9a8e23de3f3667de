/**
 * The schedule request and the job's view, without Strapi: `at` needs its
 * offset and a real date in the future, every problem names its field (in
 * both languages), and a job's stored error reads back as the contract's
 * rejected-write shape when it is a refusal, as its first line otherwise.
 */
import { instantOf, readScheduleRequest } from '../../../src/plugins/newsroom/server/src/services/schedule/schedule-request';
import { errorOf, SCHEDULE_JOB, toScheduleJob } from '../../../src/plugins/newsroom/server/src/services/schedule/schedule-view';

const NOW = Date.parse('2026-12-06T00:00:00Z');
const options = { locales: ['zh-Hans', 'en'], now: NOW, language: 'en' as const };
const problemsOf = (body: unknown, language: 'en' | 'zh-CN' = 'en') => {
  const read = readScheduleRequest(body, { ...options, language });
  return 'problems' in read ? read.problems.map((p) => [p.path.join('.'), p.code]) : [];
};

it('reads an instant only with its offset, and only a real date', () => {
  expect(instantOf('2026-12-07T09:00:00+08:00')?.toISOString()).toBe('2026-12-07T01:00:00.000Z');
  expect(instantOf('2026-12-07T01:00:00.000Z')?.toISOString()).toBe('2026-12-07T01:00:00.000Z');
  for (const bad of ['2026-12-07T09:00:00', '2026-12-07', '2026-02-30T09:00:00+08:00', '2026-12-07 09:00+08:00', 12, null]) expect(instantOf(bad)).toBeUndefined();
});

it('names each bad field, all at once, in the reader’s language', () => {
  expect(problemsOf({ action: 'publish', at: '2026-12-07T09:00:00+08:00', locale: 'zh-Hans' })).toEqual([]);
  expect(problemsOf({ action: 'delete', at: '2026-12-07T09:00', locale: 'fr' })).toEqual([
    ['action', 'schedule.action.invalid'],
    ['at', 'schedule.at.invalid'],
    ['locale', 'schedule.locale.invalid'],
  ]);
  expect(problemsOf({ action: 'unpublish', at: '2026-12-05T09:00:00+08:00', locale: 'en' })).toEqual([['at', 'schedule.at.past']]);
  expect(problemsOf([])).toEqual([['body', 'schedule.body.invalid']]);
  const zh = readScheduleRequest({ action: 'publish', at: 'soon', locale: 'zh-Hans' }, { ...options, language: 'zh-CN' });
  expect('problems' in zh && zh.problems[0].message).toMatch(/北京时间/);
});

it('reads a refusal back in the contract’s shape, and any other error by its first line', () => {
  const refusal = { message: '1 problem', details: { errors: [{ path: ['editorial', 'credits'], message: 'missing', code: 'credits.responsible-editor.missing' }] } };
  expect(errorOf(JSON.stringify(refusal))).toEqual(refusal);
  expect(errorOf('Error: connection lost\n    at somewhere')).toEqual({ message: 'Error: connection lost' });
  expect(errorOf(null)).toBeUndefined();
  const row = {
    id: 7,
    type: SCHEDULE_JOB,
    key: 'schedule:meeting:abc:zh-Hans:x',
    payload: { kind: 'meeting', documentId: 'abc', locale: 'zh-Hans', action: 'publish', at: '2026-12-07T01:00:00.000Z', scheduledBy: { type: 'admin', id: 3, name: '陈飞' } },
    runAt: Date.parse('2026-12-07T01:00:00Z'),
    state: 'running' as const,
    attempts: 1,
    maxAttempts: 6,
    lastError: null,
    lockedBy: 'w',
    lockedAt: NOW,
    createdAt: NOW,
    updatedAt: NOW,
  };
  // Running is still pending to the API: it has not fired until its publish commits.
  expect(toScheduleJob(row)).toEqual({
    id: 7, kind: 'meeting', documentId: 'abc', action: 'publish', at: '2026-12-07T01:00:00.000Z', locale: 'zh-Hans', state: 'pending', scheduledBy: { id: 3, name: '陈飞' },
  });
  expect(toScheduleJob({ ...row, type: 'pages.rebuild' })).toBeUndefined();
});
