/**
 * A second Strapi process for the multi-process slug test: boots the
 * compiled app against the database named by the environment, says `ready`
 * on stdout, waits for `go` on stdin (the test releases both writers at
 * once, whatever each took to boot), creates COUNT meetings with the same
 * title, and prints their slugs with the time window of each create (epoch
 * milliseconds, one clock for both processes), so the test can check that
 * the two processes' writes were in flight at the same moment.
 */
const path = require('path');
const readline = require('readline');
const { performance } = require('perf_hooks');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '../../..');
const now = () => performance.timeOrigin + performance.now();

const released = () =>
  new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: process.stdin });
    lines.on('line', (line) => {
      if (line.trim() !== 'go') return;
      resolve(); // before close(), whose 'close' event would otherwise reject first
      lines.close();
    });
    lines.on('close', () => reject(new Error('stdin closed before go')));
  });

(async () => {
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  const count = Number(process.env.COUNT || 25);
  const title = process.env.TITLE;
  const go = released();
  process.stdout.write(`${JSON.stringify({ ready: process.pid })}\n`);
  await go;
  const created = await Promise.all(
    Array.from({ length: count }, async () => {
      const start = now();
      const meeting = await strapi.documents('plugin::newsroom.meeting').create({ data: { title, organizer: '福田区残工委', heldOn: '2023-04-28' } });
      return { slug: meeting.slug, window: [start, now()] };
    })
  );
  process.stdout.write(`${JSON.stringify({ slugs: created.map((c) => c.slug), windows: created.map((c) => c.window) })}\n`);
  await strapi.destroy();
  process.exit(0);
})().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
