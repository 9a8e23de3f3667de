import type { StreetCaseData } from '../../../src/plugins/newsroom/server/src/editorial/types';
import { check } from './fixtures/check';

const streetCase = (street: string, community?: string | null): StreetCaseData => ({
  title: '基层残疾人服务经验',
  street,
  community,
});

describe('R8 zh-Hans place names', () => {
  it.each([
    ['沙头街道', null],
    ['莲花街道', '莲花北社区'],
    ['观澜镇', '桂花村'],
  ])('accepts %s / %s', (street, community) => {
    expect(check('street-case', streetCase(street, community), { phase: 'save' })).toEqual([]);
  });

  it('rejects a street without 街道 or 镇 and a community without 社区 or 村', () => {
    expect(check('street-case', streetCase('沙头', '莲花北'), { phase: 'save' })).toEqual([
      { path: ['street'], code: 'place.street.suffix' },
      { path: ['community'], code: 'place.community.suffix' },
    ]);
  });

  it('does not apply to the en locale', () => {
    expect(check('street-case', streetCase('Shatou Subdistrict', 'Lianhuabei Community'), { locale: 'en' })).toEqual([]);
  });
});
