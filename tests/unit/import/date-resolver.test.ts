/**
 * The date resolver (issue 25): every date expression a report writes, each
 * resolved against each of the report's own dates, and the meeting's date
 * chosen by evidence.
 */
import { anchorOf, chooseMeetingDate, inferredMessage, resolveMention, type ReportAnchors } from '../../../src/plugins/newsroom/server/src/import/date-resolver';
import { dateAt, findDates } from '../../../src/plugins/newsroom/server/src/import/text-dates';

const report = { year: 2024, month: 4, day: 25 };

describe('date expressions', () => {
  it.each([
    ['2023年4月28日，', { year: 2023, month: 4, day: 28 }],
    ['二〇二三年十二月二十八日下午，', { year: 2023, month: 12, day: 28 }],
    ['二〇一六年四月七日', { year: 2016, month: 4, day: 7 }],
    ['4月24日，', { month: 4, day: 24 }],
    ['十二月二十八日', { month: 12, day: 28 }],
    ['24日上午，', { day: 24 }],
    ['24号，', { day: 24 }],
    ['昨日上午，', { daysBefore: 1 }],
    ['前日，', { daysBefore: 2 }],
    ['今日，', { daysBefore: 0 }],
    ['上月28日', { monthsBefore: 1, day: 28 }],
    ['2016/4/7', { year: 2016, month: 4, day: 7 }],
    ['2016-04-07', { year: 2016, month: 4, day: 7 }],
    ['07.04.2016', { year: 2016, month: 4, day: 7 }],
  ])('reads %s', (text, expected) => {
    expect(dateAt(text, 0)).toMatchObject(expected);
  });

  it.each(['二号会议室', '3号楼', '1号文件', '2016/13/7', '31.02.2016', '近日', '日前', '2024年'])('does not read %s as a date', (text) => {
    expect(dateAt(text, 0)).toBeUndefined();
  });

  it('finds every expression of a sentence in order, none inside a document title', () => {
    const found = findDates('4月24日，会议传达了《2024年3月1日通知》精神，明确25日前完成。');
    expect(found.map((m) => [m.month, m.day])).toEqual([
      [4, 24],
      [undefined, 25],
    ]);
  });
});

describe('resolution against the report’s own dates', () => {
  const anchors: ReportAnchors = { original: { year: 2024, month: 5, day: 30 }, dateline: { year: 2024, month: 6, day: 2 }, report: { year: 2024, month: 6, day: 3 } };

  it('takes the repost’s original date first, then the dateline, then the report date', () => {
    expect(anchorOf(anchors)?.source).toBe('original');
    expect(anchorOf({ dateline: anchors.dateline, report: anchors.report })?.source).toBe('dateline');
    expect(anchorOf({ report: anchors.report })?.source).toBe('report');
    expect(anchorOf({})).toBeUndefined();
  });

  it.each([
    [{ original: anchors.original }, 'original', '2024-05-29'],
    [{ dateline: anchors.dateline }, 'dateline', '2024-06-01'],
    [{ report: anchors.report }, 'report', '2024-06-02'],
  ] as const)('resolves 昨日 against %o (%s)', (given, source, date) => {
    expect(resolveMention(dateAt('昨日', 0)!, given)).toMatchObject({ date, source });
  });

  it('resolves a day, a month-day and a Chinese-numeral month-day against the report date, and an explicit date against nothing', () => {
    expect(resolveMention(dateAt('24日', 0)!, { report })?.date).toBe('2024-04-24');
    expect(resolveMention(dateAt('26日', 0)!, { report })?.date).toBe('2024-03-26');
    expect(resolveMention(dateAt('4月24日', 0)!, { report })?.date).toBe('2024-04-24');
    expect(resolveMention(dateAt('十二月二十八日', 0)!, { report })?.date).toBe('2023-12-28');
    expect(resolveMention(dateAt('07.04.2016', 0)!, {})).toEqual({ date: '2016-04-07', source: 'explicit' });
    expect(resolveMention(dateAt('24日', 0)!, {})).toBeUndefined();
  });
});

describe('the meeting’s date by evidence', () => {
  it('prefers the sentence that names the meeting and the date nearest its verb', () => {
    const chosen = chooseMeetingDate(
      [
        { text: '5月15日是全国助残日。', naming: false },
        { text: '4月24日，光明区残联召开残疾人家属代表座谈会。', naming: true },
      ],
      { report },
    );
    expect(chosen).toMatchObject({ date: '2024-04-24', source: 'report', written: '4月24日' });
  });

  it('weighs an event verb or a kind word when no sentence names the meeting', () => {
    const chosen = chooseMeetingDate(
      [
        { text: '今年3月，区残联出台了新办法。', naming: false },
        { text: '6月12日，区残联理事长带队到西乡街道开展调研。', naming: false },
      ],
      { report: { year: 2024, month: 6, day: 13 } },
    );
    expect(chosen?.date).toBe('2024-06-12');
  });

  it('never takes a date after the report, and says which it left', () => {
    // A month-day without its year that would fall after the report is of the year before; an explicit one stays after it.
    const chosen = chooseMeetingDate([{ text: '2024年5月10日，会议在区政府召开，明确2024年5月20日前完成。', naming: true }], { report: { year: 2024, month: 5, day: 12 } });
    expect(chosen).toMatchObject({ date: '2024-05-10', source: 'explicit', afterReport: ['2024-05-20'] });
    expect(chooseMeetingDate([{ text: '2024年5月20日，会议在区政府召开。', naming: true }], { report: { year: 2024, month: 5, day: 12 } })).toBeUndefined();
  });

  it('reckons a repost’s 昨日 from the original’s date and names that source in the warning', () => {
    const chosen = chooseMeetingDate([{ text: '昨日，龙华区残工委全体会议在区行政服务大厅召开。', naming: true }], {
      original: { year: 2024, month: 5, day: 30 },
      report: { year: 2024, month: 6, day: 3 },
    });
    expect(chosen?.date).toBe('2024-05-29');
    expect(inferredMessage(chosen!)).toContain('转载原文的日期（2024-05-30）');
    expect(inferredMessage({ ...chosen!, source: 'explicit', anchor: undefined })).toBeUndefined();
  });
});
