/**
 * Incident icons drawn on a canvas from the shared SVG paths, added to the map when it asks for
 * them (MapLibre 6's missing-image resolver), so they survive a change of basemap style.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { IncidentType } from '../data/incidents.ts';
import { parseIconId, SHAPES, symbolStyle, TYPE_SYMBOLS, type Fill } from '../theme/symbols.ts';

const SIZE = 24;
const RATIO = 2;

export function drawIcon(type: IncidentType, fill: Fill): ImageData {
  const px = SIZE * RATIO;
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = px;
  // Read back once, on the CPU: a GPU-backed canvas made every getImageData a slow readback
  // (1.3 s of a playback under software WebGL, bench/BROWSER-PROFILE.md).
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.scale(RATIO, RATIO);
  // Inset so the edge stays inside the box.
  ctx.translate(1.5, 1.5);
  ctx.scale((SIZE - 3) / SIZE, (SIZE - 3) / SIZE);
  const path = new Path2D(SHAPES[TYPE_SYMBOLS[type].shape]);
  const style = symbolStyle(type, fill);
  ctx.lineJoin = 'round';
  ctx.fillStyle = style.body;
  ctx.fill(path, 'evenodd');
  ctx.lineWidth = style.edgeWidth;
  ctx.strokeStyle = style.edge;
  ctx.stroke(path);
  return ctx.getImageData(0, 0, px, px);
}

export function provideIncidentIcons(map: MapLibreMap): void {
  map.setMissingStyleImageResolver((id) => {
    const icon = parseIconId(id);
    if (!icon || map.hasImage(id)) return;
    map.addImage(id, drawIcon(icon.type, icon.fill), { pixelRatio: RATIO });
  });
}
