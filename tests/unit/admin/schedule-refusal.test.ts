/** The schedule panel's reading of a refused request: the request's own fields on the form, the document's problems on the edit view's fields (nested as the content manager's form errors). */
import { formErrorsOf, refusalOf } from '../../../src/plugins/newsroom/admin/src/components/schedule/refusal';

it('puts at/action/locale on the form and every other path on the document', () => {
  const refusal = refusalOf([
    { path: ['at'], message: 'at must be in the future' },
    { path: ['locale'], message: 'unknown locale' },
    { path: ['editorial', 'credits'], message: '缺少责任编辑', code: 'credits.responsible-editor.missing' },
    { path: ['editorial', 'credits', 1, 'name'], message: '姓名含数字' },
    { message: 'Forbidden' },
  ]);
  expect(refusal.form).toEqual({ at: 'at must be in the future', general: 'unknown locale Forbidden' });
  expect(refusal.document.map((p) => [p.path.join('.'), p.code])).toEqual([
    ['editorial.credits', 'credits.responsible-editor.missing'],
    ['editorial.credits.1.name', 'schedule.refused'],
  ]);
});

it('nests the document problems by path, joining two on one field', () => {
  expect(
    formErrorsOf([
      { path: ['title'], message: 'a' },
      { path: ['title'], message: 'b' },
      { path: ['editorial', 'credits', 1, 'name'], message: 'c' },
      { path: [], message: 'ignored' },
    ])
  ).toEqual({ title: 'a b', editorial: { credits: { 1: { name: 'c' } } } });
});
