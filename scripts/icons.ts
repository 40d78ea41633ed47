/**
 * `npx tsx scripts/icons.ts`: the offline app's PNG icons in public/icons/, drawn by Chromium from
 * public/favicon.svg (192 and 512 px for install prompts and splash screens, 180 px for iOS's
 * home screen) and a maskable 512 px one whose mark sits inside the safe circle (Android crops
 * icons to its own shape). Run again after changing the SVG; the PNGs are committed.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { CHROMIUM_LAUNCH } from './chromium.ts';

const root = new URL('../', import.meta.url).pathname;
const svg = readFileSync(`${root}public/favicon.svg`, 'utf8');
// Full-bleed ground, the mark at 70% of the side: inside the 80% circle Android keeps.
const maskable = svg
  .replace(/ rx="[\d.]+"/, '')
  .replace('<path ', '<path transform="translate(4.8 4.8) scale(0.7)" ');

const ICONS = [
  { file: 'icon-192.png', size: 192, source: svg },
  { file: 'icon-512.png', size: 512, source: svg },
  { file: 'apple-touch-icon-180.png', size: 180, source: maskable },
  { file: 'maskable-512.png', size: 512, source: maskable },
];

mkdirSync(`${root}public/icons`, { recursive: true });
const browser = await chromium.launch(CHROMIUM_LAUNCH);
try {
  for (const { file, size, source } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<body style="margin:0;background:transparent">${sized}</body>`);
    await page.screenshot({ path: `${root}public/icons/${file}`, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
