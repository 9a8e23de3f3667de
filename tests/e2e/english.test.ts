/**
 * An editor switches the admin from Chinese to English in their profile:
 * field labels, the editorial check panel, the server's messages and the
 * import page are then in English.
 */
import type { Browser, Page } from 'playwright-core';
import { startE2eApp, type E2eApp } from './helpers/app';
import { launchBrowser, openAdmin, screenshot, seriousViolations, unnamedControls } from './helpers/browser';
import { addCredit, createUrl, creditsField, fillDate, fillDateTime, panel, problem, scrollToTop, waitForPanelState } from './helpers/edit-view';

let app: E2eApp;
let browser: Browser;
let page: Page;

const CJK = /[\u3400-\u9fff]/;

beforeAll(async () => {
  app = await startE2eApp();
  browser = await launchBrowser();
  ({ page } = await openAdmin(browser, app.baseUrl, 'zh-Hans'));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test('switching the admin to English gives English labels, panel and messages', async () => {
  // The profile page: 界面语言 → English, 保存.
  await page.goto(`${app.baseUrl}/admin/me`);
  await page.locator('[name="preferedLanguage"][role="combobox"]').click();
  await page.getByRole('option', { name: 'English' }).click();
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByRole('button', { name: 'Save' }).waitFor();

  // An English meeting: labels from the plugin's admin translations.
  await page.goto(createUrl(app.baseUrl, 'meeting', 'en'));
  await page.locator('input[name="title"]').waitFor();
  const labels = await page.locator('main label').allTextContents();
  for (const label of ['Meeting name*', 'Held on*', 'Organizer*', 'Editorial*', 'Source', 'Reported at', 'Credit line', 'Byline', 'Dateline']) {
    expect(labels).toContain(label);
  }
  expect(labels).toContain('Credits\u00a0(0)');
  expect(labels.filter((label) => CJK.test(label))).toEqual([]);

  // The panel, in English, with the server's English messages.
  await page.locator('aside h2', { hasText: 'Editorial check' }).waitFor();
  await waitForPanelState(page, 'warning');
  await expect(panel(page).locator('[role="status"]').textContent()).resolves.toMatch(/^Can be saved as a draft\. \d+ problems to fix before publishing\.$/);
  const titleProblem = problem(page, 'title', 'field.required');
  await expect(titleProblem.getByRole('button').textContent()).resolves.toBe('Go to Meeting name');
  const messages = await panel(page).locator('li p').allTextContents();
  expect(messages.length).toBeGreaterThan(0);
  expect(messages.filter((message) => CJK.test(message))).toEqual([]);

  await page.locator('input[name="title"]').fill('Futian District Working Committee on Disability: first plenary meeting of 2023');
  await page.locator('input[name="organizer"]').fill('Futian District Working Committee on Disability');
  // The English admin reads dates as mm/dd/yyyy.
  await fillDate(page, 'heldOn', '04/28/2023');
  await page.locator('input[name="editorial.source"]').fill('Shenzhen News');
  await fillDateTime(page, 'Reported at', '04/29/2023', '09:58');
  await addCredit(page, 'Editor', 'Chen Fei', 'Credits');
  const missing = problem(page, 'editorial.credits', 'credits.responsible-editor.missing');
  await missing.waitFor();
  await expect(missing.getByRole('button').textContent()).resolves.toBe('Go to Editorial › Credits');
  const panelMessage = (await missing.locator('p').textContent()) ?? '';
  expect(panelMessage).not.toMatch(CJK);
  expect(await seriousViolations(page, '[data-newsroom-editorial-check]')).toEqual([]);
  expect(await unnamedControls(page, '[data-newsroom-editorial-check]')).toEqual([]);
  await scrollToTop(page);
  await screenshot(page, 'edit-view-en');

  // Publish: refused, and the English message sits on the credits field.
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const error = creditsField(page, 'Credits').locator('[data-strapi-field-error]');
  await error.waitFor();
  await expect(error.textContent()).resolves.toBe(panelMessage);

  // The import page in English.
  await page.getByRole('link', { name: 'Import reports' }).waitFor();
  await page.goto(`${app.baseUrl}/admin/plugins/newsroom`);
  await page.getByRole('heading', { name: 'Import reports', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Choose .txt files' }).waitFor();
  await page.getByText('1. Add reports').waitFor();
  expect(await seriousViolations(page, 'main')).toEqual([]);
  await screenshot(page, 'import-en');
});
