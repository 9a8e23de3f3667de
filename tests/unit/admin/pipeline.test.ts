/** The pipeline page's pure parts: the oldest job's age in words, and a failed job's error as shown (a refusal's JSON read back). */
import { ageWords } from '../../../src/plugins/newsroom/admin/src/pages/pipeline/ageWords';
import { failureText } from '../../../src/plugins/newsroom/admin/src/pages/pipeline/failureText';

it('tells an age in one unit, rounded down, in both languages', () => {
  expect(ageWords(0, 'en')).toBe('1 second');
  expect(ageWords(45_400, 'en')).toBe('45 seconds');
  expect(ageWords(3 * 60_000 + 59_000, 'zh-Hans')).toBe('3分钟');
  expect(ageWords(60 * 60_000, 'en')).toBe('1 hour');
  expect(ageWords(47 * 3_600_000, 'zh-Hans')).toBe('47小时');
  expect(ageWords(3 * 86_400_000 + 5, 'en')).toBe('3 days');
});

it('shows a plain error as it is, and a refusal by its message and problems with their field', () => {
  expect(failureText('the CDN answered 503')).toEqual({ message: 'the CDN answered 503', problems: [] });
  expect(failureText(null)).toEqual({ message: '', problems: [] });
  expect(failureText('Error: CDN purge refused\n    at handler (x.ts:1:1)\n    at runOne (y.ts:2:2)')).toEqual({
    message: 'Error: CDN purge refused',
    detail: 'at handler (x.ts:1:1)\n    at runOne (y.ts:2:2)',
    problems: [],
  });
  expect(failureText('{not json')).toEqual({ message: '{not json', problems: [] });
  const refusal = JSON.stringify({
    message: '有 1 处问题需要修改',
    details: { errors: [{ path: ['editorial', 'credits'], message: '缺少责任编辑', code: 'credits.responsible-editor.missing' }] },
  });
  expect(failureText(refusal)).toEqual({ message: '有 1 处问题需要修改', problems: [{ path: 'editorial.credits', message: '缺少责任编辑' }] });
});
