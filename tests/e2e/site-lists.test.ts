/**
 * The reader's site's paged lists, in headless Chromium against one real
 * Strapi and one site process, with one item a page (`pageListSize` 1): a
 * speaker's speeches page through the API's speeches endpoint; a meeting's
 * page shows the achievements its stored page carries and links to all of
 * them, paged through the API's achievements endpoint. Plain links, which
 * work without JavaScript too; axe needs it on.
 */
import type { Browser, Page } from 'playwright-core';
import { startE2eApp, type E2eApp } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { launchBrowser } from './helpers/browser';
import { publishMeetingWithAchievements, publishPagedSpeaker } from './helpers/site-content';
import { get, openPage } from './helpers/site-pages';
import { siteFrontendUrls, startSite, type RunningSite } from './helpers/site';

let app: E2eApp;
let site: RunningSite;
let browser: Browser;

beforeAll(async () => {
  app = await startE2eApp();
  site = await startSite(app.baseUrl, { NEWSROOM_PUBLIC_API_URL: app.baseUrl });
  app.strapi.config.set('plugin::newsroom.frontendUrls', siteFrontendUrls(site.url));
  app.strapi.config.set('plugin::newsroom.purgeUrls', [`${site.url}/purge`]);
  // One item a page: three make three pages.
  app.strapi.config.set('plugin::newsroom.pageListSize', 1);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await app?.stop();
});

/** A stored page once its list's total is `total`: the outbox's workers rebuild it after the writes that change the list. */
const storedWithTotal = async (path: string, field: string, total: number): Promise<Record<string, unknown> | undefined> => {
  const deadline = Date.now() + 20_000;
  let stored: Record<string, unknown> | undefined;
  while (Date.now() < deadline && stored?.[`${field}Total`] !== total) {
    stored = (JSON.parse((await get(`${app.baseUrl}${path}`)).body) as { data?: Record<string, unknown> }).data;
    if (stored?.[`${field}Total`] !== total) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return stored;
};

/** Walks a list's pages by their `next` links from page 1 of `count`: the titles seen, in order. */
const walkPages = async (page: Page, count: number, titles: readonly string[], nextUrl: (n: number) => string): Promise<string[]> => {
  const seen: string[] = [];
  for (let n = 1; n <= count; n += 1) {
    const main = await page.locator('main').innerText();
    expect(main).toContain(`第${n}页，共${count}页`);
    seen.push(...titles.filter((title) => main.includes(title)));
    expect(await page.locator('a[rel="prev"]').count()).toBe(n > 1 ? 1 : 0);
    if (n < count) await Promise.all([page.waitForURL(nextUrl(n + 1)), page.locator('a[rel="next"]').click()]);
    else expect(await page.locator('a[rel="next"]').count()).toBe(0);
  }
  return seen;
};

describe('a speaker’s speeches, paged', () => {
  it('shows the latest meetings the speaker page embeds, and the next ones from the speeches endpoint, with links both ways', async () => {
    const titles = ['翻页发言人的第一次会议', '翻页发言人的第二次会议', '翻页发言人的第三次会议'];
    const speaker = await publishPagedSpeaker(app.strapi, '翻页发言人', titles);
    const stored = await storedWithTotal(`/api/newsroom/speakers/by-slug/${speaker.slug}?locale=zh-Hans`, 'speeches', 3);
    expect(stored).toMatchObject({ speechesTotal: 3, speeches: [expect.objectContaining({ summary: '第3次讲话' })] });

    const { page, close } = await openPage(browser, site.url, `/zh-Hans/people/${speaker.slug}`);
    try {
      // Newest meeting first, each on one page.
      expect(await walkPages(page, 3, titles, (n) => `**/people/${speaker.slug}?page=${n}`)).toEqual([...titles].reverse());
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
    expect((await get(`${site.url}/zh-Hans/people/${speaker.slug}?page=4`)).status).toBe(404);
  });
});

describe('a meeting’s achievements, paged', () => {
  it('shows the ones the meeting page carries with a link to all of them, paged from the achievements endpoint', async () => {
    const titles = ['翻页会议的第一项成绩', '翻页会议的第二项成绩', '翻页会议的第三项成绩'];
    const meeting = await publishMeetingWithAchievements(app.strapi, '翻页成绩的会议', titles);
    const stored = await storedWithTotal(`/api/newsroom/meetings/by-slug/${meeting.slug}?locale=zh-Hans`, 'achievements', 3);
    expect((stored?.achievements as Array<{ title: string }>).map((a) => a.title)).toEqual(titles.slice(0, 1));

    const { page, close } = await openPage(browser, site.url, `/zh-Hans/meetings/${meeting.slug}`);
    try {
      const section = page.locator('section[aria-labelledby="achievements-title"]');
      expect(await section.locator('li h3').allInnerTexts()).toEqual(titles.slice(0, 1));
      await Promise.all([page.waitForURL(`**/meetings/${meeting.slug}/achievements`), section.getByRole('link', { name: '查看全部3项工作成绩' }).click()]);
      // By ordinal, each on one page; the page links back to its meeting.
      expect(await walkPages(page, 3, titles, (n) => `**/meetings/${meeting.slug}/achievements?page=${n}`)).toEqual(titles);
      expect(await page.getByRole('link', { name: /返回会议报道/ }).getAttribute('href')).toBe(`/zh-Hans/meetings/${meeting.slug}`);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
    expect((await get(`${site.url}/zh-Hans/meetings/${meeting.slug}/achievements?page=4`)).status).toBe(404);
    expect((await get(`${site.url}/zh-Hans/meetings/${meeting.slug}/nothing-here`)).status).toBe(404);
  });
});
