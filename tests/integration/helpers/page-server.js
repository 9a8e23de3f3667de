/**
 * A second Strapi process for the two-process pages test: boots the compiled
 * app against the database named by the environment, listens on 127.0.0.1
 * on a free port, prints `{"port": …}` on stdout, and stops (Strapi destroyed,
 * exit 0) when its stdin says `stop` or closes.
 */
const path = require('path');
const readline = require('readline');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '../../..');

(async () => {
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  strapi.log.level = 'error';
  await strapi.listen();
  const address = strapi.server.httpServer.address();
  process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
  const lines = readline.createInterface({ input: process.stdin });
  await new Promise((resolve) => {
    lines.on('line', (line) => line.trim() === 'stop' && resolve());
    lines.on('close', resolve);
  });
  strapi.server.httpServer.close();
  await strapi.destroy();
  process.exit(0);
})().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
