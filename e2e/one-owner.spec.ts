/**
 * A link's filters reach every panel through the one derived state: the header, the facet
 * counts, the timeline and the Spatial panel all agree (these disagreed before the state had
 * one owner).
 */
import { test, expect, mapIdle } from './fixtures.ts';
import { COUNTED, mayLieWithin } from './data.ts';

// Worked out from the committed data with turf: what may lie within 60 km of the line.
const within60 = COUNTED.filter((f) => mayLieWithin(f, 60));

test('a buffer link: the header, the type counts and the timeline agree', async ({ page, watch }) => {
  const airstrikes = within60.filter((i) => (i.properties as { type?: string }).type === 'airstrike').length;
  expect(airstrikes).toBeGreaterThan(0);
  await page.goto('/#buf=60');
  await mapIdle(page);
  await expect(page.getByTestId('count')).toHaveText(new RegExp(`^${within60.length} of \\d+ incidents$`));
  const row = page.getByRole('checkbox', { name: /^Airstrike/ }).locator('xpath=..');
  await expect(row).toContainText(String(airstrikes));
  await expect(row).not.toHaveText(/\b0$/);
  // The timeline draws the incidents the buffer lets through.
  await expect(page.getByTestId('timeline-plot').locator('g rect').first()).toBeVisible();
  expect(watch.errors).toEqual([]);
});

test('a buffer link: the Spatial panel shows the link’s distance, not its own', async ({ page, watch }) => {
  await page.goto('/#buf=60');
  await mapIdle(page);
  await page.getByRole('tab', { name: 'Spatial' }).click();
  await expect(page.getByLabel('Buffer distance in km')).toHaveValue('60');
  await expect(page.getByTestId('buffer-counts')).toContainText(`${within60.length} may lie within 60 km`);
  expect(watch.errors).toEqual([]);
});
