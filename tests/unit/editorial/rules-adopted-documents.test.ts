import { stripTitleQuotes, unbalancedBracket } from '../../../src/plugins/newsroom/server/src/editorial/brackets';
import { normalizeDocument } from '../../../src/plugins/newsroom/server/src/editorial';
import type { AdoptedDocument } from '../../../src/plugins/newsroom/server/src/editorial/types';
import { check } from './fixtures/check';
import { seedMeeting } from '../../fixtures/seed-meeting';

const withDocuments = (adoptedDocuments: AdoptedDocument[]) => ({ ...seedMeeting(), adoptedDocuments });

describe('R12 adopted-document titles', () => {
  it('strips the surrounding 《》 on save', () => {
    const meeting = normalizeDocument('meeting', withDocuments([{ title: ' 《福田区残疾预防行动方案(2023-2025年)》 ', action: 'adopted' }]), {
      locale: 'zh-Hans',
    });
    expect(meeting.adoptedDocuments).toEqual([{ title: '福田区残疾预防行动方案(2023-2025年)', action: 'adopted' }]);
  });

  it('keeps 《》 that do not enclose the whole title', () => {
    expect(stripTitleQuotes('《甲》和《乙》')).toBe('《甲》和《乙》');
    expect(stripTitleQuotes('关于《残疾预防行动方案》的说明')).toBe('关于《残疾预防行动方案》的说明');
  });

  it('rejects a title cut after 《, at its title', () => {
    expect(check('meeting', withDocuments([{ title: '《福田区残疾预防行动方案(2023-2025年)', action: 'adopted' }]), { phase: 'save' })).toEqual([
      { path: ['adoptedDocuments', 0, 'title'], code: 'adopted-document.title.brackets' },
    ]);
  });

  it.each([
    ['福田区残疾预防行动方案(2023-2025年)', undefined],
    ['方案（2023—2025年）【审议稿】“暂行”〈附件〉[一]', undefined],
    ['方案(2023-2025年', '('],
    ['方案2023-2025年)', ')'],
    ['方案(2023-2025年）', '）'],
    ['“人找政策', '“'],
    ['【审议稿', '【'],
  ])('finds the unbalanced bracket in %s', (title, bracket) => {
    expect(unbalancedBracket(title)).toBe(bracket);
  });

  it('reports each faulty title among several', () => {
    const documents: AdoptedDocument[] = [
      { title: '福田区残疾预防行动方案(2023-2025年)', action: 'adopted' },
      { title: '工作要点（2023年', action: 'reviewed' },
    ];
    expect(check('meeting', withDocuments(documents), { phase: 'save' })).toEqual([
      { path: ['adoptedDocuments', 1, 'title'], code: 'adopted-document.title.brackets' },
    ]);
  });
});
