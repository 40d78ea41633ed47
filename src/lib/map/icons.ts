/**
 * Incident icons drawn on a canvas from the shared SVG paths, added to the map when it asks for
 * them (MapLibre 6's missing-image resolver), so they survive a change of basemap style.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { parseIconId, SHAPES, TYPE_SYMBOLS, type Fill } from './symbols.ts';

const SIZE = 24;
const RATIO = 2;

export function drawIcon(shape: keyof typeof SHAPES, color: string, fill: Fill): ImageData {
  const px = SIZE * RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = px;
  const ctx = canvas.getContext('2d')!;
  ctx.scale(RATIO, RATIO);
  // Inset so the outline stays inside the box.
  ctx.translate(1.5, 1.5);
  ctx.scale((SIZE - 3) / SIZE, (SIZE - 3) / SIZE);
  const path = new Path2D(SHAPES[shape]);
  ctx.lineJoin = 'round';
  if (fill === 'filled') {
    ctx.fillStyle = color;
    ctx.fill(path, 'evenodd');
    ctx.lineWidth = 1.6;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke(path);
  } else {
    // Hollow: a white body with a thick coloured outline, readable over any basemap.
    ctx.fillStyle = 'rgba(255,255,255,0.85)';
    ctx.fill(path, 'evenodd');
    ctx.lineWidth = 3;
    ctx.strokeStyle = color;
    ctx.stroke(path);
  }
  return ctx.getImageData(0, 0, px, px);
}

export function provideIncidentIcons(map: MapLibreMap): void {
  map.setMissingStyleImageResolver((id) => {
    const icon = parseIconId(id);
    if (!icon || map.hasImage(id)) return;
    const symbol = TYPE_SYMBOLS[icon.type];
    map.addImage(id, drawIcon(symbol.shape, symbol.color, icon.fill), { pixelRatio: RATIO });
  });
}
