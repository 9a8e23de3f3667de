import fs from 'fs';
import path from 'path';
import ts from 'typescript';
import { meetingJsonLd } from '../../../src/plugins/newsroom/server/src/output/json-ld';
import { seedMeetingView } from './seed-meeting-view';

/**
 * The JSON-LD is checked against the schema.org vocabulary as Google's
 * `schema-dts` types it: assigned to WithContext<NewsArticle>, an unknown
 * property, a misspelt @type or a property on the wrong type fails to
 * compile (object literals get excess-property checks).
 */
const compileAgainstSchemaOrg = (value: unknown, typeName = 'NewsArticle'): string[] => {
  const file = path.join(__dirname, `.schema-check-${process.pid}-${typeName}.ts`);
  fs.writeFileSync(
    file,
    `import type { ${typeName}, WithContext } from 'schema-dts';\nexport const doc: WithContext<${typeName}> = ${JSON.stringify(value, null, 2)};\n`
  );
  try {
    const program = ts.createProgram([file], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      target: ts.ScriptTarget.ES2022,
    });
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  } finally {
    fs.rmSync(file, { force: true });
  }
};

describe('the meeting JSON-LD', () => {
  const ld = meetingJsonLd(seedMeetingView(), { mediaBaseUrl: 'https://news.example.org' });

  it('uses only schema.org types and properties', () => {
    expect(compileAgainstSchemaOrg(ld)).toEqual([]);
  });

  it('would catch a property schema.org does not have', () => {
    expect(compileAgainstSchemaOrg({ ...ld, reporterName: '田也' }).join('\n')).toMatch(/reporterName/);
    expect(compileAgainstSchemaOrg({ ...ld, about: { ...(ld.about as object), '@type': 'Meeting' } }).length).toBeGreaterThan(0);
  });

  it("has what Google's article rich result asks for", () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '实现残疾人高质量就业创业梦!福田区召开2023年区残工委会议',
      datePublished: '2023-04-29T09:58:00+08:00',
      image: ['https://news.example.org/uploads/meeting.jpg'],
      author: [{ '@type': 'Person', name: '田也' }],
    });
    expect(String(ld.headline).length).toBeLessThanOrEqual(110);
  });

  it('maps the credits and the meeting onto schema.org roles', () => {
    expect(ld).toMatchObject({
      dateline: '读特客户端·深圳新闻网2023年4月29日讯',
      editor: [{ '@type': 'Person', name: '陈飞' }, { '@type': 'Person', name: '陈苏雅' }],
      accountablePerson: { '@type': 'Person', name: '郑晓鹏' },
      sourceOrganization: { '@type': 'Organization', name: '深圳新闻网' },
      creditText: '深圳新闻网',
      inLanguage: 'zh-Hans',
      about: {
        '@type': 'Event',
        name: '2023年福田区残工委第一次全体会议',
        startDate: '2023-04-28',
        location: { '@type': 'Place', name: '福田会堂' },
        organizer: { '@type': 'Organization', name: '福田区残工委' },
        performer: [
          { '@type': 'Person', name: '罗念纯', jobTitle: '党组书记、理事长' },
          { '@type': 'Person', name: '朱江', jobTitle: '副区长' },
        ],
      },
    });
  });
});
