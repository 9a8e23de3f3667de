import { RULES, appliesTo, checkDocument } from '../../../src/plugins/newsroom/server/src/editorial';
import type { MeetingData } from '../../../src/plugins/newsroom/server/src/editorial/types';
import { found } from './fixtures/check';
import { seedContext, seedMeeting } from '../../fixtures/seed-meeting';

describe('the rule table', () => {
  it('holds R1 to R12, the required fields, the slug rule and the corrections rule', () => {
    const ids = new Set(RULES.map((rule) => rule.id));
    expect([...ids].sort()).toEqual(['R1', 'R10', 'R11', 'R12', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'corrections', 'required', 'slug']);
  });

  it('runs publish rules only when publishing', () => {
    const publishOnly = RULES.filter((rule) => rule.phase === 'publish').map((rule) => rule.id);
    expect(publishOnly).toEqual(['required', 'R3', 'R4', 'R6', 'R9']);
    const r3 = RULES.find((rule) => rule.id === 'R3');
    expect(r3 && appliesTo(r3, 'meeting', seedContext({ phase: 'save' }))).toBe(false);
    expect(r3 && appliesTo(r3, 'meeting', seedContext({ phase: 'publish' }))).toBe(true);
    expect(r3 && appliesTo(r3, 'speaker', seedContext({ phase: 'publish' }))).toBe(false);
  });
});

describe('checkDocument', () => {
  /** A meeting that breaks many rules at once. */
  function brokenMeeting(): MeetingData {
    const meeting = seedMeeting();
    return {
      ...meeting,
      title: '<b>2023年福田区残工委第一次全体会议</b>',
      heldOn: '2023-04-30',
      adoptedDocuments: [{ title: '福田区残疾预防行动方案(2023-2025年', action: 'adopted' }],
      speeches: [{ role: 'address' }],
      cover: { name: 'IMG_0001.jpg', alternativeText: '' },
      editorial: {
        ...meeting.editorial,
        sourceUrl: 'javascript:alert(1)',
        credits: [
          { role: 'editor', name: '郑晓鹏' },
          { role: 'editor', name: '陈飞2' },
          { role: 'responsible-editor', name: '郑晓鹏' },
          { role: 'editor', name: '郑晓鹏' },
        ],
      },
    };
  }

  it('returns every problem at once, not the first, in rule-table order', () => {
    expect(found(checkDocument('meeting', brokenMeeting(), seedContext()))).toEqual([
      { path: ['editorial', 'credits', 1, 'name'], code: 'credits.name.invalid' },
      { path: ['editorial', 'credits', 3, 'name'], code: 'credits.duplicate' },
      { path: ['editorial', 'credits', 2, 'name'], code: 'credits.four-eyes' },
      { path: ['heldOn'], code: 'dates.held-on.after-report' },
      { path: ['editorial', 'sourceUrl'], code: 'editorial.source-url.scheme' },
      { path: ['cover'], code: 'media.alternative-text.missing' },
      { path: ['speeches', 0, 'speaker'], code: 'speech.speaker.missing' },
      { path: ['title'], code: 'text.html' },
      { path: ['adoptedDocuments', 0, 'title'], code: 'adopted-document.title.brackets' },
    ]);
  });

  it('leaves out publish rules when saving a draft', () => {
    const codes = checkDocument('meeting', brokenMeeting(), seedContext({ phase: 'save' })).map((p) => p.code);
    expect(codes).not.toContain('credits.four-eyes');
    expect(codes).not.toContain('media.alternative-text.missing');
    expect(codes).toHaveLength(7);
  });

  it('writes messages in the requested language', () => {
    const [zh] = checkDocument('speaker', { name: '' }, seedContext({ language: 'zh-CN' }));
    const [en] = checkDocument('speaker', { name: '' }, seedContext({ language: 'en' }));
    expect(zh).toEqual({ path: ['name'], code: 'field.required', message: '此项为必填项。' });
    expect(en).toEqual({ path: ['name'], code: 'field.required', message: 'This field is required.' });
  });
});
