/**
 * `npm run bench:export`: how long a briefing page takes in a real (headless) Chromium, A4
 * landscape at 300 dpi: drawing the map again for print, the PNG (3508 × 2480 px) and the PDF.
 * Builds the app, serves it on localhost, and prints a Markdown table (median of 3 runs).
 */
import { execFileSync } from 'node:child_process';
import { CHROMIUM_LAUNCH } from '../scripts/chromium.ts';
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const RUNS = 3;
execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
const server = await preview({
  preview: { port: 4174, strictPort: true, host: 'localhost' },
  logLevel: 'error',
});
const browser = await chromium.launch(CHROMIUM_LAUNCH);

const times: Record<string, number[]> = {
  'map drawn again at 300 dpi': [],
  'PNG, 3,508 × 2,480 px': [],
  'PDF (map page and table)': [],
};
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    await page.goto('http://localhost:4174/#type=airstrike');
    await page.waitForFunction(() => window.__atlas !== undefined);
    await page.evaluate(() => window.__atlas!.idle());
    await page.getByRole('button', { name: /Print or export/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Briefing page' });
    await page.getByTestId('print-pages').waitFor();
    await page.waitForFunction(
      () => !document.querySelector('.print-view .status')?.textContent?.includes('Drawing'),
    );
    // Letter is the en-US default: switching to A4 draws the map again, which we time.
    const t0 = Date.now();
    await dialog.getByLabel('Paper').selectOption('a4');
    await dialog.getByLabel('Orientation').selectOption('landscape');
    await page.waitForFunction(() =>
      document.querySelector('.print-view .status')?.textContent?.includes('Drawing'),
    );
    await dialog.getByRole('button', { name: 'Download PDF' }).waitFor({ state: 'visible' });
    await page.waitForFunction(
      () => !document.querySelector('.print-view .status')?.textContent?.includes('Drawing'),
    );
    times['map drawn again at 300 dpi']!.push(Date.now() - t0);
    for (const [label, name] of [
      ['PNG, 3,508 × 2,480 px', /Download PNG/],
      ['PDF (map page and table)', 'Download PDF'],
    ] as const) {
      const t = Date.now();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name }).click(),
      ]);
      await download.path();
      times[label]!.push(Date.now() - t);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `Durand Atlas briefing export · A4 landscape, 300 dpi · headless Chromium (SwiftShader) · ${new Date().toISOString().slice(0, 10)}\n`,
);
console.log('| step | median | runs |');
console.log('| --- | ---: | --- |');
for (const [label, xs] of Object.entries(times))
  console.log(
    `| ${label} | ${(median(xs) / 1000).toFixed(2)} s | ${xs.map((x) => (x / 1000).toFixed(2)).join(', ')} |`,
  );
