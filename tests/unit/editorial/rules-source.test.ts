import type { MeetingData } from '../../../src/plugins/newsroom/server/src/editorial/types';
import { check } from './fixtures/check';
import { seedMeeting } from '../../fixtures/seed-meeting';

function meetingWithSource(source: string | null, sourceUrl?: string | null): MeetingData {
  const meeting = seedMeeting();
  return { ...meeting, editorial: { ...meeting.editorial, source, sourceUrl } };
}

describe('R6 source present on publish', () => {
  it('reports a missing source at editorial.source', () => {
    expect(check('meeting', meetingWithSource(''))).toEqual([{ path: ['editorial', 'source'], code: 'editorial.source.missing' }]);
  });

  it('does not ask for a source in a draft', () => {
    expect(check('meeting', meetingWithSource(null), { phase: 'save' })).toEqual([]);
  });
});

describe('R6 sourceUrl only http or https, on every save', () => {
  it.each(['https://www.sznews.com/news/content/2023-04/29/content_30204120.htm', 'http://sznews.com/'])('accepts %s', (url) => {
    expect(check('meeting', meetingWithSource('深圳新闻网', url), { phase: 'save' })).toEqual([]);
  });

  it('reports markup in the URL as well as its scheme', () => {
    expect(check('meeting', meetingWithSource('深圳新闻网', 'data:text/html,<b>x</b>'), { phase: 'save' })).toEqual([
      { path: ['editorial', 'sourceUrl'], code: 'editorial.source-url.scheme' },
      { path: ['editorial', 'sourceUrl'], code: 'text.html' },
    ]);
  });

  it.each(['javascript:alert(1)', 'data:text/html,hello', 'ftp://sznews.com/a', 'www.sznews.com', 'https://'])(
    'rejects %s at editorial.sourceUrl',
    (url) => {
      expect(check('meeting', meetingWithSource('深圳新闻网', url), { phase: 'save' })).toEqual([
        { path: ['editorial', 'sourceUrl'], code: 'editorial.source-url.scheme' },
      ]);
    },
  );
});
