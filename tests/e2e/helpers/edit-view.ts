/** Driving the content manager's edit view of a newsroom type as an editor does. */
import type { Locator, Page } from 'playwright-core';

export const createUrl = (baseUrl: string, type: string, locale = 'zh-Hans') =>
  `${baseUrl}/admin/content-manager/collection-types/plugin::newsroom.${type}/create?plugins[i18n][locale]=${locale}`;

export const editUrl = (baseUrl: string, type: string, documentId: string, locale = 'zh-Hans') =>
  `${baseUrl}/admin/content-manager/collection-types/plugin::newsroom.${type}/${documentId}?plugins[i18n][locale]=${locale}`;

export const listUrl = (baseUrl: string, type: string, locale = 'zh-Hans') =>
  `${baseUrl}/admin/content-manager/collection-types/plugin::newsroom.${type}?plugins[i18n][locale]=${locale}`;

/** The repeatable credits list of the editorial component. */
export const creditsField = (page: Page, label = '署名'): Locator =>
  page.locator('main label').filter({ hasText: new RegExp(`^${label}\\s\\(\\d+\\)$`) }).locator('xpath=../../..');

export const creditCount = async (page: Page, label = '署名'): Promise<number> => {
  const text = await page.locator('main label').filter({ hasText: new RegExp(`^${label}\\s\\(\\d+\\)$`) }).textContent();
  return Number(/\((\d+)\)/.exec(text ?? '')?.[1] ?? 0);
};

/** Picks an option of a single select (an enumeration). */
export const choose = async (page: Page, name: string, option: string): Promise<void> => {
  await page.locator(`[name="${name}"][role="combobox"]`).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

/** Adds a credit through the form: "add an entry", then its role and name. */
export const addCredit = async (page: Page, role: string, name: string, label = '署名'): Promise<number> => {
  const index = await creditCount(page, label);
  const list = creditsField(page, label);
  // An empty list shows one "no entry yet" button; a filled one ends with "add an entry".
  await list.getByRole('button').last().click();
  await page.locator(`[name="editorial.credits.${index}.name"]`).waitFor();
  await choose(page, `editorial.credits.${index}.role`, role);
  await page.locator(`[name="editorial.credits.${index}.name"]`).fill(name);
  return index;
};

/** A date input, typed as the admin's date picker reads dates in its language (zh: yyyy/mm/dd, en: mm/dd/yyyy). */
export const fillDate = async (page: Page, name: string, date: string): Promise<void> => {
  const input = page.locator(`input[name="${name}"]`);
  await input.click();
  await input.pressSequentially(date);
  await page.keyboard.press('Escape');
  await input.blur();
  const value = await input.inputValue();
  if (value !== date) throw new Error(`the date picker ${name} reads ${value}, not ${date}`);
};

/** A date-time field by its label: the date then the time combobox. */
export const fillDateTime = async (page: Page, label: string, date: string, time: string): Promise<void> => {
  const inputs = page.locator(`main label:text-is("${label}")`).locator('xpath=../..').locator('input[role="combobox"]');
  await inputs.nth(0).click();
  await inputs.nth(0).pressSequentially(date);
  await page.keyboard.press('Escape');
  await inputs.nth(0).blur();
  const value = await inputs.nth(0).inputValue();
  if (value !== date) throw new Error(`the date picker of ${label} reads ${value}, not ${date}`);
  await inputs.nth(1).click();
  await inputs.nth(1).fill(time);
  await page.keyboard.press('Escape');
};

/** The editorial check panel's content. */
export const panel = (page: Page): Locator => page.locator('[data-newsroom-editorial-check]');

/** Waits until the panel's last check shows `state` (success, warning, danger). */
export const waitForPanelState = async (page: Page, state: 'success' | 'warning' | 'danger'): Promise<void> => {
  await page
    .locator(`[data-newsroom-editorial-check] [data-check-state="${state}"]`)
    .waitFor({ timeout: 30_000 })
    .catch(async (error: Error) => {
      const shown = await page.locator('[data-newsroom-editorial-check] [data-check-state]').evaluateAll((els) => els.map((el) => `${el.getAttribute('data-check-state')}: ${el.textContent}`));
      const problems = await page.locator('[data-newsroom-editorial-check] li[data-problem-path]').evaluateAll((els) => els.map((el) => el.getAttribute('data-problem-code')));
      throw new Error(`the panel never showed ${state}; it shows ${JSON.stringify(shown)} with ${JSON.stringify(problems)} (${error.message.split('\n')[0]})`);
    });
  // No check still running behind the shown result; a check that never ends fails the test.
  await page.locator('[data-newsroom-editorial-check] [data-check-running]').waitFor({ state: 'detached', timeout: 15_000 });
  await page.locator(`[data-newsroom-editorial-check] [data-check-state="${state}"]`).waitFor({ timeout: 1_000 });
};

export const problem = (page: Page, path: string, code?: string): Locator =>
  panel(page).locator(`li[data-problem-path="${path}"]${code ? `[data-problem-code="${code}"]` : ''}`);

/** Scrolls the admin's content back to its top (the page scrolls inside the layout, not the window). */
export const scrollToTop = async (page: Page): Promise<void> => {
  await page.locator('main h1').first().scrollIntoViewIfNeeded();
  await page.evaluate(() => document.querySelector('main h1')?.scrollIntoView({ block: 'start' }));
};
