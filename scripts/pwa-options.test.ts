import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PWA } from './pwa-options.ts';

const publicDir = new URL('../public/', import.meta.url);
/** A PNG's width and height, from its IHDR chunk (bytes 16–23). */
function pngSize(file: string): string {
  const bytes = readFileSync(new URL(file, publicDir));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('the offline app manifest', () => {
  const manifest = PWA.manifest as { icons: { src: string; sizes: string; type: string; purpose: string }[] };

  it('has 192 and 512 px PNG icons and a maskable one, as install prompts ask', () => {
    const pngs = manifest.icons.filter((i) => i.type === 'image/png');
    expect(pngs.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(pngs.some((i) => i.purpose === 'maskable')).toBe(true);
  });

  it('names files that exist at the sizes it says', () => {
    for (const icon of manifest.icons.filter((i) => i.type === 'image/png'))
      expect(pngSize(icon.src), icon.src).toBe(icon.sizes);
  });

  it('gives iOS its home-screen icon at 180 px', () => {
    const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
    const href = /rel="apple-touch-icon" href="\.\/([^"]+)"/.exec(html)?.[1];
    expect(href && pngSize(href)).toBe('180x180');
  });
});
