/**
 * The editorial check panel by keyboard and screen reader: every problem's
 * button, reached with Tab alone, puts the focus in its field; the panel's
 * verdict is announced once when it changes, never on every keystroke.
 */
import type { Browser, Page } from 'playwright-core';
import { startE2eApp, type E2eApp } from './helpers/app';
import { eventually, focused, launchBrowser, openAdmin, tabUntil } from './helpers/browser';
import { createUrl, editUrl, panel, waitForPanelState } from './helpers/edit-view';

let app: E2eApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startE2eApp();
  browser = await launchBrowser();
  ({ page } = await openAdmin(browser, app.baseUrl, 'zh-Hans'));
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Whether the focused element is the field the panel's button names (its last label), outside the panel. */
const focusIsInField = (page: Page, path: string, label: string) =>
  page.evaluate(
    ({ path, label }) => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body || element.closest('[data-newsroom-editorial-check]')) return false;
      const name = element.getAttribute('name') ?? '';
      if (name === path || name.startsWith(`${path}.`)) return true;
      let ancestor: HTMLElement | null = element.parentElement;
      for (let depth = 0; ancestor && depth < 8; depth += 1, ancestor = ancestor.parentElement) {
        const labels = Array.from(ancestor.querySelectorAll('label')).map((l) => (l.textContent ?? '').replace(/\*$/, '').trim());
        if (labels.some((text) => text === label || text.startsWith(`${label}\u00a0(`) || text.startsWith(`${label} (`))) return true;
      }
      return false;
    },
    { path, label }
  );

test('every problem of a new meeting reaches its field by keyboard alone', async () => {
  await page.goto(createUrl(app.baseUrl, 'meeting'));
  await waitForPanelState(page, 'warning');
  const buttons = panel(page).locator('li[data-problem-path] button');
  const count = await buttons.count();
  expect(count).toBeGreaterThanOrEqual(5);
  const problems = await panel(page)
    .locator('li[data-problem-path]')
    .evaluateAll((items) => items.map((li) => ({ path: li.getAttribute('data-problem-path') ?? '', text: (li.querySelector('button')?.textContent ?? '').trim() })));

  for (const problem of problems) {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabUntil(page, (element) => element.inPanel && element.text === problem.text, { shift: true, max: 80 });
    await page.keyboard.press('Enter');
    const label = problem.text.replace(/^转到\s*/, '').split(' › ').filter((part) => !/^第 \d+ 项$/.test(part)).pop() ?? '';
    await eventually(() => focusIsInField(page, problem.path, label), true, 5_000).catch(async () => {
      throw new Error(`"${problem.text}" (${problem.path}) left the focus on ${JSON.stringify(await focused(page))}`);
    });
  }
});

/** Resolves when the panel's check of a form for which `sent` holds has been answered (POST /newsroom/editorial-check). */
const checkAnswered = (page: Page, sent: (data: Record<string, unknown>) => boolean) =>
  page.waitForResponse(
    (response) => {
      if (!response.url().includes('/newsroom/editorial-check') || response.request().method() !== 'POST') return false;
      try {
        return sent((JSON.parse(response.request().postData() ?? '{}') as { data?: Record<string, unknown> }).data ?? {});
      } catch {
        return false;
      }
    },
    { timeout: 30_000 }
  );

test('the verdict is announced once when it changes, not on every keystroke', async () => {
  const meeting = (await app.strapi.documents('plugin::newsroom.meeting').create({
    locale: 'zh-Hans',
    status: 'draft',
    data: {
      title: '2023年福田区残工委第三次全体会议',
      heldOn: '2023-10-20',
      organizer: '福田区残工委',
      editorial: { source: '深圳新闻网', reportedAt: '2023-10-21T10:00:00+08:00', credits: [{ role: 'editor', name: '陈飞' }, { role: 'responsible-editor', name: '郑晓鹏' }] },
    },
  } as never)) as { documentId: string };
  await page.goto(editUrl(app.baseUrl, 'meeting', meeting.documentId));
  await waitForPanelState(page, 'success');
  const live = panel(page).locator('[role="status"][aria-live="polite"]');
  await expect(live.textContent()).resolves.toBe('可以发布');
  // Record every text the live region takes from now on.
  await live.evaluate((region) => {
    const seen: string[] = [];
    (window as unknown as { announced: string[] }).announced = seen;
    new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, { subtree: true, childList: true, characterData: true });
  });
  const announced = () => page.evaluate(() => (window as unknown as { announced: string[] }).announced);

  // Typing in a field the verdict does not depend on: many keystrokes and checks, nothing announced.
  // "Nothing" is proven, not timed: the check of the last keystroke has been answered and shown.
  const lastVenueChecked = checkAnswered(page, (data) => data.venue === '福田会堂三楼会议室');
  await page.locator('input[name="venue"]').click();
  await page.keyboard.type('福田会堂三楼会议室', { delay: 120 });
  await lastVenueChecked;
  await waitForPanelState(page, 'success');
  expect(await announced()).toEqual([]);

  // Clearing the organizer, key by key: the verdict changes once, and is announced once.
  await page.locator('input[name="organizer"]').click();
  await page.keyboard.press('ControlOrMeta+A');
  const clearedChecked = checkAnswered(page, (data) => !data.organizer);
  await page.keyboard.press('Backspace');
  await clearedChecked;
  await waitForPanelState(page, 'warning');
  const changes = await announced();
  expect(changes).toHaveLength(1);
  expect(changes[0]).toMatch(/^可以保存为草稿。发布前还有 1 处问题需要修改。$/);
});
