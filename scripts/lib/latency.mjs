#!/usr/bin/env node
/**
 * Sequential latency of several kinds of request, interleaved (one of each
 * in turn, so that the machine's load falls on all of them alike), in a
 * process of its own: node latency.mjs '<json>' where json is
 * { rounds, warmup, probes: { name: [{ url, headers }] } } — a probe of
 * several requests sends them at once and takes the time until the last
 * answer. Plain node:http with keep-alive (fetch would add Cache-Control:
 * no-cache to conditional requests). Prints { name: { p50, p90, p99 } } in ms;
 * where answers carry Server-Timing `site;dur=…` (the reader's site's own
 * time, the API's wait left out), also `<name> (site's own time)`.
 */
import http from 'node:http';

const { rounds, warmup, probes } = JSON.parse(process.argv[2]);
const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

const once = ({ url, headers = {} }) =>
  new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers }, (res) => {
        res.on('data', () => undefined);
        res.on('end', () => {
          if (res.statusCode !== 200 && res.statusCode !== 304) return reject(new Error(`${url} answered ${res.statusCode}`));
          const own = /(?:^|,\s*)site;dur=([\d.]+)/.exec(String(res.headers['server-timing'] ?? ''));
          resolve(own ? Number(own[1]) : null);
        });
      })
      .on('error', reject);
  });

const timeProbe = async (requests) => {
  const started = process.hrtime.bigint();
  const own = await Promise.all(requests.map(once));
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, own: own[0] };
};

const times = Object.fromEntries(Object.keys(probes).map((name) => [name, []]));
for (let round = 0; round < warmup + rounds; round += 1) {
  for (const [name, requests] of Object.entries(probes)) {
    const { ms, own } = await timeProbe(requests);
    if (round < warmup) continue;
    times[name].push(ms);
    if (own !== null) (times[`${name} (site's own time)`] ??= []).push(own);
  }
}
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const result = Object.fromEntries(
  Object.entries(times).map(([name, list]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return [name, { p50: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), p99: quantile(sorted, 0.99), n: sorted.length }];
  })
);
process.stdout.write(JSON.stringify(result));
agent.destroy();
