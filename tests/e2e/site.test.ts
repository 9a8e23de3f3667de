/**
 * The reader's site (site/) in headless Chromium against one real Strapi and
 * one site process for the whole file: every page type in zh-Hans and
 * English passes axe-core with no violation of any impact, has one h1 and
 * headings in order, is walked by the keyboard to every link and the
 * read-aloud button with a visible focus, reflows at 320 CSS px and at 200 %
 * zoom of a 1280 px window (640 CSS px, two device pixels each), shows its text,
 * credits and JSON-LD with JavaScript off (the paged lists: site-lists.test.ts).
 * The feeds and sitemaps link the
 * site's pages and parse as XML; an old slug answers 301, a missing page a
 * real 404; a correction published through the admin's content-manager API
 * is on the site's next answer.
 */
import { XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { EDITOR, startE2eApp, type E2eApp } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { launchBrowser } from './helpers/browser';
import { publishSiteContent, type SiteContent } from './helpers/site-content';
import { CASES, get, LOCALES, markTargets, openPage, pagePath, walkByKeyboard, type Locale, type OpenOptions, type PageType } from './helpers/site-pages';
import { siteFrontendUrls, startSite, type RunningSite } from './helpers/site';

let app: E2eApp;
let site: RunningSite;
let browser: Browser;
let content: SiteContent;

beforeAll(async () => {
  app = await startE2eApp();
  site = await startSite(app.baseUrl, { NEWSROOM_PUBLIC_API_URL: app.baseUrl });
  app.strapi.config.set('plugin::newsroom.frontendUrls', siteFrontendUrls(site.url));
  app.strapi.config.set('plugin::newsroom.purgeUrls', [`${site.url}/purge`]);
  content = await publishSiteContent(app.strapi);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await app?.stop();
});

const pathOf = (type: PageType, locale: Locale): string => pagePath(content, type, locale);

const open = (path: string, options?: OpenOptions) => openPage(browser, site.url, path, options);

describe("the reader's site, every page type in zh-Hans and English", () => {

  it.each(CASES)(
    '%s (%s): status, lang, one h1, headings in order, landmarks, no axe violation of any impact; the keyboard reaches every link and the read-aloud button with a visible focus; no horizontal scroll at 320 CSS px',
    async (type, locale) => {
      const { page, status, close } = await open(pathOf(type, locale));
      try {
        expect(status).toBe(type === 'not found' ? 404 : 200);
        expect(await page.getAttribute('html', 'lang')).toBe(locale);
        const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
        expect(levels.filter((level) => level === 1)).toHaveLength(1);
        expect(levels[0]).toBe(1);
        levels.forEach((level, i) => i > 0 && expect([i, level]).toEqual([i, Math.min(level, levels[i - 1] + 1)]));
        expect(await page.locator('a.skip-link[href="#main"]').count()).toBe(1);
        expect(await page.locator('body > header, body > header nav, body > main, body > footer').count()).toBe(4);
        expect(await axeViolations(page)).toEqual([]);

        const targets = await markTargets(page);
        expect(targets.filter((tag) => tag === 'a').length).toBeGreaterThan(3);
        // The read-aloud button, shown where the browser has speech synthesis (not on the 404 page, which has no text to read).
        if (type !== 'not found') expect(targets).toContain('button');
        expect(await walkByKeyboard(page, targets.length)).toEqual({ reached: targets.length, invisible: [] });

        await page.setViewportSize({ width: 320, height: 800 });
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        expect(innerWidth).toBe(320);
        expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      } finally {
        await close();
      }
    }
  );
});

describe('at 200 % zoom', () => {
  /**
   * A browser zoomed to 200 % in a 1280 × 900 window lays the page out in
   * 640 × 450 CSS px, two device pixels to each: emulated here as such a
   * viewport with deviceScaleFactor 2 (the 320 CSS px check above is 400 %
   * of the same window). Text must reflow: no horizontal scroll, and no line
   * of text wider than the viewport.
   */
  it('every page type in zh-Hans and English reflows without horizontal scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    try {
      const page = await context.newPage();
      const overflowing: string[] = [];
      for (const [type, locale] of CASES) {
        await page.goto(`${site.url}${pathOf(type, locale)}`);
        const measured = await page.evaluate(() => ({
          dpr: window.devicePixelRatio,
          innerWidth: window.innerWidth,
          scrollWidth: document.documentElement.scrollWidth,
          // Text that runs past its box or the right edge (clipped by an ancestor instead of scrolling, say).
          wide: Array.from(document.querySelectorAll<HTMLElement>('main p, main li, main h1, main h2, main h3, main dd, main dt, main a, main figcaption'))
            .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > window.innerWidth + 0.5)
            .map((el) => el.outerHTML.slice(0, 60)),
        }));
        expect([type, locale, measured.dpr, measured.innerWidth]).toEqual([type, locale, 2, 640]);
        if (measured.scrollWidth > measured.innerWidth || measured.wide.length > 0) overflowing.push(`${type} (${locale}): ${measured.scrollWidth} px; ${measured.wide.join(' | ')}`);
      }
      expect(overflowing).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('with JavaScript off', () => {
  it.each(LOCALES)('the meeting (%s) has its text, credits, JSON-LD and read-aloud text', async (locale) => {
    const { page, status, close } = await open(pathOf('meeting', locale), { javaScript: false });
    try {
      expect(status).toBe(200);
      const text = await page.locator('main').innerText();
      const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
      expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', inLanguage: locale, url: `${site.url}${pathOf('meeting', locale)}` });
      // hreflang alternates: both languages, absolute, on the site's own origin.
      for (const other of LOCALES) expect(await page.getAttribute(`link[rel="alternate"][hreflang="${other}"]`, 'href')).toBe(`${site.url}${pathOf('meeting', other)}`);
      if (locale === 'zh-Hans') {
        expect(text).toContain('2023年福田区残工委第一次全体会议');
        expect(text).toContain('2023年4月28日');
        expect(text).toContain('记者 田也');
        expect(text).toContain('[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]');
        expect(text).toContain('罗念纯');
      } else {
        expect(text).toContain('28 April 2023');
        expect(text).toContain('Reporter: Tian Ye');
        expect(text).toContain('Editors: Chen Fei, Chen Suya · Responsible editor: Zheng Xiaopeng');
        expect(await page.locator('a[hreflang="zh-Hans"][lang="zh-Hans"]').count()).toBe(1);
      }
      // The read-aloud text is in the page (a disclosure); the button that needs speech synthesis is not shown.
      await page.locator('.read-aloud summary').click();
      expect((await page.locator('.read-aloud-text').innerText()).length).toBeGreaterThan(100);
      expect(await page.locator('.read-aloud button').isVisible()).toBe(false);
    } finally {
      await close();
    }
  });

  it.each([['achievement'], ['street case'], ['speaker']] as const)('the %s page has its text and credits', async (type) => {
    const { page, close } = await open(pathOf(type, 'zh-Hans'), { javaScript: false });
    try {
      const text = await page.locator('main').innerText();
      expect(text).toContain('2023年福田区残工委第一次全体会议');
      if (type !== 'speaker') expect(text).toContain('[编辑:陈飞 陈苏雅] [责任编辑:郑晓鹏]');
      else expect(JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')).toMatchObject({ '@type': 'Person', name: '罗念纯' });
    } finally {
      await close();
    }
  });
});

describe('feeds and sitemaps', () => {
  const links = (xml: string) => [...xml.matchAll(/<(?:loc|link)>([^<]+)<\/|<link[^>]*href="([^"]+)"/g)].map((m) => (m[1] ?? m[2]).replace(/&amp;/g, '&'));

  it.each(['/api/newsroom/feeds/rss.xml', '/api/newsroom/feeds/atom.xml', '/api/newsroom/sitemap.xml', '/api/newsroom/sitemap-news.xml'])(
    '%s parses as XML and links pages of the site that answer 200',
    async (path) => {
      const { status, body } = await get(`${app.baseUrl}${path}`);
      expect(status).toBe(200);
      expect(XMLValidator.validate(body)).toBe(true);
      const pages = links(body).filter((url) => url.startsWith(`${site.url}/`));
      expect(pages.length).toBeGreaterThan(0);
      expect(pages).toContain(`${site.url}${pathOf('meeting', 'zh-Hans')}`);
      for (const url of new Set(pages)) expect([url, (await get(url)).status]).toEqual([url, 200]);
    }
  );

  it('the sitemap pairs the zh-Hans and English pages', async () => {
    const { body } = await get(`${app.baseUrl}/api/newsroom/sitemap.xml`);
    for (const type of ['meeting', 'achievement', 'street case', 'speaker'] as const) {
      expect(body).toContain(`${site.url}${pathOf(type, 'en')}`);
      expect(body).toContain(`${site.url}${pathOf(type, 'zh-Hans')}`);
    }
  });

  it('the JSON Feed links the site', async () => {
    const feed = JSON.parse((await get(`${app.baseUrl}/api/newsroom/feeds/feed.json`)).body) as { items: Array<{ url: string }> };
    expect(feed.items.map((item) => item.url)).toContain(`${site.url}${pathOf('meeting', 'zh-Hans')}`);
  });
});

describe('HTTP', () => {
  it('pages carry an ETag and Cache-Control and answer 304 when unchanged', async () => {
    const url = `${site.url}${pathOf('meeting', 'zh-Hans')}`;
    const first = await get(url);
    expect(first.headers['cache-control']).toMatch(/must-revalidate/);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/".+"$/);
    expect((await get(url, { 'If-None-Match': etag })).status).toBe(304);
    expect((await get(url, { 'If-None-Match': 'W/"other"' })).status).toBe(200);
  });

  it('the purge endpoint takes the plugin’s {"paths": [...]} and refuses anything else with a field path', async () => {
    await get(`${site.url}${pathOf('meeting', 'zh-Hans')}`);
    const purge = (body: string) => fetch(`${site.url}/purge`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const ok = await purge(JSON.stringify({ paths: [`/api/newsroom/meetings/by-slug/${content.meeting.zh}?locale=zh-Hans`] }));
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { data: { dropped: number } }).data.dropped).toBeGreaterThan(0);
    const bad = await purge(JSON.stringify({ paths: 'everything' }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { details: { errors: Array<{ path: string[] }> } } }).error.details.errors[0].path).toEqual(['paths']);
  });

  it('a page under an unknown locale, a missing page and a list page past the last answer a real 404 page', async () => {
    // A page of a speaker's speeches past the last one is missing too (the seed's speakers spoke once).
    for (const path of ['/fr/', '/zh-Hans/cases/no-such-case', '/en/people/no-such-person', `/zh-Hans/people/${content.speaker.zh}?page=2`, '/zh-Hans/archive/2023?page=9']) {
      const answer = await get(`${site.url}${path}`);
      expect([path, answer.status]).toEqual([path, 404]);
      expect(answer.body).toMatch(/<h1>(页面不存在|Page not found)<\/h1>/);
    }
  });

  it('an old slug answers 301 to the page’s new address', async () => {
    const meeting = JSON.parse((await get(`${app.baseUrl}/api/newsroom/meetings/by-slug/${content.meeting.zh}?locale=zh-Hans`)).body) as { data: { achievements: Array<{ documentId: string; slug: string }> } };
    const second = meeting.data.achievements[1];
    await app.strapi.documents('plugin::newsroom.achievement').update({ documentId: second.documentId, locale: 'zh-Hans', data: { slug: 'renamed-achievement' }, status: 'published' } as never);
    const answer = await get(`${site.url}/zh-Hans/achievements/${second.slug}`);
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/zh-Hans/achievements/renamed-achievement');
    expect((await get(`${site.url}/zh-Hans/achievements/renamed-achievement`)).status).toBe(200);
  });
});

describe('a correction published in the admin', () => {
  it('is on the site’s next answer', async () => {
    const url = `${site.url}${pathOf('meeting', 'zh-Hans')}`;
    expect((await get(url)).body).toContain('福田会堂');
    const login = await fetch(`${app.baseUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: EDITOR.email, password: EDITOR.password }) });
    const { token } = ((await login.json()) as { data: { token: string } }).data;
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const document = `${app.baseUrl}/content-manager/collection-types/plugin::newsroom.meeting/${content.meeting.documentId}`;
    const saved = await fetch(`${document}?locale=zh-Hans`, { method: 'PUT', headers, body: JSON.stringify({ venue: '福田会堂二楼多功能厅' }) });
    expect(saved.status).toBe(200);
    const published = await fetch(`${document}/actions/publish?locale=zh-Hans`, { method: 'POST', headers, body: '{}' });
    expect(published.status).toBe(200);
    const next = await get(url);
    expect(next.status).toBe(200);
    expect(next.body).toContain('福田会堂二楼多功能厅');
  });
});
