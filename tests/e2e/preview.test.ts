/**
 * Strapi's Preview on a newsroom draft: opened from the edit view, it shows
 * the plugin's HTML rendering of the page behind a signed, short-lived link.
 * The title typed but not saved is not previewable (the button waits for the
 * save); once saved, the preview shows it. The same URL without its
 * signature, or with another signature, is refused; the rendered page
 * passes axe-core with no violation of any impact.
 */
import fs from 'fs';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { SEED_FILE, startE2eApp, type E2eApp } from './helpers/app';
import { axeViolations } from './helpers/axe';
import { eventually, launchBrowser, openAdmin, screenshot, SCREENSHOTS } from './helpers/browser';
import { editUrl } from './helpers/edit-view';

let app: E2eApp;
let browser: Browser;
let page: Page;
let documentId: string;

const SAVED_TITLE = '2023年福田区残工委第一次全体会议(预览稿)';

beforeAll(async () => {
  app = await startE2eApp();
  browser = await launchBrowser();
  ({ page } = await openAdmin(browser, app.baseUrl, 'zh-Hans'));
  const importer = app.strapi.plugin('newsroom').service('importer') as { importReport(text: string, options: object): Promise<{ meeting: { documentId: string } }> };
  documentId = (await importer.importReport(fs.readFileSync(SEED_FILE, 'utf8'), { fileName: 'seed.txt' })).meeting.documentId;
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

test('a draft opens in the preview from the edit view, with the title saved a moment ago', async () => {
  await page.goto(editUrl(app.baseUrl, 'meeting', documentId));
  const open = page.getByRole('link', { name: '打开预览' });
  await open.waitFor();

  // Typed but not saved: the preview would show the stored draft, so the button waits for the save.
  await page.locator('input[name="title"]').fill(SAVED_TITLE);
  await eventually(() => open.getAttribute('tabindex'), '-1');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await eventually(() => open.getAttribute('tabindex'), null);

  await open.click();
  await page.waitForURL(/\/preview(\?|$)/);
  const frame = page.frameLocator('iframe[data-testid="preview-iframe"]');
  await eventually(() => frame.locator('h1').textContent(), '实现残疾人高质量就业创业梦!福田区召开2023年区残工委会议');
  await eventually(() => frame.locator('p.subtitle').textContent(), SAVED_TITLE);
  await screenshot(page, 'preview-in-admin');

  const src = (await page.locator('iframe[data-testid="preview-iframe"]').getAttribute('src')) ?? '';
  const url = new URL(src, app.baseUrl);
  expect(url.pathname).toBe(`/newsroom/preview/meeting/${documentId}`);
  expect(url.searchParams.get('status')).toBe('draft');

  // The link is the permission: without its query, or with another signature, it is refused.
  const unsigned = await fetch(`${url.origin}${url.pathname}`);
  expect(unsigned.status).toBe(403);
  const forged = new URL(url);
  forged.searchParams.set('signature', 'A'.repeat(43));
  expect((await fetch(forged)).status).toBe(403);
  const signed = await fetch(url);
  expect(signed.status).toBe(200);

  // The rendered page on its own: lang, one h1, headings in order, JSON-LD, read-aloud text, images with alt; axe finds nothing.
  // The page's CSP allows only its own nonce'd script; this context lets the test inject axe-core.
  const aloneContext = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const alone = await aloneContext.newPage();
  await alone.goto(url.toString());
  await expect(alone.locator('html').getAttribute('lang')).resolves.toBe('zh-Hans');
  const levels = await alone.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
  expect(levels[0]).toBe(1);
  expect(levels.filter((level) => level === 1)).toHaveLength(1);
  levels.forEach((level, index) => index > 0 && expect(level).toBeLessThanOrEqual(levels[index - 1] + 1));
  const jsonLd = JSON.parse((await alone.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as { '@type'?: string; name?: string };
  expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', name: SAVED_TITLE });
  await expect(alone.locator('section[aria-labelledby="read-aloud"] p').count()).resolves.toBeGreaterThan(5);
  await expect(alone.locator('img:not([alt])').count()).resolves.toBe(0);
  expect((await axeViolations(alone, {})).map((v) => v.line)).toEqual([]);
  await alone.screenshot({ path: path.join(SCREENSHOTS, 'preview-page.png'), fullPage: true });
  await aloneContext.close();

  const stored = (await app.strapi.documents('plugin::newsroom.meeting').findOne({ documentId, status: 'draft' } as never)) as { title: string };
  expect(stored.title).toBe(SAVED_TITLE);
});

// The other three kinds, each as a draft and, once published, as published: a
// preview link from the same handler the edit view uses (config/admin.ts),
// the page's structure and axe with no violation of any impact. (Only the
// meeting's page carries JSON-LD, as on by-slug; it is checked above.)
const PARTS: Array<{ uid: string; kind: string; h1: (doc: Record<string, unknown>) => string }> = [
  { uid: 'plugin::newsroom.achievement', kind: 'achievement', h1: (doc) => String(doc.title) },
  { uid: 'plugin::newsroom.street-case', kind: 'street-case', h1: (doc) => String(doc.title) },
  { uid: 'plugin::newsroom.speaker', kind: 'speaker', h1: (doc) => String(doc.name) },
];

test.each(PARTS)('the preview of the $kind kind, draft and published, is a page of its own that axe finds nothing on', async ({ uid, kind, h1 }) => {
  const documents = app.strapi.documents(uid as never) as unknown as {
    findFirst(params: object): Promise<Record<string, unknown> & { documentId: string }>;
    publish(params: object): Promise<unknown>;
  };
  const doc = await documents.findFirst({ status: 'draft', locale: 'zh-Hans' });
  expect(doc).toBeTruthy();
  const links = app.strapi.plugin('newsroom').service('preview-links') as { urlFor(uid: string, params: object): string | null };
  const context = await browser.newContext({ bypassCSP: true, locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  try {
    for (const status of ['draft', 'published'] as const) {
      if (status === 'published') await documents.publish({ documentId: doc.documentId, locale: 'zh-Hans' });
      const link = links.urlFor(uid, { documentId: doc.documentId, locale: 'zh-Hans', status });
      expect(link).toMatch(new RegExp(`^/newsroom/preview/${kind}/${doc.documentId}\\?`));
      const url = new URL(link ?? '', app.baseUrl);
      expect(url.searchParams.get('status')).toBe(status);
      expect((await fetch(`${url.origin}${url.pathname}`)).status).toBe(403);

      const alone = await context.newPage();
      const response = await alone.goto(url.toString());
      expect(response?.status()).toBe(200);
      await expect(alone.locator('html').getAttribute('lang')).resolves.toBe('zh-Hans');
      const h1s = await alone.locator('h1').allTextContents();
      expect(h1s).toHaveLength(1);
      expect(h1s[0]).toContain(h1(doc)); // an achievement's heading leads with its ordinal: "1. …"

      const levels = await alone.locator('h1, h2, h3, h4, h5, h6').evaluateAll((headings) => headings.map((h) => Number(h.tagName[1])));
      levels.forEach((level, index) => index > 0 && expect(level).toBeLessThanOrEqual(levels[index - 1] + 1));
      await expect(alone.locator('img:not([alt])').count()).resolves.toBe(0);
      expect((await axeViolations(alone, {})).map((v) => v.line)).toEqual([]);
      await alone.close();
    }
  } finally {
    await context.close();
  }
});
