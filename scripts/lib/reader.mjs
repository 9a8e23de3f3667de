#!/usr/bin/env node
/**
 * Public readers for bench:archive, in a process of its own so they do not
 * share Strapi's event loop: node reader.mjs <base-url> <paths-file> <connections> [pace-ms]
 * Each connection GETs random paths of the file (one a line) one after the
 * other, waiting pace-ms between two (0: none) until a line "stop" comes on
 * stdin; "paths" re-reads the file (the archive grew). Then prints every
 * request as [start epoch ms, latency ms, status] in one JSON array, so the
 * benchmark can take the reads that fell inside a window of its own.
 */
import fs from 'node:fs';
import http from 'node:http';
import { createInterface } from 'node:readline';

const [base, pathsFile, connections, pace = '0'] = process.argv.slice(2);
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(connections) });
let paths = [];
const load = () => {
  paths = fs.readFileSync(pathsFile, 'utf8').split('\n').filter(Boolean);
};
load();
const records = [];
let stopped = false;

const get = (path) =>
  new Promise((resolve) => {
    const started = Date.now();
    const t = process.hrtime.bigint();
    http
      .get(`${base}${path}`, { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve([started, Number(process.hrtime.bigint() - t) / 1e6, res.statusCode]));
      })
      .on('error', () => resolve([started, Number(process.hrtime.bigint() - t) / 1e6, 0]));
  });

const connection = async () => {
  while (!stopped) {
    records.push(await get(paths[Math.floor(Math.random() * paths.length)]));
    if (Number(pace) > 0) await new Promise((resolve) => setTimeout(resolve, Number(pace)));
  }
};

const running = Array.from({ length: Number(connections) }, connection);
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'paths') load();
  if (line === 'stop') break;
}
stopped = true;
await Promise.all(running);
agent.destroy();
// stdin stays open after the loop above: exit once the answer is out.
process.stdout.write(JSON.stringify(records), () => process.exit(0));
