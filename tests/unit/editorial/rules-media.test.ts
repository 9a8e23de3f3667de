import type { MediaRef } from '../../../src/plugins/newsroom/server/src/editorial/types';
import { check } from './fixtures/check';
import { seedMeeting } from '../../fixtures/seed-meeting';

const withCover = (cover: MediaRef | null) => ({ ...seedMeeting(), cover });

describe('R9 accessible media, on publish', () => {
  it('accepts a cover described in words, and no cover at all', () => {
    expect(check('meeting', withCover({ name: 'IMG_0001.jpg', alternativeText: '福田区残工委举行全体会议' }))).toEqual([]);
    expect(check('meeting', withCover(null))).toEqual([]);
  });

  it.each([null, '', '   '])('reports a cover with alternative text %j', (alternativeText) => {
    expect(check('meeting', withCover({ name: 'IMG_0001.jpg', alternativeText }))).toEqual([
      { path: ['cover'], code: 'media.alternative-text.missing' },
    ]);
  });

  it.each(['IMG_0001.jpg', 'IMG_0001', 'img_0001.JPG'])('reports alternative text that is the file name (%s)', (alternativeText) => {
    expect(check('meeting', withCover({ name: 'IMG_0001.jpg', alternativeText }))).toEqual([
      { path: ['cover'], code: 'media.alternative-text.file-name' },
    ]);
  });

  it('checks the speaker photo', () => {
    expect(check('speaker', { name: '罗念纯', photo: { name: 'luo.png', alternativeText: 'luo' } })).toEqual([
      { path: ['photo'], code: 'media.alternative-text.file-name' },
    ]);
  });

  it('does not run when saving a draft', () => {
    expect(check('meeting', withCover({ name: 'IMG_0001.jpg', alternativeText: '' }), { phase: 'save' })).toEqual([]);
  });
});
