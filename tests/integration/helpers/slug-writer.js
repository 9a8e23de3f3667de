/**
 * A second Strapi process for the multi-process slug test: boots the
 * compiled app against the database named by the environment, creates
 * COUNT meetings with the same title, prints their slugs as JSON, and stops.
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '../../..');

(async () => {
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  const count = Number(process.env.COUNT || 25);
  const title = process.env.TITLE;
  // Wait for the other process so both write at the same moment.
  const startAt = Number(process.env.START_AT || 0);
  if (startAt > Date.now()) await new Promise((resolve) => setTimeout(resolve, startAt - Date.now()));
  const created = await Promise.all(
    Array.from({ length: count }, () =>
      strapi.documents('plugin::newsroom.meeting').create({ data: { title, organizer: '福田区残工委', heldOn: '2023-04-28' } })
    )
  );
  process.stdout.write(`${JSON.stringify(created.map((m) => m.slug))}\n`);
  await strapi.destroy();
  process.exit(0);
})().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
