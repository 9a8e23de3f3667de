/**
 * Headless Chromium (Debian's, never a downloaded one) driven by
 * playwright-core, plus what every browser test needs: logging in, axe-core
 * injected into the page, screenshots for the README, keyboard walking.
 */
import fs from 'fs';
import path from 'path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { APP_DIR, EDITOR } from './app';

export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(APP_DIR, 'docs/screenshots');

export type AdminLanguage = 'zh-Hans' | 'en';

export const launchBrowser = (): Promise<Browser> => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (.ci/run does), or set E2E_CHROMIUM`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
};

/** Strapi's own notices that would cover the page in screenshots. */
export const dismissBanners = async (page: Page): Promise<void> => {
  const close = page.getByRole('button', { name: /^(Close the banner\.?|关闭横幅)$/i });
  if (await close.first().isVisible().catch(() => false)) await close.first().click();
  await close.first().waitFor({ state: 'hidden' }).catch(() => undefined);
};

/** A logged-in admin in the given interface language, on the admin home page. */
export const openAdmin = async (
  browser: Browser,
  baseUrl: string,
  language: AdminLanguage = 'zh-Hans'
): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    locale: language === 'en' ? 'en-US' : 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  // A test that goes to another URL means to leave: "leave with unsaved changes?" is answered yes
  // (Playwright would dismiss it, and the page would silently stay where it was).
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'beforeunload') void dialog.accept();
  });
  await page.goto(`${baseUrl}/admin/auth/login`);
  await page.evaluate((locale) => window.localStorage.setItem('strapi-admin-language', locale), language);
  await page.reload();
  await page.locator('input[name="email"]').fill(EDITOR.email);
  await page.locator('input[name="password"]').fill(EDITOR.password);
  await page.locator('input[name="password"]').press('Enter');
  await page.waitForURL(/\/admin\/?$/, { timeout: 30_000 });
  await page.locator('nav').first().waitFor();
  await dismissBanners(page);
  return { context, page };
};

export const screenshot = async (target: Page | Locator, name: string): Promise<string> => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await target.screenshot({ path: file, animations: 'disabled' });
  return file;
};

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

const injectAxe = async (page: Page): Promise<void> => {
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.addScriptTag({ path: require.resolve('axe-core') });
};

/** axe-core's serious and critical violations inside the given element(s). */
export const seriousViolations = async (page: Page, selector: string): Promise<string[]> => {
  await injectAxe(page);
  const violations = (await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run({ include: [include] }, { resultTypes: ['violations'] });
    return result.violations;
  }, selector)) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
};

/** Interactive elements inside `selector` whose accessible name (as axe computes it) is empty. */
export const unnamedControls = async (page: Page, selector: string): Promise<string[]> => {
  await injectAxe(page);
  return page.evaluate((scope) => {
    const axe = (
      window as unknown as {
        axe: {
          setup(root: Node): void;
          teardown(): void;
          utils: { getNodeFromTree(element: Element): unknown };
          commons: { text: { accessibleTextVirtual(node: unknown): string } };
        };
      }
    ).axe;
    const controls = Array.from(
      document.querySelectorAll(
        `${scope} :is(button, a[href], input:not([type="hidden"]), textarea, select, [role="button"], [role="checkbox"], [role="combobox"], [role="link"], [role="progressbar"])`
      )
    ).filter((element) => !(element as HTMLElement).closest('[aria-hidden="true"]'));
    axe.setup(document);
    try {
      return controls
        .filter((element) => axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(element)).trim() === '')
        .map((element) => element.outerHTML.slice(0, 160));
    } finally {
      axe.teardown();
    }
  }, selector);
};

/** What has the keyboard focus: tag, name, role, text and accessible name. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      name: element?.getAttribute('name') ?? '',
      role: element?.getAttribute('role') ?? '',
      text: (element?.textContent ?? '').trim(),
      inPanel: Boolean(element?.closest('[data-newsroom-editorial-check]')),
    };
  });

/** Presses Tab until `matches` holds for the focused element; fails after `max` presses. */
export const tabUntil = async (
  page: Page,
  matches: (element: Awaited<ReturnType<typeof focused>>) => boolean,
  { max = 200, shift = false }: { max?: number; shift?: boolean } = {}
): Promise<number> => {
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press(shift ? 'Shift+Tab' : 'Tab');
    if (matches(await focused(page))) return presses;
  }
  throw new Error(`Tab never reached the element after ${max} presses; last focused: ${JSON.stringify(await focused(page))}`);
};

/** Retries `read` until it returns `expected` (deep equality), or throws with the last value. */
export const eventually = async <T>(read: () => Promise<T>, expected: T, timeout = 15_000): Promise<T> => {
  const started = Date.now();
  let last: T = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected)) {
    if (Date.now() - started > timeout) {
      throw new Error(`expected ${JSON.stringify(expected)}, still ${JSON.stringify(last)} after ${timeout} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
};
