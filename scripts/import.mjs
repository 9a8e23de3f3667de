#!/usr/bin/env node
/**
 * npm run import -- <file…> [--publish] [--locale zh-Hans] [--source-url URL]
 *
 * Imports news reports (plain text, like ../shared/seed/…) as drafts, or
 * published with --publish, through the same editorial hooks as the admin.
 * Each report is one transaction: all of it or nothing. Prints a summary of
 * created / updated / rejected and exits 1 when any report was rejected.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { bootStrapi, destroyWhenSettled } from './lib/boot.mjs';
import { prepare } from './lib/prepare.mjs';

const require = createRequire(import.meta.url);
const MAX_REPORT_BYTES = 2 * 1024 * 1024;

const usage = 'usage: npm run import -- <file…> [--publish] [--locale zh-Hans] [--source-url URL]';
const args = process.argv.slice(2);
const files = [];
const options = { publish: false, locale: 'zh-Hans', sourceUrl: undefined };
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i];
  if (arg === '--publish') options.publish = true;
  else if (arg === '--locale') options.locale = args[++i];
  else if (arg === '--source-url') options.sourceUrl = args[++i];
  else if (arg === '--help' || arg === '-h') {
    console.log(usage);
    process.exit(0);
  } else if (arg.startsWith('--')) {
    console.error(`unknown option ${arg}\n${usage}`);
    process.exit(2);
  } else files.push(arg);
}
if (files.length === 0) {
  console.error(usage);
  process.exit(2);
}
if (options.sourceUrl && files.length > 1) {
  console.error('--source-url names one report; give one file with it');
  process.exit(2);
}

/** Reads a file, refusing what cannot be a report before parsing it. */
const readReport = (file) => {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return { error: `${file}: 文件不存在 / no such file` };
  }
  if (!stat.isFile()) return { error: `${file}: 不是文件 / not a file` };
  if (stat.size > MAX_REPORT_BYTES) return { error: `${file}: 文件超过 2 MB / larger than 2 MB (${stat.size} bytes)` };
  return { text: new TextDecoder('utf-8').decode(fs.readFileSync(file)) };
};

await prepare();
const strapi = await bootStrapi({ quiet: true });
const importer = strapi.plugin('newsroom').service('importer');

const { SingleBar, Presets } = require('cli-progress');
const showBar = files.length > 1 && process.stdout.isTTY;
const bar = showBar ? new SingleBar({ format: 'importing [{bar}] {value}/{total} {file}' }, Presets.shades_classic) : null;
bar?.start(files.length, 0, { file: '' });

const summary = { created: 0, updated: 0, rejected: 0 };
const rejections = [];
const started = Date.now();
for (const file of files) {
  const name = path.basename(file);
  bar?.update({ file: name });
  const { text, error } = readReport(file);
  if (error) {
    summary.rejected += 1;
    rejections.push({ file, lines: [error] });
  } else {
    try {
      const outcome = await importer.importReport(text, { ...options, fileName: name });
      summary[outcome.status] += 1;
      if (!showBar) {
        const warn = outcome.warnings.length ? `, ${outcome.warnings.length} warning(s)` : '';
        // A draft may lack a meeting title (an article that is not fully a meeting report): name it by its headline.
        const name = outcome.meeting.title ?? `${outcome.report.meeting.headline} (未找到会议名称 / no meeting title)`;
        console.log(`${outcome.status.padEnd(8)} ${file} → ${name} (${outcome.counts.achievements} achievements, ${outcome.counts.streetCases} street cases${warn})`);
        for (const w of outcome.warnings) console.log(`           warning ${w.code}: ${w.message}`);
      }
    } catch (e) {
      summary.rejected += 1;
      const entries = e?.details?.errors ?? [];
      rejections.push({
        file,
        lines: entries.length ? entries.map((p) => `${p.path.join('.') || '(file)'}: ${p.message} [${p.code}]`) : [String(e?.message ?? e)],
      });
    }
  }
  bar?.increment();
}
bar?.stop();

for (const { file, lines } of rejections) {
  console.log(`rejected ${file}`);
  for (const line of lines) console.log(`           ${line}`);
}
const seconds = (Date.now() - started) / 1000;
console.log(`\n${summary.created} created, ${summary.updated} updated, ${summary.rejected} rejected in ${seconds.toFixed(1)}s`);
await destroyWhenSettled(strapi);
process.exit(summary.rejected > 0 ? 1 : 0);
