#!/usr/bin/env node
/**
 * npm run bench:blocks — what a meeting's blocks body costs one Document Service write, in process: for bodies of
 * P paragraphs of C characters (one piece of text each: 2 × P nodes), the time of `create` and the longest stretch
 * meanwhile without a turn of the event loop (the longest gap between the ticks of a 1 ms interval; the write's
 * end is included, so a write that never lets the loop turn shows as long as itself). The evidence behind the plugin's `blocksLimits` default
 * (BENCHMARKS.md, "Hostile bodies"): the plugin's limits are lifted for the run, so Strapi's own validation of
 * bodies past them is measured too.
 *
 *   npm run bench:blocks                                  # SQLite, the default sizes
 *   BENCH_DATABASE=postgres SIZES=500x100,1000x150 npm run bench:blocks
 */
import { bootStrapi, destroyWhenSettled } from './lib/boot.mjs';
import { freshDatabase } from './lib/bench-database.mjs';
import { prepare } from './lib/prepare.mjs';

await prepare();
const database = await freshDatabase(process.env.BENCH_DATABASE ?? 'sqlite');
Object.assign(process.env, database.env, { SERVE_ADMIN_PANEL: 'false', STRAPI_LOG_LEVEL: 'error', STRAPI_STARTUP_LOG: 'false' });
const strapi = await bootStrapi({ quiet: true, demoSecrets: true });
strapi.config.set('plugin::newsroom.blocksLimits', { nodes: Number.MAX_SAFE_INTEGER, characters: Number.MAX_SAFE_INTEGER });

const FILLER = '会议强调，要坚持以人民为中心的发展思想，持续完善残疾人社会保障制度和关爱服务体系，推动残疾人事业高质量发展。';
const body = (paragraphs, characters) => {
  const text = FILLER.repeat(Math.ceil(characters / FILLER.length)).slice(0, characters);
  return Array.from({ length: paragraphs }, () => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
};
const editorial = { source: '深圳新闻网', reportedAt: '2023-04-29T09:58:00+08:00', credits: [{ role: 'reporter', name: '田也' }] };
const SIZES = (process.env.SIZES ?? '1x50,100x50,300x50,500x50,750x50,1000x50,1000x150,1000x500,3000x50,100x20000,12000x50').split(',').map((size) => size.split('x').map(Number));
const RUNS = Number(process.env.RUNS ?? 5);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(`${process.env.BENCH_DATABASE ?? 'sqlite'}, ${RUNS} writes each; time and longest stretch without a loop turn: median (max)`);
let written = 0;
for (const [paragraphs, characters] of SIZES) {
  const times = [];
  const delays = [];
  for (let run = 0; run < RUNS; run += 1) {
    let last = performance.now();
    let longest = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 1);
    const started = performance.now();
    await strapi.documents('plugin::newsroom.meeting').create({
      data: { title: `会议${(written += 1)}`, heldOn: '2023-04-28', organizer: '福田区残工委', editorial, body: body(paragraphs, characters) },
    });
    times.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 5));
    clearInterval(ticker);
    delays.push(longest);
  }
  const label = `${paragraphs.toLocaleString('en')} paragraphs × ${characters.toLocaleString('en')} characters (${(2 * paragraphs).toLocaleString('en')} nodes, ${(paragraphs * characters).toLocaleString('en')} characters)`;
  console.log(`${label.padEnd(72)} write ${median(times).toFixed(0).padStart(5)} ms (${Math.max(...times).toFixed(0).padStart(5)})   without a turn ${median(delays).toFixed(0).padStart(5)} ms (${Math.max(...delays).toFixed(0).padStart(5)})`);
}
await destroyWhenSettled(strapi);
await database.drop();
