import { formatDateline, normalizeDocument } from '../../../src/plugins/newsroom/server/src/editorial';
import type { Editorial, MeetingData } from '../../../src/plugins/newsroom/server/src/editorial/types';
import { seedMeeting, seedStreetCases } from './fixtures/seed-meeting';

const zh = { locale: 'zh-Hans' };

describe('normalizeDocument', () => {
  it('returns a new object and leaves the input untouched', () => {
    const input = seedMeeting();
    const before = structuredClone(input);
    const output = normalizeDocument('meeting', input, zh);
    expect(input).toEqual(before);
    expect(output).not.toBe(input);
    expect(output.editorial).not.toBe(input.editorial);
    expect(output.editorial?.credits).not.toBe(input.editorial?.credits);
  });

  it('trims, composes to NFC, turns ideographic spaces plain and collapses spaces in single-line fields', () => {
    const output = normalizeDocument('meeting', { title: '\u30002023年福田区残工委   第一次全体会议 ', venue: 'Cafe\u0301 福田' }, zh);
    expect(output).toEqual({ title: '2023年福田区残工委 第一次全体会议', venue: 'Caf\u00e9 福田' });
  });

  it('keeps line breaks and tabs in text fields, with CRLF as LF', () => {
    const output = normalizeDocument('meeting', { summary: '  第一段\r\n\t第二段\u3000 ' }, zh);
    expect(output).toEqual({ summary: '第一段\n\t第二段' });
  });

  it('keeps a partial update partial: no keys that were absent', () => {
    expect(normalizeDocument('meeting', { organizer: ' 福田区残工委 ' }, zh)).toEqual({ organizer: '福田区残工委' });
    expect(normalizeDocument('street-case', { community: '莲花北社区' }, zh)).toEqual({ community: '莲花北社区' });
  });

  it('carries unknown keys (ids, blocks, relations) over unchanged', () => {
    const body = [{ type: 'paragraph', children: [{ type: 'text', text: ' 会上 ' }] }];
    const input = { id: 7, documentId: 'abc', body, title: '会议', meeting: { connect: ['x'] } } as MeetingData;
    expect(normalizeDocument('meeting', input, zh)).toEqual({ id: 7, documentId: 'abc', body, title: '会议', meeting: { connect: ['x'] } });
  });

  it('normalizes components: speeches, presenter, positions, metrics', () => {
    const [streetCase] = seedStreetCases();
    const output = normalizeDocument('street-case', { ...streetCase, presenter: { speakerDescription: ' 沙头街道\u3000公共服务办副主任 ' } }, zh);
    expect(output.presenter).toEqual({ speakerDescription: '沙头街道 公共服务办副主任' });
    expect(normalizeDocument('speaker', { name: ' 阿卜杜•热合曼 ', positions: [{ organization: ' 福田区残联', title: '理事长 ' }] }, zh)).toEqual({
      name: '阿卜杜·热合曼',
      positions: [{ organization: '福田区残联', title: '理事长' }],
    });
    expect(normalizeDocument('achievement', { metrics: [{ label: ' 社区残协覆盖 ', value: 92, unit: '个社区 ' }] }, zh)).toEqual({
      metrics: [{ label: '社区残协覆盖', value: 92, unit: '个社区' }],
    });
  });

  it('is idempotent', () => {
    const once = normalizeDocument('meeting', seedMeeting(), zh);
    expect(normalizeDocument('meeting', once, zh)).toEqual(once);
  });
});

describe('credits in normalization', () => {
  it('splits a credit line pasted into one name into its credits, in place', () => {
    const editorial: Editorial = {
      credits: [
        { role: 'reporter', name: '田也' },
        { role: 'editor', name: '[编辑：陈飞 陈苏雅]【责任编辑：郑晓鹏】' },
        { role: 'photographer', name: '王五' },
      ],
    };
    expect(normalizeDocument('meeting', { editorial }, zh).editorial?.credits).toEqual([
      { role: 'reporter', name: '田也' },
      { role: 'editor', name: '陈飞' },
      { role: 'editor', name: '陈苏雅' },
      { role: 'responsible-editor', name: '郑晓鹏' },
      { role: 'photographer', name: '王五' },
    ]);
  });

  it('keeps a name that looks like a credit line but lists nobody, for R1 to report', () => {
    const editorial: Editorial = { credits: [{ role: 'editor', name: '编辑:' }] };
    expect(normalizeDocument('meeting', { editorial }, zh).editorial?.credits).toEqual([{ role: 'editor', name: '编辑:' }]);
  });

  it('reads printed role words and English labels as roles', () => {
    const editorial: Editorial = {
      credits: [
        { role: '记者', name: '田也' },
        { role: ' 责编 ', name: '郑晓鹏' },
        { role: 'Responsible editor', name: '李四' },
        { role: 'author', name: '王五' },
      ],
    };
    expect(normalizeDocument('meeting', { editorial }, zh).editorial?.credits?.map((c) => c.role)).toEqual([
      'reporter',
      'responsible-editor',
      'responsible-editor',
      'author',
    ]);
  });

  it('derives creditLine and byline on every write, replacing stale values', () => {
    const editorial: Editorial = {
      creditLine: '[编辑:旧]',
      byline: '记者 旧',
      credits: [
        { role: 'responsible-editor', name: '郑晓鹏' },
        { role: 'reporter', name: '田也' },
        { role: 'editor', name: '陈飞' },
        { role: 'editor', name: '陈苏雅' },
      ],
    };
    expect(normalizeDocument('meeting', { editorial }, zh).editorial).toMatchObject({
      creditLine: '[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]',
      byline: '记者 田也',
    });
    expect(normalizeDocument('meeting', { editorial: {} }, zh).editorial).toEqual({ creditLine: '', byline: '' });
  });
});

describe('dateline', () => {
  const editorial: Editorial = { source: '深圳新闻网', channel: '读特客户端', reportedAt: '2023-04-29T09:58:00+08:00' };

  it('is derived when empty, in Beijing time', () => {
    expect(normalizeDocument('meeting', { editorial: { ...editorial, dateline: ' ' } }, zh).editorial?.dateline).toBe(
      '读特客户端·深圳新闻网2023年4月29日讯',
    );
    expect(formatDateline({ ...editorial, reportedAt: '2023-04-28T16:30:00Z' }, 'zh-Hans')).toBe('读特客户端·深圳新闻网2023年4月29日讯');
  });

  it('goes without the channel when there is none', () => {
    expect(formatDateline({ ...editorial, channel: null }, 'zh-Hans')).toBe('深圳新闻网2023年4月29日讯');
  });

  it('is written in English for the en locale', () => {
    expect(formatDateline({ source: 'Shenzhen News Network', reportedAt: '2023-04-29T09:58:00+08:00' }, 'en')).toBe(
      'Shenzhen News Network, April 29, 2023',
    );
  });

  it('keeps a dateline the editor wrote', () => {
    const output = normalizeDocument('meeting', { editorial: { ...editorial, dateline: '本报深圳4月29日电' } }, zh);
    expect(output.editorial?.dateline).toBe('本报深圳4月29日电');
  });

  it('is not invented without a source or a report time', () => {
    expect(normalizeDocument('meeting', { editorial: { channel: '读特客户端' } }, zh).editorial).toEqual({
      channel: '读特客户端',
      creditLine: '',
      byline: '',
    });
  });
});
