import { applyOverrides, readOverrides } from '../../../src/plugins/newsroom/server/src/import/overrides';
import type { ParsedReport } from '../../../src/plugins/newsroom/server/src/import';

describe('import overrides', () => {
  it('reads a title and a real date; refuses wrong types with their path', () => {
    expect(readOverrides(undefined)).toEqual({ problems: [] });
    expect(readOverrides({ title: ' 会议 ', heldOn: '2024-02-29' })).toEqual({ overrides: { title: '会议', heldOn: '2024-02-29' }, problems: [] });
    expect(readOverrides({ heldOn: '2023-02-29' }).problems.map((p) => p.path)).toEqual([['overrides', 'heldOn']]);
    expect(readOverrides({ title: 1, heldOn: null }).problems.map((p) => p.path)).toEqual([['overrides', 'title'], ['overrides', 'heldOn']]);
    expect(readOverrides([]).problems.map((p) => p.path)).toEqual([['overrides']]);
    expect(readOverrides({ slug: 'x' }).problems.map((p) => p.path)).toEqual([['overrides', 'slug']]);
  });

  it('replaces the parsed title and date and brings the warnings up to date', () => {
    const report = { meeting: { title: undefined, heldOn: undefined, speeches: [], editorial: { reportedAt: '2023-04-29T09:58:00+08:00' } } } as unknown as ParsedReport;
    const warnings = [
      { code: 'meeting.title-missing', message: '' },
      { code: 'meeting.held-on-missing', message: '' },
      { code: 'credits.missing', message: '' },
    ];
    const fixed = applyOverrides({ report, warnings }, { title: '会议', heldOn: '2023-04-28' });
    expect(fixed.report.meeting).toMatchObject({ title: '会议', heldOn: '2023-04-28' });
    expect(fixed.warnings.map((w) => w.code)).toEqual(['credits.missing']);
    const late = applyOverrides({ report, warnings }, { heldOn: '2023-05-01' });
    expect(late.warnings.map((w) => w.code)).toEqual(['meeting.title-missing', 'credits.missing', 'meeting.held-on-after-report']);
    expect(applyOverrides({ report, warnings }, undefined).report).toBe(report);
  });
});
