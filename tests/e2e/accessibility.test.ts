/**
 * axe-core over every screen the plugin shapes, in both admin languages:
 * the list, create and edit views of the four kinds (their layouts, labels
 * and component main fields), the editorial check panel in each state
 * (problems, ready, server refusal, loading) and the import page in each
 * state (empty, preview with warnings, refused, importing many, done).
 * Zero serious or critical violations.
 *
 * Scope: the content manager's <main> (which holds the edit view's side
 * panels) and the import page. Excluded, and only this: Strapi core's blocks
 * editor (the meeting's body field), core markup the plugin does not shape
 * (issue 15 puts it out of scope) — see BLOCKS_EDITOR in helpers/axe.ts.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Browser, Page, Route } from 'playwright-core';
import { SEED_FILE, startE2eApp, type E2eApp } from './helpers/app';
import { BLOCKS_EDITOR, seriousOrCritical } from './helpers/axe';
import { launchBrowser, openAdmin, screenshot, unnamedControls, type AdminLanguage } from './helpers/browser';
import { createUrl, editUrl, listUrl } from './helpers/edit-view';

const KINDS = ['meeting', 'achievement', 'street-case', 'speaker'] as const;
const SCOPE = { include: ['main'], exclude: [BLOCKS_EDITOR] };

let app: E2eApp;
let browser: Browser;
const documents: Record<string, string> = {};

beforeAll(async () => {
  app = await startE2eApp();
  browser = await launchBrowser();
  const importer = app.strapi.plugin('newsroom').service('importer') as { importReport(text: string, options: object): Promise<{ meeting: { documentId: string } }> };
  const outcome = await importer.importReport(fs.readFileSync(SEED_FILE, 'utf8'), { fileName: 'seed.txt' });
  documents.meeting = outcome.meeting.documentId;
  for (const kind of ['achievement', 'street-case', 'speaker'] as const) {
    const [first] = (await app.strapi.documents(`plugin::newsroom.${kind}`).findMany({ locale: 'zh-Hans', status: 'draft', limit: 1 } as never)) as Array<{ documentId: string }>;
    documents[kind] = first.documentId;
  }
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const panelState = (page: Page, state: string) => page.locator(`[data-newsroom-editorial-check] [data-check-state="${state}"]`).waitFor({ timeout: 20_000 });

/** The panel shows an answer and no check is running. */
const settled = async (page: Page) => {
  await page.locator('[data-newsroom-editorial-check] [data-check-state]:not([data-check-state="checking"])').waitFor({ timeout: 45_000 });
  await page.locator('[data-newsroom-editorial-check] [data-check-running]').waitFor({ state: 'detached' });
};

const expectClean = async (page: Page, screen: string) => {
  const found = await seriousOrCritical(page, SCOPE);
  expect({ screen, found }).toEqual({ screen, found: [] });
};

/** Holds matching requests until `release()`; `fail()` answers them with a server error instead. */
const holdRequests = async (page: Page, url: string, matches: (route: Route) => boolean = () => true) => {
  const held: Route[] = [];
  let mode: 'hold' | 'fail' | 'pass' = 'hold';
  await page.route(url, (route) => {
    if (!matches(route) || mode === 'pass') return route.continue();
    if (mode === 'fail') return route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":{"status":500,"name":"InternalServerError","message":"Internal Server Error"}}' });
    held.push(route);
  });
  return {
    held,
    fail: () => (mode = 'fail'),
    release: async () => {
      mode = 'pass';
      await page.unroute(url);
      // A request of a page navigated away from is already aborted: nothing left to continue.
      for (const route of held.splice(0)) await route.continue().catch(() => undefined);
    },
  };
};

describe.each<AdminLanguage>(['zh-Hans', 'en'])('in the %s admin', (language) => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openAdmin(browser, app.baseUrl, language));
  });
  afterAll(async () => {
    await page?.context().close();
  });

  test.each(KINDS)('the list, create and edit views of %s', async (kind) => {
    await page.goto(listUrl(app.baseUrl, kind));
    await page.locator('main table tbody tr').first().waitFor();
    await expectClean(page, `${kind} list`);

    await page.goto(createUrl(app.baseUrl, kind));
    await settled(page);
    await expectClean(page, `${kind} create`);

    await page.goto(editUrl(app.baseUrl, kind, documents[kind]));
    await settled(page);
    await expectClean(page, `${kind} edit`);
    // Every repeatable item's button (an accordion trigger, h3 > button) has a name, also where the
    // component's main field is empty or unset; axe's button-name above covers every other button.
    expect(await unnamedControls(page, 'main h3')).toEqual([]);
    if (kind === 'meeting') await screenshot(page, `a11y-${language}-meeting-edit`);
  });

  test('the editorial check panel: problems, ready, server refusal, loading', async () => {
    await page.goto(createUrl(app.baseUrl, 'meeting'));
    await panelState(page, 'warning');
    await expectClean(page, 'panel with problems');

    await page.goto(editUrl(app.baseUrl, 'meeting', documents.meeting));
    await panelState(page, 'success');
    await expectClean(page, 'panel ready');

    const check = await holdRequests(page, '**/newsroom/editorial-check');
    check.fail();
    await page.goto(createUrl(app.baseUrl, 'meeting'));
    await panelState(page, 'error');
    await expectClean(page, 'panel refused by the server');
    await screenshot(page.locator('[data-newsroom-editorial-check]').locator('xpath=ancestor::aside[1]'), `panel-${language}-refused`);
    await check.release();

    const slow = await holdRequests(page, '**/newsroom/editorial-check');
    await page.goto(createUrl(app.baseUrl, 'meeting'));
    await panelState(page, 'checking');
    await expect(slow.held.length).toBeGreaterThan(0);
    await expectClean(page, 'panel loading');
    await screenshot(page.locator('[data-newsroom-editorial-check]').locator('xpath=ancestor::aside[1]'), `panel-${language}-loading`);
    await slow.release();
    await panelState(page, 'warning');
    await screenshot(page.locator('[data-newsroom-editorial-check]').locator('xpath=ancestor::aside[1]'), `panel-${language}-problems`);
  });

  test('the import page: empty, preview with warnings, refused, importing many, done', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `newsroom-a11y-${language}-`));
    const seed = fs.readFileSync(SEED_FILE, 'utf8');
    const variant = (n: number) =>
      seed.replace(/实现残疾人高质量就业创业梦!福田区召开2023年区残工委会议/g, `福田区召开2023年区残工委会议(${language} 第${n}篇)`).replace('2023-04-29 09:58', '2023-04-29');
    const files = [1, 2].map((n) => {
      const file = path.join(dir, `report-${n}.txt`);
      fs.writeFileSync(file, variant(n));
      return file;
    });
    const notAReport = path.join(dir, 'notes.txt');
    fs.writeFileSync(notAReport, '会议记录草稿，待整理。');

    await page.goto(`${app.baseUrl}/admin/plugins/newsroom`);
    await page.locator('main h1').waitFor();
    await expectClean(page, 'import empty');

    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('main section').first().getByRole('button').last().click()]);
    await chooser.setFiles([...files, notAReport]);
    for (const file of files) await page.locator(`li[data-report="${path.basename(file)}"][data-state="parsed"]`).waitFor();
    await page.locator('li[data-report="notes.txt"][data-state="refused"]').waitFor();
    await page.locator('li[data-report="report-1.txt"] [data-warning="editorial.reported-time-missing"]').waitFor();
    await expectClean(page, 'import preview with warnings, and a refused report');
    await page.locator('li[data-report="report-1.txt"]').scrollIntoViewIfNeeded();
    await screenshot(page, `import-${language}-preview-warnings`);

    const writes = await holdRequests(page, '**/newsroom/import', (route) => !String(route.request().postData() ?? '').includes('"dryRun":true'));
    await page.locator('main section').last().getByRole('button').last().click();
    await page.locator('li[data-state="importing"]').waitFor();
    await expectClean(page, 'import in progress');
    await screenshot(page, `import-${language}-importing`);
    await writes.release();
    await page.locator('[role="progressbar"][aria-valuenow="100"]').waitFor();
    for (const file of files) await page.locator(`li[data-report="${path.basename(file)}"][data-state="created"]`).waitFor();
    await expectClean(page, 'import done');
    await screenshot(page, `import-${language}-done`);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
