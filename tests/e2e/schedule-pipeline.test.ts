/**
 * Scheduled publishing and the pipeline page, as editors meet them in both
 * admin languages (issues 21 and 24): in the edit view's schedule panel an
 * editor schedules a publish at a date and time typed in Beijing time, by
 * keyboard alone, sees it listed in Beijing time in words, and cancels it;
 * the history panel shows both. A publish the rules would refuse is not
 * scheduled, and the refusal lands on the edit view's field. The pipeline
 * page shows a failed job with its error, and its Retry button (reached by
 * Tab) puts it back in the queue. A publish refused when it was due is
 * notified to the editor who scheduled it on their next admin load, once.
 * axe finds no serious or critical violation in the panel or on the page.
 */
import fs from 'fs';
import type { Browser, Page } from 'playwright-core';
import { EDITOR, SEED_FILE, startE2eApp, type E2eApp } from './helpers/app';
import { seriousOrCritical } from './helpers/axe';
import { eventually, launchBrowser, openAdmin, screenshot, tabUntil, type AdminLanguage } from './helpers/browser';
import { creditsField, editUrl } from './helpers/edit-view';
import { adminLogin } from '../integration/helpers/auth';
import { meetingData, seedEditorial } from '../integration/helpers/fixtures';
import { http } from '../integration/helpers/http';
import { outboxOf, jobsOfType } from '../integration/helpers/outbox';

const MEETING = 'plugin::newsroom.meeting';
const PANEL = '[data-newsroom-schedule]';

let app: E2eApp;
let browser: Browser;
const meetings: Partial<Record<AdminLanguage, string>> = {};

/** A day after tomorrow in Beijing, as a date input holds it, with the words each language shows for 09:00 on it. */
const DAY = (() => {
  const beijing = new Date(Date.now() + 8 * 3_600_000 + 2 * 86_400_000);
  const [y, m, d] = [beijing.getUTCFullYear(), beijing.getUTCMonth() + 1, beijing.getUTCDate()];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return {
    input: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    utc: new Date(Date.UTC(y, m - 1, d, 1, 0)).toISOString(),
    words: { 'zh-Hans': `${y}年${m}月${d}日 09:00（北京时间）`, en: `${d} ${months[m - 1]} ${y}, 09:00 Beijing time` } as Record<AdminLanguage, string>,
  };
})();

beforeAll(async () => {
  app = await startE2eApp();
  browser = await launchBrowser();
  const importer = app.strapi.plugin('newsroom').service('importer') as { importReport(text: string, options: object): Promise<{ meeting: { documentId: string } }> };
  // A meeting of each language's own (the seed report under another title), so neither test depends on the other.
  const seed = fs.readFileSync(SEED_FILE, 'utf8');
  for (const language of ['zh-Hans', 'en'] as const) {
    const text = seed.replace(/实现残疾人高质量就业创业梦!福田区召开2023年区残工委会议/g, `福田区召开2023年区残工委会议(定时发布 ${language})`);
    meetings[language] = (await importer.importReport(text, { fileName: `schedule-${language}.txt` })).meeting.documentId;
  }
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const scheduleJobs = async (documentId: string) =>
  (await jobsOfType(app.strapi, 'newsroom.schedule')).filter((job) => String(job.key).includes(`:${documentId}:`)).map((job) => job.state);

const expectClean = async (page: Page, include: string, screen: string) => {
  const found = await seriousOrCritical(page, { include: [include] });
  expect({ screen, found }).toEqual({ screen, found: [] });
};

const openPanel = async (page: Page, documentId: string) => {
  await page.goto(editUrl(app.baseUrl, 'meeting', documentId));
  await page.locator(`${PANEL} [data-schedule-empty], ${PANEL} [data-schedule-job]`).first().waitFor({ timeout: 30_000 });
  await page.locator(PANEL).scrollIntoViewIfNeeded();
};

describe.each<AdminLanguage>(['zh-Hans', 'en'])('in the %s admin', (language) => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await openAdmin(browser, app.baseUrl, language));
  });
  afterAll(async () => {
    await page?.context().close();
  });

  test('an editor schedules a publish by keyboard, sees it in Beijing time, and cancels it', async () => {
    const meeting = meetings[language] ?? '';
    await openPanel(page, meeting);
    await expectClean(page, PANEL, 'schedule panel, nothing scheduled');

    // An edit not yet saved: Enter in the schedule form must schedule, not submit the edit view's form (a save).
    const venue = page.locator('input[name="venue"]');
    const savedVenue = await venue.inputValue();
    await venue.fill(`${savedVenue}（未保存）`);

    // Keyboard only: the action's radio group, then the date, the time; Enter in the time schedules.
    const panel = page.locator(PANEL);
    await panel.getByRole('radio').first().focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('newsroom-schedule-date');
    // Chromium's date input takes a Tab stop per part (year, month, day).
    await tabUntil(page, (element) => element.name === 'newsroom-schedule-time', { max: 4 });
    await tabUntil(page, (element) => element.tag === 'button' && element.text === (language === 'en' ? 'Schedule' : '安排定时'), { max: 4 });
    await page.locator('input[name="newsroom-schedule-date"]').fill(DAY.input);
    await page.locator('input[name="newsroom-schedule-time"]').fill('09:00');
    await page.locator('input[name="newsroom-schedule-time"]').press('Enter');

    const job = panel.locator('[data-schedule-job][data-schedule-state="pending"]');
    await job.waitFor();
    await expect(job.getAttribute('data-schedule-at')).resolves.toBe(DAY.utc);
    await expect(job.locator('p').first().textContent()).resolves.toContain(DAY.words[language]);
    await expect(panel.locator('[data-schedule-announcement]').textContent()).resolves.toContain(DAY.words[language]);
    expect(await scheduleJobs(meeting)).toContain('pending');
    // Enter scheduled; it did not save the document (no save in its history, the edit still unsaved).
    await page.locator('[data-history-action="schedule"]').first().waitFor();
    expect(await page.locator('[data-history-action="save"]').count()).toBe(0);
    const stored = (await app.strapi.documents(MEETING).findOne({ documentId: meeting, locale: 'zh-Hans' } as never)) as { venue?: string };
    expect(stored.venue).toBe(savedVenue);
    await expect(venue.inputValue()).resolves.toBe(`${savedVenue}（未保存）`);
    await expectClean(page, PANEL, 'schedule panel, a publish scheduled');
    await screenshot(page.locator(PANEL).locator('xpath=ancestor::aside[1]'), `schedule-${language}-pending`);

    // Back by Shift+Tab to the job's Cancel button; Enter cancels.
    await page.locator('input[name="newsroom-schedule-date"]').focus();
    await tabUntil(page, (element) => element.tag === 'button' && element.text === (language === 'en' ? 'Cancel' : '取消'), { shift: true, max: 10 });
    await page.keyboard.press('Enter');
    await panel.locator('[data-schedule-empty]').waitFor();
    await eventually(async () => (await scheduleJobs(meeting)).filter((state) => state === 'pending').length, 0);
    await page.locator('[data-history-action="cancel"]').first().waitFor();
    await expectClean(page, PANEL, 'schedule panel after cancelling');
  });

  test('the pipeline page shows a failed job with its error; Retry, reached by Tab, queues it again', async () => {
    const outbox = outboxOf(app.strapi);
    let fixed = false;
    outbox.registerJobHandler(`e2e.purge-${language}`, async () => {
      if (!fixed) throw new Error(`CDN purge refused (${language})`);
    });
    await outbox.enqueue({ type: `e2e.purge-${language}`, key: `/meetings/${language}`, payload: {}, maxAttempts: 1 });
    await outbox.drain();
    const [failed] = await jobsOfType(app.strapi, `e2e.purge-${language}`);
    expect(failed.state).toBe('failed');

    await page.goto(`${app.baseUrl}/admin/plugins/newsroom-pipeline`);
    const row = page.locator(`[data-failures] tr[data-job="${failed.id}"]`);
    await row.waitFor();
    await expect(row.locator('[data-error]').textContent()).resolves.toContain(`CDN purge refused (${language})`);
    await expect(page.locator('[data-count="failed"] dd').textContent()).resolves.toMatch(/^[1-9]\d*$/);
    await expect(page.locator('th[scope="col"]').count()).resolves.toBe(6);
    await expectClean(page, 'main', 'pipeline page with a failure');
    await screenshot(page, `pipeline-${language}-failure`);

    fixed = true;
    const label = language === 'en' ? `Retry job ${failed.id}` : `重试任务 ${failed.id}`;
    // From the header's Refresh button, Tab reaches this job's Retry button.
    await page.getByRole('button', { name: language === 'en' ? 'Refresh' : '刷新' }).focus();
    const ariaLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
    for (let presses = 0; !(await ariaLabel()).startsWith(label); presses += 1) {
      if (presses > 60) throw new Error(`Tab never reached "${label}"`);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await eventually(async () => (await page.locator('[data-pipeline-announcement]').textContent()) ?? '', language === 'en' ? `Job ${failed.id} is back in the queue.` : `任务 ${failed.id} 已重新排入队列。`);
    await row.waitFor({ state: 'detached' });
    await outbox.drain();
    await eventually(async () => (await jobsOfType(app.strapi, `e2e.purge-${language}`))[0].state, 'done');
    await expectClean(page, 'main', 'pipeline page after the retry');
  });
});

test('a publish the rules would refuse is not scheduled: the refusal is on the edit view’s credits field and in the panel', async () => {
  const { credits } = seedEditorial();
  const draft = (await app.strapi.documents(MEETING).create({
    data: meetingData({ title: '定时发布被拒测试会议', editorial: { ...seedEditorial(), credits: credits.filter((c) => c.role !== 'responsible-editor') } }),
  } as never)) as { documentId: string };
  const { page } = await openAdmin(browser, app.baseUrl, 'zh-Hans');
  await openPanel(page, draft.documentId);
  await page.locator('input[name="newsroom-schedule-date"]').fill(DAY.input);
  await page.locator(PANEL).getByRole('button', { name: '安排定时' }).click();
  const problem = page.locator(`${PANEL} li[data-problem-path="editorial.credits"][data-problem-code="credits.responsible-editor.missing"]`);
  await problem.waitFor();
  await expect(problem.textContent()).resolves.toMatch(/责任编辑/);
  await expect(creditsField(page).locator('[data-strapi-field-error]').textContent()).resolves.toMatch(/责任编辑/);
  expect(await scheduleJobs(draft.documentId)).toEqual([]);
  await expectClean(page, PANEL, 'schedule panel with a refusal');
  await page.context().close();
});

test('a publish refused when it was due is notified to the editor who scheduled it, with a link to the document, until closed; the panel and the pipeline page show why', async () => {
  const draft = (await app.strapi.documents(MEETING).create({ data: meetingData({ title: '到时被拒测试会议' }) } as never)) as { documentId: string };
  const editor = http(app.baseUrl, await adminLogin(app.baseUrl, EDITOR.email, EDITOR.password));
  const scheduled = await editor.post(`/newsroom/schedule/meeting/${draft.documentId}`, { action: 'publish', at: new Date(Date.now() + 1500).toISOString(), locale: 'zh-Hans' });
  expect(scheduled.status).toBe(201);
  // Saved meanwhile without a responsible editor: the draft may be, the publish may not.
  const { credits } = seedEditorial();
  await app.strapi.documents(MEETING).update({
    documentId: draft.documentId,
    locale: 'zh-Hans',
    data: { editorial: { ...seedEditorial(), credits: credits.filter((c) => c.role !== 'responsible-editor') } },
  } as never);
  await eventually(async () => (await jobsOfType(app.strapi, 'newsroom.schedule')).find((job) => job.id === scheduled.body.data.id)?.state, 'failed', 30_000);

  // The editor's next admin load (here: signing in) shows it.
  const { page } = await openAdmin(browser, app.baseUrl, 'zh-Hans');
  await page.getByText('定时操作被拒绝').waitFor();
  const link = page.getByRole('link', { name: '打开文档' });
  await expect(link.getAttribute('href')).resolves.toBe(`/admin/content-manager/collection-types/${MEETING}/${draft.documentId}?plugins[i18n][locale]=zh-Hans`);
  await screenshot(page, 'schedule-zh-Hans-refusal-notified');
  // Not acknowledged until closed; closing it acknowledges it.
  expect((await editor.get('/newsroom/schedule/refusals')).body.data.map((job: { id: number }) => job.id)).toContain(scheduled.body.data.id);
  await page.locator('[data-sonner-toast]').filter({ hasText: '定时操作被拒绝' }).getByRole('button', { name: '关闭', exact: true }).click();
  await eventually(async () => (await editor.get('/newsroom/schedule/refusals')).body.data.length, 0);

  await page.goto(`${app.baseUrl}/admin/content-manager/collection-types/${MEETING}/${draft.documentId}?plugins[i18n][locale]=zh-Hans`);
  await page.locator(`${PANEL} [data-schedule-job][data-schedule-state="failed"]`).waitFor({ timeout: 30_000 });
  await page.locator(`${PANEL} li[data-problem-path="editorial.credits"][data-problem-code="credits.responsible-editor.missing"]`).waitFor();
  await expectClean(page, PANEL, 'schedule panel with a job refused at firing');
  expect(await page.getByText('定时操作被拒绝').count()).toBe(0);

  await page.goto(`${app.baseUrl}/admin/plugins/newsroom-pipeline`);
  await page.locator(`tr[data-job="${scheduled.body.data.id}"] [data-error] li`).first().waitFor();
  await page.context().close();
});
