/**
 * Incident icons drawn on a canvas from the shared SVG paths, and Urdu labels in Nastaliq
 * (label-images.ts), added to the map when it asks for them (MapLibre 6's missing-image
 * resolver), so they survive a change of basemap style.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { IncidentType } from '../data/incidents.ts';
import { TYPE_LIST } from '../domain/codes.ts';
import { iconId, parseIconId, SHAPES, symbolStyle, TYPE_SYMBOLS, type Fill } from '../theme/symbols.ts';
import { theme } from '../theme/theme.ts';
import { drawLabel, labelStyles, loadLabelFonts, parseLabelImage } from './label-images.ts';

const SIZE = 24;
const RATIO = 2;

function drawIcon(type: IncidentType, fill: Fill): ImageData {
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

/** Each icon's pixels, drawn once per page (every map, the print map too, adds the same). */
const drawnIcons = new Map<string, ImageData>();

function iconImage(type: IncidentType, fill: Fill): ImageData {
  const id = iconId(type, fill);
  let image = drawnIcons.get(id);
  if (!image) drawnIcons.set(id, (image = drawIcon(type, fill)));
  return image;
}

/**
 * Adds every incident icon the map does not have yet, for a quiet moment after the first load.
 * Asked for by a filter instead, they held its first view of single incidents twice: the page's
 * first 2D canvas waits for the GPU process (through SwiftShader, while the map draws, 70–120 ms),
 * and an image added while tiles wait for it makes the map draw one frame more.
 */
export function addIconsAhead(map: MapLibreMap): void {
  for (const type of TYPE_LIST)
    for (const fill of ['filled', 'hollow'] as const) {
      const id = iconId(type, fill);
      if (!map.hasImage(id)) map.addImage(id, iconImage(type, fill), { pixelRatio: RATIO });
    }
}

export function provideMapImages(map: MapLibreMap): void {
  const styles = labelStyles(theme);
  map.setMissingStyleImageResolver(async (id) => {
    if (map.hasImage(id)) return;
    const icon = parseIconId(id);
    if (icon) {
      map.addImage(id, iconImage(icon.type, icon.fill), { pixelRatio: RATIO });
      return;
    }
    const label = parseLabelImage(id);
    if (!label) return;
    await loadLabelFonts(label.text);
    // Sharp on this screen, or at the print map's resolution.
    const ratio = map.getPixelRatio();
    if (!map.hasImage(id))
      map.addImage(id, drawLabel(styles[label.kind], label.text, ratio), { pixelRatio: ratio });
  });
}
