/**
 * What the reader's site tests share: the page types and their paths for
 * the published content, a plain HTTP GET, and the keyboard walk.
 */
import { request as httpRequest } from 'http';
import type { Browser, Page } from 'playwright-core';
import type { SiteContent } from './site-content';

export type Locale = 'zh-Hans' | 'en';
export const LOCALES: Locale[] = ['zh-Hans', 'en'];
export const PAGE_TYPES = ['home', 'all reports', 'archive', 'year', 'meeting', 'achievement', 'street case', 'speaker', 'not found'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** The site's path of each page type, for the content the tests published. */
export const pagePath = (content: SiteContent, type: PageType, locale: Locale): string => {
  const slug = (of: keyof SiteContent) => content[of][locale === 'en' ? 'en' : 'zh'];
  switch (type) {
    case 'home':
      return `/${locale}/`;
    case 'all reports':
      return `/${locale}/meetings/`;
    case 'archive':
      return `/${locale}/archive/`;
    case 'year':
      return `/${locale}/archive/2023`;
    case 'meeting':
      return `/${locale}/meetings/${slug('meeting')}`;
    case 'achievement':
      return `/${locale}/achievements/${slug('achievement')}`;
    case 'street case':
      return `/${locale}/cases/${slug('streetCase')}`;
    case 'speaker':
      return `/${locale}/people/${slug('speaker')}`;
    case 'not found':
      return `/${locale}/meetings/no-such-report`;
  }
};

export const CASES = LOCALES.flatMap((locale) => PAGE_TYPES.map((type) => [type, locale] as const));

export interface OpenOptions {
  width?: number;
  javaScript?: boolean;
}

/** A site page in a fresh browser context (a reader in Shenzhen, 1280 px wide unless asked), with its status. */
export const openPage = async (browser: Browser, siteUrl: string, path: string, options: OpenOptions = {}): Promise<{ page: Page; status: number; close(): Promise<void> }> => {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const response = await page.goto(`${siteUrl}${path}`);
  return { page, status: response?.status() ?? 0, close: () => context.close() };
};

/** Plain http (fetch would add Cache-Control: no-cache to a conditional request). */
export const get = (url: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    httpRequest(url, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    })
      .on('error', reject)
      .end();
  });

/** Marks every link, button and disclosure the keyboard should reach; returns their tags. */
export const markTargets = (page: Page) =>
  page.evaluate(() => {
    const all = Array.from(document.querySelectorAll<HTMLElement>('a[href], button, summary')).filter((el) => !el.closest('[hidden]') && !el.hidden);
    all.forEach((el, i) => el.setAttribute('data-e2e-kbd', String(i)));
    return all.map((el) => el.tagName.toLowerCase());
  });

/** Tabs through the page: which marked elements got the focus, and those whose focus had no visible outline. */
export const walkByKeyboard = async (page: Page, count: number) => {
  const reached = new Set<string>();
  const invisible: string[] = [];
  for (let press = 0; press < count + 5 && reached.size < count; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const style = el ? getComputedStyle(el) : null;
      return { id: el?.getAttribute('data-e2e-kbd') ?? null, outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '', html: el?.outerHTML.slice(0, 80) ?? '' };
    });
    if (focused.id === null) continue;
    reached.add(focused.id);
    if (focused.outline.startsWith('none') || focused.outline.endsWith(' 0px')) invisible.push(focused.html);
  }
  return { reached: reached.size, invisible };
};
