/**
 * Speakers and their organizations: positions from descriptions, one
 * spelling per organization, the report's district for a bare 区残联.
 */
import { buildSpeakers, positionsOf } from '../../../src/plugins/newsroom/server/src/import/speakers';

describe('speakers and organizations', () => {
  it('inherits organizations and qualifies them by the place in front', () => {
    expect(positionsOf('福田区政府党组成员、副区长,残工委主任', '福田区')).toEqual([
      { organization: '福田区政府', title: '党组成员' },
      { organization: '福田区政府', title: '副区长' },
      { organization: '福田区残工委', title: '主任' },
    ]);
    expect(positionsOf('沙头街道公共服务办副主任、街道残联理事长', '福田区')).toEqual([
      { organization: '沙头街道公共服务办', title: '副主任' },
      { organization: '沙头街道残联', title: '理事长' },
    ]);
    expect(positionsOf('区残联理事长', '福田区')).toEqual([{ organization: '福田区残联', title: '理事长' }]);
  });

  it('qualifies a 新区 organization by the new district in front, not twice', () => {
    expect(positionsOf('大鹏新区管委会副主任、新区残工委主任', '大鹏新区')).toEqual([
      { organization: '大鹏新区管委会', title: '副主任' },
      { organization: '大鹏新区残工委', title: '主任' },
    ]);
  });

  it('merges spellings of one organization into the most formal one', () => {
    const speakers = buildSpeakers(
      ['朱江'],
      [
        { name: '朱江', description: '福田区人民政府党组成员、副区长' },
        { name: '朱江', description: '福田区政府党组成员、副区长,残工委主任' },
      ],
      '福田区',
    );
    expect(speakers).toEqual([
      {
        name: '朱江',
        positions: [
          { organization: '福田区人民政府', title: '党组成员' },
          { organization: '福田区人民政府', title: '副区长' },
          { organization: '福田区残工委', title: '主任' },
        ],
      },
    ]);
  });
});

