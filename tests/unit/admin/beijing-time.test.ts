/** The admin's Beijing-time words and the conversion of a time typed in Beijing into the Schedule API's ISO instant (shared/beijing-time.ts). */
import { beijingInputValues, beijingIso, beijingWords } from '../../../src/plugins/newsroom/shared/beijing-time';

it('words an instant in Beijing time in both languages, whatever the process time zone', () => {
  expect(beijingWords('2026-12-07T01:00:00.000Z', 'zh-Hans')).toBe('2026年12月7日 09:00（北京时间）');
  expect(beijingWords('2026-12-07T01:00:00.000Z', 'en')).toBe('7 Dec 2026, 09:00 Beijing time');
  // 16:30 UTC is half past midnight the next day in Beijing.
  expect(beijingWords('2026-09-30T16:30:00Z', 'en')).toBe('1 Oct 2026, 00:30 Beijing time');
  expect(beijingWords(Date.UTC(2027, 0, 1, 15, 5), 'zh-CN')).toBe('2027年1月1日 23:05（北京时间）');
  expect(beijingWords('not a date', 'en')).toBe('not a date');
});

it('turns a date and time typed in Beijing into an ISO instant with +08:00, and refuses what is no date or time', () => {
  expect(beijingIso('2026-12-07', '09:00')).toBe('2026-12-07T09:00:00+08:00');
  expect(new Date(beijingIso('2026-12-07', '09:00') ?? '').toISOString()).toBe('2026-12-07T01:00:00.000Z');
  for (const [date, time] of [
    ['2026-02-30', '09:00'],
    ['2026-12-07', '24:00'],
    ['2026-12-07', '9:00'],
    ['', '09:00'],
    ['2026-13-01', '09:00'],
    ['2026-12-07', ''],
  ]) {
    expect({ date, time, iso: beijingIso(date, time) }).toEqual({ date, time, iso: undefined });
  }
  expect(beijingInputValues('2026-12-06T17:45:00Z')).toEqual({ date: '2026-12-07', time: '01:45' });
});
