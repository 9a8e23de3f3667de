import { check } from './fixtures/check';
import { seedMeeting } from '../../fixtures/seed-meeting';

describe('R11 plain-text fields', () => {
  it('rejects HTML tags in strings and in text, on every save', () => {
    const meeting = { ...seedMeeting(), venue: '<b>福田会堂</b>', summary: '会议<br/>纪要' };
    expect(check('meeting', meeting, { phase: 'save' })).toEqual([
      { path: ['venue'], code: 'text.html' },
      { path: ['summary'], code: 'text.html' },
    ]);
  });

  it('allows a lone < or > that is not a tag', () => {
    expect(check('meeting', { ...seedMeeting(), summary: '覆盖率 > 90%，且 a < b' })).toEqual([]);
  });

  it('rejects control characters, but allows line breaks and tabs in text fields', () => {
    const meeting = { ...seedMeeting(), organizer: '福田区\u0000残工委', summary: '第一段\n\t第二段' };
    expect(check('meeting', meeting, { phase: 'save' })).toEqual([{ path: ['organizer'], code: 'text.control-characters' }]);
    expect(check('meeting', { ...seedMeeting(), summary: '第一段\u001b第二段' }, { phase: 'save' })).toEqual([
      { path: ['summary'], code: 'text.control-characters' },
    ]);
  });

  it.each([
    ['U+FFFE', '会议\uFFFE标题'],
    ['U+FFFF', '会议\uFFFF标题'],
    ['U+FDD0', '会议\uFDD0标题'],
    ['U+1FFFE', '会议\u{1FFFE}标题'],
    ['a lone high surrogate', '会议\uD83D标题'],
    ['a lone low surrogate', '会议\uDE00标题'],
  ])('rejects a code point that is not a character: %s', (_name, title) => {
    expect(check('meeting', { ...seedMeeting(), title }, { phase: 'save' })).toEqual([{ path: ['title'], code: 'text.noncharacters' }]);
  });

  it('accepts emoji (a surrogate pair), ]]>, & and a lone <', () => {
    expect(check('meeting', { ...seedMeeting(), title: '会议 😀 ]]> ]]> & a < b' }, { phase: 'save' })).toEqual([]);
  });

  it('limits title and headline to 120 characters and the meeting summary to 500', () => {
    const meeting = { ...seedMeeting(), title: '会'.repeat(121), headline: '会'.repeat(120), summary: '议'.repeat(501) };
    expect(check('meeting', meeting, { phase: 'save' })).toEqual([
      { path: ['title'], code: 'text.too-long' },
      { path: ['summary'], code: 'text.too-long' },
    ]);
  });

  it('reaches into components: adopted documents, speeches, editorial, metrics, positions, presenter', () => {
    const meeting = seedMeeting();
    const withFaults = {
      ...meeting,
      adoptedDocuments: [{ title: '<i>方案</i>', action: 'adopted' }],
      speeches: [{ speakerDescription: '<p>副主任</p>' }],
      editorial: { ...meeting.editorial, channel: '读特\u0007客户端' },
    };
    expect(check('meeting', withFaults, { phase: 'save' })).toEqual([
      { path: ['adoptedDocuments', 0, 'title'], code: 'text.html' },
      { path: ['speeches', 0, 'speakerDescription'], code: 'text.html' },
      { path: ['editorial', 'channel'], code: 'text.control-characters' },
      // The dateline derived from that channel carries the same character; the write is refused, so it is never stored.
      { path: ['editorial', 'dateline'], code: 'text.control-characters' },
    ]);
    expect(check('achievement', { metrics: [{ label: '社区残协覆盖', unit: '<u>个</u>' }] }, { phase: 'save' })).toEqual([
      { path: ['metrics', 0, 'unit'], code: 'text.html' },
    ]);
    expect(check('speaker', { name: '罗念纯', positions: [{ organization: '福田区残联', title: '理'.repeat(121) }] }, { phase: 'save' })).toEqual([
      { path: ['positions', 0, 'title'], code: 'text.too-long' },
    ]);
    expect(check('street-case', { presenter: { speakerDescription: 'x', summary: '<script>' } }, { phase: 'save' })).toEqual([
      { path: ['presenter', 'summary'], code: 'text.html' },
    ]);
  });

  it('counts characters after normalization (surrounding spaces do not count)', () => {
    expect(check('meeting', { ...seedMeeting(), title: `  ${'会'.repeat(120)}\u3000` })).toEqual([]);
  });
});
