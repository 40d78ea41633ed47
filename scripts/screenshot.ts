/**
 * `npm run screenshot -- [url-path] [out.png] [width] [height]`: a screenshot of the running app
 * (npm start or vite preview) in the system Chromium, after the map is idle. Used for the README
 * and for looking at what a change did.
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './chromium.ts';

const [path = '/', out = 'docs/screenshot.png', width = '1280', height = '800'] = process.argv.slice(2);
const base = process.env.BASE_URL ?? 'http://localhost:4173';
const browser = await chromium.launch(CHROMIUM_LAUNCH);
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  deviceScaleFactor: 1,
});
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(new URL(path, base).href);
await page.waitForFunction(() => window.__atlas !== undefined, null, { timeout: 30_000 });
await page.evaluate(() => window.__atlas!.idle());
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
