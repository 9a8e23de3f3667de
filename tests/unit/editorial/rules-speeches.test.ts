import type { Speech } from '../../../src/plugins/newsroom/server/src/editorial/types';
import { check } from './fixtures/check';
import { seedMeeting } from '../../fixtures/seed-meeting';

describe('R10 a speech names a speaker or describes one', () => {
  it('reports every speech without either, at its speaker field, on every save', () => {
    const speeches: Speech[] = [
      { speaker: { documentId: 'speaker-luo-nian-chun', name: '罗念纯' }, role: 'report' },
      { role: 'address', summary: '讲话' },
      { speakerDescription: '沙头街道公共服务办副主任', role: 'experience' },
      { speaker: null, speakerDescription: '  ', role: 'relay' },
    ];
    expect(check('meeting', { ...seedMeeting(), speeches }, { phase: 'save' })).toEqual([
      { path: ['speeches', 1, 'speaker'], code: 'speech.speaker.missing' },
      { path: ['speeches', 3, 'speaker'], code: 'speech.speaker.missing' },
    ]);
  });

  it('checks a street case\'s presenter', () => {
    const streetCase = { title: '经验分享', street: '梅林街道', presenter: { role: 'experience' } };
    expect(check('street-case', streetCase, { phase: 'save' })).toEqual([
      { path: ['presenter', 'speaker'], code: 'speech.speaker.missing' },
    ]);
    expect(check('street-case', { ...streetCase, presenter: { speakerDescription: '梅林街道党工委委员' } })).toEqual([]);
  });
});
