#!/usr/bin/env node
/**
 * Strapi's generated TypeScript types, committed in types/generated/
 * (contentTypes.d.ts, components.d.ts) and checked to be current.
 *
 *   npm run types:generate        writes types/generated/*
 *   npm run types:check           generates into a temp folder, compares with
 *                                 the committed files, exits 1 when they differ
 *   ... --verbose                 shows the generator's own progress messages
 *
 * First, without Strapi, src/plugins/newsroom/shared/kind-schemas.ts: the
 * plugin's schemas as TypeScript constants, from which the documents' data
 * shapes are derived (scripts/lib/kind-schemas.cjs, shared/kind-shapes.ts).
 *
 * The output is what `strapi ts:generate-types` (and `strapi develop`) write:
 * the same @strapi/typescript-utils generator, fed a Strapi loaded from the
 * compiled app (dist/) with the built newsroom plugin, so the plugin's content
 * types and the components it adds in register() are included. It carries no
 * timestamp; it is formatted by prettier (the project's config if one is
 * found from the app folder, else the generator's default), so it is the same
 * on every run. Strapi boots on a throwaway SQLite file, never on .tmp/data.db.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { prepare, ROOT } from './lib/prepare.mjs';
import kindSchemas from './lib/kind-schemas.cjs';

const args = process.argv.slice(2);
const unknownArgs = args.filter((a) => !['--check', '--verbose'].includes(a));
if (unknownArgs.length > 0) {
  console.error(`generate-types: unknown argument ${unknownArgs.join(' ')}; use --check and/or --verbose`);
  process.exit(2);
}
const check = args.includes('--check');
const verbose = args.includes('--verbose');

/** Where Strapi's generator writes, relative to the app: <rootDir>/<GENERATED_OUT_DIR>. */
const TYPES_ROOT = 'types';
const GENERATED = 'generated';
const ARTIFACTS = { contentTypes: 'contentTypes.d.ts', components: 'components.d.ts' };
const COMMITTED_DIR = path.join(ROOT, TYPES_ROOT, GENERATED);

const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

/** First line where two texts differ, for the --check message. */
const firstDifference = (expected, actual) => {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) {
      return `line ${i + 1}:\n    committed: ${a[i] === undefined ? '(end of file)' : JSON.stringify(a[i])}\n    generated: ${b[i] === undefined ? '(end of file)' : JSON.stringify(b[i])}`;
    }
  }
  return 'no line differs (line endings?)';
};

/** shared/kind-schemas.ts from the schemas: written, or (--check) compared; true when current or written. */
const kindSchemasCurrent = () => {
  const rendered = kindSchemas.renderKindSchemas(kindSchemas.readPluginSchemas());
  const file = kindSchemas.KIND_SCHEMAS_FILE;
  const where = path.relative(ROOT, file);
  const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (!check) {
    if (committed !== rendered) fs.writeFileSync(file, rendered);
    console.log(`${where} ${committed === rendered ? 'is current' : 'written'}`);
    return true;
  }
  if (committed === rendered) {
    console.log(`${where} is current`);
    return true;
  }
  console.error(`${where} differs from the schemas, first at ${firstDifference(committed, rendered)}\nRun npm run types:generate and commit it.`);
  return false;
};

const main = async () => {
  const shapesCurrent = kindSchemasCurrent();
  await prepare();

  // The CLI runs from the app folder: prettier looks for its config from the
  // working directory, so results do not depend on where this is started.
  process.chdir(ROOT);

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-types-'));
  Object.assign(process.env, {
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(scratch, 'data.db'),
    STRAPI_LOG_LEVEL: 'error',
    SERVE_ADMIN_PANEL: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    STRAPI_STARTUP_LOG: 'false',
    BROWSER: 'false',
    NEWSROOM_DEMO_SECRETS: '1',
  });

  const require = createRequire(path.join(ROOT, 'package.json'));
  const tsUtils = require('@strapi/typescript-utils');
  const { createStrapi } = require('@strapi/strapi');

  const started = Date.now();
  let strapi;
  try {
    strapi = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') }).load();
    strapi.log.level = 'error';
    const loaded = Date.now();

    // In --check the generator writes into the scratch folder, never over the committed files.
    const pwd = check ? scratch : ROOT;
    const outDir = path.join(pwd, TYPES_ROOT, GENERATED);

    // The generator reports failures only through its logger and does not
    // throw, so its warnings and errors are kept; its info chatter (with
    // timestamps) only with --verbose.
    const consoleInfo = console.info;
    if (!verbose) console.info = () => {};
    let reports;
    try {
      reports = await tsUtils.generators.generate({
        strapi,
        pwd,
        rootDir: TYPES_ROOT,
        logger: { silent: false, debug: verbose },
        artifacts: { contentTypes: true, components: true },
      });
    } finally {
      console.info = consoleInfo;
    }
    const missing = Object.entries(ARTIFACTS).filter(([artifact, file]) => !reports?.[artifact] || !fs.existsSync(path.join(outDir, file)));
    if (missing.length > 0) {
      throw new Error(`the type generator did not produce ${missing.map(([, file]) => file).join(', ')} (see its messages above)`);
    }

    // What this project relies on being typed: the plugin's own types and components.
    const contentTypes = fs.readFileSync(path.join(outDir, ARTIFACTS.contentTypes), 'utf8');
    const components = fs.readFileSync(path.join(outDir, ARTIFACTS.components), 'utf8');
    const expectations = [
      ...['meeting', 'achievement', 'street-case', 'speaker'].map((t) => [ARTIFACTS.contentTypes, contentTypes, `'plugin::newsroom.${t}'`]),
      ...['editorial', 'credit', 'speech', 'adopted-document', 'metric', 'position'].map((c) => [ARTIFACTS.components, components, `'newsroom.${c}'`]),
    ];
    const absent = expectations.filter(([, text, uid]) => !text.includes(uid));
    if (absent.length > 0) {
      throw new Error(`generated types lack ${absent.map(([file, , uid]) => `${uid} (${file})`).join(', ')}: is the newsroom plugin built and loaded?`);
    }

    const timing = `Strapi loaded in ${seconds(started)}s, types generated in ${seconds(loaded)}s`;

    if (!check) {
      console.log(`types written to ${path.relative(ROOT, outDir)}/ (${Object.values(ARTIFACTS).join(', ')}); ${timing}`);
      return 0;
    }

    const stale = [];
    for (const file of Object.values(ARTIFACTS)) {
      const committedPath = path.join(COMMITTED_DIR, file);
      const generated = fs.readFileSync(path.join(outDir, file), 'utf8');
      if (!fs.existsSync(committedPath)) {
        stale.push(`  ${path.relative(ROOT, committedPath)} is missing`);
        continue;
      }
      const committed = fs.readFileSync(committedPath, 'utf8');
      if (committed !== generated) {
        stale.push(`  ${path.relative(ROOT, committedPath)} differs from the schemas, first at ${firstDifference(committed, generated)}`);
      }
    }
    if (stale.length > 0) {
      console.error(`Generated types are out of date:\n${stale.join('\n')}\nRun npm run types:generate and commit types/generated/.`);
      return 1;
    }
    if (!shapesCurrent) return 1;
    console.log(`types/generated/ is current (${Object.values(ARTIFACTS).join(', ')}); ${timing}`);
    return 0;
  } finally {
    await strapi?.destroy();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
};

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`generate-types: ${error?.stack ?? error}`);
    process.exit(1);
  },
);
