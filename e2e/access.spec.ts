/**
 * Accessibility: axe-core on every main view (desktop and phone) and on the print layout, with
 * no serious or critical violation; skip links; Esc and "← All incidents" keep the focus.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, mapIdle, openPage } from './fixtures.ts';

async function serious(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  // The map's canvas is a picture with its own keyboard controls, not text to check.
  builder.exclude('.maplibregl-canvas');
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('desktop: the first screen, the details, the Spatial tab, the layers and About', async ({
  page,
  watch,
}) => {
  await page.goto('/');
  await mapIdle(page);
  expect(await serious(page)).toEqual([]);
  await page.locator('tbody tr').first().click();
  await expect(page.getByRole('article')).toBeVisible();
  expect(await serious(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Spatial' }).click();
  await page.getByRole('button', { name: 'Layers' }).click();
  expect(await serious(page)).toEqual([]);
  await page.getByRole('button', { name: 'About the data' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await serious(page, 'dialog')).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('phone: every tab of the bottom sheet', async ({ browser }) => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const { context, page, watch } = await openPage(browser, phone);
  await page.goto('/');
  await mapIdle(page);
  for (const tab of ['Incidents', 'Filters', 'Spatial', 'Layers']) {
    await page.getByRole('tab', { name: tab }).click();
    expect(await serious(page), tab).toEqual([]);
  }
  expect(watch.errors).toEqual([]);
  await context.close();
});

test('the print layout', async ({ page, watch }) => {
  await page.goto('/#type=airstrike');
  await mapIdle(page);
  await page.getByRole('button', { name: /Print or export/ }).click();
  await expect(page.getByTestId('print-pages')).toBeVisible({ timeout: 45_000 });
  expect(await serious(page)).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('skip links reach the list in two keys; Esc and Back return to the incident read', async ({
  page,
  watch,
}) => {
  await page.goto('/');
  await mapIdle(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to the incident list' })).toBeFocused();
  await page.keyboard.press('Enter');
  const first = page.locator('tbody tr').first();
  await expect(first).toBeFocused();
  const id = await first.getAttribute('data-id');
  await page.keyboard.press('Enter');
  await expect(page.locator('#detail-title')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator(`tr[data-id="${id}"]`)).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: '← All incidents' }).click();
  await expect(page.locator(`tr[data-id="${id}"]`)).toBeFocused();
  expect(watch.errors).toEqual([]);
});
