import { test, expect, mapIdle, openPage } from './fixtures.ts';
import { TOTAL, features } from './data.ts';
import type { Page } from '@playwright/test';
import { serveIncidents } from './payload.ts';

/** The bundled incidents with the first one's properties changed. */
function withFirst(change: (properties: Record<string, unknown>) => void) {
  const copy = structuredClone(features) as unknown as { properties: Record<string, unknown> }[];
  change(copy[0]!.properties);
  return { type: 'FeatureCollection', features: copy };
}

const count = (page: Page) => page.getByTestId('count');
const mapIds = (page: Page) => page.evaluate(() => window.__atlas!.incidentIds());

test('clicking an incident on the map opens its details with sources', async ({ page, watch }) => {
  await page.goto('/');
  await mapIdle(page);
  const drawn = await page.evaluate(() => window.__atlas!.renderedIncidentIds());
  expect(drawn.length).toBeGreaterThan(0);
  const id = drawn.includes('2025-10-15-kandahar-airstrikes') ? '2025-10-15-kandahar-airstrikes' : drawn[0]!;
  const at = await page.evaluate((i) => window.__atlas!.incidentPoint(i), id);
  expect(at).toBeDefined();
  await page.mouse.click(at!.x, at!.y);

  const detail = page.getByRole('article');
  await expect(detail).toBeVisible();
  await expect(detail.getByRole('heading', { level: 3, name: 'Sources' })).toBeVisible();
  const outlets = ['The New York Times', 'The Conversation', 'The News on Sunday', 'Reuters', 'The Guardian'];
  outlets.push('Al Jazeera', 'TOLOnews', 'Christian Science Monitor');
  await expect(detail).toContainText(new RegExp(outlets.join('|')));
  // Back in the list, the same incident is marked as selected.
  await page.getByRole('button', { name: '← All incidents' }).click();
  await expect(page.locator(`tr[data-id="${id}"]`)).toHaveAttribute('aria-selected', 'true');
  // The map rings the selection.
  await expect
    .poll(() =>
      page.evaluate(
        () => window.__atlas!.map.queryRenderedFeatures({ layers: ['incidents-selected'] }).length,
      ),
    )
    .toBe(1);
  expect(watch.errors).toEqual([]);
  expect(watch.blocked).toEqual([]);
});

test('filtering by type and by date range changes the counts and the map', async ({ page, watch }) => {
  await page.goto('/');
  await mapIdle(page);
  await expect(count(page)).toHaveText(`${TOTAL} incidents`);
  const all = await mapIds(page);

  await page.getByRole('checkbox', { name: /^Airstrike/ }).check();
  await expect(count(page)).toHaveText(`9 of ${TOTAL} incidents`);
  await expect.poll(async () => (await mapIds(page)).length).toBeLessThan(all.length);
  const airstrikes = await mapIds(page);
  expect(airstrikes.every((id) => /airstrike|strike/.test(id))).toBe(true);

  await page.getByLabel('From', { exact: true }).fill('2025-10-10');
  await page.getByLabel('From', { exact: true }).dispatchEvent('change');
  await page.getByLabel('To', { exact: true }).fill('2025-10-31');
  await page.getByLabel('To', { exact: true }).dispatchEvent('change');
  // 15 Oct Kabul and Kandahar, 17 Oct Paktika, and two October strikes dated only to the month
  // (one in Paktika, one with no place: listed, not drawn).
  await expect(count(page)).toHaveText(`5 of ${TOTAL} incidents`);
  await expect
    .poll(() => mapIds(page))
    .toEqual([
      '2025-10-15-kabul-airstrikes',
      '2025-10-15-kandahar-airstrikes',
      '2025-10-17-paktika-airstrikes',
      '2025-10-paktika-strikes-before-clashes',
    ]);

  await page.getByRole('button', { name: 'Reset filters' }).first().click();
  await expect(count(page)).toHaveText(`${TOTAL} incidents`);
  await expect.poll(() => mapIds(page)).toEqual(all);
  expect(watch.errors).toEqual([]);
});

test('brushing the timeline filters by date', async ({ page, watch }) => {
  await page.goto('/');
  await mapIdle(page);
  // The timeline opens on the busiest months, weekly bars, saying it shows part of the span.
  await expect(page.locator('.timeline .unit')).toContainText(
    /bars by week; showing \w{3} \d{4} – \w{3} \d{4} of/,
  );
  const plot = page.getByTestId('timeline-plot');
  const box = (await plot.boundingBox())!;
  // The mouse moves of a brush stop at the window: MapLibre's page-wide listener measured the
  // map at each one (a layout of the page per move). Counted where that listener sits.
  await page.evaluate(() => {
    const seen = window as unknown as { mouseMovesSeen: number };
    seen.mouseMovesSeen = 0;
    document.addEventListener('mousemove', () => seen.mouseMovesSeen++, { capture: true });
  });
  // Drag across the middle of the busy months: October 2025.
  await page.mouse.move(box.x + box.width * 0.35, box.y + 20);
  const before = await page.evaluate(() => (window as unknown as { mouseMovesSeen: number }).mouseMovesSeen);
  expect(before).toBeGreaterThan(0);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + 20, { steps: 5 });
  await page.mouse.up();
  const after = await page.evaluate(() => (window as unknown as { mouseMovesSeen: number }).mouseMovesSeen);
  expect(after).toBe(before);
  await expect(count(page)).not.toHaveText(`${TOTAL} incidents`);
  const text = await count(page).textContent();
  const shown = Number(text!.split(' ')[0]);
  expect(shown).toBeGreaterThan(10); // October 2025 holds most incidents
  expect(shown).toBeLessThan(TOTAL);
  await expect(page.getByLabel('From', { exact: true })).not.toHaveValue('');
  const from = await page.getByLabel('From', { exact: true }).inputValue();
  const to = await page.getByLabel('To', { exact: true }).inputValue();
  expect(from >= '2025-07-01' && from <= '2025-10-31').toBe(true);
  // The brush snaps to whole weekly bars: Monday to Sunday.
  expect(new Date(`${from}T00:00:00Z`).getUTCDay()).toBe(1);
  expect(new Date(`${to}T00:00:00Z`).getUTCDay()).toBe(0);
  // "All years" shows the whole span, 2014 on.
  await page.getByRole('button', { name: 'All years' }).click();
  await expect(page.locator('.timeline .unit')).toHaveText('bars by month');
  expect(watch.errors).toEqual([]);
});

test('a brush never narrows the dates label, so its row keeps its lines and the map its size, till the dates are cleared', async ({
  page,
  watch,
}) => {
  await page.goto('/');
  await mapIdle(page);
  const box = (await page.getByTestId('timeline-plot').boundingBox())!;
  const x = (f: number) => box.x + box.width * f;
  // Read once the frame after a move has run its resize observers.
  const sizes = () =>
    page.evaluate(async () => {
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const label = document.querySelector('.timeline .range')!;
      const map = window.__atlas!.map.getContainer().getBoundingClientRect().height;
      return { text: label.textContent, width: label.getBoundingClientRect().width, map };
    });
  await page.mouse.move(x(0.05), box.y + 20);
  await page.mouse.down();
  const seen: { text: string | null; width: number; map: number }[] = [];
  // Out to the right end and back: the dates' words grow and shrink on the way.
  for (const f of [0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 0.7, 0.45, 0.25, 0.1]) {
    await page.mouse.move(x(f), box.y + 20);
    seen.push(await sizes());
  }
  await page.mouse.up();
  expect(new Set(seen.map((s) => s.text)).size).toBeGreaterThan(5);
  const widths = seen.map((s) => s.width);
  expect(widths).toEqual([...widths].sort((a, b) => a - b));
  // The map is resized, if at all, when the label first grows: not back and forth.
  const heights = seen.map((s) => s.map);
  expect(heights.slice(1)).toEqual(Array(heights.length - 1).fill(heights[1]));
  // Dates cleared, "All dates" takes its own width again.
  await page.getByRole('button', { name: 'Clear dates' }).click();
  await expect(page.locator('.timeline .range')).toHaveText('All dates');
  expect((await sizes()).width).toBeLessThan(widths.at(-1)! - 20);
  expect(watch.errors).toEqual([]);
});

test('keyboard only: select an incident from the list and read it', async ({ page, watch }) => {
  await page.goto('/');
  await mapIdle(page);
  const firstRow = page.locator('tbody tr').first();
  // Tab until the list's active row has focus.
  for (let i = 0; i < 150 && !(await firstRow.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(firstRow).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const third = page.locator('tbody tr').nth(2);
  await expect(third).toBeFocused();
  const place = (await third.locator('td.place').innerText()).split('\n')[0]!.trim();
  await page.keyboard.press('Enter');
  const detail = page.getByRole('article');
  await expect(detail).toBeVisible();
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(place);
  await expect(detail.getByRole('heading', { name: 'Sources' })).toBeVisible();
  // Focus moved into the panel, so a screen reader reads it next.
  await expect(page.locator('#detail-title')).toBeFocused();
  expect(watch.errors).toEqual([]);
});

test('text from the data is shown as text and never run', async ({ page, watch }) => {
  const hostile = '<img src=x onerror="window.__pwned=1">';
  await serveIncidents(
    page,
    withFirst((p) => {
      p.summary = `Hostile summary ${hostile} must stay text.`;
      p.location_name = `<b>bold</b> place`;
    }),
  );
  // Open the changed incident by its link (the list shows only the rows in view).
  await page.goto(`/#sel=${features[0]!.properties.id}`);
  await mapIdle(page);
  const detail = page.getByRole('article');
  await expect(detail).toContainText(hostile);
  await expect(detail).toContainText('<b>bold</b> place');
  expect(await detail.locator('img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(watch.errors).toEqual([]);
});

test('the phone layout shows the map, the timeline and a bottom sheet that works', async ({ browser }) => {
  const { context, page, watch } = await openPage(browser, {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  await page.goto('/');
  await mapIdle(page);
  const map = (await page.locator('.map-wrap').boundingBox())!;
  expect(map.width).toBeLessThanOrEqual(390);
  expect(map.height).toBeGreaterThan(200);
  // The zoom buttons are inside the screen and not covered.
  const zoomIn = page.getByRole('button', { name: 'Zoom in' });
  const zb = (await zoomIn.boundingBox())!;
  expect(zb.x + zb.width).toBeLessThanOrEqual(390);
  await zoomIn.click({ trial: true });

  await page.getByRole('tab', { name: 'Filters' }).click();
  await page.getByRole('checkbox', { name: /^Ceasefire or truce/ }).check();
  await expect(page.getByRole('banner')).toContainText(`2 of ${TOTAL} incidents`);
  await page.getByRole('tab', { name: 'Incidents' }).click();
  await page.locator('tbody tr').first().click();
  await expect(page.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('article')).toContainText('Ceasefire');
  // Collapsing the sheet gives the map the room.
  await page.getByRole('button', { name: 'Collapse panel' }).click();
  await expect
    .poll(async () => (await page.locator('.map-wrap').boundingBox())!.height)
    .toBeGreaterThan(map.height + 150);
  expect(watch.errors).toEqual([]);
  expect(watch.blocked).toEqual([]);
  await context.close();
});

test('bidi controls in data are shown, not obeyed, and long strings stay in their box', async ({
  page,
  watch,
}) => {
  const long = 'x'.repeat(400);
  await serveIncidents(
    page,
    withFirst((p) => {
      p.location_name = '\u202ElubaK\u202C';
      p.summary = `A summary with an unbroken string ${long} in it, long enough.`;
    }),
  );
  // Open the changed incident by its link (the list shows only the rows in view).
  await page.goto(`/#sel=${features[0]!.properties.id}`);
  await mapIdle(page);
  const title = page.locator('#detail-title');
  // The override is shown as a code, so the reversed name cannot pass for "Kabul".
  await expect(title).toHaveText('⟨U+202E⟩lubaK⟨U+202C⟩');
  const panel = (await page.locator('.side.right').boundingBox())!;
  const summary = (await page.locator('.summary').boundingBox())!;
  expect(summary.x + summary.width).toBeLessThanOrEqual(panel.x + panel.width + 1);
  expect(watch.errors).toEqual([]);
});

test('the timeline’s handles drag with the mouse, snapping to whole bars', async ({ page, watch }) => {
  await page.goto('/#from=2025-10-06&to=2025-10-19');
  await mapIdle(page);
  const start = page.getByRole('slider', { name: 'Start of date range' });
  const box = (await start.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x - 120, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  const from = await page.getByLabel('From', { exact: true }).inputValue();
  expect(from < '2025-10-06').toBe(true);
  expect(new Date(`${from}T00:00:00Z`).getUTCDay()).toBe(1);
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2025-10-19');
  expect(watch.errors).toEqual([]);
});

test('hovering an incident names it; the border badge opens the incidents placed along the border', async ({
  page,
  watch,
}) => {
  await page.goto('/#map=9/34.53/69.17');
  await mapIdle(page);
  const id = (await page.evaluate(() => window.__atlas!.renderedIncidentIds()))[0]!;
  const at = (await page.evaluate((i) => window.__atlas!.incidentPoint(i), id))!;
  await page.mouse.move(at.x, at.y);
  await expect(page.locator('.incident-tip')).toBeVisible();
  await expect(page.locator('.incident-tip')).toContainText(' · ');
  await page.goto('/');
  await mapIdle(page);
  const badge = await page.evaluate(() => {
    const map = window.__atlas!.map;
    const f = map.queryRenderedFeatures({ layers: ['border-badge'] })[0];
    if (!f || f.geometry.type !== 'Point') return undefined;
    const p = map.project(f.geometry.coordinates as [number, number]);
    const box = map.getCanvas().getBoundingClientRect();
    // The badge's words take whichever side of its point is free: find a spot on them, off the
    // incident groups nearby.
    const only = (at: [number, number]) => {
      const layers = map.queryRenderedFeatures(at).map((hit) => hit.layer.id);
      return layers.includes('border-badge') && !layers.some((id) => id.startsWith('incidents-'));
    };
    for (let r = 4; r < 80; r += 4)
      for (const [dx, dy] of [
        [r, 0],
        [-r, 0],
        [0, r],
        [0, -r],
      ] as const) {
        const at: [number, number] = [p.x + dx, p.y + dy];
        if (only(at)) return { x: box.left + at[0], y: box.top + at[1] };
      }
    return undefined;
  });
  expect(badge, 'the badge is drawn').toBeDefined();
  await page.mouse.click(badge!.x, badge!.y);
  await expect(page.getByRole('checkbox', { name: /^Along the border/ })).toBeChecked();
  await expect(page.locator('tbody tr').first()).toContainText('not on map');
  expect(watch.errors).toEqual([]);
});
