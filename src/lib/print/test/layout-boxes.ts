/** For the print tests: a map page's boxes lie inside its 10 mm margins and none overlaps another. */
import { expect } from 'vitest';
import type { Box, MapPageLayout } from '../paper.ts';

const MARGIN_MM = 10;
const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export function expectBoxesInsideApart(L: MapPageLayout): void {
  const boxes = [L.title, L.subtitle, L.map, L.legend, L.inset, L.footer, L.qr, L.scale];
  for (const b of boxes) {
    expect(b.x).toBeGreaterThanOrEqual(MARGIN_MM - 1e-9);
    expect(b.y).toBeGreaterThanOrEqual(MARGIN_MM - 1e-9);
    expect(b.x + b.w).toBeLessThanOrEqual(L.page.w - MARGIN_MM + 1e-9);
    expect(b.y + b.h).toBeLessThanOrEqual(L.page.h - MARGIN_MM + 1e-9);
    expect(b.w).toBeGreaterThan(0);
    expect(b.h).toBeGreaterThan(0);
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${i}/${j}`).toBe(false);
}
