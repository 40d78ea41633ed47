import type { Page } from '@playwright/test';
import { test, expect, mapIdle, openPage } from './fixtures.ts';
import { TOTAL } from './data.ts';

const camera = (page: Page) =>
  page.evaluate(() => {
    const m = window.__atlas!.map;
    return { ...m.getCenter(), zoom: m.getZoom() };
  });
const canvasImage = (page: Page) =>
  page.evaluate(() => window.__atlas!.map.getCanvas().toDataURL('image/png'));

test('a copied link reopens the same view in a fresh browser', async ({ browser, page, watch }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await mapIdle(page);
  // Filters, a spatial filter, a selection, a layer off, then pan and zoom.
  await page.getByRole('checkbox', { name: /^Airstrike/ }).check();
  await page.getByLabel('From', { exact: true }).fill('2024-01-01');
  await page.getByLabel('From', { exact: true }).dispatchEvent('change');
  await page
    .getByRole('row', { name: /Kandahar/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Layers' }).click();
  await page.getByRole('checkbox', { name: 'Places' }).uncheck();
  await page.getByRole('button', { name: 'Layers' }).click();
  await page.evaluate(() => window.__atlas!.idle());
  await page.evaluate(() => window.__atlas!.map.jumpTo({ center: [67.2, 31.4], zoom: 6.3 }));
  await page.evaluate(() => window.__atlas!.idle());
  await page.mouse.move(5, 5);

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(
    /#map=6\.3\/31\.4\d*\/67\.2\d*&from=2024-01-01&type=airstrike&sel=2025-10-15-kandahar-airstrikes&layers=-places$/,
  );
  expect(link.length).toBeLessThan(2000);
  const countBefore = await page.getByTestId('count').textContent();
  const before = await camera(page);
  const imageBefore = await canvasImage(page);

  // A colleague opens it in a fresh context.
  const { context: other, page: page2, watch: watch2 } = await openPage(browser);
  await page2.goto(link);
  await mapIdle(page2);
  await expect(page2.getByTestId('count')).toHaveText(countBefore!);
  await expect(page2.getByRole('checkbox', { name: /^Airstrike/ })).toBeChecked();
  await expect(page2.getByLabel('From', { exact: true })).toHaveValue('2024-01-01');
  await expect(page2.getByRole('article').getByRole('heading', { level: 2 })).toHaveText('Kandahar');
  const after = await camera(page2);
  expect(after.lng).toBeCloseTo(before.lng, 2);
  expect(after.lat).toBeCloseTo(before.lat, 2);
  expect(after.zoom).toBeCloseTo(before.zoom, 2);
  expect(await page2.evaluate(() => window.__atlas!.renderedLayers())).not.toContain('places-label');

  // The two maps look the same, within a small pixel tolerance.
  const imageAfter = await canvasImage(page2);
  const differing = await page2.evaluate(
    async ([a, b]) => {
      const load = (src: string) =>
        new Promise<HTMLImageElement>((resolve) => {
          const img = new Image();
          img.onload = () => resolve(img);
          img.src = src;
        });
      const [ia, ib] = await Promise.all([load(a!), load(b!)]);
      const pixels = (img: HTMLImageElement) => {
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, c.width, c.height).data;
      };
      if (ia.width !== ib.width || ia.height !== ib.height) return 1;
      const pa = pixels(ia),
        pb = pixels(ib);
      let diff = 0;
      for (let i = 0; i < pa.length; i += 4)
        if (
          Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!) >
          60
        )
          diff++;
      return diff / (pa.length / 4);
    },
    [imageBefore, imageAfter],
  );
  if (differing >= 0.02) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(test.info().outputPath('before.png'), Buffer.from(imageBefore.split(',')[1]!, 'base64'));
    writeFileSync(test.info().outputPath('after.png'), Buffer.from(imageAfter.split(',')[1]!, 'base64'));
  }
  expect(differing).toBeLessThan(0.02);
  expect(watch2.errors).toEqual([]);
  expect(watch2.blocked).toEqual([]);
  await other.close();
  expect(watch.errors).toEqual([]);
});

test('Back returns to the previous filter, Forward comes back', async ({ page, watch }) => {
  await page.goto('/');
  await mapIdle(page);
  await page.getByRole('checkbox', { name: /^Airstrike/ }).check();
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('type=airstrike');
  await page.getByRole('checkbox', { name: /^Ceasefire or truce/ }).check();
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('type=airstrike,ceasefire');
  await expect(page.getByTestId('count')).toHaveText(`11 of ${TOTAL} incidents`);
  await page.goBack();
  await expect(page.getByTestId('count')).toHaveText(`9 of ${TOTAL} incidents`);
  await expect(page.getByRole('checkbox', { name: /^Ceasefire or truce/ })).not.toBeChecked();
  await page.goBack();
  await expect(page.getByTestId('count')).toHaveText(`${TOTAL} incidents`);
  await page.goForward();
  await expect(page.getByTestId('count')).toHaveText(`9 of ${TOTAL} incidents`);
  expect(watch.errors).toEqual([]);
});

test('a junk fragment loads the default view with a notice naming what was ignored', async ({
  page,
  watch,
}) => {
  await page.goto(
    '/#map=abc/129/70&from=2025-13-45&type=%3Cscript%3Ealert(1)%3C/script%3E&zoom=abc&sel=%3Cimg%20src=x%20onerror=alert(1)%3E',
  );
  await mapIdle(page);
  const notice = page.getByRole('status').filter({ hasText: 'Parts of this link could not be used' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('zoom "abc"');
  await expect(notice).toContainText('from "2025-13-45"');
  await expect(notice).toContainText('type "<script>alert(1)</script>" is not known');
  // Nothing from the link became markup: no element it could have made, no event handler
  // attribute anywhere, no dialog (the guard records any alert).
  const injected = await page.evaluate(() => ({
    handlers: [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
    ),
    images: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.scripts].filter((s) => !s.src).map((s) => s.textContent?.slice(0, 40)),
  }));
  expect(injected).toEqual({ handlers: [], images: 0, scripts: [] });
  await expect(page.getByTestId('count')).toHaveText(`${TOTAL} incidents`);
  // The opening view: the whole line.
  const c = await page.evaluate(() => window.__atlas!.map.getCenter().toArray());
  expect(c[0]).toBeGreaterThan(64);
  expect(c[0]).toBeLessThan(71);
  expect(watch.errors).toEqual([]);
});

test('a link to an incident the recipient lacks says so plainly', async ({ page, watch }) => {
  await page.goto('/#sel=imported-incident-42&type=airstrike');
  await mapIdle(page);
  await expect(page.getByRole('status').filter({ hasText: 'imported-incident-42' })).toContainText(
    'not in the data loaded here',
  );
  await expect(page.getByTestId('count')).toHaveText(`9 of ${TOTAL} incidents`);
  expect(watch.errors).toEqual([]);
});

test('10 KB of junk in the fragment is refused as a whole', async ({ page, watch }) => {
  await page.goto(`/#${'x=%ZZ&'.repeat(1800)}`);
  await mapIdle(page);
  await expect(page.getByRole('status').filter({ hasText: 'longer than 8,000 characters' })).toBeVisible();
  await expect(page.getByTestId('count')).toHaveText(`${TOTAL} incidents`);
  expect(watch.errors).toEqual([]);
});

test('playback steps replace the link instead of filling the history', async ({ page, watch }) => {
  await page.goto('/');
  await mapIdle(page);
  const before = await page.evaluate(() => history.length);
  await page.getByLabel('Playback speed').selectOption('4');
  await page.getByRole('button', { name: '▶ Play' }).click();
  // Count the distinct ranges playback shows, and pause once it has taken several steps.
  await page.evaluate(() => {
    const seen = new Set<string>();
    const range = document.querySelector('.timeline .range')!;
    (window as unknown as { __steps: Set<string> }).__steps = seen;
    new MutationObserver(() => seen.add(range.textContent ?? '')).observe(range, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __steps: Set<string> }).__steps.size))
    .toBeGreaterThanOrEqual(4);
  await page.getByRole('button', { name: '❚❚ Pause' }).click();
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('to=');
  // At most the first step was pushed.
  expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(before + 1);
  expect(watch.errors).toEqual([]);
});
