/**
 * The article parser for scripts, straight from its TypeScript source: the
 * plugin's pure core (server/src/import, server/src/editorial, shared/) and the
 * fixtures' facts module are compiled with SWC (the compiler the unit tests
 * use) into node_modules/.cache/newsroom-parser, mirroring the source tree so
 * relative imports hold, and required from there. No Strapi, no build of the
 * whole plugin: the accuracy and parse benchmarks measure exactly the code
 * the unit tests test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { transformFileSync } from '@swc/core';
import { ROOT } from './prepare.mjs';

const OUT = path.join(ROOT, 'node_modules/.cache/newsroom-parser');
const SOURCES = ['src/plugins/newsroom/server/src/import', 'src/plugins/newsroom/server/src/editorial', 'src/plugins/newsroom/shared', 'tests/fixtures'];

const compileTree = (relative) => {
  const from = path.join(ROOT, relative);
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.d.ts')) continue;
    const source = path.join(from, entry.name);
    const target = path.join(OUT, relative, entry.name.replace(/\.ts$/, '.js'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const { code } = transformFileSync(source, {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
      sourceMaps: false,
    });
    fs.writeFileSync(target, code);
  }
};

/** `{ parseArticle, ArticleParseError, MAX_REPORT_BYTES, factsOf, scoreFacts, scoreBody, bodyLeaks, FIELDS, BODY_FIELD, coreFacts }` */
export const loadParser = () => {
  fs.rmSync(OUT, { recursive: true, force: true });
  SOURCES.forEach(compileTree);
  const require = createRequire(path.join(OUT, 'index.js'));
  const parser = require(path.join(OUT, 'src/plugins/newsroom/server/src/import/parse-article.js'));
  const facts = require(path.join(OUT, 'tests/fixtures/report-facts.js'));
  return { ...parser, ...facts };
};
