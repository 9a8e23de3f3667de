#!/usr/bin/env node
/**
 * Load generator for the benchmarks, in a process of its own so it does not
 * share Strapi's event loop: node load.mjs <base-url> <paths-file> <connections> <seconds>
 * requests random paths from the file (one a line) and prints autocannon's result as JSON.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const [url, pathsFile, connections, seconds] = process.argv.slice(2);
const paths = fs.readFileSync(pathsFile, 'utf8').split('\n').filter(Boolean);
const pick = () => paths[Math.floor(Math.random() * paths.length)];

autocannon(
  {
    url,
    connections: Number(connections),
    duration: Number(seconds),
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: pick() }) }],
  },
  (error, result) => {
    if (error) {
      console.error(error);
      process.exit(1);
    }
    process.stdout.write(JSON.stringify({ p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, non2xx: result.non2xx, errors: result.errors }));
  }
);
