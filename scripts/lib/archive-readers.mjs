/**
 * bench:archive's readers (scripts/lib/reader.mjs, in a process of their
 * own) and the figures of their reads.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
export const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
export const ms = (value) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(value < 10 ? 1 : 0)} ms`);

/** A reader process (scripts/lib/reader.mjs) on these paths; stop() answers its reads. */
export const startReaders = (base, paths, connections, paceMs) => {
  const file = path.join(os.tmpdir(), `newsroom-archive-paths-${process.pid}.txt`);
  fs.writeFileSync(file, paths.join('\n'));
  const reader = path.join(path.dirname(fileURLToPath(import.meta.url)), 'reader.mjs');
  const child = spawn(process.execPath, [reader, base, file, String(connections), String(paceMs)], { stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('close', resolve));
  return {
    async stop() {
      child.stdin.write('stop\n');
      await exited;
      fs.rmSync(file, { force: true });
      return JSON.parse(output);
    },
  };
};
export const readsWithin = (reads, windows) => reads.filter(([t]) => windows.some(([from, to]) => t >= from && t <= to));
export const p99Of = (reads) => quantile(reads.map(([, latency]) => latency), 0.99);
