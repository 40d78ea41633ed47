/**
 * A page that blocks every request leaving localhost and records page errors, console errors
 * and failed requests; each spec asserts the lists are empty.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface Watch {
  errors: string[];
  blocked: string[];
  failed: string[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page }, use) => {
    const watch: Watch = { errors: [], blocked: [], failed: [] };
    await page.route(/.*/, (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === 'localhost' || url.hostname === '127.0.0.1') return route.continue();
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
    await use(watch);
  },
});

export { expect };

/** Wait until the map has loaded and drawn everything it was asked to. */
export async function mapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__atlas !== undefined, null, { timeout: 30_000 });
  await page.evaluate(() => window.__atlas!.idle());
}
