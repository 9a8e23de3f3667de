/**
 * The import page: the seed article chosen as a .txt file is previewed
 * (parsed structure and warnings, nothing written), then imported as
 * drafts with one click, and its meeting, six achievements and three street
 * cases are found in the content manager. The same flow by keyboard alone,
 * and several files at once with progress.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { SEED_FILE, startE2eApp, type E2eApp } from './helpers/app';
import { eventually, focused, launchBrowser, openAdmin, screenshot, seriousViolations, tabUntil, unnamedControls } from './helpers/browser';
import { listUrl } from './helpers/edit-view';

const MEETING = 'plugin::newsroom.meeting';
const SEED_TITLE = '2023年福田区残工委第一次全体会议';

let app: E2eApp;
let browser: Browser;
let page: Page;

/** The seed with another headline and report time: another report of the same shape. */
const variantOfSeed = (n: number): string =>
  fs
    .readFileSync(SEED_FILE, 'utf8')
    .replace(/实现残疾人高质量就业创业梦!福田区召开2023年区残工委会议/g, `福田区召开2023年区残工委会议(第${n}篇)`)
    .replace('2023-04-29 09:58', `2023-04-29 10:${String(n).padStart(2, '0')}`);

const meetings = async () =>
  (await app.strapi.documents(MEETING).findMany({ status: 'draft', locale: 'zh-Hans' } as never)) as Array<{ documentId: string; title: string }>;

const report = (fileName: string) => page.locator(`li[data-report="${fileName}"]`);

beforeAll(async () => {
  app = await startE2eApp();
  browser = await launchBrowser();
  ({ page } = await openAdmin(browser, app.baseUrl, 'zh-Hans'));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test('the seed article: preview with its structure and warnings, then drafts with one click, found in the content manager', async () => {
  // The page is in the plugin's menu.
  await page.getByRole('link', { name: '导入报道' }).click();
  await page.getByRole('heading', { name: '导入报道', level: 1 }).waitFor();

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '选择 .txt 文件' }).click()]);
  await chooser.setFiles(SEED_FILE);
  const seed = report(path.basename(SEED_FILE));
  await seed.and(page.locator('[data-state="parsed"]')).waitFor();

  // What will be created, before anything is: nothing is written by the preview.
  expect(await meetings()).toHaveLength(0);
  await expect(seed.locator('input[name="title"]').inputValue()).resolves.toBe(SEED_TITLE);
  await expect(seed.locator('input[name="heldOn"]').inputValue()).resolves.toBe('2023-04-28');
  await expect(seed.locator('dl').textContent()).resolves.toContain('福田会堂');
  await expect(seed.textContent()).resolves.toContain('6 项工作成绩');
  await expect(seed.textContent()).resolves.toContain('3 篇基层经验');
  await seed.getByRole('button', { name: '解析结果' }).click();
  await expect(seed.locator('[role="region"] h4 + ol > li').count()).resolves.toBe(6);
  await expect(seed.locator('[role="region"]').textContent()).resolves.toContain('沙头街道');

  expect(await seriousViolations(page, 'main')).toEqual([]);
  expect(await unnamedControls(page, 'main')).toEqual([]);
  await screenshot(page, 'import-preview');

  await page.getByRole('button', { name: '为 1 篇报道创建草稿' }).click();
  await seed.and(page.locator('[data-state="created"]')).waitFor();
  await page.getByText('已导入 1 / 1 篇报道').waitFor();
  await screenshot(page, 'import-done');

  // The meeting opens in the content manager from the page.
  await seed.getByRole('link', { name: `在内容管理中打开“${SEED_TITLE}”` }).click();
  await eventually(() => page.locator('input[name="title"]').inputValue(), SEED_TITLE);

  // The lists: one meeting, six achievements, three street cases.
  const rows = async (type: string) => {
    await page.goto(listUrl(app.baseUrl, type));
    await page.locator('main table tbody tr').first().waitFor();
    return page.locator('main table tbody tr');
  };
  await expect((await rows('meeting')).filter({ hasText: SEED_TITLE }).count()).resolves.toBe(1);
  // Its columns, the locale and the status within the page's width.
  const headers = await page.locator('main table thead th').allTextContents();
  expect(headers.join('|')).toMatch(/会议名称.*会议日期.*主办单位/);
  const status = await page.locator('main table thead th').last().boundingBox();
  expect(status && status.x + status.width).toBeLessThanOrEqual(1440);
  await screenshot(page, 'meetings-list');
  const achievements = await rows('achievement');
  await expect(achievements.count()).resolves.toBe(6);
  await expect(achievements.first().textContent()).resolves.toContain('高质量推进国家基本公共服务标准化综合试点');
  await screenshot(page, 'achievements-list');
  const streetCases = await rows('street-case');
  await expect(streetCases.count()).resolves.toBe(3);
  await expect(streetCases.allTextContents().then((texts) => texts.join())).resolves.toMatch(/沙头街道[\s\S]*梅林街道|梅林街道[\s\S]*沙头街道/);
});

test('the whole import flow by keyboard alone, correcting the title and date on the way', async () => {
  await page.goto(`${app.baseUrl}/admin/plugins/newsroom`);
  await page.getByRole('heading', { name: '导入报道', level: 1 }).waitFor();
  const before = (await meetings()).length;
  const corrected = '2023年福田区残工委第一次全体会议(更正)';

  await tabUntil(page, (element) => element.tag === 'textarea');
  await page.keyboard.insertText(variantOfSeed(1));
  await tabUntil(page, (element) => element.tag === 'button' && element.text === '预览粘贴的报道');
  await page.keyboard.press('Enter');
  const pasted = report('粘贴的报道 1');
  await pasted.and(page.locator('[data-state="parsed"]')).waitFor();

  // The meeting's name and date, as parsed, corrected by keyboard.
  await tabUntil(page, (element) => element.tag === 'input' && element.name === 'title');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(corrected);
  await tabUntil(page, (element) => element.tag === 'input' && element.name === 'heldOn');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('2023-04-27');
  await expect(pasted.locator('input[name="heldOn"]').inputValue()).resolves.toBe('2023-04-27');

  // The parsed structure opens by keyboard too.
  await tabUntil(page, (element) => element.tag === 'button' && element.text === '解析结果');
  await page.keyboard.press('Enter');
  await pasted.locator('[role="region"]').waitFor();

  await tabUntil(page, (element) => element.tag === 'button' && element.text === '为 1 篇报道创建草稿');
  await page.keyboard.press('Enter');
  await pasted.and(page.locator('[data-state="created"]')).waitFor();
  const after = await meetings();
  expect(after.length).toBe(before + 1);
  const written = (await app.strapi.documents(MEETING).findMany({ status: 'draft', locale: 'zh-Hans', filters: { title: corrected } } as never)) as Array<{ heldOn: string }>;
  expect(written.map((meeting) => meeting.heldOn)).toEqual(['2023-04-27']);

  // And on to the new meeting, still by keyboard: the link, then its title field.
  await tabUntil(page, (element) => element.tag === 'a' && element.text === `在内容管理中打开“${corrected}”`, { shift: true, max: 60 });
  await page.keyboard.press('Enter');
  await eventually(() => page.locator('input[name="title"]').inputValue(), corrected);
  await tabUntil(page, (element) => element.tag === 'input' && element.name === 'title', { max: 80 });
  expect(await focused(page)).toMatchObject({ tag: 'input', name: 'title' });
});

test('several files at once: each previewed, then imported one after the other with progress', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-e2e-reports-'));
  const files = [2, 3, 4].map((n) => {
    const file = path.join(dir, `report-${n}.txt`);
    // The fourth has a date line without a time: imported, with a warning.
    fs.writeFileSync(file, n === 4 ? variantOfSeed(n).replace('2023-04-29 10:04', '2023-04-29') : variantOfSeed(n));
    return file;
  });
  const notText = path.join(dir, 'photo.jpg');
  fs.writeFileSync(notText, 'not a report');
  const before = (await meetings()).length;

  await page.goto(`${app.baseUrl}/admin/plugins/newsroom`);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '选择 .txt 文件' }).click()]);
  await chooser.setFiles([...files, notText]);
  for (const file of files) await report(path.basename(file)).and(page.locator('[data-state="parsed"]')).waitFor();
  await report('photo.jpg').and(page.locator('[data-state="refused"]')).waitFor();
  await expect(report('photo.jpg').textContent()).resolves.toContain('只能导入 .txt 文件。');
  const warning = report('report-4.txt').locator('li[data-warning="editorial.reported-time-missing"]');
  await expect(warning.textContent()).resolves.toMatch(/00:00/);

  // Record every progress line the page shows while the reports are written one after the other.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const line = /已导入 \d+ \/ \d+ 篇报道/.exec(document.querySelector('main')?.textContent ?? '')?.[0];
      if (line && seen[seen.length - 1] !== line) seen.push(line);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole('button', { name: '为 3 篇报道创建草稿' }).click();
  await page.getByText('已导入 3 / 3 篇报道').waitFor();
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(seen).toEqual(['已导入 0 / 3 篇报道', '已导入 1 / 3 篇报道', '已导入 2 / 3 篇报道', '已导入 3 / 3 篇报道']);
  await expect(page.getByRole('progressbar', { name: '导入进度' }).getAttribute('aria-valuenow')).resolves.toBe('100');
  await page.getByText('导入完成:创建 3 篇,更新 0 篇,被拒绝 0 篇。').first().waitFor();
  for (const file of files) await report(path.basename(file)).and(page.locator('[data-state="created"]')).waitFor();
  expect((await meetings()).length).toBe(before + 3);
  await page.getByText('已导入 3 / 3 篇报道').scrollIntoViewIfNeeded();
  await screenshot(page, 'import-many');
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a report whose body is over blocksLimits: previewed with the problem on the body, and not imported', async () => {
  // The seed's body is some 30 nodes: a limit of 10 puts it over, as a book-length report is over the default.
  const before = app.strapi.config.get('plugin::newsroom.blocksLimits');
  app.strapi.config.set('plugin::newsroom.blocksLimits', { nodes: 10, characters: 100_000 });
  try {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-e2e-reports-'));
    const file = path.join(dir, 'long-body.txt');
    fs.writeFileSync(file, variantOfSeed(5));
    const count = (await meetings()).length;
    await page.goto(`${app.baseUrl}/admin/plugins/newsroom`);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '选择 .txt 文件' }).click()]);
    await chooser.setFiles(file);
    const refused = report('long-body.txt');
    await refused.and(page.locator('[data-state="refused"]')).waitFor();
    // The preview is there, and the problem on the body says the size, the limit and what to do.
    await expect(refused.getByRole('button', { name: '解析结果' }).count()).resolves.toBe(1);
    const problem = refused.locator('li[data-problem-code="blocks.too-large"]');
    await expect(problem.textContent()).resolves.toMatch(/^meeting\.body: 正文过大：共 \d+ 个节点.*上限为 10 个节点.*请把报道拆分为几篇/);
    // Nothing to import: the button counts no report.
    await expect(page.getByRole('button', { name: '为 0 篇报道创建草稿' }).isDisabled()).resolves.toBe(true);
    expect((await meetings()).length).toBe(count);
    await screenshot(page, 'import-body-too-large');
    fs.rmSync(dir, { recursive: true, force: true });
  } finally {
    app.strapi.config.set('plugin::newsroom.blocksLimits', before);
  }
});
