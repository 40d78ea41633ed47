/**
 * Pages that block every request leaving localhost and record page errors, console errors and
 * failed requests; each spec asserts the lists are empty. `openPage` gives a second browser
 * context (a phone, a recipient of a link) the same guard.
 */
import { test as base, expect, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';

export interface Watch {
  errors: string[];
  blocked: string[];
  failed: string[];
}

const LOCAL = new Set(['localhost', '127.0.0.1']);

/** Blocks requests outside localhost on `page` and records what goes wrong there. */
export async function guard(page: Page): Promise<Watch> {
  const watch: Watch = { errors: [], blocked: [], failed: [] };
  await page.route(/.*/, (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL.has(url.hostname))
      return route.continue();
    watch.blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(`console: ${m.text()}`);
  });
  page.on('requestfailed', (r) => {
    if (!watch.blocked.includes(r.url())) watch.failed.push(`${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('dialog', (d) => {
    watch.errors.push(`dialog: ${d.type()} ${d.message()}`);
    void d.dismiss();
  });
  return watch;
}

/** A page in a new browser context, guarded like the test's own page; close its context after. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    ...options,
  });
  const page = await context.newPage();
  const watch = await guard(page);
  return { context, page, watch };
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page }, use) => {
    await use(await guard(page));
  },
});

export { expect };

/** Wait until the map has loaded and drawn everything it was asked to. */
export async function mapIdle(page: Page): Promise<void> {
  // The hook appears once the incidents are drawn: loading them is within the test's own time.
  await page.waitForFunction(() => window.__atlas !== undefined, null, { timeout: 0 });
  await page.evaluate(() => window.__atlas!.idle());
}
